/**
 * factual-error: a count of a nationality ("two Valmoran workers have died", "3 Torvenians are in hospital")
 * against the count the public facts known by then give for that nationality about the same thing ("Two workers
 * died in total, one Valmoran and one Kestrevian"). The total may be right while the share of the trainee's
 * nationals is wrong — the figure families and media quote back first. CERC: be right.
 */
import type { Quantity } from '../text/quantities.ts';
import { postText } from '../text/post-text.ts';
import { quantitiesIn } from '../text/quantities.ts';
import type { CompiledScenario } from '../compiled.ts';
import type { Finding } from '../types.ts';
import { SOURCES, type DetectorInput } from './context.ts';
import { countNoun } from './fact-quantities.ts';
import { ORD } from './ordinal-dates.ts';

/** What a sentence says happened to people, by kind (a count of the dead is not a count of the evacuated). */
const TOPICS: [string, RegExp][] = [
	[
		'dead',
		/\b(?:died|dead|killed|deaths?|fatalit(?:y|ies)|lost (?:their|his|her) li(?:fe|ves)|perished|bodies)\b/i
	],
	[
		'hurt',
		/\b(?:injured|injuries|hurt|wounded|in hospital|in (?:the )?(?:[\p{L}-]+ ){1,3}hospital|hospitali[sz]ed|treated)\b/iu
	],
	['missing', /\b(?:missing|unaccounted|trapped|not yet found)\b/i],
	// (arrests, custody and charges are three counts: 47 arrested, 26 still held, 15 charged)
	['arrested', /\b(?:arrested|arrests)\b/i],
	['held', /\b(?:detained|held|in (?:police )?custody|jailed|behind bars)\b/i],
	['charged', /\b(?:charged|indicted|face charges)\b/i],
	['out', /\b(?:evacuated|rescued|flown|left|departed|safe)\b/i],
	['released', /\b(?:released|freed|bailed)\b/i],
	['deported', /\b(?:deported|deportation|expelled|ordered to leave)\b/i],
	['listed', /\b(?:registered|signed up|on (?:our|the) list|aboard|on board|travell?ing)\b/i]
];
const topics = (s: string) => new Set(TOPICS.filter(([, re]) => re.test(s)).map(([k]) => k));

interface GroupCount {
	unit: string;
	value: number;
	topics: Set<string>;
	text: string;
	/** When the fact became known (the latest says how many are still held). */
	knownFrom: number;
}

const DEMONYM_UNITS = new WeakMap<CompiledScenario, Set<string>>();
/** The scenario's demonyms as count units ("Valmorans" → "n:valmoran"). */
function demonymUnits(c: CompiledScenario): Set<string> {
	let u = DEMONYM_UNITS.get(c);
	if (!u) {
		u = new Set();
		for (const n of c.scenario.names)
			for (const dm of n.demonyms ?? [])
				if (!/\s/.test(dm)) u.add(`n:${dm.toLowerCase().replace(/(?<!s)s$/, '')}`);
		DEMONYM_UNITS.set(c, u);
	}
	return u;
}

/** What the count's own clause says happened to those counted: the words just after it ("15 Calvenians who were
 * rescued", "one Brevonian has died and five…" → dead), or a topic verb just before it ("killed two Valmorans"),
 * else the one topic of its clause ("Two workers died in total, one Valmoran and one Kestrevian"); none when the
 * clause tells several things. */
