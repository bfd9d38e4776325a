/**
 * Defaults the compiler derives from the rest of a scenario, so the engine and scoring never guess:
 * RESIST stakes of claims and personas, what a question asks for, and where each doctrine check applies
 * when the author wrote no `rubric.doctrine` list (docs/scoring.md#doctrine).
 */
import type {
	Actor,
	DoctrineCheck,
	DoctrineCheckKind,
	Persona,
	Scenario,
	ScenarioEvent,
	Stakes
} from './types.ts';

/** Items of each doctrine check (the order is the order of the debrief checklist). */
export const CHECK_ITEMS: Record<DoctrineCheckKind, readonly string[]> = {
	'first-statement': [
		'empathy',
		'confirmed-facts',
		'unknowns',
		'actions',
		'advice',
		'next-update',
		'more-info',
		'plain-language'
	],
	correction: [
		'fact-first',
		'warning',
		'myth-once',
		'explanation',
		'ends-on-fact',
		'not-bare-denial'
	],
	'respond-or-ignore': ['proportionate'],
	answer: ['on-record', 'prompt', 'facts-asked']
};

export function claimStakes(
	c: { virality: number; reach?: Stakes; harm?: Stakes; actor?: Actor; id: string },
	events: ScenarioEvent[],
	coordinated: Set<string>
): { reach: Stakes; harm: Stakes; actor: Actor } {
	const spreads = events.filter((e) => e.spreads?.claim === c.id);
	const boosted = spreads.some((e) => e.spreads!.boosts.some((b) => coordinated.has(b.audience)));
	return {
		reach: c.reach ?? (boosted || c.virality >= 0.6 ? 'high' : 'medium'),
		harm: c.harm ?? 'medium',
		actor: c.actor ?? (boosted ? 'coordinated' : 'unknown')
	};
}

export function personaStakes(p: { kind: Persona['kind']; reach?: Stakes; harm?: Stakes }): {
	reach: Stakes;
	harm: Stakes;
} {
	const troll = p.kind === 'troll' || p.kind === 'bot-network';
	return {
		reach: p.reach ?? (troll ? 'low' : 'medium'),
		harm: p.harm ?? (troll ? 'low' : 'medium')
	};
}

const norm = (s: string) =>
	s
		.toLowerCase()
		.split(/[^\p{L}\p{N}+]+/u)
		.filter(Boolean);

/** True if the words of `phrase` occur in order in `words`, at most 3 other words apart, allowing a short
 * suffix on each word ("shelter" ~ "sheltering"). Deliberately simple: compile-time defaults only. */
export function mentions(words: string[], phrase: string): boolean {
	const p = norm(phrase);
	if (!p.length) return false;
	const same = (w: string, k: string) =>
		w === k || (k.length >= 4 && w.startsWith(k) && w.length - k.length <= 3);
	for (let i = 0; i < words.length; i++) {
		if (!same(words[i], p[0])) continue;
		let j = i;
		let ok = true;
		for (let k = 1; k < p.length && ok; k++) {
			let found = -1;
			for (let x = j + 1; x <= j + 4 && x < words.length; x++)
				if (same(words[x], p[k])) {
					found = x;
					break;
				}
			if (found < 0) ok = false;
			else j = found;
		}
		if (ok) return true;
	}
	return false;
}

/** What a question asks for: its facts' keywords, or the refuting facts of a claim it names. */
export function defaultAsks(e: ScenarioEvent, s: Pick<Scenario, 'facts' | 'claims'>): string[] {
	const words = norm(e.text);
	const out = new Set<string>();
	for (const f of s.facts)
		if (!f.confidential && f.knownFrom <= e.at && f.keywords.some((k) => mentions(words, k)))
			out.add(f.id);
	for (const c of s.claims)
		if (!c.truth && c.keywords.some((k) => mentions(words, k)))
			for (const f of c.refutedBy) out.add(f);
	return [...out];
}

