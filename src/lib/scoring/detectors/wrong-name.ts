/**
 * wrong-name: a name or title from the scenario's protocol list misspelt or swapped — a listed wrong form,
 * a near-miss spelling (Levenshtein ≤ 1, ≤ 2 for long words) of a surname / country / city word, a person's
 * title used with someone else's surname, or an @handle one or two letters off a persona's handle.
 */
import { distance } from 'fastest-levenshtein';
import type { NameForm } from '../compiled.ts';
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

function seqAt(words: string[], i: number, seq: string[]): boolean {
	if (i + seq.length > words.length) return false;
	for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) return false;
	return true;
}

const near = (a: string, b: string) =>
	a !== b && Math.abs(a.length - b.length) <= 2 && distance(a, b) <= (b.length >= 7 ? 2 : 1);

export const wrongName: Detector = (d) => {
	const out: Finding[] = [];
	const { pt, c } = d;
	const w = pt.words;
	const flagged = new Set<number>();
	const add = (n: NameForm, span: Span, what: string) =>
		out.push({
			id: 'wrong-name',
			severity: 'major',
			message: `“${what}” — the correct form is ${n.correct}.`,
			explanation:
				'Misspelt or swapped names and titles offend and get screenshotted; check the protocol list before posting.',
			source: SOURCES.protocol,
			spans: [span]
		});
	for (let i = 0; i < w.length; i++) {
		const forms = c.wrongByFirst.get(w[i]);
		if (!forms) continue;
		for (const { name: n, wrong } of forms) {
			if (!seqAt(w, i, wrong)) continue;
			const correctHere = n.forms.some(
				(f) =>
					f.length > wrong.length &&
					(seqAt(w, i, f) || (i > 0 && seqAt(w, i - (f.length - wrong.length), f)))
			);
			if (correctHere) continue;
			const span = { start: pt.spans[i].start, end: pt.spans[i + wrong.length - 1].end };
			for (let k = i; k < i + wrong.length; k++) flagged.add(k);
			add(n, span, pt.text.slice(span.start, span.end));
		}
	}
	for (let i = 0; i < w.length; i++) {
		if (flagged.has(i)) continue;
		const tok = pt.tokens[pt.tok[i]];
		if (tok.kind !== 'word' || !tok.capitalised || c.knownWords.has(w[i])) continue;
		let candidate = c.nearCache.get(w[i]);
		if (candidate === undefined) {
			candidate = c.nameWords.some((k) => near(w[i], k));
			if (c.nearCache.size > 20_000) c.nearCache.clear();
			c.nearCache.set(w[i], candidate);
		}
		if (!candidate) continue;
		for (const n of c.names) {
			let hit = false;
			if (n.kind !== 'person') hit = n.keyWords.some((k) => k.length >= 5 && near(w[i], k));
			else if (n.surname && near(w[i], n.surname)) {
				const prev = i > 0 ? w[i - 1] : '';
				hit =
					c.titles.has(prev) ||
					prev === n.firstName ||
					(n.firstName !== undefined && near(prev, n.firstName)) ||
					(n.title !== undefined && n.title.toLowerCase().endsWith(prev));
			} else if (
				n.firstName &&
				near(w[i], n.firstName) &&
				i + 1 < w.length &&
				w[i + 1] === n.surname
			)
				hit = true;
			if (hit) {
				add(n, { start: pt.spans[i].start, end: pt.spans[i].end }, tok.text);
				break;
			}
		}
	}
	// a title swapped: "Consul Hale" when Hale is the Ambassador
	for (let i = 1; i < w.length; i++) {
		if (!c.titles.has(w[i - 1])) continue;
		const n = c.names.find((x) => x.kind === 'person' && x.surname === w[i]);
		if (
			!n ||
			!n.title ||
			n.title.toLowerCase() === w[i - 1] ||
			n.title.toLowerCase().endsWith(' ' + w[i - 1])
		)
			continue;
		if (i > 1 && c.titles.has(`${w[i - 2]} ${w[i - 1]}`)) continue;
		add(
			n,
			{ start: pt.spans[i - 1].start, end: pt.spans[i].end },
			pt.text.slice(pt.spans[i - 1].start, pt.spans[i].end)
		);
	}
	for (const t of pt.tokens) {
		if (t.kind !== 'mention' || c.handles.includes(t.lower)) continue;
		const h = c.handles.find((x) => distance(x, t.lower) <= 2);
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
};