function topicOf(pt: ReturnType<typeof postText>, q: Quantity): Set<string> {
	const stop = (i: number) =>
		/^(?:and|but|while|whereas|or)$/.test(pt.words[i]) || breakAfter(pt, i - 1);
	const after: string[] = [];
	for (let i = q.to; i < Math.min(pt.words.length, q.to + 8); i++) {
		if (pt.sentence[i] !== pt.sentence[q.from] || stop(i)) break;
		after.push(pt.words[i]);
	}
	const before = q.from > 0 && !breakAfter(pt, q.from - 1) ? pt.words[q.from - 1] : '';
	const local = topics(`${before} ${after.join(' ')}`);
	// "9 Dalmorans registered at the campsite are unaccounted for": the listing describes who, the rest is said
	if (local.size > 1) local.delete('listed');
	if (local.size) return local;
	// the clause: between semicolons or dashes of the sentence
	let a = q.from;
	while (a > 0 && pt.sentence[a - 1] === pt.sentence[q.from] && !/[;—–:]\s*$/.test(gap(pt, a - 1)))
		a--;
	let b = q.to;
	while (
		b < pt.words.length &&
		pt.sentence[b] === pt.sentence[q.from] &&
		!/[;—–:]\s*$/.test(gap(pt, b - 1))
	)
		b++;
	const clause = topics(pt.text.slice(pt.spans[a].start, pt.spans[b - 1].end));
	return clause.size === 1 ? clause : new Set();
}
/** The characters between word i and the next. */
const gap = (pt: ReturnType<typeof postText>, i: number) =>
	i + 1 < pt.words.length ? pt.text.slice(pt.spans[i].end, pt.spans[i + 1].start) : '';
/** A clause break after word i (a comma, semicolon, dash or colon). */
const breakAfter = (pt: ReturnType<typeof postText>, i: number) =>
	i >= 0 && /[,;—–:]/.test(gap(pt, i));

/** The nationality counted a little further on: "4 more Orlenians", "16 of the 21 released Orlenians", "all 21
 * released Orlenians" (a few words, none across a comma or a full stop). */
function unitFurther(
	pt: ReturnType<typeof postText>,
	q: Quantity,
	units: Set<string>
): string | undefined {
	if (
		!/^(?:more|further|other|additional|new|of|released|injured|detained|arrested|missing|remaining|deported|young)$/.test(
			pt.words[q.to] ?? ''
		)
	)
		return undefined;
	for (let i = q.to + 1; i < Math.min(pt.words.length, q.to + 5); i++) {
		if (breakAfter(pt, i - 1) || pt.sentence[i] !== pt.sentence[q.from]) return undefined;
		const u = `n:${pt.words[i].replace(/(?<!s)s$/, '')}`;
		if (units.has(u)) return u;
	}
	return undefined;
}

const FACT_GROUPS = new WeakMap<object, GroupCount[]>();
function factGroups(f: CompiledScenario['facts'][number], units: Set<string>): GroupCount[] {
	let g = FACT_GROUPS.get(f);
	if (g) return g;
	g = [];
	const pt = postText(f.fact.text);
	let last: { unit: string; sentence: number } | undefined;
	for (const q of quantitiesIn(pt, () => false)) {
		if (q.cls !== 'count') continue;
		// (the whole of a part: the 21 in "16 of the 21 released Orlenians" is not what is said of the 16)
		if (pt.words[q.from - 1] === 'the' && pt.words[q.from - 2] === 'of') continue;
		let unit = countNoun(pt.words, q);
		if (!unit || !units.has(unit)) unit = unitFurther(pt, q, units);
		// the noun left out after the first count of a sentence: "21 Orlenians have been released; 22 remain in
		// custody, 14 charged"
		if (
			(!unit || !units.has(unit)) &&
			last?.sentence === pt.sentence[q.from] &&
			/^(?:remain|remains|are|were|have|has|had|still|charged|released|held|detained|arrested|injured|dead|missing|died)$/.test(
				pt.words[q.to] ?? ''
			)
		)
			unit = last.unit;
		// the group named before the count with "among": "The death toll among Kestrians has risen to three"
		if (!unit || !units.has(unit)) {
			for (let i = q.from - 1; i > 0 && pt.sentence[i] === pt.sentence[q.from]; i--) {
				const u = `n:${pt.words[i].replace(/(?<!s)s$/, '')}`;
				if (pt.words[i - 1] === 'among' && units.has(u)) {
					unit = u;
					break;
				}
			}
		}
		if (!unit || !units.has(unit)) continue;
		last = { unit, sentence: pt.sentence[q.from] };
		const t = topicOf(pt, q);
		if (t.size)
			g.push({ unit, value: q.value, topics: t, text: f.fact.text, knownFrom: f.fact.knownFrom });
	}
	// an ordinal death: "A fourth Kestrian has died" (the toll is now four)
	for (const m of f.fact.text.matchAll(ORDINAL_DEATH)) {
		const unit = `n:${m[2].toLowerCase().replace(/(?<!s)s$/, '')}`;
		const value = ORD.indexOf(m[1].toLowerCase()) + 1;
		if (units.has(unit) && value >= 2)
			g.push({
				unit,
				value,
				topics: new Set(['dead']),
				text: f.fact.text,
				knownFrom: f.fact.knownFrom
			});
	}
	FACT_GROUPS.set(f, g);
	return g;
}
const ORDINAL_DEATH = new RegExp(
	`\\b(?:a|the) (${ORD.slice(1, 10).join('|')}) ([\\p{L}-]+) (?:has |had )?(?:died|been killed|was killed|is dead)\\b`,
	'giu'
);

