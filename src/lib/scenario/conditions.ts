/**
 * The `when:` condition language: a tokenizer and a recursive-descent parser producing the `Condition` AST of
 * types.ts, with character offsets for column-accurate diagnostics. No eval, no user-defined functions.
 *
 *   expr    := or
 *   or      := and ( 'or' and )*
 *   and     := unary ( 'and' unary )*
 *   unary   := 'not' unary | primary
 *   primary := '(' expr ')' | 'true' | 'false' | call
 *   call    := NAME [ '(' [ arg ( ',' arg )* ] ')' ]
 *   arg     := WORD | STRING            WORD = [A-Za-z0-9_][A-Za-z0-9_:.-]*, STRING = "…" or '…'
 */
import type { Condition, Seconds } from './types.ts';
import { parseTime } from './time.ts';

export interface Token {
	kind: 'word' | 'string' | '(' | ')' | ',' | 'end';
	text: string;
	start: number;
	end: number;
}

/** A parsed condition with source offsets, kept for reachability analysis and precise diagnostics. */
export type CondNode =
	| { op: 'and' | 'or'; args: CondNode[]; start: number; end: number }
	| { op: 'not'; arg: CondNode; start: number; end: number }
	| { op: 'const'; value: boolean; start: number; end: number }
	| { op: 'call'; name: string; args: Token[]; start: number; end: number; nameEnd: number };

export interface ConditionError {
	code: 'SC204' | 'SC211' | 'SC212' | 'SC213';
	message: string;
	start: number;
	end: number;
	suggestion?: string;
}

/** Each atom: which arguments it takes. */
export const ATOMS: Record<
	string,
	{
		min: number;
		max: number;
		arg: 'time' | 'phrase' | 'claim' | 'event' | 'finding' | 'objective';
		help: string;
	}
> = {
	posted: { min: 0, max: 0, arg: 'time', help: 'posted' },
	posted_since: { min: 1, max: 1, arg: 'time', help: 'posted_since(00:35)' },
	mentioned: { min: 1, max: 50, arg: 'phrase', help: 'mentioned("open", "shelter")' },
	corrected: { min: 1, max: 1, arg: 'claim', help: 'corrected(claim-id)' },
	repeated: { min: 1, max: 1, arg: 'claim', help: 'repeated(claim-id)' },
	faux_pas: { min: 0, max: 1, arg: 'finding', help: 'faux_pas() or faux_pas(finding-id)' },
	replied: { min: 1, max: 1, arg: 'event', help: 'replied(event-id)' },
	fired: { min: 1, max: 1, arg: 'event', help: 'fired(event-id)' },
	deleted: { min: 0, max: 1, arg: 'finding', help: 'deleted() or deleted(finding-id)' },
	replied_to_troll: { min: 0, max: 0, arg: 'event', help: 'replied_to_troll()' },
	silent_for: { min: 1, max: 1, arg: 'time', help: 'silent_for(30m)' },
	missed: { min: 1, max: 1, arg: 'objective', help: 'missed(objective-id)' },
	amplified: { min: 0, max: 1, arg: 'claim', help: 'amplified() or amplified(claim-id)' }
};

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false']);

class Fail extends Error {
	constructor(readonly info: ConditionError) {
		super(info.message);
	}
}

function isWordChar(c: string, first: boolean): boolean {
	return /[A-Za-z0-9_]/.test(c) || (!first && (c === '-' || c === ':' || c === '.'));
}

export function tokenize(src: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < src.length) {
		const c = src[i];
		if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
			i++;
		} else if (c === '(' || c === ')' || c === ',') {
			out.push({ kind: c, text: c, start: i, end: i + 1 });
			i++;
		} else if (c === '"' || c === "'") {
			const close = src.indexOf(c, i + 1);
			if (close < 0)
				throw new Fail({
					code: 'SC211',
					message: `unterminated string: add the closing ${c}`,
					start: i,
					end: src.length
				});
			out.push({ kind: 'string', text: src.slice(i + 1, close), start: i, end: close + 1 });
			i = close + 1;
		} else if (isWordChar(c, true)) {
			let j = i + 1;
			while (j < src.length && isWordChar(src[j], false)) j++;
			out.push({ kind: 'word', text: src.slice(i, j), start: i, end: j });
			i = j;
		} else {
			const hint =
				c === '!'
					? " (write 'not')"
					: c === '&'
						? " (write 'and')"
						: c === '|'
							? " (write 'or')"
							: '';
			throw new Fail({
				code: 'SC211',
				message: `unexpected character '${c}'${hint}`,
				start: i,
				end: i + 1
			});
		}
	}
	out.push({ kind: 'end', text: '', start: src.length, end: src.length });
	return out;
}

