/**
 * factual-error: a number in the same sentence as a fact's keywords (within six words) that matches none of
 * that fact's numbers. Times, phone numbers, durations ("24h", "15 minutes") and numbers of other facts are
 * not compared.
 */
import { findAny } from '../text/phrase.ts';
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

const UNIT_AFTER =
	/^\s*(h|hrs?|hours?|mins?|minutes?|secs?|seconds?|am|pm|days?|weeks?|years?|%|percent|km|miles?|m|st|nd|rd|th|\/7)\b/i;

export const factualError: Detector = (d) => {
	const out: Finding[] = [];
	const { pt, c } = d;
	const allNumbers = c.facts.flatMap((f) => f.fact.numbers);
	for (const f of c.facts) {
		if (f.fact.numbers.length === 0) continue;
		const hits = findAny(pt, f.kw).filter((h) => h.from >= 0);
		if (hits.length === 0) continue;
		for (let i = 0; i < pt.words.length; i++) {
			const tok = pt.tokens[pt.tok[i]];
			if (tok.kind !== 'number' || tok.text.includes(':') || tok.text.startsWith('+')) continue;
			const prev = pt.tokens[pt.tok[i] - 1];
			const next = pt.tokens[pt.tok[i] + 1];
			if ((prev && prev.kind === 'number') || (next && next.kind === 'number')) continue;
			if (UNIT_AFTER.test(pt.text.slice(tok.end, tok.end + 10))) continue;
			const value = Number(tok.text.replace(/,/g, ''));
			if (!Number.isFinite(value) || allNumbers.some((n) => Math.abs(n - value) < 1e-9)) continue;
			const nearHit = hits.find(
				(h) =>
					pt.sentence[h.from] === pt.sentence[i] &&
					Math.min(Math.abs(h.from - i), Math.abs(h.to - 1 - i)) <= 6
			);
			if (!nearHit) continue;
			if (Math.abs(value) < 2 && !tok.text.includes('.')) continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${tok.text}” contradicts the known fact: ${f.fact.text}`,
				explanation:
					'A wrong figure is quoted back at you for the rest of the crisis. Check numbers against the latest confirmed facts.',
				source: SOURCES.cercRight,
				spans: [{ start: tok.start, end: tok.end }, nearHit.span]
			});
		}
	}
	return out;
};
