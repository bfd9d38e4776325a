/**
 * wrong-name: a protocol name got wrong. Checks, on the post's words folded like the compiled names
 * (names.ts): a listed wrong form (not inside a longer correct form); a name word one edit off (Damerau: a
 * swap of two adjacent letters is one edit; two edits for words of 8+ letters), token by token so hyphenated
 * names and short place names are matched with their other words ("Port Isett", "Ekström-Nady"); two edits off a
 * surname of 6+ letters right after the person's title or first name ("President Slobreg"); one edit off a listed
 * one-word wrong form ("Varenia" for the listed "Varania"); a wrong or
 * added accent; a misspelt demonym ("Veyronian") while correct demonyms and possessives are accepted; a title
 * or honorific that does not fit the person ("Consul Hale", "Mr Ekström-Nadi", "His Majesty" for a president);
 * a shortened hyphenated surname after a title or the first name; a double surname with a part wrong or out of
 * order ("Ekberg-Nadi", "Nadi-Ekström"); a wrong regnal number ("King Aurel IV"); another flag next to a
 * country whose flag is known; an @handle one or two edits off a persona's.
 */
import type { NameEntry, NameIndex, Near } from '../names.ts';
import { demonymBase, regnalValue, TITLE_PHRASES } from '../names.ts';
import { damerau, foldInfo, isNear } from '../text/fold.ts';
import type { PostText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES } from './context.ts';
import { appositionTitle, seqAt, titleBefore, titleProblem } from './wrong-name-titles.ts';
import { flagCluster, FLAG, mentionDistance, wrongFlags } from './wrong-name-flags.ts';
import { DESCRIBES_ERROR, inOtherName, sentenceText } from './wrong-name-context.ts';

const TITLE_END = new Set(TITLE_PHRASES.map((p) => p[p.length - 1]));
function foldedWords(pt: PostText): string[] {
	let f = pt.memo.get(foldedWords) as string[] | undefined;
	if (!f) pt.memo.set(foldedWords, (f = pt.info.map(foldInfo)));
	return f;
}

function acceptedDemonym(ix: NameIndex, w: string): boolean {
	for (const e of ix.entries) {
		if (e.demonyms.includes(w)) return true;
		// any regular form, unless the author or the scenario's texts say which one is right
		if (!e.demonyms.length && e.stem && w.startsWith(e.stem) && demonymBase(w) === e.stem)
			return true;
	}
	return false;
}

/** Name tokens this word is a near miss of (memoised per scenario; bounded). */
function nearOf(ix: NameIndex, w: string): Near[] {
	let hit = ix.nearMemo.get(w);
	if (hit) return hit;
	hit = [];
	if (!ix.known.has(w) && w.length >= 3 && !acceptedDemonym(ix, w))
		for (const e of ix.entries) {
			e.key.forEach((k, index) => {
				if (k.length >= 3 && isNear(w, k)) hit!.push({ entry: e, part: 'key', index });
			});
			e.first.forEach((k, index) => {
				if (k.length >= 3 && isNear(w, k)) hit!.push({ entry: e, part: 'first', index });
			});
			if (e.stem) {
				const base = demonymBase(w);
				if (
					e.demonyms.some((dm) => isNear(w, dm)) ||
					(base && base !== e.stem && base.length >= 4 && isNear(base, e.stem)) ||
					// another form on the country's stem than the one the scenario uses ("Elbanese")
					(base === e.stem && e.demonyms.length > 0 && w !== e.key[0])
				)
					hit.push({ entry: e, part: 'demonym', index: 0 });
			}
		}
	if (ix.nearMemo.size > 20_000) ix.nearMemo.clear();
	ix.nearMemo.set(w, hit);
	return hit;
}

type Wider = { entry: NameEntry; part: 'wrong' | 'key' };
const WIDER = new WeakMap<NameIndex, Map<string, Wider[]>>();

/** Candidates beyond nearOf's budget: one edit off a listed one-word wrong form (5+ letters), or two edits off
 * a one-word surname of 6+ letters (used only after the person's title or first name). Memoised per scenario. */