export function groupCountErrors(
	d: DetectorInput,
	quantities: () => Quantity[],
	found: readonly Finding[]
): Finding[] {
	const units = demonymUnits(d.c);
	if (!units.size) return [];
	const known = d.c.facts
		.filter((f) => !f.fact.confidential && d.revealed.has(f.fact.id))
		.flatMap((f) => factGroups(f, units));
	if (!known.length) return [];
	const out: Finding[] = [];
	const { pt } = d;
	for (const q of quantities()) {
		if (q.cls !== 'count' || !Number.isInteger(q.raw)) continue;
		let unit = countNoun(pt.words, q);
		if (!unit || !units.has(unit)) unit = unitFurther(pt, q, units);
		if (!unit || !units.has(unit)) continue;
		if (found.some((f) => f.spans.some((s) => s.start <= q.span.start && s.end >= q.span.end)))
			continue;
		if (
			/\b(?:not|rather than|instead of|over|more than|at least|about|around|some|nearly|almost|up to)\s*$/i.test(
				pt.text.slice(Math.max(0, q.span.start - 14), q.span.start)
			)
		)
			continue;
		// (a part of the group, not its count: "One of the Estrevians injured this morning is seriously hurt")
		if (/^\s+of (?:the|our|those|these|them)\b/i.test(pt.text.slice(q.span.end, q.span.end + 12)))
			continue;
		const t = topicOf(pt, q);
		if (!t.size) continue;
		// (a count said to be several things, "16 released without charge to be deported", is judged only by a fact
		// that says all of them)
		let same = known.filter((k) => k.unit === unit && [...t].every((x) => k.topics.has(x)));
		// the missing: judged against the latest fact that says how many are still missing
		const stale = t.has('missing') ? latestMissing(d, unit, q) : undefined;
		if (stale !== undefined) {
			if (stale) out.push(stale);
			continue;
		}
		if (!same.length) continue;
		// how many are held, registered, dead or in hospital now is what the latest fact that says it gives ("43 in
		// custody" is out of date once "26 remain in custody", "two have died" once "the toll has risen to three")
		// (not an earlier figure named as such: "Of the 43 Orlenians first detained, 21 have been released")
		const earlier =
			/\bof (?:the|our|those|these|all)\s*$/i.test(
				pt.text.slice(Math.max(0, q.span.start - 12), q.span.start)
			) ||
			/^\s*(?:\S+\s+){0,2}(?:first|initially|originally|earlier|at first|overnight|in total)\b/i.test(
				pt.text.slice(q.span.end, q.span.end + 40)
			);
		if (
			t.size === 1 &&
			(t.has('held') || t.has('listed') || t.has('dead') || t.has('hurt')) &&
			!earlier
		) {
			const latest = Math.max(...same.map((k) => k.knownFrom));
			same = same.filter((k) => k.knownFrom === latest);
		}
		if (same.some((k) => k.value === q.value)) continue;
		// the post also gives the right figure: the other is the one corrected ("our earlier post said 420 …; the
		// figure is now 510") or the change ("up from 420"); not one about something else ("… killed and two injured")
		const right = (o: Quantity) => {
			if (o === q || o.cls !== 'count' || !same.some((k) => k.value === o.value)) return false;
			const ot = topicOf(pt, o);
			return !ot.size || [...ot].some((x) => t.has(x));
		};
		if (quantities().some(right)) continue;
		const fact = same[same.length - 1];
		const span = { start: q.span.start, end: pt.spans[q.to].end };
		out.push({
			id: 'factual-error',
			severity: 'major',
			message: `“${pt.text.slice(span.start, span.end)}” contradicts the known fact: ${fact.text}`,
			explanation:
				'The share of your own nationals is the figure families and media check first. Give the count the confirmed facts give for them, not the overall total.',
			source: SOURCES.cercRight,
			spans: [span]
		});
	}
	return out;
}

