/**
 * factual-error: the incident put in the wrong place — "capsized off Lanthe Island" when the facts say it capsized
 * off Cape Mirren (and only sailed to Lanthe Island). A place the scenario lists, after a preposition of location
 * (off, at, in, near, outside), beside the verb of an event the public facts tell with another listed place after the
 * same preposition. CERC: be right — a wrong place sends families and reporters to the wrong scene.
 */
import type { CompiledScenario } from '../compiled.ts';
import type { Finding } from '../types.ts';
import { SOURCES, sentencesOf, type DetectorInput } from './context.ts';

/** Verbs of what happened (the incident), by a stem shared by their forms. */
const EVENT =
	/\b(capsiz|sank|sink|collaps|erupt|explod|explos|crash|derail|struck|happen|occur|broke out|ran aground|went down)\w*/giu;
const PREP = '(?:off|at|in|near|outside|on)';

interface PlaceRe {
	name: string;
	re: RegExp;
}
const PLACES = new WeakMap<CompiledScenario, PlaceRe[]>();
function places(c: CompiledScenario): PlaceRe[] {
	let p = PLACES.get(c);
	if (!p) {
		p = c.scenario.names
			.filter((n) => n.kind === 'place')
			.map((n) => ({
				name: n.name,
				re: new RegExp(
					`\\b(${PREP}) (?:the )?(?:coast of |shore of |port of |waters off )?(?:${[
						n.name,
						...n.aliases
					]
						.filter((x) => x.length >= 3)
						.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
						.join('|')})\\b`,
					'giu'
				)
			}));
		PLACES.set(c, p);
	}
	return p;
}

/** (event stem, preposition, place) told in a text, the place within ten words after the event's verb. */
function eventPlaces(text: string, ps: PlaceRe[]): { stem: string; prep: string; place: string }[] {
	const out: { stem: string; prep: string; place: string }[] = [];
	for (const v of text.matchAll(EVENT)) {
		const after = text.slice(v.index! + v[0].length).split(/[.;!?]/)[0];
		const window = after.trim().split(/\s+/).slice(0, 10).join(' ');
		for (const p of ps)
			for (const m of window.matchAll(p.re))
				out.push({ stem: v[1].toLowerCase(), prep: m[1].toLowerCase(), place: p.name });
	}
	return out;
}

export function placeErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const ps = places(d.c);
	if (ps.length < 2) return [];
	const facts = d.c.facts.filter((f) => !f.fact.confidential && d.revealed.has(f.fact.id));
	const out: Finding[] = [];
	for (const s of sentencesOf(d.pt)) {
		for (const said of eventPlaces(s.text, ps)) {
			const told = facts.flatMap((f) =>
				eventPlaces(f.fact.text, ps)
					.filter((x) => x.stem === said.stem && x.prep === said.prep)
					.map((x) => ({ ...x, f }))
			);
			if (!told.length || told.some((x) => x.place === said.place)) continue;
			const at = s.text.indexOf(said.place);
			const span =
				at >= 0
					? { start: s.start + at, end: s.start + at + said.place.length }
					: { start: s.start, end: s.start + s.text.length };
			if (found.some((f) => f.spans.some((x) => x.start < span.end && span.start < x.end)))
				continue;
			out.push({
				id: 'factual-error',
				severity: 'major',
				message: `“${said.prep} ${said.place}” contradicts the known fact: ${told[0].f.fact.text}`,
				explanation:
					'A wrong place sends families and reporters to the wrong scene and is quoted back at you. Give the place the confirmed facts give.',
				source: SOURCES.cercRight,
				spans: [span]
			});
			break;
		}
	}
	return out;
}
