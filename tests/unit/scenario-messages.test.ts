/** Message quality: where diagnostics point, what they say, and how formatDiagnostic renders them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	compileScenario,
	formatDiagnostic,
	type Diagnostic
} from '../../src/lib/scenario/index.ts';

const BASE = readFileSync('scenarios/_invalid/sc415-false-claim-unrefuted.yaml', 'utf8');

function first(src: string): Diagnostic {
	const { diagnostics } = compileScenario(src, 'x.yaml');
	expect(diagnostics.length).toBeGreaterThan(0);
	return diagnostics[0];
}

describe('diagnostic placement and wording', () => {
	it('points at the key when a value is empty', () => {
		const d = first(BASE.replace('    reveals: [consulate-open]', '    reveals:'));
		expect([d.code, d.line, d.col]).toEqual(['SC202', 43, 5]);
		expect(d.message).toBe("'reveals' should be a list, not null (an empty value)");
		expect(d.path).toBe('events[1].reveals');
	});

	it('tells the author to quote a yes/no word used as text', () => {
		const d = first(BASE.replace('    truth: false\n', '    truth: false\n    kind: true\n'));
		expect(d.code).toBe('SC205');
		expect(d.message).toContain('write it in quotes: "true"');
	});

	it('does not suggest far-fetched names for short words', () => {
		const d = first(BASE.replace('\nevents:', '\nx: 1\nevents:'));
		expect(d.code).toBe('SC201');
		expect(d.suggestion).toBeUndefined();
	});

	it('points at an invalid record key', () => {
		const d = first(
			BASE.replace(
				'  chirp: { kind: microblog, char_limit: 280 }',
				'  chirp: { kind: microblog, char_limit: 280 }\n  bad id: { kind: news }'
			)
		);
		expect([d.code, d.line, d.col]).toEqual(['SC209', 17, 3]);
	});

	it('reports a missing format line as SC208', () => {
		const d = first(BASE.replace('format: ddsim/scenario@1\n', ''));
		expect(d.code).toBe('SC208');
	});

	it('maps a column inside a double-quoted condition exactly', () => {
		const src = BASE.replace(
			'    channel: internal\n',
			'    channel: internal\n    when: "posted and fired(rumuor)"\n'
		);
		const d = first(src);
		expect([d.code, d.suggestion]).toEqual(['SC306', 'rumour']);
		const line = src.split('\n')[d.line - 1];
		expect(line.slice(d.col - 1, d.endCol! - 1)).toBe('rumuor');
	});

	it('maps a column inside a plain (unquoted) condition exactly', () => {
		const src = BASE.replace(
			'    channel: internal\n',
			'    channel: internal\n    when: not corected(turned-away)\n'
		);
		const d = first(src);
		const line = src.split('\n')[d.line - 1];
		expect(d.code).toBe('SC212');
		expect(line.slice(d.col - 1, d.endCol! - 1)).toBe('corected');
	});

	it('gives every diagnostic a code that is catalogued and a 1-based position', () => {
		const { diagnostics } = compileScenario('a: [1\nb: }', 'y.yaml');
		for (const d of diagnostics) {
			expect(d.code).toMatch(/^SC1\d\d$/);
			expect(d.line).toBeGreaterThanOrEqual(1);
			expect(d.col).toBeGreaterThanOrEqual(1);
		}
	});
});

describe('formatDiagnostic', () => {
	const d: Diagnostic = {
		code: 'SC301',
		severity: 'error',
		message: "unknown persona 'tomass'",
		file: 'a.yaml',
		line: 2,
		col: 11,
		endLine: 2,
		endCol: 17,
		suggestion: 'tomas'
	};

	it('prints the line without a source', () => {
		expect(formatDiagnostic(d)).toBe(
			"a.yaml:2:11 error SC301 unknown persona 'tomass' (did you mean 'tomas'?)"
		);
	});

	it('adds a code frame with a caret under the span', () => {
		const src = 'events:\n    from: tomass\n';
		expect(formatDiagnostic(d, src)).toBe(
			"a.yaml:2:11 error SC301 unknown persona 'tomass' (did you mean 'tomas'?)\n 2 |     from: tomass\n   |           ^^^^^^"
		);
	});

	it('windows very long lines around the column', () => {
		const long = 'x'.repeat(500) + 'HERE' + 'y'.repeat(500);
		const out = formatDiagnostic(
			{ ...d, line: 1, col: 501, endLine: 1, endCol: 505, suggestion: undefined },
			long
		);
		const [, code, caret] = out.split('\n');
		expect(code.length).toBeLessThan(140);
		expect(code.indexOf('HERE')).toBe(caret.indexOf('^'));
		expect(caret.slice(caret.indexOf('^'))).toBe('^^^^');
	});

	it('omits the frame when the line does not exist', () => {
		expect(formatDiagnostic({ ...d, line: 99 }, 'one line')).not.toContain('|');
	});
});
