/**
 * Facts that update earlier facts, for factual-error: a later fact that gives a different figure for the same
 * thing ("6 are missing" at 00:05, then "4 are still missing" at 01:40; "four people died", then "five people
 * have now died"). What a count counts is read from the first content word after it, in the same sentence ("6
 * are missing" → missing, "19 are injured" → injured, "four people" → people); a count said to be "more" or
 * "another" is an increment and updates nothing. Once the update is revealed, its figure is right and the old one
 * is out of date (CERC: give the latest confirmed figures; a stale toll is quoted back as a wrong one).
 */
import type { CompiledScenario } from '../compiled.ts';
import { digitRuns } from '../text/phrase.ts';
import { postText, stem, type PostText } from '../text/post-text.ts';
import { quantitiesIn, type Quantity } from '../text/quantities.ts';
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';
import { agrees, factQuantities } from './fact-quantities.ts';

type Fact = CompiledScenario['facts'][number];

/** Words passed over between a count and what it counts. */
const PASS = new Set(
	`are is was were have has had been be being now still so far of the them those these who which that a an in at
	on to all some than our their its only currently confirmed reported total remain remains remained stay stays
	remaining`
		.split(/\s+/)
		.filter(Boolean)
);
/** Words after which what follows is not what the count counts ("Dravik (14) and Vasken (5)"). */
const STOP = new Set(
	'and or but nor over under by for with from after before since until per plus'.split(' ')
);
const INCREMENT = new Set(['more', 'another', 'additional', 'further', 'extra', 'other']);
const NUMBER_WORD =
	/^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)$/;

/** Nouns that say who, not what happened to them: the next content word is read too ("44 people on board" is
 * not "four people died"). */
const WHO = new Set(
	`people person crew member members national nationals citizen citizens pupil pupils child children student
	students passenger passengers men women adult adults tourist tourists worker workers resident residents
	others victim victims fishermen sailor sailors staff`
		.split(/\s+/)
		.filter(Boolean)
);

/** A word for people ("miners", "climbers", "survivors", "pilgrims", "detainees"): what is said of them follows. */
const isWho = (w: string) =>
	WHO.has(w) || /^[a-z]{3,}(?:ers|ors|ists|ants|ents|ims|ees|ians)$/.test(w);

/** The content words after word `k` (up to `n` of them, within four words, in the same sentence). */
function contentAfter(pt: PostText, k: number, n: number): string[] {
	const out: string[] = [];
	const end = Math.min(pt.words.length, k + 6);
	for (let i = k; i < end && out.length < n; i++) {
		if (pt.sentence[i] !== pt.sentence[k - 1]) break;
		const w = pt.words[i];
		if (NUMBER_WORD.test(w) || INCREMENT.has(w) || STOP.has(w)) break;
		// (a proper adjective qualifies, it is not what is counted: "one Dovrian national")
		if (/^\p{Lu}/u.test(pt.text.slice(pt.spans[i].start, pt.spans[i].end))) continue;
		if (!PASS.has(w)) out.push(w);
	}
	return out;
}

/** The count starting at word `from` is the whole of a partitive ("of the 11 crew"). */
const partitiveWhole = (pt: PostText, from: number) =>
	pt.words[from - 1] === 'of' ||
	(/^(?:the|its|their|our|her|his)$/.test(pt.words[from - 1] ?? '') && pt.words[from - 2] === 'of');
/** The count ending before word `to` is a part ("7 of the 11…", "5 of its crew"). */
const isPart = (pt: PostText, to: number) => pt.words[to] === 'of';

/** The two content words before word `k` in its sentence. */
function wordsBefore(pt: PostText, k: number): string[] {
	const out: string[] = [];
	for (let i = k - 1; i >= Math.max(0, k - 5) && out.length < 2; i--) {
		if (pt.sentence[i] !== pt.sentence[k]) break;
		const w = pt.words[i];
		if (STOP.has(w) && w !== 'for') break;
		if (!PASS.has(w) && !NUMBER_WORD.test(w) && w !== 'for') out.push(norm(w));
	}
	return out;
}

/** What the count ending at word `to` counts ("missing", "injured", "people died"), if a content word follows. */
export function countContext(pt: PostText, q: { from: number; to: number }): string | undefined {
	// a part and its whole ("7 of the 11 crew are rescued") count different things: neither is "crew rescued"
	if (partitiveWhole(pt, q.from) || isPart(pt, q.to)) return undefined;
	const [w, next] = contentAfter(pt, q.to, 2);
	if (!w) return undefined;
	if (!isWho(w)) return STATUS[w] ?? w.replace(/(?<!s)s$/, '');
	// "6 people have died" counts the dead, as "4 dead" does; "8 people have been taken to hospital" counts the taken,
	// as "8 taken to hospital" does
	if (next && GENERIC_WHO.has(w)) return STATUS[next] ?? next.replace(/(?<!s)s$/, '');
	return next ? `${w} ${next.replace(/(?<!s)s$/, '')}` : w;
}

