/**
 * Duplicate ids (SC207) and dangling references (SC3xx) in the raw scenario, each with "did you mean".
 */
import type { Code } from './codes.ts';
import type { Reporter } from './report.ts';
import { FLAG_PATTERN, type RawScenario } from './schema.ts';
import { FINDING_IDS } from './finding-ids.ts';
import { suggest } from './suggest.ts';
import { CHECK_ITEMS } from './schema.ts';
import type { PathSeg } from './yaml-positions.ts';
import { checkPlaceholders } from './references-play.ts';
import { dict } from '../dict.ts';

export const CRITERIA = [
	'overall',
	'timing',
	'tone',
	'key-messages',
	'doctrine',
	'faux-pas',
	'platform'
] as const;

export interface NameSets {
	personas: Set<string>;
	claims: Set<string>;
	facts: Set<string>;
	audiences: Set<string>;
	objectives: Set<string>;
	events: Set<string>;
	platforms: Set<string>;
}

export function nameSets(raw: RawScenario): NameSets {
	return {
		personas: new Set(Object.keys(raw.personas)),
		claims: new Set(raw.claims.map((c) => c.id)),
		facts: new Set(raw.facts.map((f) => f.id)),
		audiences: new Set(raw.audiences.map((a) => a.id)),
		objectives: new Set(raw.learning_objectives.map((o) => o.id)),
		events: new Set(raw.events.map((e) => e.id)),
		platforms: new Set(Object.keys(raw.platforms))
	};
}

export function checkDuplicates(raw: RawScenario, r: Reporter): void {
	const lists: [string, string, { id: string }[]][] = [
		['learning_objectives', 'objective', raw.learning_objectives],
		['names', 'name', raw.names],
		['facts', 'fact', raw.facts],
		['claims', 'claim', raw.claims],
		['audiences', 'audience', raw.audiences],
		['events', 'event', raw.events],
		['rubric.must_include', 'key message', raw.rubric.must_include]
	];
	for (const [key, what, items] of lists) {
		const seen = new Map<string, number>();
		items.forEach((item, i) => {
			if (typeof item.id !== 'string') return; // unreadable item (only after schema errors)
			const base: PathSeg[] = key === 'rubric.must_include' ? ['rubric', 'must_include'] : [key];
			const first = seen.get(item.id);
			if (first === undefined) seen.set(item.id, i);
			else {
				const line = r.spanOf([...base, first, 'id']).line;
				r.at(
					'SC207',
					[...base, i, 'id'],
					`duplicate ${what} id '${item.id}' (first defined on line ${line})`
				);
			}
		});
	}
	const names = new Map<string, number>();
	raw.tests.forEach((t, i) => {
		if (typeof t.name !== 'string') return;
		const first = names.get(t.name);
		if (first === undefined) names.set(t.name, i);
		else
			r.at(
				'SC207',
				['tests', i, 'name'],
				`duplicate test name '${t.name}' (first used on line ${r.spanOf(['tests', first, 'name']).line})`
			);
	});
	// ids shared between kinds are legal (a fact and a key message may both be 'hotline')
}

const WHAT: Readonly<Record<string, [Code, keyof NameSets, string]>> = dict({
	persona: ['SC301', 'personas', 'persona'],
	claim: ['SC302', 'claims', 'claim'],
	fact: ['SC303', 'facts', 'fact'],
	audience: ['SC304', 'audiences', 'audience'],
	objective: ['SC305', 'objectives', 'learning objective'],
	event: ['SC306', 'events', 'event'],
	platform: ['SC307', 'platforms', 'platform']
});

export type RefKind = keyof typeof WHAT;

export function refCode(kind: RefKind): Code {
	return WHAT[kind][0];
}

/** Message and suggestion for a name that is not defined, or undefined when it is. */
export function unresolved(
	kind: RefKind,
	name: string,
	sets: NameSets,
	context: string
): { code: Code; message: string; suggestion?: string } | undefined {
	const [code, set, label] = WHAT[kind];
	if (sets[set].has(name)) return undefined;
	const defined = [...sets[set]];
	const list =
		defined.length === 0
			? `no ${label}s are defined`
			: `defined: ${defined.slice(0, 8).join(', ')}${defined.length > 8 ? ', …' : ''}`;
	return {
		code,
		message: `${context} names ${label} '${name}', which is not defined (${list})`,
		suggestion: suggest(name, defined)
	};
}

