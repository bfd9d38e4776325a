/** SC4xx: timing and reachability checks on a compiled scenario (events after the end, conditions that can
 * never or always hold, rubric windows out of order, unreachable objectives, …). */
import { analyse, type AnalysisContext } from './condition-analysis.ts';
import type { CompiledEvent } from './compile.ts';
import type { Reporter } from './report.ts';
import type { RawScenario } from './schema.ts';
import { formatTime } from './time.ts';
import type { Scenario } from './types.ts';

export function checkReachability(
	raw: RawScenario,
	s: Scenario,
	events: CompiledEvent[],
	r: Reporter
): void {
	const end = s.duration;
	const endText = formatTime(end);
	const byId = new Map(events.map((c) => [c.event.id, c]));
	if (events.length === 0)
		r.at('SC409', ['events'], 'the scenario has no events: add at least one inject to the MSEL', {
			target: 'key'
		});

	const ctx: AnalysisContext = {
		events: new Map(
			events.map((c) => [
				c.event.id,
				{ id: c.event.id, at: c.event.at, contingency: c.event.contingency, cond: c.cond }
			])
		),
		trueClaims: new Set(s.claims.filter((c) => c.truth).map((c) => c.id))
	};
	const factById = new Map(s.facts.map((f) => [f.id, f]));
	const neverFires = new Set<string>();

	for (const c of events) {
		const e = c.event;
		const i = c.index;
		if (e.at > end)
			r.at(
				'SC401',
				['events', i, 'at'],
				`event '${e.id}' is at ${formatTime(e.at)}, after the scenario ends (duration ${endText}); it can never fire`
			);
		if (c.cond && raw.events[i].when !== undefined) {
			const src = raw.events[i].when as string;
			const verdict = analyse(c.cond, ctx.events.get(e.id)!, ctx);
			const why = verdict.why ?? { start: 0, end: src.length, reason: '' };
			if (verdict.v === 'never') {
				neverFires.add(e.id);
				r.inString(
					'SC402',
					['events', i, 'when'],
					src,
					why.start,
					why.end,
					`event '${e.id}' can never fire: its condition can never hold${why.reason ? ` (${why.reason})` : ''}`
				);
			} else if (verdict.v === 'always') {
				r.inString(
					'SC403',
					['events', i, 'when'],
					src,
					why.start,
					why.end,
					`the condition of event '${e.id}' always holds${why.reason ? ` (${why.reason})` : ''}; remove 'when' or fix it`
				);
			}
		}
		e.reveals.forEach((fid, j) => {
			const f = factById.get(fid);
			if (!f) return;
			if (e.at < f.knownFrom)
				r.at(
					'SC411',
					['events', i, 'reveals', j],
					`event '${e.id}' at ${formatTime(e.at)} reveals fact '${fid}', whose known_from is later (${formatTime(f.knownFrom)}); align the two times`
				);
			if (f.confidential && (e.channel === 'feed' || e.channel === 'news'))
				r.at(
					'SC416',
					['events', i, 'reveals', j],
					`event '${e.id}' reveals confidential fact '${fid}' on the public ${e.channel} channel; use an internal or dm event`
				);
		});
		e.spreads?.boosts.forEach((b, j) => {
			if (b.at < e.at)
				r.at(
					'SC407',
					['events', i, 'spreads', 'boosts', j, 'at'],
					`boost at ${formatTime(b.at)} starts before its event '${e.id}' (${formatTime(e.at)}) seeds the claim`
				);
		});
	}

	s.facts.forEach((f, i) => {
		if (f.knownFrom > end)
			r.at(
				'SC406',
				['facts', i, 'known_from'],
				`fact '${f.id}' becomes known at ${formatTime(f.knownFrom)}, after the scenario ends (${endText})`
			);
		else if (f.knownFrom > 0 && !s.events.some((e) => e.reveals.includes(f.id)))
			r.at(
				'SC410',
				['facts', i, 'id'],
				`fact '${f.id}' is known from ${formatTime(f.knownFrom)} but no event reveals it; add it to an event's 'reveals'`
			);
	});
	s.claims.forEach((c, i) => {
		if (!c.truth && c.refutedBy.length === 0)
			r.at(
				'SC415',
				['claims', i, 'id'],
				`false claim '${c.id}' has no 'refuted_by' facts, so a correction cannot be recognised`
			);
	});

	s.rubric.timing.forEach((t, i) => {
		const base = ['rubric', 'timing', i, 'window'];
		if (t.ideal > t.acceptable)
			r.at(
				'SC404',
				[...base, 'acceptable'],
				`window for '${t.objective}': acceptable (${formatTime(t.acceptable)}) is shorter than ideal (${formatTime(t.ideal)}); use ideal ≤ acceptable ≤ late`
			);
		else if (t.acceptable > t.late)
			r.at(
				'SC404',
				[...base, 'late'],
				`window for '${t.objective}': late (${formatTime(t.late)}) is shorter than acceptable (${formatTime(t.acceptable)}); use ideal ≤ acceptable ≤ late`
			);
		const from = byId.get(t.from)?.event;
		if (from && (from.contingency || neverFires.has(from.id) || from.at > end))
			r.at(
				'SC417',
				['rubric', 'timing', i, 'from'],
				`the timing rule for '${t.objective}' starts from event '${from.id}', which ${from.contingency ? 'only fires if the instructor sends it' : 'can never fire'}`
			);
	});
	let last = -1;
	s.rubric.tone.forEach((p, i) => {
		if (p.from < last)
			r.at(
				'SC412',
				['rubric', 'tone', i, 'from'],
				`tone phase starts at ${formatTime(p.from)}, before the previous phase (${formatTime(last)}); list phases in time order`
			);
		last = Math.max(last, p.from);
	});
	const w = s.rubric.weights;
	if (w.timing + w.tone + w.keyMessages + w.fauxPas + w.platform === 0)
		r.at(
			'SC413',
			['rubric', 'weights'],
			'all rubric weights are zero, so every post would score 0; give at least one a positive weight'
		);

	const used = new Set<string>();
	for (const e of s.events) e.objectives.forEach((o) => used.add(o));
	for (const t of s.rubric.timing) used.add(t.objective);
	for (const k of s.rubric.mustInclude) if (k.objective) used.add(k.objective);
	for (const a of s.rubric.mustAvoid) if (a.objective) used.add(a.objective);
	s.objectives.forEach((o, i) => {
		if (!used.has(o.id))
			r.at(
				'SC405',
				['learning_objectives', i, 'id'],
				`objective '${o.id}' is unreachable: no timing rule, key message or event refers to it, so it can never be assessed`
			);
	});

	s.tests.forEach((t, i) => {
		t.posts.forEach((p, j) => {
			if (p.at > end)
				r.at(
					'SC408',
					['tests', i, 'posts', j, 'at'],
					`test post at ${formatTime(p.at)} is after the scenario ends (${endText})`
				);
			const target = p.replyTo ? byId.get(p.replyTo)?.event : undefined;
			if (target && target.at > p.at)
				r.at(
					'SC414',
					['tests', i, 'posts', j, 'reply_to'],
					`test post at ${formatTime(p.at)} replies to event '${target.id}', which only appears at ${formatTime(target.at)}`
				);
		});
	});
}