/** Words of a status, read as one ("died", "killed", "deaths" and "dead" count the same people). */
const STATUS: Record<string, string> = Object.fromEntries([
	...'died dead killed deaths death fatalities fatalitie perished'
		.split(' ')
		.map((w) => [w, 'dead']),
	...'injured hurt wounded injuries injurie'.split(' ').map((w) => [w, 'injured']),
	...'missing unaccounted'.split(' ').map((w) => [w, 'missing'])
]);
/** People words that say nothing of who they are: what is said of them is what is counted. */
const GENERIC_WHO = new Set(['people', 'person', 'persons', 'others', 'victims']);

interface CountCtx {
	value: number;
	ctx: string;
}

const norm = (w: string) => w.replace(/['’]s$/, '').replace(/(?<!s)s$/, '');

/** The first two content words after word `k` (what is counted, and what is said of it), within six words, in
 * the same sentence, through numbers ("of the 11 crew rescued"). */
function wordsAfter(pt: PostText, k: number): string[] {
	const out: string[] = [];
	const end = Math.min(pt.words.length, k + 6);
	for (let i = k; i < end && out.length < 2; i++) {
		if (pt.sentence[i] !== pt.sentence[k - 1]) break;
		const w = pt.words[i];
		if (STOP.has(w)) break;
		if (!PASS.has(w) && !NUMBER_WORD.test(w)) out.push(norm(w));
	}
	return out;
}
const FACT_COUNTS = new WeakMap<object, CountCtx[]>();
const FACT_STEMS = new WeakMap<object, Set<string>>();

const TOLL_TO =
	/\bdeath toll\b[^.;]{0,30}?\b(?:risen to|rose to|climbed to|increased to|reached|stands at|is now|is) (\d[\d,]*|[a-z]+)\b/gi;

/** The counts of a fact's text with what each counts (increments left out). */
export function factCounts(f: Fact): CountCtx[] {
	let out = FACT_COUNTS.get(f);
	if (out) return out;
	const pt = postText(f.fact.text);
	const runs = digitRuns(pt).filter((r) => r.digits.length >= 7);
	out = [];
	for (const q of quantitiesIn(pt, (s) =>
		runs.some((r) => r.span.start <= s.start && r.span.end >= s.end)
	)) {
		if (q.cls !== 'count' || INCREMENT.has(pt.words[q.from - 1] ?? '')) continue;
		const ctx = countContext(pt, q);
		if (ctx) out.push({ value: q.value, ctx });
	}
	// "the carbon monoxide death toll has risen to 4": the count of the dead
	for (const m of f.fact.text.matchAll(TOLL_TO)) {
		const q = quantitiesIn(postText(m[1]), () => false)[0];
		if (q && !out.some((x) => x.value === q.value && x.ctx === 'dead'))
			out.push({ value: q.value, ctx: 'dead' });
	}
	FACT_COUNTS.set(f, out);
	return out;
}

/** Words by which a fact says it updates an earlier figure (a running total stamped "By 16:00 local time" too). */
export const UPDATE_SIGNAL =
	/\b(?:now|still|revised|revises|updated?|latest|rises?|rose|risen|climbed|increased|fallen|dropped|new (?:toll|figures?|count)|so far|in total|total of|more|another|further|as of|by \d{1,2}[:.]\d{2}(?= local time| today|,| \d))\b/i;

export interface Update {
	/** The later fact. */
	by: Fact;
	ctx: string;
	old: number[];
	now: number[];
}

/** Later public facts revealed so far that give other figures for what this fact counts. */
export function updatesOf(f: Fact, c: CompiledScenario, revealed: Set<string>): Update[] {
	const mine = factCounts(f);
	if (!mine.length) return [];
	const out: Update[] = [];
	for (const g of c.facts) {
		if (g === f || g.fact.confidential || !revealed.has(g.fact.id)) continue;
		// (a later fact updates a figure only when it says so: "now", "still", "revised"; "Two Kestrians were
		// killed and 19 injured" after "9 killed and 61 injured" is a part of the toll, not a new one)
		// (or when it says the same thing in the same words with other figures: "KCPA: 5 people confirmed dead and about
		// 40 missing in Sarvik overall" and, later, "KCPA: 12 people confirmed dead and 27 missing in Sarvik overall")
		if (g.fact.knownFrom <= f.fact.knownFrom) continue;
		if (!UPDATE_SIGNAL.test(g.fact.text) && !sameFrame(f, g)) continue;
		const theirs = factCounts(g);
		// (and only a fact about the same thing: "the updated toll is 7 dead" does not update "Of the 12 delegation
		// members, 1 has died")
		if (!aboutSame(f, g)) continue;
		for (const ctx of new Set(mine.map((x) => x.ctx))) {
			const old = mine.filter((x) => x.ctx === ctx).map((x) => x.value);
			const now = theirs.filter((x) => x.ctx === ctx).map((x) => x.value);
			if (now.length && !now.some((v) => old.includes(v))) out.push({ by: g, ctx, old, now });
		}
	}
	// the update that speaks most like the fact first ("The Oskaro Fire Service's updated toll is 7 dead" before "Of
	// the 12 delegation members, 1 has died" for "The Oskaro Fire Service reported 4 dead")
	if (out.length > 1) {
		const own = new Set(stemsOf(f.fact.text));
		const shared = (u: Update) => stemsOf(u.by.fact.text).filter((w) => own.has(w)).length;
		out.sort((a, b) => shared(b) - shared(a));
	}
	return out;
}
/** Two facts in the same words but their figures: at least four words of four letters or more, nearly all shared. */
function sameFrame(f: Fact, g: Fact): boolean {
	let row = SAME_FRAME.get(f);
	if (!row) SAME_FRAME.set(f, (row = new Map()));
	let hit = row.get(g);
	if (hit === undefined) {
		const a = new Set(stemsOf(f.fact.text));
		const b = new Set(stemsOf(g.fact.text));
		hit =
			a.size >= 4 &&
			b.size >= 4 &&
			[...a].filter((w) => b.has(w)).length / Math.max(a.size, b.size) >= 0.8;
		row.set(g, hit);
	}
	return hit;
}
/** (memoised per pair of facts: facts do not change) */
const SAME_FRAME = new WeakMap<Fact, Map<Fact, boolean>>();

/** Words that say nothing of what a fact is about. */
const COMMON = new Set(
	'have been were with from that this they them their there these those into about after before still more now also said says were will would'
		.split(' ')
		.map((w) => stem(w))
);
/** Two facts share a word of their subject (not a status word, not a common word; with `strict`, not a word of the
 * clock either: "local time" is in most facts). */
export function aboutSame(f: Fact, g: Fact, strict = false): boolean {
	const own = new Set(stemsOf(f.fact.text));
	return stemsOf(g.fact.text).some(
		(w) => own.has(w) && !COMMON.has(w) && !STATUS_STEMS.has(w) && !(strict && CLOCK.has(w))
	);
}
const CLOCK = new Set(
	'local time today tomorrow tonight morning evening afternoon hours minutes'
		.split(' ')
		.map((w) => stem(w))
);

/** Both facts give a bare toll ("at least 4 people dead" and "8 dead, not 9"): the same count of the same people,
 * for a figure a later fact gives. */
export function sameToll(f: Fact, g: Fact): boolean {
	const bare = (x: Fact) =>
		new Set(
			factCounts(x)
				.map((q) => q.ctx)
				.filter((c) => TOLL.has(c))
		);
	const mine = bare(f);
	return mine.size > 0 && [...bare(g)].some((c) => mine.has(c));
}
const TOLL = new Set(['dead', 'injured', 'missing']);
const STATUS_STEMS = new Set(
	'died dead killed deaths death fatalities perished injured hurt wounded injuries missing unaccounted'
		.split(' ')
		.map((w) => stem(w))
);
const stemsOf = (text: string) =>
	(text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])
		.filter((w) => w.length >= 4)
		.map((w) => stem(w));

/** The post's figure is one a later fact that updates this one gives ("7 are safe, 4 missing" after the raft
 * was found): not an error against the older fact. */
export function isUpdatedFigure(
	pt: PostText,
	q: Quantity,
	f: Fact,
	c: CompiledScenario,
	revealed: Set<string>
): boolean {
	if (q.cls !== 'count') return false;
	return updatesOf(f, c, revealed).some((u) =>
		factQuantities(u.by).some((x) => x.cls === 'count' && agrees(q, x.value))
	);
}

/** Figures the post gives as an earlier fact had them after a later fact changed them ("the 6 missing crew" once
 * 4 are still missing). */
export function staleFigures(
	d: Parameters<Detector>[0],
	quantitiesOf: () => Quantity[],
	found: readonly Finding[]
): Finding[] {
	const out: Finding[] = [];
	for (const f of d.c.facts) {
		if (f.fact.confidential || !d.revealed.has(f.fact.id)) continue;
		const ups = updatesOf(f, d.c, d.revealed);
		if (!ups.length) continue;
		for (const q of quantitiesOf()) {
			if (q.cls !== 'count') continue;
			if (INCREMENT.has(d.pt.words[q.from - 1] ?? '')) continue;
			const ctx = countContext(d.pt, q);
			const u = ups.find((x) => x.ctx === ctx && x.old.some((v) => agrees(q, v)));
			if (!u || u.now.some((v) => agrees(q, v))) continue;
			// the old figure told as history ("the 5 rescued first", "earlier", "at first", "initially")
			const sentence = d.pt.words.filter((_, k) => d.pt.sentence[k] === d.pt.sentence[q.from]);
			if (
				sentence.some((w) => /^(?:initially|earlier|first|originally|previously|before)$/.test(w))
			)
				continue;
			if ([...found, ...out].some((o) => o.spans[0].start === q.span.start)) continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${d.pt.text.slice(q.span.start, q.span.end)}” is out of date: ${u.by.fact.text}`,
				explanation:
					'A figure that has since changed is quoted back at you as a wrong one. Give the latest confirmed figures, and say when they were last updated.',
				source: SOURCES.cercRight,
				spans: [q.span]
			});
		}
	}
	return out;
}

/** The post's count counts something the fact does not speak of ("four lives" against a fact whose only figure
 * is "the R7 road", "seven of the eleven crew" against "38 nautical miles"): none of the words after the count
 * shares a stem with the fact's text, and the fact's figures count named things. */
export function countsOtherThing(pt: PostText, q: Quantity, f: Fact): boolean {
	if (q.cls !== 'count') return false;
	// a part of a whole the fact gives ("six of the nine unaccounted for have been found"): it counts a later change
	const whole = /^\s+of (?:the|our|those|these|all)?\s*(\d+|[a-z]+)\b/i.exec(
		pt.text.slice(q.span.end)
	);
	if (whole) {
		const w = quantitiesIn(postText(whole[1]), () => false)[0];
		if (
			w &&
			w.value > q.value &&
			factQuantities(f).some((x) => x.cls === 'count' && x.value === w.value)
		)
			return true;
	}
	// (a count at the end of its sentence is read from the words before it: "a ferry licensed for 260")
	let words = wordsAfter(pt, q.to);
	if (!words.length) words = wordsBefore(pt, q.from);
	// a part of a whole named at the sentence's start ("Of our seven nationals, four are out and three are still
	// underground"): it counts that whole's kind
	const lead = PARTS_OF.exec(pt.text.slice(0, q.span.start));
	if (lead) words = [norm(lead[1].toLowerCase())];
	const mine = words.map((w) => stem(w));
	if (!mine.length) return false;
	// (only facts whose figures count named things; a bare "17 of them" counts what its whole counts)
	if (!factCounts(f).length) return false;
	let stems = FACT_STEMS.get(f);
	if (!stems) {
		stems = new Set(
			(f.fact.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).flatMap((w) =>
				STATUS[w] ? [stem(w), STATUS[w]] : [stem(w)]
			)
		);
		FACT_STEMS.set(f, stems);
	}
	// people the fact does not speak of ("9 miners underground" against "a gallery 600 metres underground")
	if (isWho(words[0]) && !GENERIC_WHO.has(words[0]) && !stems.has(mine[0])) return true;
	return !mine.some((w, i) => stems.has(w) || stems.has(STATUS[words[i]] ?? ''));
}

const PARTS_OF =
	/(?:^|[.;!?]\s+)(?:[\p{L}\d]+ )?(?:[Oo]f|[Aa]mong) (?:the |our |its |their |all )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?: [A-Z][\p{L}-]+)? ([a-z][\p{L}-]+)\b[^.;!?]*$/u;

/** The fact gives this very count another figure ("six people died" against "Four people died … 6 of them
 * seriously"): agreeing with one of its other figures does not make the post right. */
export function contradictsSameCount(pt: PostText, q: Quantity, f: Fact): boolean {
	if (q.cls !== 'count') return false;
	const ctx = countContext(pt, q);
	if (!ctx) return false;
	const same = factCounts(f).filter((x) => x.ctx === ctx);
	return same.length > 0 && !same.some((x) => agrees(q, x.value)) && !sameGroupCount(pt, q, f);
}

/** The fact gives this figure for the same people named after it ("3 Brennlanders died" beside the fact's "7
 * dead …; 3 Brennlanders are among the dead"). */
function sameGroupCount(pt: PostText, q: Quantity, f: Fact): boolean {
	const who = pt.words[q.to];
	if (!who || who.length < 4) return false;
	const fpt = postText(f.fact.text);
	return quantitiesIn(fpt, () => false).some(
		(x) => x.cls === 'count' && agrees(q, x.value) && fpt.words[x.to] === who
	);
}
