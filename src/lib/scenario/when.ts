/** Parses every event's `when:` and resolves the claim/event names inside it, reporting at the exact column. */
import { ATOMS, checkCalls, eachCall, parseConditionSyntax, type CondNode } from './conditions.ts';
import { unknownFinding, unresolved, type NameSets } from './references.ts';
import type { Reporter } from './report.ts';
import type { RawScenario } from './schema.ts';
import { suggest } from './suggest.ts';

const ATOM_NAMES = [...Object.keys(ATOMS), 'true', 'false', 'not', 'and', 'or'];

/** Returns the parsed condition of each event (by raw index) that compiled without error. */
export function checkConditions(
	raw: RawScenario,
	sets: NameSets,
	r: Reporter
): Map<number, CondNode> {
	const out = new Map<number, CondNode>();
	raw.events.forEach((e, i) => {
		if (e.when === undefined) return;
		const path = ['events', i, 'when'];
		const src = e.when;
		const { node, error } = parseConditionSyntax(src);
		if (error || !node) {
			if (error)
				r.inString(
					error.code,
					path,
					src,
					error.start,
					error.end,
					`in the condition of event '${e.id}': ${error.message}`,
					{ suggestion: error.suggestion }
				);
			return;
		}
		const errors = checkCalls(node, (w) => suggest(w, ATOM_NAMES));
		for (const err of errors)
			r.inString(
				err.code,
				path,
				src,
				err.start,
				err.end,
				`in the condition of event '${e.id}': ${err.message}`,
				{ suggestion: err.suggestion }
			);
		let ok = errors.length === 0;
		if (ok)
			eachCall(node, (c) => {
				const kind =
					c.name === 'corrected' || c.name === 'repeated'
						? 'claim'
						: c.name === 'replied' || c.name === 'fired'
							? 'event'
							: undefined;
				if (c.name === 'faux_pas' && c.args.length) {
					const a = c.args[0];
					const u = unknownFinding(a.text, `the condition of event '${e.id}'`);
					if (u) {
						ok = false;
						r.inString('SC309', path, src, a.start, a.end, u.message, { suggestion: u.suggestion });
					}
					return;
				}
				if (!kind) return;
				const a = c.args[0];
				const u = unresolved(kind, a.text, sets, `the condition of event '${e.id}'`);
				if (u) {
					ok = false;
					r.inString(u.code, path, src, a.start, a.end, u.message, { suggestion: u.suggestion });
				}
			});
		if (ok) out.set(i, node);
	});
	return out;
}
