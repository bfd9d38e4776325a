/**
 * The adversary that plays back: the scenario's scripted moves (`adversary:`), each triggered by a condition
 * over what the trainee did (the condition language, core/conditions.ts), checked after every action of the
 * trainee and at every scenario minute. A move fires at most `repeat` times, `every` apart, never twice on
 * the same trigger post; its post appears `delay` later, as a post, a quote or screenshot of the triggering
 * post, or a reply under it, by the named persona or a seeded account of the network, standing for
 * `accounts` coordinated accounts. When it appears it pushes its claim (like a scripted boost) and stirs
 * anger. Everything is seeded and recorded in `s.moves` for the debrief's adversary timeline.
 */
import type { AdversaryMove, Scenario } from '../scenario/types.ts';
import { stream } from '../sim/rng.ts';
import type { SessionState } from './state.ts';
import type { Author, FeedItem } from './types.ts';
import { holds, witness } from './conditions.ts';
import { fill } from '../sim/fill.ts';
import { networkName } from '../sim/reactions.ts';
import { organic } from './world.ts';

/** Default share of the network that joins a move. */
export const MOVE_SHARE = 0.04;

/** Check every move now; schedule the ones whose trigger holds. */
export function runAdversary(scenario: Scenario, s: SessionState): void {
	const adv = scenario.adversary;
	if (!adv || s.ended) return;
	for (const m of adv.moves) {
		const past = s.moves.filter((r) => r.move === m.id);
		if (past.length >= m.repeat) continue;
		if (m.after !== undefined && s.t < m.after) continue;
		if (m.until !== undefined && s.t > m.until) continue;
		const last = past.at(-1);
		if (last && s.t - last.decidedAt < m.every) continue;
		if (!holds(m.when, s, scenario)) continue;
		const trigger = witness(m.when, s, scenario);
		if (trigger !== undefined && past.some((r) => r.trigger === trigger)) continue;
		schedule(scenario, s, m, trigger, past.length);
	}
}

function schedule(
	scenario: Scenario,
	s: SessionState,
	m: AdversaryMove,
	trigger: string | undefined,
	n: number
) {
	const post = trigger ? s.posts.find((p) => p.id === trigger) : undefined;
	const at = Math.min(scenario.duration, s.t + m.delay);
	const rand = stream(s.seed, 'adversary', m.id, n);
	const persona = m.from ? scenario.personas.find((p) => p.id === m.from) : undefined;
	const net = scenario.adversary?.network;
	const author: Author = persona
		? {
				name: persona.name,
				...(persona.handle ? { handle: persona.handle } : {}),
				personaId: persona.id,
				...(persona.audience ? { audience: persona.audience } : {}),
				kind: 'persona'
			}
		: { ...networkName(rand), kind: 'public', ...(net ? { audience: net } : {}) };
	const text =
		fill(m.text, scenario, {
			...(post ? { post: { text: post.text, t: post.t } } : {}),
			...(m.boost ? { claim: m.boost.claim } : {})
		}) ??
		fill(m.text.replace(/[“"]?\{(snippet|time)\}[”"]?/g, ''), scenario, {}) ??
		m.text;
	const size = scenario.audiences.find((a) => a.id === net)?.size ?? 1000;
	const kind = post ? m.as : 'post';
	const item: FeedItem = {
		id: `a${++s.seq}`,
		t: at,
		kind: 'adversary',
		channel: 'feed',
		author,
		text,
		move: m.id,
		technique: m.technique,
		represents: m.accounts ?? Math.max(1, Math.round(size * MOVE_SHARE)),
		stance: 'hostile',
		counts: { likes: 0, shares: 0, replies: 0 },
		...(m.boost ? { claim: m.boost.claim } : {}),
		...(kind === 'reply' && post ? { replyTo: post.id } : {}),
		...((kind === 'quote' || kind === 'screenshot') && post ? { quoteOf: post.id } : {}),
		...(kind === 'screenshot' && post
			? {
					media: {
						kind: 'screenshot' as const,
						caption: `Screenshot of a post by ${scenario.trainee.account.handle}`,
						alt: `Screenshot of ${scenario.trainee.account.displayName}'s post: “${post.text}”`
					}
				}
			: m.media
				? { media: m.media }
				: {})
	};
	s.moves.push({
		move: m.id,
		technique: m.technique,
		decidedAt: s.t,
		t: at,
		itemId: item.id,
		...(trigger ? { trigger } : {})
	});
	s.scheduled.push(item);
	s.scheduled.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
}

/** A move's post has appeared: push its claim and stir anger in the organic audiences. */
export function landMove(scenario: Scenario, s: SessionState, item: FeedItem): void {
	const m = scenario.adversary?.moves.find((x) => x.id === item.move);
	if (!m) return;
	if (m.boost)
		s.pushes.push({
			claim: m.boost.claim,
			t: item.t,
			strength: m.boost.strength,
			duration: m.boost.duration
		});
	if (m.outrage > 0)
		for (const a of organic(scenario)) s.mood[a.id].outrage += m.outrage * (1.2 - a.stance) * 0.5;
}