/** A count of the missing against the latest fact that gives it (undefined: no fact does; null: it agrees); a
 * count a later fact has brought down ("9 Dalmorans are still missing" after "four of the
 * nine … have been found safe; five are still missing"): the later fact names the nationality and gives how many
 * are still missing or remain missing. */
const MISSING_NOW = new WeakMap<object, { q: Quantity | undefined }>();
/** The last count a fact gives of those still missing ("four of the nine missing …; five are still missing"),
 * read once per fact. */
function stillMissing(fact: { text: string }): Quantity | undefined {
	let r = MISSING_NOW.get(fact);
	if (!r) {
		r = {
			q: quantitiesIn(postText(fact.text), () => false)
				.filter(
					(x) =>
						x.cls === 'count' &&
						/^(?:\S+ ){0,2}?(?:(?:are|is|remain|remains) )?(?:still )?(?:missing|unaccounted)\b/i.test(
							fact.text.slice(x.span.end).trim()
						)
				)
				.at(-1)
		};
		MISSING_NOW.set(fact, r);
	}
	return r.q;
}

function latestMissing(d: DetectorInput, unit: string, q: Quantity): Finding | null | undefined {
	const word = unit.slice(2);
	const later = d.c.facts
		.filter(
			(f) =>
				!f.fact.confidential &&
				d.revealed.has(f.fact.id) &&
				f.fact.text.toLowerCase().includes(word)
		)
		.sort((a, b) => b.fact.knownFrom - a.fact.knownFrom);
	for (const f of later) {
		const now = stillMissing(f.fact);
		if (!now) continue;
		if (now.value === q.value) return null;
		// an earlier figure named as the whole of what changed ("of the 9 Dalmorans unaccounted for this morning, 4
		// have been found"), or given beside the latest one ("… 5 are still missing")
		if (
			/\bof (?:the|our|those|these|all)\s*$/i.test(
				d.pt.text.slice(Math.max(0, q.span.start - 12), q.span.start)
			) ||
			/^[^.!?;]{0,60}\b(?:this morning|earlier|at first|initially|yesterday|originally|last night|overnight)\b/i.test(
				d.pt.text.slice(q.span.end)
			) ||
			quantitiesIn(d.pt, () => false).some((x) => x.cls === 'count' && x.value === now.value)
		)
			return null;
		const span = { start: q.span.start, end: d.pt.spans[q.to].end };
		return {
			id: 'factual-error',
			severity: 'major',
			message: `“${d.pt.text.slice(span.start, span.end)}” is out of date: ${f.fact.text}`,
			explanation:
				'Families count on the latest figure. Give the number the most recent confirmed update gives, and say when it changed.',
			source: SOURCES.cercRight,
			spans: [span]
		};
	}
	return undefined;
}