/** Message and suggestion for a finding id scoring never raises, or undefined when it is known. */
export function unknownFinding(
	id: string,
	context: string
): { message: string; suggestion?: string } | undefined {
	if ((FINDING_IDS as readonly string[]).includes(id)) return undefined;
	return {
		message: `${context} names finding '${id}', which scoring never raises (findings: ${FINDING_IDS.join(', ')})`,
		suggestion: suggest(id, FINDING_IDS)
	};
}

export function checkReferences(raw: RawScenario, sets: NameSets, r: Reporter): void {
	const ref = (
		kind: RefKind,
		name: string | undefined,
		path: PathSeg[],
		context: string,
		target: 'key' | 'value' = 'value'
	) => {
		if (name === undefined) return;
		const u = unresolved(kind, name, sets, context);
		if (u) r.at(u.code, path, u.message, { target, suggestion: u.suggestion });
	};
	ref(
		'platform',
		raw.trainee.account.platform,
		['trainee', 'account', 'platform'],
		"the trainee's account"
	);
	for (const [pid, p] of Object.entries(raw.personas))
		ref('audience', p.audience, ['personas', pid, 'audience'], `persona '${pid}'`);
	raw.claims.forEach((c, i) =>
		c.refuted_by.forEach((f, j) =>
			ref('fact', f, ['claims', i, 'refuted_by', j], `claim '${c.id}'`)
		)
	);
	raw.events.forEach((e, i) => {
		const ctx = `event '${e.id}'`;
		ref('persona', e.from, ['events', i, 'from'], ctx);
		ref('platform', e.platform, ['events', i, 'platform'], ctx);
		e.reveals.forEach((f, j) => ref('fact', f, ['events', i, 'reveals', j], ctx));
		e.objectives.forEach((o, j) => ref('objective', o, ['events', i, 'objectives', j], ctx));
		if (e.spreads) {
			ref('claim', e.spreads.claim, ['events', i, 'spreads', 'claim'], ctx);
			e.spreads.audiences?.forEach((a, j) =>
				ref('audience', a, ['events', i, 'spreads', 'audiences', j], ctx)
			);
			e.spreads.boosts.forEach((b, j) =>
				ref(
					'audience',
					b.audience,
					['events', i, 'spreads', 'boosts', j, 'audience'],
					`a boost of ${ctx}`
				)
			);
		}
	});
	for (const key of Object.keys(raw.reactions))
		if (key !== '*') ref('audience', key, ['reactions', key], 'reactions', 'key');
	raw.rubric.timing.forEach((t, i) => {
		ref('objective', t.objective, ['rubric', 'timing', i, 'objective'], 'a timing rule');
		ref('event', t.from, ['rubric', 'timing', i, 'from'], `the timing rule for '${t.objective}'`);
	});
	raw.rubric.must_include.forEach((k, i) => {
		ref(
			'objective',
			k.objective,
			['rubric', 'must_include', i, 'objective'],
			`key message '${k.id}'`
		);
		ref('event', k.after, ['rubric', 'must_include', i, 'after'], `key message '${k.id}'`);
	});
	raw.rubric.must_avoid.forEach((a, i) => {
		ref('claim', a.repeat_claim, ['rubric', 'must_avoid', i, 'repeat_claim'], 'a must_avoid rule');
		ref('fact', a.blame_before, ['rubric', 'must_avoid', i, 'blame_before'], 'a must_avoid rule');
		ref('objective', a.objective, ['rubric', 'must_avoid', i, 'objective'], 'a must_avoid rule');
	});
	raw.events.forEach((e, i) =>
		e.asks?.forEach((f, j) => ref('fact', f, ['events', i, 'asks', j], `question '${e.id}'`))
	);
	raw.rubric.doctrine?.forEach((d, i) => {
		const ctx = `the ${d.check} check`;
		const at = (k: string): PathSeg[] => ['rubric', 'doctrine', i, k];
		ref('objective', d.objective, at('objective'), ctx);
		ref('event', d.from, at('from'), ctx);
		ref('claim', d.claim, at('claim'), ctx);
		ref('persona', d.persona, at('persona'), ctx);
	});
	const criteria = [...CRITERIA, ...sets.objectives];
	raw.tests.forEach((t, i) => {
		t.posts.forEach((p, j) =>
			ref('event', p.reply_to, ['tests', i, 'posts', j, 'reply_to'], `test '${t.name}'`)
		);
		for (const list of ['includes', 'excludes'] as const)
			(t.findings?.[list] ?? []).forEach((id, j) => {
				const u = unknownFinding(id, `test '${t.name}'`);
				if (u)
					r.at('SC309', ['tests', i, 'findings', list, j], u.message, { suggestion: u.suggestion });
			});
		for (const key of Object.keys(t.expect)) {
			if (!criteria.includes(key))
				r.at(
					'SC308',
					['tests', i, 'expect', key],
					`test '${t.name}' expects a score for '${key}', which is neither a criterion (${CRITERIA.join(', ')}) nor an objective id`,
					{ target: 'key', suggestion: suggest(key, criteria) }
				);
		}
	});
}

