/**
 * CDC CERC "First Message in a Crisis" (2017): express empathy; give confirmed facts; say what is not yet
 * known; say what is being done; say what people should do; say when the next update comes; say where to
 * learn more; in plain language. Applied to the first public post after the crisis event.
 */
import type { DoctrineCheck } from '../../scenario/types.ts';
import type { CompiledScenario } from '../compiled.ts';
import { findAny } from '../text/phrase.ts';
import type { PostText } from '../text/post-text.ts';
import type { ToneDetail } from '../tone/analyse.ts';
import { isNegator } from '../tone/valence.ts';
import type { CheckResult, Span } from '../types.ts';
import { cueSpans, imperatives, pointers, sentences } from './cues.ts';
import { finish, firstSpan, item } from './items.ts';

export const CERC_SOURCE = 'CDC CERC: First Message in a Crisis (2017); CERC manual 2018';

/** Where the post states one fact: its keywords (not negated) or one of its numbers (memoised on the post,
 * keyed by the compiled fact; the result is shared: do not change it). */
export function factHits(pt: PostText, f: CompiledScenario['facts'][number]): Span[] {
	const hit = pt.memo.get(f) as Span[] | undefined;
	if (hit) return hit;
	const out: Span[] = [];
	for (const m of findAny(pt, f.kw))
		if (!(m.from > 0 && isNegator(pt.words[m.from - 1]))) out.push(m.span);
	if (f.fact.numbers.length) {
		const nums = numbersOf(pt);
		for (const n of f.fact.numbers)
			for (const x of nums) if (x.value === n) out.push({ start: x.start, end: x.end });
	}
	pt.memo.set(f, out);
	return out;
}

/** The post's number tokens with their values (memoised per post). */
function numbersOf(pt: PostText): { value: number; start: number; end: number }[] {
	let hit = pt.memo.get(numbersOf) as { value: number; start: number; end: number }[] | undefined;
	if (!hit) {
		hit = [];
		for (const t of pt.tokens)
			if (t.kind === 'number')
				hit.push({ value: Number(t.text.replace(/,/g, '')), start: t.start, end: t.end });
		pt.memo.set(numbersOf, hit);
	}
	return hit;
}

/** Public facts the trainee knows now, found in the post (confirmed facts). */
export function factSpans(
	pt: PostText,
	c: CompiledScenario,
	revealed: Set<string>,
	only?: (id: string) => boolean
): Span[] {
	const out: Span[] = [];
	for (const f of c.facts) {
		if (f.fact.confidential || !revealed.has(f.fact.id)) continue;
		if (only && !only(f.fact.id)) continue;
		for (const s of factHits(pt, f)) out.push(s);
	}
	return out;
}

export function firstStatement(
	check: DoctrineCheck,
	pt: PostText,
	tone: ToneDetail,
	c: CompiledScenario,
	revealed: Set<string>,
	tragedy: boolean
): CheckResult {
	const empathy = tone.hits.filter((h) => h.dim === 'empathy').map((h) => h.span);
	const facts = factSpans(pt, c, revealed);
	const hasEmpathy = tone.tone.empathy >= 0.35 && empathy.length > 0;
	const empathyFirst = !facts.length || firstSpan(empathy) <= firstSpan(facts);
	const unknowns = cueSpans(pt, 'unknowns');
	const actions = cueSpans(pt, 'actions', { negated: false });
	const advice = [...cueSpans(pt, 'advice', { negated: false }), ...imperatives(pt)];
	const next = cueSpans(pt, 'next-update', { negated: false });
	const more = [...pointers(pt), ...cueSpans(pt, 'more-info')];
	const sents = sentences(pt);
	const words = pt.words.length;
	const perSentence = sents.length ? words / sents.length : words;
	const jargon = cueSpans(pt, 'jargon');
	const plain = words > 0 && perSentence <= 25 && jargon.length === 0;
	const items = [
		item(
			'empathy',
			'Express empathy',
			tragedy ? 2 : 1,
			hasEmpathy ? (tragedy && !empathyFirst ? 0.5 : 1) : 0,
			empathy,
			'Acknowledges what people feel.',
			'No empathy: a first message starts by acknowledging the people affected and the worry of families.',
			'Empathy comes only after the facts; in a tragedy lead with it.'
		),
		item(
			'confirmed-facts',
			'Give confirmed facts',
			1.5,
			facts.length ? 1 : 0,
			facts,
			'States what is confirmed.',
			'No confirmed fact (what happened, where, when): people trust the first source that tells them what is known.'
		),
		item(
			'unknowns',
			'Say what is not yet known',
			1,
			unknowns.length ? 1 : 0,
			unknowns,
			'Says what is not yet known.',
			'Does not say what is not yet known; saying it protects credibility when details change.'
		),
		item(
			'actions',
			'Say what is being done',
			1,
			actions.length ? 1 : 0,
			actions,
			'Says what is being done.',
			'Does not say what you are doing about it (teams, contacts, shelter, assistance).'
		),
		item(
			'advice',
			'Tell people what to do',
			1.5,
			advice.length ? 1 : 0,
			advice,
			'Tells people what to do.',
			'No action for people to take (call, register, stay away, follow local instructions).'
		),
		item(
			'next-update',
			'Say when the next update comes',
			1,
			next.length ? 1 : 0,
			next,
			'Commits to a next update.',
			'No commitment to a next update; say when or where it will come.'
		),
		item(
			'more-info',
			'Say where to learn more or get help',
			1,
			more.length ? 1 : 0,
			more,
			'Points to where to get help or learn more.',
			'No hotline, link or place to learn more.'
		),
		item(
			'plain-language',
			'Plain language',
			1,
			plain ? 1 : 0,
			jargon,
			'Plain, short sentences.',
			jargon.length
				? 'Jargon in a first message; write for frightened people, not for colleagues.'
				: 'Sentences are long; keep a first message short and plain.'
		)
	];
	return finish(
		{
			check: check.id,
			kind: 'first-statement',
			objective: check.objective,
			from: check.from,
			source: CERC_SOURCE
		},
		items,
		check.skip,
		'First statement (CERC first message)'
	);
}