/** Doctrine checks derived from the events when the author listed none. */
export function defaultDoctrine(s: Scenario): DoctrineCheck[] {
	const out: DoctrineCheck[] = [];
	const ev = (id: string) => s.events.find((e) => e.id === id);
	const base = { skip: [] as string[], explicit: false };
	// A first statement (CERC first message) is due in an emergency: after the first tragedy event, timed by
	// the timing rule that starts there (or the earliest rule). Other crises opt in with `rubric.doctrine`.
	const tragedy = s.events.find((e) => e.tragedy && !e.contingency);
	if (tragedy) {
		const rules = [...s.rubric.timing]
			.filter((r) => ev(r.from))
			.sort((a, b) => ev(a.from)!.at - ev(b.from)!.at);
		const rule = rules.find((r) => r.from === tragedy.id) ?? rules[0];
		const objective = rule?.objective ?? tragedy.objectives[0];
		out.push({
			...base,
			id: 'first-statement',
			kind: 'first-statement',
			from: rule?.from ?? tragedy.id,
			...(objective ? { objective } : {})
		});
	}
	for (const c of s.claims) {
		if (c.truth) continue;
		const spread = s.events.find((e) => e.spreads?.claim === c.id);
		if (!spread) continue;
		const avoid = s.rubric.mustAvoid.find((r) => r.kind === 'repeat_claim' && r.claim === c.id);
		const objective = avoid?.objective ?? spread.objectives[0];
		const o = objective ? { objective } : {};
		out.push({
			...base,
			id: `correction:${c.id}`,
			kind: 'correction',
			claim: c.id,
			from: spread.id,
			...o
		});
		out.push({ ...base, id: `respond:${c.id}`, kind: 'respond-or-ignore', claim: c.id, ...o });
	}
	for (const e of s.events) {
		if (e.question)
			out.push({
				...base,
				id: `answer:${e.id}`,
				kind: 'answer',
				from: e.id,
				...(e.objectives[0] ? { objective: e.objectives[0] } : {})
			});
		if (e.troll && e.from && !out.some((x) => x.persona === e.from))
			out.push({
				...base,
				id: `respond:${e.from}`,
				kind: 'respond-or-ignore',
				persona: e.from,
				...(e.objectives[0] ? { objective: e.objectives[0] } : {})
			});
	}
	return out;
}

/** The derived checks, with the author's entries merged in: an entry with the id of a derived check replaces
 * it (or, with `off: true`, removes it); other entries are added. */
export function mergedDoctrine(list: AuthoredCheck[], s: Scenario): DoctrineCheck[] {
	const authored = authoredDoctrine(list, s);
	const byId = new Map(authored.map((a, i) => [a.id, list[i]]));
	return [
		...defaultDoctrine(s).filter((d) => !byId.has(d.id)),
		...authored.filter((a) => !byId.get(a.id)?.off)
	];
}

interface AuthoredCheck {
	check: DoctrineCheckKind;
	objective?: string;
	from?: string;
	claim?: string;
	persona?: string;
	skip: string[];
	off?: true;
}

/** The author's list, with stable ids (kind plus subject; a numeric suffix when repeated). */
export function authoredDoctrine(list: AuthoredCheck[], s: Scenario): DoctrineCheck[] {
	const seen = new Map<string, number>();
	return list.map((d) => {
		let from = d.from;
		if (d.check === 'first-statement' && !from)
			from = defaultDoctrine(s).find((x) => x.kind === 'first-statement')?.from;
		if (d.check === 'correction' && !from && d.claim)
			from = s.events.find((e) => e.spreads?.claim === d.claim)?.id;
		const subject = d.check === 'first-statement' ? '' : `:${d.claim ?? d.persona ?? from ?? ''}`;
		const base = `${d.check === 'respond-or-ignore' ? 'respond' : d.check}${subject}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return {
			id: n > 1 ? `${base}#${n}` : base,
			kind: d.check,
			skip: d.skip,
			explicit: true,
			...(d.objective !== undefined ? { objective: d.objective } : {}),
			...(from !== undefined ? { from } : {}),
			...(d.claim !== undefined ? { claim: d.claim } : {}),
			...(d.persona !== undefined ? { persona: d.persona } : {})
		};
	});
}