function widerNear(ix: NameIndex, w: string): Wider[] {
	let memo = WIDER.get(ix);
	if (!memo) WIDER.set(ix, (memo = new Map()));
	let hit = memo.get(w);
	if (hit) return hit;
	hit = [];
	if (!ix.known.has(w) && !acceptedDemonym(ix, w))
		for (const e of ix.entries) {
			for (const wr of e.wrong)
				// (not for another country's name: "Vestran" is that country's own word, not a misspelling of ours)
				if (
					wr.length === 1 &&
					wr[0].length >= 5 &&
					wr[0] !== w &&
					!otherCountry(e, wr) &&
					damerau(w, wr[0], 1) <= 1
				)
					hit.push({ entry: e, part: 'wrong' });
			if (
				e.kind === 'person' &&
				e.key.length === 1 &&
				e.key[0].length >= 6 &&
				w !== e.key[0] &&
				(damerau(w, e.key[0], 2) <= 2 || sameStart(w, e.key[0]))
			)
				hit.push({ entry: e, part: 'key' });
		}
	if (memo.size > 20_000) memo.clear();
	memo.set(w, hit);
	return hit;
}

/** A surname with the right first five letters and a wrong ending ("Lindqvist" for "Lindqvar"). */
const sameStart = (w: string, key: string) =>
	Math.abs(w.length - key.length) <= 3 && w.slice(0, 5) === key.slice(0, 5);

/** A listed wrong form of a country that is no misspelling of it (more than two edits from every correct
 * form): calling the host by a rival's name is a diplomatic incident, not a typo (research note F1, F7). */
function otherCountry(e: NameEntry, wrong: string[]): boolean {
	if (e.kind !== 'country') return false;
	const w = wrong.join(' ');
	return e.forms.every((f) => damerau(f.join(' '), w, 2) > 2);
}

/** The wrong-name findings of one post, at most one per stretch of text. */
class NameFindings {
	readonly out: Finding[] = [];
	private readonly taken: Span[] = [];
	constructor(private readonly pt: PostText) {}

	/** Words [from, to) name entry `e` wrongly (`why`), unless they overlap a finding already made. */
	add(
		e: NameEntry | undefined,
		from: number,
		to: number,
		why: string,
		msg?: string,
		severity: Finding['severity'] = 'major'
	): void {
		const pt = this.pt;
		const span = { start: pt.spans[from].start, end: pt.spans[to - 1].end };
		if (this.taken.some((s) => s.start < span.end && span.start < s.end)) return;
		this.taken.push(span);
		const what = pt.text.slice(span.start, span.end);
		this.out.push({
			id: 'wrong-name',
			severity,
			message: msg ?? `“${what}” — ${why}; the correct form is ${e!.correct}.`,
			explanation:
				'Misspelt or swapped names, titles and flags offend and get screenshotted; check the protocol list before posting.',
			source: SOURCES.protocol,
			spans: [span]
		});
	}
}

/** `addressed`: folded words of the accounts the post answers or @mentions ("vestra" for @vestra_lol); another
 * country's name that is the addressee's own is that account's name, not a wrong name for the host. */