class Parser {
	private i = 0;
	constructor(private readonly toks: Token[]) {}

	private peek(): Token {
		return this.toks[this.i];
	}
	private next(): Token {
		return this.toks[this.i++];
	}
	private isWord(t: Token, w: string): boolean {
		return t.kind === 'word' && t.text === w;
	}

	parse(): CondNode {
		const node = this.or(0);
		const t = this.peek();
		if (t.kind !== 'end') {
			const msg =
				t.kind === ')' ? "unmatched ')'" : `expected 'and', 'or' or the end, found '${t.text}'`;
			throw new Fail({ code: 'SC211', message: msg, start: t.start, end: t.end });
		}
		return node;
	}

	private or(depth: number): CondNode {
		const first = this.and(depth);
		const args = [first];
		while (this.isWord(this.peek(), 'or')) {
			this.next();
			args.push(this.and(depth));
		}
		return args.length === 1
			? first
			: { op: 'or', args, start: first.start, end: args[args.length - 1].end };
	}

	private and(depth: number): CondNode {
		const first = this.unary(depth);
		const args = [first];
		while (this.isWord(this.peek(), 'and')) {
			this.next();
			args.push(this.unary(depth));
		}
		return args.length === 1
			? first
			: { op: 'and', args, start: first.start, end: args[args.length - 1].end };
	}

	private unary(depth: number): CondNode {
		if (depth > 50) {
			const t = this.peek();
			throw new Fail({
				code: 'SC211',
				message: 'condition nested too deeply (more than 50 levels)',
				start: t.start,
				end: t.end
			});
		}
		const t = this.peek();
		if (this.isWord(t, 'not')) {
			this.next();
			const arg = this.unary(depth + 1);
			return { op: 'not', arg, start: t.start, end: arg.end };
		}
		return this.primary(depth);
	}

	private primary(depth: number): CondNode {
		const t = this.next();
		if (t.kind === '(') {
			const inner = this.or(depth + 1);
			const close = this.next();
			if (close.kind !== ')')
				throw new Fail({
					code: 'SC211',
					message: `expected ')' to close the '(' at column ${t.start + 1}`,
					start: close.start,
					end: Math.max(close.end, close.start + 1)
				});
			return { ...inner, start: t.start, end: close.end };
		}
		if (t.kind === 'end')
			throw new Fail({
				code: 'SC211',
				message: 'condition ends too early: expected a test such as posted or fired(event-id)',
				start: t.start,
				end: t.start + 1
			});
		if (t.kind !== 'word')
			throw new Fail({
				code: 'SC211',
				message: `expected a test such as posted or fired(event-id), found '${t.text}'`,
				start: t.start,
				end: t.end
			});
		if (t.text === 'true' || t.text === 'false')
			return { op: 'const', value: t.text === 'true', start: t.start, end: t.end };
		if (KEYWORDS.has(t.text))
			throw new Fail({
				code: 'SC211',
				message: `'${t.text}' needs a test before it`,
				start: t.start,
				end: t.end
			});
		const args: Token[] = [];
		let end = t.end;
		if (this.peek().kind === '(') {
			this.next();
			if (this.peek().kind !== ')') {
				for (;;) {
					const a = this.next();
					if (a.kind !== 'word' && a.kind !== 'string')
						throw new Fail({
							code: 'SC211',
							message: a.kind === 'end' ? "missing ')'" : `expected an argument, found '${a.text}'`,
							start: a.start,
							end: Math.max(a.end, a.start + 1)
						});
					args.push(a);
					const sep = this.next();
					if (sep.kind === ')') {
						end = sep.end;
						break;
					}
					if (sep.kind !== ',')
						throw new Fail({
							code: 'SC211',
							message:
								sep.kind === 'end' ? "missing ')'" : `expected ',' or ')', found '${sep.text}'`,
							start: sep.start,
							end: Math.max(sep.end, sep.start + 1)
						});
				}
			} else end = this.next().end;
		}
		return { op: 'call', name: t.text, args, start: t.start, end, nameEnd: t.end };
	}
}

