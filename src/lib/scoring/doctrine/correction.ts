/**
 * Debunking Handbook 2020 (Lewandowsky, Cook, Ecker et al.): the truth sandwich. Lead with the fact; warn
 * before naming the myth; name it once (or not at all: your own frame); explain why it is wrong (a causal
 * alternative); end on the fact; never rely on a bare denial. Applied to every post that addresses a false
 * claim once it circulates.
 */
import type { DoctrineCheck } from '../../scenario/types.ts';
import type { CompiledScenario } from '../compiled.ts';
import type { ClaimTreatment } from '../detectors/claims.ts';
import type { PostText } from '../text/post-text.ts';
import type { CheckResult, Span } from '../types.ts';
import { cueSpans, pointers, sentences } from './cues.ts';
import { factSpans } from './first-statement.ts';
import { finish, firstSpan, item } from './items.ts';

export const DEBUNK_SOURCE =
	'Debunking Handbook 2020: fact → warning → myth once → fallacy → fact; avoid bare denials';

const inside = (s: Span, from: number, to: number) => s.start >= from && s.start < to;

/** How many different spans (by start and end) two lists hold together (no strings built: the lists are short). */
function distinctSpans(a: Span[], b: Span[]): number {
	let n = 0;
	const all = a.length ? (b.length ? [...a, ...b] : a) : b;
	for (let i = 0; i < all.length; i++) {
		let seen = false;
		for (let k = 0; k < i && !seen; k++)
			seen = all[k].start === all[i].start && all[k].end === all[i].end;
		if (!seen) n++;
	}
	return n;
}

const RELATED = new WeakMap<DoctrineCheck, Set<string>>();

/** Facts revealed by the injects of the check's objective (computed once per check). */
function relatedFacts(c: CompiledScenario, check: DoctrineCheck): Set<string> {
	let r = RELATED.get(check);
	if (!r) {
		r = new Set(
			c.scenario.events
				.filter((e) => check.objective && e.objectives.includes(check.objective))
				.flatMap((e) => e.reveals)
		);
		RELATED.set(check, r);
	}
	return r;
}

export function correction(
	check: DoctrineCheck,
	t: ClaimTreatment | undefined,
	pt: PostText,
	c: CompiledScenario,
	revealed: Set<string>
): CheckResult {
	const claim = c.derived.claims.get(check.claim!)!.claim;
	const refuting = factSpans(pt, c, revealed, (id) => claim.refutedBy.includes(id));
	// Other facts that explain what happened: revealed by an inject for the same objective (a causal alternative).
	const related = relatedFacts(c, check);
	const other = factSpans(
		pt,
		c,
		revealed,
		(id) => !claim.refutedBy.includes(id) && related.has(id)
	);
	const facts = [...(t?.factSpans ?? []), ...refuting, ...other];
	const myth = [...(t?.mythSpans ?? []), ...(t?.louder ?? [])];
	const firstMyth = firstSpan(myth);
	// Sentences of one or two words ("No.", "Update:") belong with the next one.
	const sents: { start: number; end: number }[] = [];
	let carry: number | undefined;
	for (const x of sentences(pt)) {
		const start = carry ?? pt.spans[x.from].start;
		if (x.to - x.from <= 2) carry = start;
		else {
			sents.push({ start, end: pt.spans[x.to - 1].end });
			carry = undefined;
		}
	}
	if (carry !== undefined) sents.push({ start: carry, end: pt.text.length });
	const first = sents[0];
	const last = sents[sents.length - 1];
	// Lead with the truth: the first sentence states a public fact (the refuting one, or any the trainee
	// knows) and not the myth.
	const publicFacts = factSpans(pt, c, revealed);
	const factFirst =
		first !== undefined &&
		[...facts, ...publicFacts].some((f) => inside(f, first.start, first.end + 1)) &&
		!myth.some((m) => inside(m, first.start, first.end + 1));
	const warnings = cueSpans(pt, 'warning');
	const warnedBefore = warnings.some((w) => w.start < firstMyth);
	const warnedAfter = warnings.some((w) => w.start >= firstMyth);
	// Why it is wrong: an explanation cue, a related fact (a causal alternative), or the refuting fact given
	// alongside a denial or another fact (the body says what really happened).
	const denials = cueSpans(pt, 'denial');
	const distinct = distinctSpans(facts, publicFacts);
	const explains =
		(denials.length > 0 && distinct >= 2) ||
		publicFacts.length > refuting.length ||
		(first !== undefined && refuting.some((f) => f.start > first.end));
	const explanation = [
		...cueSpans(pt, 'explanation', { negated: false }),
		...other,
		...(explains ? refuting : [])
	];
	// The last sentence restates a fact: the claim's own, or any public fact or practical pointer (a hotline).
	const closing = [...facts, ...publicFacts, ...pointers(pt)];
	const endsOnFact =
		last !== undefined &&
		closing.some((f) => inside(f, last.start, last.end + 1)) &&
		!myth.some((m) => inside(m, last.start, last.end + 1));
	const substance = facts.length > 0 || explanation.length > 0;
	const items = [
		item(
			'fact-first',
			'Lead with the fact',
			2,
			factFirst ? 1 : 0,
			facts,
			'Opens with the fact.',
			myth.length && firstMyth < firstSpan(facts)
				? 'Opens with the myth: the first words people read should be the fact.'
				: 'Does not open with the fact that refutes the claim.'
		),
		item(
			'warning',
			'Warn before the myth',
			1,
			!myth.length ? 1 : warnedBefore ? 1 : warnedAfter ? 0.5 : 0,
			warnings,
			myth.length
				? 'Flags the claim as false before naming it.'
				: 'Does not need to name the myth.',
			'Names the myth without first warning that it is false.',
			'Calls the claim false only after repeating it; warn first.'
		),
		item(
			'myth-once',
			'Name the myth once at most',
			1.5,
			myth.length === 0 ? 1 : myth.length === 1 && !t?.louder.length ? 1 : 0,
			myth.length ? myth : facts,
			myth.length ? 'Names the myth once.' : 'Keeps to your own frame without repeating the myth.',
			t?.louder.length
				? "Uses the claim's hashtag or capitals: that amplifies it."
				: 'Repeats the myth; each repetition makes it more familiar.'
		),
		item(
			'explanation',
			'Explain why it is wrong',
			1,
			explanation.length ? 1 : 0,
			explanation,
			'Explains what really happened.',
			'No explanation: give the alternative account that fills the gap the myth leaves.'
		),
		item(
			'ends-on-fact',
			'End on the fact',
			1,
			endsOnFact ? (sents.length >= 2 ? 1 : 0.5) : 0,
			facts,
			'Ends on the fact.',
			'Does not end on the fact; the last thing people read should be true.',
			'One sentence: too short to open and close on the fact.'
		),
		item(
			'not-bare-denial',
			'More than a denial',
			1.5,
			substance ? 1 : 0,
			denials,
			'Gives facts, not just a denial.',
			'A bare denial ("this is false") does not correct: say what is true.'
		)
	];
	const r = finish(
		{
			check: check.id,
			kind: 'correction',
			objective: check.objective,
			from: check.from,
			subject: claim.id,
			source: DEBUNK_SOURCE
		},
		items,
		check.skip,
		'Correction (truth sandwich)'
	);
	// A correction that repeats the myth counts half: each repetition makes the myth more familiar.
	if (t?.repeats) {
		r.score = Math.round(r.score * 500) / 1000;
		r.summary = `${r.summary.replace(/\(\d+\/100\)\.$/, '')}(${Math.round(r.score * 100)}/100, halved: it repeats the myth).`;
	}
	return r;
}