export function wrongNameFindings(
	pt: PostText,
	ix: NameIndex,
	addressed?: ReadonlySet<string>
): Finding[] {
	const found = new NameFindings(pt);
	const out = found.out;
	const W = foldedWords(pt);
	const n = W.length;

	// 1. listed wrong forms, unless they are part of a longer correct form here
	for (let i = 0; i < n; i++) {
		const list = ix.wrongByFirst.get(W[i]);
		if (!list) continue;
		for (const { entry, wrong } of list) {
			if (!seqAt(W, i, wrong)) continue;
			if (addressed && wrong.every((w) => addressed.has(w)) && otherCountry(entry, wrong)) continue;
			// another country named to describe the mistake ("the post used Vestra's flag by mistake")
			if (otherCountry(entry, wrong) && DESCRIBES_ERROR.test(sentenceText(pt, i))) continue;
			// another country's flag listed as a wrong form is that country's own beside its name ("Corvessa 🇽🇨")
			const flagOf =
				wrong.length === 1 && FLAG.test(pt.words[i])
					? ix.entries.find((x) => x !== entry && x.flag === pt.words[i])
					: undefined;
			if (
				flagOf &&
				(mentionDistance(pt, W, i, flagOf) <= mentionDistance(pt, W, i, entry) ||
					(!!entry.flag && flagCluster(pt, i).includes(entry.flag)))
			)
				continue;
			const inCorrect = ix.entries.some((e) =>
				e.forms.some((f) => {
					if (f.length <= wrong.length) return false;
					for (let o = 0; o + wrong.length <= f.length; o++)
						if (wrong.every((w, k) => f[o + k] === w) && seqAt(W, i - o, f)) return true;
					return false;
				})
			);
			if (!inCorrect)
				found.add(
					entry,
					i,
					i + wrong.length,
					otherCountry(entry, wrong) ? "another country's name" : 'a known wrong form',
					undefined,
					otherCountry(entry, wrong) ? 'critical' : 'major'
				);
		}
	}

	// 2. near misses of name words, demonyms and first names
	for (let i = 0; i < n; i++) {
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'word' && tok.kind !== 'hashtag') continue;
		if (tok.kind === 'word' && !tok.capitalised) continue;
		// a possessive typed without its apostrophe ("BRENNAS POLICY", "Esterias grievances") is the name itself
		// (after a vowel only: "Reiss" for Reis is a misspelling)
		if (/[aeiouy]s$/.test(W[i]) && W[i].length > 4 && ix.known.has(W[i].slice(0, -1))) continue;
		for (const c of nearOf(ix, W[i])) {
			const e = c.entry;
			if (c.part === 'demonym') {
				const right = e.demonyms[0];
				found.add(
					e,
					i,
					i + 1,
					'a misspelt demonym',
					right
						? `“${tok.text}” — a wrong or misspelt demonym; the correct form is ${right[0].toUpperCase()}${right.slice(1)} (of ${e.correct}).`
						: undefined
				);
				break;
			}
			if (c.part === 'first') {
				if (seqAt(W, i + 1, e.key) && c.index === e.first.length - 1) {
					found.add(e, i - c.index, i + 1 + e.key.length, 'a misspelt first name');
					break;
				}
				continue;
			}
			const start = i - c.index;
			if (start < 0 || start + e.key.length > n) continue;
			let ok = true;
			for (let k = 0; k < e.key.length && ok; k++)
				if (k !== c.index && W[start + k] !== e.key[k]) ok = false;
			if (!ok) continue;
			if (e.key.length === 1) {
				const prev = start > 0 && pt.sentence[start - 1] === pt.sentence[start] ? W[start - 1] : '';
				const context =
					TITLE_END.has(prev) ||
					(e.first.length > 0 &&
						(prev === e.first[e.first.length - 1] || isNear(prev, e.first[e.first.length - 1])));
				const long = e.key[0].length >= (e.kind === 'person' ? 6 : 5);
				if (!context && !long) continue;
				// part of another proper name ("the North Stand" is no Ambassador Strand)
				if (!context && e.kind === 'person' && inOtherName(pt, W, e, start)) continue;
			}
			found.add(e, start, start + e.key.length, 'misspelt');
			break;
		}
	}

	// 2b. wider near misses where the context says a name is meant: a word close to a listed wrong form ("Varenia"
	// for the listed "Varania"), and a surname two edits off after the person's title or first name
	// ("President Slobreg", "Amara Solberger")
	for (let i = 0; i < n; i++) {
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'word' || !tok.capitalised || W[i].length < 5) continue;
		const near = widerNear(ix, W[i]);
		if (!near.length) continue;
		const prev = i > 0 && pt.sentence[i - 1] === pt.sentence[i] ? W[i - 1] : '';
		for (const c of near) {
			const e = c.entry;
			if (c.part === 'wrong') {
				found.add(e, i, i + 1, 'close to a known wrong form');
				break;
			}
			if (
				e.key.length === 1 &&
				(TITLE_END.has(prev) ||
					(e.first.length > 0 &&
						(prev === e.first[e.first.length - 1] ||
							(prev.length >= 4 && damerau(prev, e.first[e.first.length - 1], 1) <= 1))))
			) {
				found.add(e, prev && !TITLE_END.has(prev) ? i - 1 : i, i + 1, 'misspelt');
				break;
			}
		}
	}

	// 2c. another form of the first name before the right surname, two edits off with the same initial ("Joachim
	// Reis" for Joaquim Reis, "Stephan" for Stefan)
	for (const e of ix.entries) {
		if (e.kind !== 'person' || e.first.length !== 1 || e.key.length !== 1) continue;
		const first = e.first[0];
		if (first.length < 5) continue;
		for (let i = 1; i < n; i++) {
			if (W[i] !== e.key[0] || pt.sentence[i - 1] !== pt.sentence[i]) continue;
			const w = W[i - 1];
			const tok = pt.tokens[pt.tok[i - 1]];
			if (tok.kind !== 'word' || !tok.capitalised || w === first || ix.known.has(w)) continue;
			if (w[0] !== first[0] || w.length < 5 || damerau(w, first, 2) > 2) continue;
			found.add(e, i - 1, i + 1, 'a misspelt first name');
		}
	}

	// 3. accents: a name word written with other diacritics than the correct form (dropping them is fine)
	for (let i = 0; i < n; i++) {
		const raw = pt.words[i];
		if (raw === W[i]) continue;
		for (const e of ix.entries)
			if ((e.key.includes(W[i]) || e.first.includes(W[i])) && !e.exact.has(raw)) {
				found.add(e, i, i + 1, 'the accents are wrong');
				break;
			}
	}

	// 4. titles, honorifics, regnal numbers, shortened hyphenated surnames
	for (const e of ix.entries) {
		if (e.kind !== 'person' || e.key.length === 0) continue;
		const m = e.key.length;
		for (let i = 0; i + 1 <= n; i++) {
			// "Prime Minister Halvard Nadi": the last part of a double surname alone after the title or first name
			if (m >= 2 && W[i] === e.key[m - 1] && W[i - 1] !== e.key[m - 2]) {
				const t = e.first.length && seqAt(W, i - e.first.length, e.first) ? i - e.first.length : i;
				const title = titleBefore(pt, W, t);
				if (title || t < i) found.add(e, title ? title[0] : t, i + 1, 'the surname is shortened');
			}
			if (W[i] !== e.key[0]) continue;
			if (!seqAt(W, i, e.key)) {
				// "Prime Minister Ekström" or "Halvard Ekström" for Ekström-Nadi
				if (m >= 2 && titleBefore(pt, W, i))
					found.add(e, titleBefore(pt, W, i)![0], i + 1, 'the surname is shortened');
				else if (m >= 2 && e.first.length && seqAt(W, i - e.first.length, e.first))
					found.add(e, i - e.first.length, i + 1, 'the surname is shortened');
				continue;
			}
			let nameStart = i;
			if (e.first.length && seqAt(W, i - e.first.length, e.first)) nameStart = i - e.first.length;
			// a surname two people share ("Mr Aldecott" and "Ms Aldecott"): the title picks the person it fits
			const namesakes =
				nameStart === i
					? ix.entries.filter(
							(x) => x !== e && x.kind === 'person' && x.key.join(' ') === e.key.join(' ')
						)
					: [];
			let end = nameStart;
			for (let guard = 0; guard < 4; guard++) {
				const t = titleBefore(pt, W, end);
				if (!t) break;
				const why = titleProblem(e, t[1]);
				if (why && !namesakes.some((x) => !titleProblem(x, t[1]))) found.add(e, t[0], i + m, why);
				end = t[0];
			}
			// the title in an apposition after an untitled name: "Amara Solberg, Meridia's Prime Minister, …"
			if (end === nameStart) {
				const a = appositionTitle(pt, W, i + m);
				const why = a && titleProblem(e, a[1]);
				if (a && why) found.add(e, nameStart, a[0], why);
			}
			if (e.regnal !== undefined && i + m < n && pt.sentence[i + m] === pt.sentence[i]) {
				const next = W[i + m] === 'the' ? W[i + m + 1] : W[i + m];
				const r = next === undefined ? undefined : regnalValue(next);
				if (r !== undefined && r !== e.regnal)
					found.add(e, nameStart, i + m + (W[i + m] === 'the' ? 2 : 1), 'wrong regnal number');
			}
		}
	}

	// 4b. a double surname with a part wrong or out of order ("Ekberg-Nadi", "Nadi-Ekström"): two hyphen-joined
	// words, one of them a part of a person's double surname, that are not that surname's neighbours
	for (let i = 0; i + 1 < n; i++) {
		if (pt.spans[i + 1].start !== pt.spans[i].end + 1 || pt.text[pt.spans[i].end] !== '-') continue;
		for (const e of ix.entries) {
			if (e.kind !== 'person' || e.key.length < 2) continue;
			const k = e.key.indexOf(W[i]);
			const k2 = e.key.indexOf(W[i + 1]);
			if (k < 0 && k2 < 0) continue;
			if (k >= 0 && e.key[k + 1] === W[i + 1]) continue;
			found.add(e, i, i + 2, 'part of the double surname is wrong or out of order');
			break;
		}
	}

	// 5. flags next to a country whose flag is given (./wrong-name-flags.ts)
	for (const w of wrongFlags(pt, W, ix, (x) => acceptedDemonym(ix, x)))
		found.add(w.entry, w.at, w.at + 1, '', w.message);

	// 6. @handles one or two edits off a persona's
	for (const t of pt.tokens) {
		if (t.kind !== 'mention' || ix.handles.includes(t.lower)) continue;
		const h = ix.handles.find((x) => damerau(x, t.lower, 2) <= (x.length >= 8 ? 2 : 1));
		if (h)
			out.push({
				id: 'wrong-name',
				severity: 'major',
				message: `${t.text} is not @${h} — a different account.`,
				explanation: 'A mistyped handle tags a stranger (the 2017 @theresamay case).',
				source: SOURCES.protocol,
				spans: [{ start: t.start, end: t.end }]
			});
	}
	return out;
}
