/**
 * A scenario that contradicts itself: its own authoritative texts (briefing, objectives, facts, labels, key
 * messages, the posts of its officials and news personas, its embedded tests' posts that expect no such
 * finding) trip its own protocol list (`names[].wrong`, near-miss names) or its must-avoid phrases. The
 * trainee would be taught to avoid words the scenario itself uses — so the validator warns (SC420), with the
 * position of the offending words in the YAML source.
 */
import type { Diagnostic } from '../scenario/diagnostic.ts';
import type { Scenario } from '../scenario/types.ts';
import { compiled } from './compiled.ts';
import { avoidedPhrase } from './detectors/avoided-phrase.ts';
import type { DetectorInput } from './detectors/context.ts';
import { wrongName } from './detectors/wrong-name.ts';
import { postText } from './text/post-text.ts';
import { toneOf } from './tone/analyse.ts';

interface Text {
	what: string;
	text: string;
}

/** The texts a scenario offers as right: what the trainee is taught to say and how publics are named. The
 * briefing, cables and news may describe a mistake in its wrong words ("the post used Vestra's flag"), so they
 * are not checked; an embedded test's post is checked when the test expects a clean run. */
function texts(s: Scenario): Text[] {
	const out: Text[] = [
		...s.objectives.map((o) => ({ what: `objective '${o.id}'`, text: o.text })),
		...s.audiences.map((a) => ({ what: `audience '${a.id}'`, text: a.label })),
		...s.rubric.mustInclude.flatMap((k) => [
			{ what: `key message '${k.id}'`, text: k.label },
			...[...k.any, ...k.all].map((p) => ({ what: `key message '${k.id}'`, text: p }))
		])
	];
	for (const t of s.tests) {
		const clean =
			!t.findings.includes.length &&
			!Object.values(t.expect).some((b) => b.op === '<' || b.op === '<=');
		if (clean)
			for (const p of t.posts) out.push({ what: `the post of test '${t.name}'`, text: p.text });
	}
	return out;
}

/** Where `needle` first appears in the source at or after the text it belongs to (1-based line and column),
 * or the file's start. */
function position(source: string, text: string, needle: string): { line: number; col: number } {
	const from = Math.max(0, source.indexOf(text.slice(0, 30)));
	let i = source.indexOf(needle, from);
	if (i < 0) i = source.indexOf(needle);
	if (i < 0) return { line: 1, col: 1 };
	const before = source.slice(0, i);
	const line = before.split('\n').length;
	return { line, col: i - before.lastIndexOf('\n') };
}

export function selfCheck(scenario: Scenario, source: string, file: string): Diagnostic[] {
	const c = compiled(scenario);
	const out: Diagnostic[] = [];
	const seen = new Set<string>();
	for (const x of texts(scenario)) {
		if (!x.text) continue;
		const pt = postText(x.text);
		const d: DetectorInput = {
			post: { id: 'self-check', t: scenario.duration, text: x.text },
			ctx: {
				scenario,
				t: scenario.duration,
				fired: [],
				revealed: scenario.facts.map((f) => f.id),
				history: [],
				mode: 'draft'
			},
			pt,
			tone: toneOf(pt),
			c,
			tragedy: false,
			revealed: new Set(scenario.facts.map((f) => f.id)),
			claims: []
		};
		for (const f of [...wrongName(d), ...avoidedPhrase(d)]) {
			const words = x.text.slice(f.spans[0]?.start ?? 0, f.spans[0]?.end ?? 0);
			const key = `${f.id}:${words.toLowerCase()}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const at = position(source, x.text, words);
			out.push({
				code: 'SC420',
				severity: 'warning',
				message: `${x.what} uses “${words}”, which the scenario itself would flag (${f.id}: ${f.message}); the trainee would be taught to avoid the scenario's own wording — fix the text or the ${f.id === 'wrong-name' ? '`names` list (add it to `aliases`)' : '`must_avoid` phrases'}`,
				file,
				...at
			});
		}
	}
	return out;
}
