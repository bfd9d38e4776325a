/** Static analysis of conditions (SC402/SC403) and the other timing checks, on small inline scenarios. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './index.ts';

const BASE = readFileSync('scenarios/_invalid/sc415-false-claim-unrefuted.yaml', 'utf8').replace(
	'    truth: false\n',
	'    truth: false\n    refuted_by: [consulate-open]\n'
);

/** The base scenario plus extra events (YAML lines), returning [code, event-or-key text] pairs of SC4xx diagnostics. */
function analyse(extraEvents: string): [string, string][] {
	const src = BASE.replace('rubric:\n', `${extraEvents}rubric:\n`);
	const { diagnostics } = compileScenario(src, 'r.yaml');
	const lines = src.split('\n');
	for (const d of diagnostics) expect(d.code, d.message).toMatch(/^SC4/);
	return diagnostics.map((d) => [
		d.code,
		lines[d.line - 1].slice(d.col - 1, d.endLine === d.line ? d.endCol! - 1 : undefined)
	]);
}

const ev = (id: string, at: string, extra = '') =>
	`  - id: ${id}\n    at: ${at}\n    from: tomas\n    text: Hello.\n    objectives: [first-response]\n${extra}`;

describe('condition reachability', () => {
	it('the base scenario is clean', () => expect(analyse('')).toEqual([]));

	it('an event cannot depend on having fired itself', () => {
		expect(analyse(ev('a', '00:20', '    when: "fired(a)"\n'))).toEqual([['SC402', 'fired(a)']]);
	});

	it('a chain through an event that never fires never fires', () => {
		expect(
			analyse(
				ev('a', '00:20', '    when: "false"\n') +
					ev('b', '00:30', '    when: "fired(a) and posted"\n')
			)
		).toEqual([
			['SC402', 'false'],
			['SC402', 'fired(a)']
		]);
	});

	it('cycles terminate and are not reported', () => {
		expect(
			analyse(
				ev('a', '00:20', '    when: "fired(b) or posted"\n') +
					ev('b', '00:20', '    when: "fired(a) or posted"\n')
			)
		).toEqual([]);
	});

	it('contingency events may be sent at any time, so fired() on them is possible', () => {
		expect(
			analyse(
				ev('a', '00:50', '    contingency: true\n') + ev('b', '00:20', '    when: "fired(a)"\n')
			)
		).toEqual([]);
	});

	it('not fired(x) for an unconditional earlier event can never hold', () => {
		expect(analyse(ev('a', '00:20', '    when: "not fired(rumour)"\n'))).toEqual([
			['SC402', 'fired(rumour)']
		]);
	});

	it('a same-time event is left undecided', () => {
		expect(analyse(ev('a', '00:05', '    when: "fired(rumour)"\n'))).toEqual([]);
	});

	it('or with one impossible branch is fine; and with one is not', () => {
		expect(analyse(ev('a', '00:20', '    when: "posted_since(00:40) or posted"\n'))).toEqual([]);
		expect(analyse(ev('a', '00:20', '    when: "posted_since(00:40) and posted"\n'))).toEqual([
			['SC402', 'posted_since(00:40)']
		]);
	});

	it('replied() to a later event can never hold', () => {
		expect(analyse(ev('a', '00:20', '    when: "replied(b)"\n') + ev('b', '00:30'))).toEqual([
			['SC402', 'replied(b)']
		]);
	});

	it('conditions the trainee controls are undecided', () => {
		expect(
			analyse(
				ev(
					'a',
					'00:20',
					'    when: \'mentioned("open") or faux_pas() or repeated(turned-away) or corrected(turned-away)\'\n'
				)
			)
		).toEqual([]);
	});

	it('always-true conditions are reported once', () => {
		expect(analyse(ev('a', '00:20', '    when: "true"\n'))).toEqual([['SC403', 'true']]);
		expect(analyse(ev('a', '00:20', '    when: "not posted_since(00:40)"\n'))).toEqual([
			['SC403', 'posted_since(00:40)']
		]);
	});
});