/** Parse the source text of a condition (syntax only; names are checked by `checkCondition`). */
export function parseConditionSyntax(src: string): { node?: CondNode; error?: ConditionError } {
	try {
		if (src.trim().length === 0)
			return { error: { code: 'SC211', message: 'empty condition', start: 0, end: 1 } };
		return { node: new Parser(tokenize(src)).parse() };
	} catch (e) {
		if (e instanceof Fail) return { error: e.info };
		return {
			error: {
				code: 'SC211',
				message: `cannot parse condition: ${(e as Error).message}`,
				start: 0,
				end: src.length
			}
		};
	}
}

/** Visit every call atom. */
export function eachCall(node: CondNode, fn: (c: Extract<CondNode, { op: 'call' }>) => void): void {
	if (node.op === 'call') fn(node);
	else if (node.op === 'not') eachCall(node.arg, fn);
	else if (node.op === 'and' || node.op === 'or') for (const a of node.args) eachCall(a, fn);
}

/** Check atom names, arity and argument kinds; returns the errors (name resolution is done by the caller). */
export function checkCalls(
	node: CondNode,
	suggestName: (w: string) => string | undefined
): ConditionError[] {
	const errors: ConditionError[] = [];
	eachCall(node, (c) => {
		const spec = Object.hasOwn(ATOMS, c.name) ? ATOMS[c.name] : undefined;
		if (!spec) {
			errors.push({
				code: 'SC212',
				message: `unknown test '${c.name}'; known tests: ${Object.keys(ATOMS).join(', ')}, true, false`,
				start: c.start,
				end: c.nameEnd,
				suggestion: suggestName(c.name)
			});
			return;
		}
		if (c.args.length < spec.min || c.args.length > spec.max) {
			const n = spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`;
			errors.push({
				code: 'SC213',
				message: `'${c.name}' takes ${n} argument${spec.max === 1 && spec.min === 1 ? '' : 's'}, got ${c.args.length}: write ${spec.help}`,
				start: c.start,
				end: c.end
			});
			return;
		}
		for (const a of c.args) {
			if (spec.arg === 'time' && parseTime(a.text) === undefined)
				errors.push({
					code: 'SC204',
					message: `'${a.text}' is not a time: write ${spec.help} (01:10, 90s, 45m, 1h30m)`,
					start: a.start,
					end: a.end
				});
			if (
				(spec.arg === 'claim' ||
					spec.arg === 'event' ||
					spec.arg === 'finding' ||
					spec.arg === 'objective') &&
				(a.kind !== 'word' || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(a.text))
			)
				errors.push({
					code: 'SC213',
					message: `'${c.name}' expects ${spec.arg === 'objective' ? 'an' : 'a'} ${spec.arg} id, got '${a.text}'`,
					start: a.start,
					end: a.end
				});
		}
	});
	return errors;
}

/** The engine's Condition AST (offsets dropped). Call only on a node that passed `checkCalls`. */
export function toCondition(node: CondNode): Condition {
	switch (node.op) {
		case 'and':
		case 'or':
			return { op: node.op, args: node.args.map(toCondition) };
		case 'not':
			return { op: 'not', arg: toCondition(node.arg) };
		case 'const':
			return { op: 'const', value: node.value };
		case 'call': {
			const a = node.args.map((t) => t.text);
			switch (node.name) {
				case 'posted':
					return { op: 'posted' };
				case 'posted_since':
					return { op: 'posted', since: parseTime(a[0]) as Seconds };
				case 'mentioned':
					return { op: 'mentioned', phrases: a };
				case 'corrected':
				case 'repeated':
					return { op: node.name, claim: a[0] };
				case 'faux_pas':
					return a.length ? { op: 'faux_pas', id: a[0] } : { op: 'faux_pas' };
				case 'replied':
				case 'fired':
					return { op: node.name, event: a[0] };
				case 'deleted':
					return a.length ? { op: 'deleted', finding: a[0] } : { op: 'deleted' };
				case 'replied_to_troll':
					return { op: 'replied_to_troll' };
				case 'silent_for':
					return { op: 'silent_for', seconds: parseTime(a[0]) as Seconds };
				case 'missed':
					return { op: 'missed', objective: a[0] };
				case 'amplified':
					return a.length ? { op: 'amplified', claim: a[0] } : { op: 'amplified' };
				default:
					return { op: 'const', value: false };
			}
		}
	}
}

/** Convenience: parse and check a condition string without a scenario (names unresolved). */
export function parseCondition(src: string): { condition?: Condition; error?: ConditionError } {
	const { node, error } = parseConditionSyntax(src);
	if (error || !node) return { error };
	const errs = checkCalls(node, () => undefined);
	if (errs.length) return { error: errs[0] };
	return { condition: toCondition(node) };
}