export { PLACEHOLDERS } from './placeholders.ts';

/** Rule-shape checks the schema cannot express: SC214, SC215, SC216, SC217. */
export function checkShapes(raw: RawScenario, r: Reporter): void {
	for (const [aud, pools] of Object.entries(raw.reactions)) {
		for (const [stance, texts] of Object.entries(pools)) {
			if (stance === 'on' || !Array.isArray(texts)) continue; // checked in references-play.ts
			texts.forEach((text, j) => checkPlaceholders(text, ['reactions', aud, stance, j], r));
		}
	}
	const kinds = [
		'repeat_claim',
		'phrase',
		'emoji_in_tragedy',
		'humour_in_tragedy',
		'confidential',
		'blame_before'
	] as const;
	raw.rubric.must_avoid.forEach((a, i) => {
		const present = kinds.filter((k) => a[k] !== undefined);
		if (present.length !== 1)
			r.at(
				'SC214',
				['rubric', 'must_avoid', i],
				present.length === 0
					? `a must_avoid entry needs one rule: ${kinds.join(', ')}`
					: `a must_avoid entry has ${present.length} rules (${present.join(', ')}); split them into separate entries`
			);
	});
	raw.names.forEach((n, i) => {
		if (n.flag !== undefined && !FLAG_PATTERN.test(n.flag))
			r.at(
				'SC209',
				['names', i, 'flag'],
				`the flag of '${n.id}' is '${n.flag}', which is not one flag emoji: write e.g. "🇻🇪" (two regional-indicator letters) or "🏴󠁧󠁢󠁳󠁣󠁴󠁿"`
			);
	});
	raw.claims.forEach((c, i) => {
		if (c.kind === undefined) return;
		if (c.truth !== (c.kind === 'true'))
			r.at(
				'SC215',
				['claims', i, 'kind'],
				c.truth
					? `claim '${c.id}' has truth: true, so its kind must be 'true' (or leave kind out)`
					: `claim '${c.id}' has truth: false, so its kind must be misinformation or disinformation`
			);
	});
	raw.rubric.doctrine?.forEach((d, i) => {
		const at = ['rubric', 'doctrine', i];
		const need =
			d.check === 'correction' && !d.claim
				? 'a correction check needs `claim:` (the false claim it corrects)'
				: d.check === 'respond-or-ignore' && !d.claim && !d.persona
					? 'a respond-or-ignore check needs `claim:` or `persona:` (what to answer or ignore)'
					: d.check === 'answer' && !d.from
						? 'an answer check needs `from:` (the question event)'
						: undefined;
		if (need) r.at('SC220', at, need);
		const items: readonly string[] = CHECK_ITEMS[d.check];
		d.skip.forEach((item, j) => {
			if (!items.includes(item))
				r.at(
					'SC220',
					[...at, 'skip', j],
					`'${item}' is not an item of the ${d.check} check (its items: ${items.join(', ')})`,
					{ suggestion: suggest(item, items) }
				);
		});
	});
	raw.rubric.must_include.forEach((k, i) => {
		if (k.any.length === 0 && k.all.length === 0)
			r.at(
				'SC216',
				['rubric', 'must_include', i],
				`key message '${k.id}' needs phrases in 'any' or 'all'`
			);
	});
}