/** "All 27 Dravenians have been rescued", "all our nationals are accounted for": everyone in a group said to be safe. */
const ALL_SAFE =
	/\b(?:all|every one of|each of)(?: of)? (?:the |our |those |these )?(?:\d+ |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?) )?((?:\p{L}[\p{L}'’-]* ){0,6}?)(?:(?:have|has) (?:now )?been |(?:are|is|were|was) (?:now )?(?:all )?)(?:safely )?(?:rescued|safe|accounted for|unharmed|found|alive|out of danger|back)\b/giu;
/** What the latest fact about the group says of someone in it, still: missing, dead, trapped. */
const STILL_HIT =
	/\b(?:missing|unaccounted|died|dead|killed|trapped|not yet (?:found|located|rescued))\b/i;
const STILL_MISSING = /\b(?:missing|unaccounted|trapped|not yet (?:found|located|rescued))\b/i;
const NONE_HIT =
	/\b(?:no one|nobody|none)(?: is| are| was| were)? (?:still )?(?:missing|unaccounted|trapped)\b/i;
const SUBJECT_SKIP =
	/^(?:the|our|those|these|who|from|in|at|on|of|and|group|people|exchange|school)$/;

/** factual-error: everyone in a group said to be safe while the latest public fact about that group (known by then)
 * still has some of them missing or dead ("All 27 Dravenians have been rescued" when 8 are unaccounted for). */
export function allSafeErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const { pt } = d;
	if (!/\b(?:all|every one|each of)\b/i.test(pt.text)) return [];
	const out: Finding[] = [];
	for (const m of pt.text.matchAll(ALL_SAFE)) {
		const before = pt.text.slice(Math.max(0, m.index! - 30), m.index!);
		if (/\b(?:not|hope|hoping|pray|praying|if|until|once|whether|wish)\b[^.!?]*$/i.test(before))
			continue;
		const words = `${m[1] ?? ''} ${pt.text.slice(m.index!, m.index! + m[0].length)}`
			.toLowerCase()
			.match(/\p{L}[\p{L}'’-]*/gu)!
			.filter((w) => w.length >= 5 && !SUBJECT_SKIP.test(w))
			.map((w) => w.replace(/s$/, ''));
		// the facts about that group (one of its words: "Dravenians", "pupils", "miners"), latest first
		const about = d.c.facts
			.filter(
				(f) =>
					!f.fact.confidential &&
					d.revealed.has(f.fact.id) &&
					words.some((w) => f.fact.text.toLowerCase().includes(w)) &&
					(STILL_HIT.test(f.fact.text) || /\b(?:rescued|safe|accounted for)\b/i.test(f.fact.text))
			)
			.sort((a, b) => b.fact.knownFrom - a.fact.knownFrom);
		const latest = about[0];
		// "accounted for" and "found" include the dead: only someone still missing contradicts them
		const still = /\b(?:accounted for|found)\b/i.test(m[0]) ? STILL_MISSING : STILL_HIT;
		if (!latest || !still.test(latest.fact.text) || NONE_HIT.test(latest.fact.text)) continue;
		// the fact says so itself ("…were found dead; all 16 members of the group are now accounted for")
		ALL_SAFE.lastIndex = 0;
		if (ALL_SAFE.test(latest.fact.text)) continue;
		const span = { start: m.index!, end: m.index! + m[0].length };
		if (found.some((f) => f.spans.some((s) => s.start < span.end && span.start < s.end))) continue;
		out.push({
			id: 'factual-error',
			severity: 'major',
			message: `“${m[0]}” contradicts the latest known fact: ${latest.fact.text}`,
			explanation:
				'Saying everyone is safe while some are still missing is the error families never forgive. Give the confirmed count, and say who is still being searched for.',
			source: SOURCES.cercRight,
			spans: [span]
		});
	}
	return out;
}
