/**
 * Static analysis of `when:` conditions: can a condition ever hold at its event's time, or does it always?
 * Three-valued: 'never' | 'maybe' | 'always', with the atom responsible, so diagnostics point at it.
 */
import type { CondNode } from './conditions.ts';
import { parseTime } from './time.ts';
import { formatTime } from './time.ts';

export type Truth = 'never' | 'maybe' | 'always';

export interface Verdict {
	v: Truth;
	/** Why (for never/always): the atom and a reason. */
	why?: { start: number; end: number; reason: string };
}

export interface AnalysisEvent {
	id: string;
	at: number;
	contingency: boolean;
	cond?: CondNode;
}

export interface AnalysisContext {
	events: Map<string, AnalysisEvent>;
	trueClaims: Set<string>;
	/** Memo of each event's own condition verdict (filled on demand): analysis is linear in the number of
	 * conditions, however they refer to each other. 'pending' while being computed (a cycle reads 'maybe'). */
	own?: Map<string, Truth | 'pending'>;
}

const MAYBE: Verdict = { v: 'maybe' };

/** Can `id` have fired by time `at` (evaluated for event `self`)? */
function firedBy(
	id: string,
	self: AnalysisEvent,
	ctx: AnalysisContext,
	seen: Set<string>
): { v: Truth; reason: string } {
	const x = ctx.events.get(id);
	if (!x) return { v: 'maybe', reason: '' };
	if (x.id === self.id)
		return { v: 'never', reason: `an event cannot have fired before it fires itself` };
	if (x.contingency) return { v: 'maybe', reason: '' };
	if (x.at > self.at)
		return {
			v: 'never',
			reason: `'${id}' is at ${formatTime(x.at)}, after this event (${formatTime(self.at)})`
		};
	if (seen.has(x.id)) return { v: 'maybe', reason: '' };
	const own = { v: ownVerdict(x, ctx) };
	if (own.v === 'never')
		return { v: 'never', reason: `'${id}' itself can never fire (its condition can never hold)` };
	if (x.at < self.at && own.v === 'always')
		return {
			v: 'always',
			reason: `'${id}' always fires at ${formatTime(x.at)}, before this event`
		};
	return { v: 'maybe', reason: '' };
}

/** The verdict of an event's own condition at its own time, memoised per analysis context. */
function ownVerdict(x: AnalysisEvent, ctx: AnalysisContext): Truth {
	if (!x.cond) return 'always';
	const memo = (ctx.own ??= new Map());
	const known = memo.get(x.id);
	if (known === 'pending') return 'maybe';
	if (known) return known;
	memo.set(x.id, 'pending');
	const v = analyse(x.cond, x, ctx, new Set([x.id])).v;
	memo.set(x.id, v);
	return v;
}

export function analyse(
	node: CondNode,
	self: AnalysisEvent,
	ctx: AnalysisContext,
	seen: Set<string> = new Set([self.id])
): Verdict {
	switch (node.op) {
		case 'const':
			return {
				v: node.value ? 'always' : 'never',
				why: { start: node.start, end: node.end, reason: `'${node.value}' is a constant` }
			};
		case 'not': {
			const a = analyse(node.arg, self, ctx, seen);
			if (a.v === 'maybe') return MAYBE;
			return { v: a.v === 'never' ? 'always' : 'never', why: a.why };
		}
		case 'and': {
			let all = true;
			let firstAlways: Verdict | undefined;
			for (const arg of node.args) {
				const a = analyse(arg, self, ctx, seen);
				if (a.v === 'never') return a;
				if (a.v !== 'always') all = false;
				else firstAlways ??= a;
			}
			return all ? { v: 'always', why: firstAlways?.why } : MAYBE;
		}
		case 'or': {
			let none = true;
			let firstNever: Verdict | undefined;
			for (const arg of node.args) {
				const a = analyse(arg, self, ctx, seen);
				if (a.v === 'always') return a;
				if (a.v !== 'never') none = false;
				else firstNever ??= a;
			}
			return none ? { v: 'never', why: firstNever?.why } : MAYBE;
		}
		case 'call': {
			const arg = node.args[0]?.text ?? '';
			const at = { start: node.start, end: node.end };
			const call = `${node.name}(${node.args.map((a) => a.text).join(', ')})`;
			switch (node.name) {
				case 'posted_since': {
					const t = parseTime(arg) ?? 0;
					if (t > self.at)
						return {
							v: 'never',
							why: {
								...at,
								reason: `${call} is never true: ${formatTime(t)} is later than the event itself (${formatTime(self.at)})`
							}
						};
					return MAYBE;
				}
				case 'corrected':
					if (ctx.trueClaims.has(arg))
						return {
							v: 'never',
							why: {
								...at,
								reason: `${call} is never true: claim '${arg}' is true, so a post cannot correct it`
							}
						};
					return MAYBE;
				case 'fired':
				case 'replied': {
					const f = firedBy(arg, self, ctx, seen);
					if (f.v === 'never')
						return { v: 'never', why: { ...at, reason: `${call} is never true: ${f.reason}` } };
					if (f.v === 'always' && node.name === 'fired')
						return { v: 'always', why: { ...at, reason: `${call} is always true: ${f.reason}` } };
					return MAYBE;
				}
				default:
					return MAYBE;
			}
		}
	}
}
