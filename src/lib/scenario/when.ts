/** Parses every `when:` (events and adversary moves) and resolves the names inside it, reporting at the exact
 * column. */
import { ATOMS, checkCalls, eachCall, parseConditionSyntax, type CondNode } from './conditions.ts';
import { unknownFinding, unresolved, type NameSets, type RefKind } from './references.ts';
import type { Reporter } from './report.ts';
import type { RawScenario } from './schema.ts';
import { suggest } from './suggest.ts';
import type { PathSeg } from './yaml-positions.ts';
import { dict } from '../dict.ts';

const ATOM_NAMES = [...Object.keys(ATOMS), 'true', 'false', 'not', 'and', 'or'];

const ARG_KIND: Readonly<Record<string, RefKind>> = dict({
	corrected: 'claim',
	repeated: 'claim',
	amplified: 'claim',
	replied: 'event',
	fired: 'event',
	missed: 'objective'
});

/** Parse and check one condition; returns its node when it compiled without error. */
function checkOne(
	raw: RawScenario,
	src: string,
	path: PathSeg[],
	label: string,
	sets: NameSets,
	r: Reporter
): CondNode | undefined {
	const { node, error } = parseConditionSyntax(src);
	if (error || !node) {
		if (error)
			r.inString(error.code, path, src, error.start, error.end, `in ${label}: ${error.message}`, {
				suggestion: error.suggestion
			});
		return undefined;
	}
	const errors = checkCalls(node, (w) => suggest(w, ATOM_NAMES));
	for (const err of errors)
		r.inString(err.code, path, src, err.start, err.end, `in ${label}: ${err.message}`, {
			suggestion: err.suggestion
		});
	let ok = errors.length === 0;
	if (ok)
		eachCall(node, (c) => {
			const a = c.args[0];
			// faux_pas(id), deleted(id): a finding id, checked against the catalogue (SC309)
			if ((c.name === 'faux_pas' || c.name === 'deleted') && a) {
				const u = unknownFinding(a.text, label);
				if (u) {
					ok = false;
					r.inString('SC309', path, src, a.start, a.end, u.message, { suggestion: u.suggestion });
				}
				return;
			}
			const kind = ARG_KIND[c.name];
			if (!kind || !a) return;
			const u = unresolved(kind, a.text, sets, label);
			if (u) {
				ok = false;
				r.inString(u.code, path, src, a.start, a.end, u.message, { suggestion: u.suggestion });
			} else if (c.name === 'missed' && !raw.rubric.timing.some((t) => t.objective === a.text)) {
				ok = false;
				r.inString(
					'SC213',
					path,
					src,
					a.start,
					a.end,
					`in ${label}: missed(${a.text}) needs a timing rule for objective '${a.text}' under rubric.timing`
				);
			}
		});
	return ok ? node : undefined;
}

/** Returns the parsed condition of each event (by raw index) that compiled without error. */
export function checkConditions(
	raw: RawScenario,
	sets: NameSets,
	r: Reporter
): Map<number, CondNode> {
	const out = new Map<number, CondNode>();
	raw.events.forEach((e, i) => {
		if (e.when === undefined) return;
		const node = checkOne(
			raw,
			e.when,
			['events', i, 'when'],
			`the condition of event '${e.id}'`,
			sets,
			r
		);
		if (node) out.set(i, node);
	});
	return out;
}

/** The same for the adversary's moves (by index in `adversary.moves`). */
export function checkMoveConditions(
	raw: RawScenario,
	sets: NameSets,
	r: Reporter
): Map<number, CondNode> {
	const out = new Map<number, CondNode>();
	raw.adversary?.moves.forEach((m, i) => {
		const node = checkOne(
			raw,
			m.when,
			['adversary', 'moves', i, 'when'],
			`the condition of move '${m.id}'`,
			sets,
			r
		);
		if (node) out.set(i, node);
	});
	return out;
}
