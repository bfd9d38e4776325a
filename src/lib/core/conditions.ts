/**
 * Evaluates the scenario's condition language (`when:` of events and of adversary moves) against what the
 * trainee has done so far. Every test reads the engine's own record: the posts' outcomes (sim/outcome.ts),
 * the corrections that worked, the questions, the deletions, so a story branch can never disagree with the
 * score or the reactions. `witness` names the trainee post a condition rests on (an adversary move's trigger).
 */
import type { Condition, Scenario } from '../scenario/types.ts';
import type { PostRecord, SessionState } from './state.ts';

export function holds(cond: Condition, s: SessionState, scenario?: Scenario): boolean {
	switch (cond.op) {
		case 'and':
			return cond.args.every((c) => holds(c, s, scenario));
		case 'or':
			return cond.args.some((c) => holds(c, s, scenario));
		case 'not':
			return !holds(cond.arg, s, scenario);
		case 'const':
			return cond.value;
		case 'silent_for': {
			let last: PostRecord | undefined;
			for (let i = s.posts.length - 1; i >= 0 && !last; i--)
				if (!s.posts[i].deleted) last = s.posts[i];
			return s.t - (last?.t ?? 0) >= cond.seconds;
		}
		case 'missed':
			return scenario ? missed(scenario, s, cond.objective) : false;
		case 'fired':
			return s.fired.some((f) => f.id === cond.event);
		case 'corrected':
			return s.corrections.some((c) => c.claim === cond.claim);
		default: {
			const test = postTest(cond, s);
			return test !== undefined && s.posts.some(test);
		}
	}
}

/** The posts that make an atom true (empty for atoms that are not about a post), in posting order. */
function matching(cond: Condition, s: SessionState): PostRecord[] {
	const test = postTest(cond, s);
	return test ? s.posts.filter(test) : [];
}

/** Which posts make an atom true, as a test (undefined for atoms that are not about a post): `holds` asks
 * whether any post passes (every adversary move is checked each minute), `matching` lists them. */
function postTest(cond: Condition, s: SessionState): ((p: PostRecord) => boolean) | undefined {
	switch (cond.op) {
		case 'posted': {
			const since = cond.since ?? 0;
			return (p) => !p.deleted && p.t >= since;
		}
		case 'mentioned': {
			const phrases = cond.phrases.map((p) => p.toLowerCase());
			return (p) => {
				if (p.deleted) return false;
				const text = p.text.toLowerCase();
				return phrases.some((ph) => text.includes(ph));
			};
		}
		case 'corrected': {
			const ids = new Set(s.corrections.filter((c) => c.claim === cond.claim).map((c) => c.postId));
			return (p) => ids.has(p.id);
		}
		case 'repeated':
			return (p) => !p.deleted && p.outcome.repeated.includes(cond.claim);
		case 'faux_pas':
			return (p) =>
				!p.deleted && p.score.findings.some((f) => cond.id === undefined || f.id === cond.id);
		case 'replied':
			return (p) => !p.deleted && p.replyTo === cond.event;
		case 'deleted':
			return (p) =>
				!!p.deleted &&
				(cond.finding === undefined || p.score.findings.some((f) => f.id === cond.finding));
		case 'replied_to_troll':
			return (p) => !!p.outcome.trollReply;
		case 'amplified':
			return (p) =>
				p.outcome.amplified !== undefined &&
				(cond.claim === undefined || p.outcome.repeated.includes(cond.claim));
		default:
			return undefined;
	}
}

/** The latest trainee post that a (holding) condition rests on, if it rests on one. */
export function witness(cond: Condition, s: SessionState, scenario?: Scenario): string | undefined {
	let best: PostRecord | undefined;
	const visit = (c: Condition) => {
		switch (c.op) {
			case 'and':
				c.args.forEach(visit);
				return;
			case 'or':
				c.args.filter((a) => holds(a, s, scenario)).forEach(visit);
				return;
			case 'not':
			case 'const':
			case 'silent_for':
			case 'missed':
				return;
			default:
				for (const p of matching(c, s))
					if (!best || p.t > best.t || (p.t === best.t && p.id > best.id)) best = p;
		}
	};
	visit(cond);
	return best?.id;
}

/** The acceptable window of the objective's timing rule closed with no relevant live post inside it. */
function missed(scenario: Scenario, s: SessionState, objective: string): boolean {
	const rule = scenario.rubric.timing.find((r) => r.objective === objective);
	const from = rule && s.fired.find((f) => f.id === rule.from);
	if (!rule || !from) return false;
	const close = from.t + rule.acceptable;
	if (s.t <= close) return false;
	const words = rule.relevant.map((w) => w.toLowerCase());
	return !s.posts.some(
		(p) =>
			!p.deleted &&
			p.t >= from.t &&
			p.t <= close &&
			(words.length === 0 || words.some((w) => p.text.toLowerCase().includes(w)))
	);
}
