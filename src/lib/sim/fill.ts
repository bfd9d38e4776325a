/**
 * Fills the placeholders of reaction and adversary texts (the list: src/lib/scenario/placeholders.ts).
 * Returns undefined when a placeholder has no value in this moment (no post to quote, no place in `names:`,
 * no hashtag), so a template that cannot be said right now is simply not used.
 */
import { clockTime } from '../scenario/clock.ts';
import type { Scenario } from '../scenario/types.ts';

export interface FillContext {
	/** The post being answered, quoted or screenshotted. */
	post?: { text: string; t: number };
	/** Handle of whoever asked the question the post answered. */
	asker?: string;
	/** The claim in play (default: the first false claim). */
	claim?: string;
}

/** The first ~60 characters of a post, cut at a word. */
export function snippet(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

function value(name: string, scenario: Scenario, ctx: FillContext): string | undefined {
	const claim =
		scenario.claims.find((c) => c.id === ctx.claim) ??
		scenario.claims.find((c) => !c.truth) ??
		scenario.claims[0];
	switch (name) {
		case 'handle':
			return scenario.trainee.account.handle;
		case 'account':
			return scenario.trainee.account.displayName;
		case 'government':
			return scenario.trainee.government;
		case 'hashtag':
			return claim?.hashtag;
		case 'claim':
			return claim ? (claim.keywords[0] ?? claim.text) : undefined;
		case 'place':
			return scenario.names.find((n) => n.kind === 'place')?.name;
		case 'country':
			return scenario.names.find((n) => n.kind === 'country')?.name;
		case 'snippet':
			return ctx.post ? snippet(ctx.post.text) : undefined;
		case 'time':
			return ctx.post ? clockTime(scenario, ctx.post.t) : undefined;
		case 'asker':
			return ctx.asker;
		default:
			return undefined;
	}
}

const MOMENT = /\{(snippet|time|asker)\}/;
/** Texts without a placeholder of the moment fill the same way all run long: memoised per scenario. */
const memo = new WeakMap<Scenario, Map<string, string | undefined>>();

export function fill(text: string, scenario: Scenario, ctx: FillContext = {}): string | undefined {
	if (MOMENT.test(text)) return fillNow(text, scenario, ctx);
	let m = memo.get(scenario);
	if (!m) memo.set(scenario, (m = new Map()));
	const key = `${ctx.claim ?? ''}\u0000${text}`;
	if (m.has(key)) return m.get(key);
	const out = fillNow(text, scenario, ctx);
	if (m.size < 5000) m.set(key, out);
	return out;
}

function fillNow(text: string, scenario: Scenario, ctx: FillContext): string | undefined {
	let missing = false;
	const out = text.replace(/\{([a-z]+)\}/g, (_, name: string) => {
		const v = value(name, scenario, ctx);
		if (v === undefined || v === '') missing = true;
		return v ?? '';
	});
	return missing ? undefined : out.replace(/\s+/g, ' ').trim();
}
