/**
 * Every broken fixture in scenarios/_invalid gives exactly the diagnostics listed here: code, line and column.
 * The table is the specification; a change of position or code in the compiler must be a deliberate edit here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import { validateScenario } from '../../src/lib/core/validate.ts';

const DIR = 'scenarios/_invalid';

/** fixture → every diagnostic it must produce, in order: [code, line, col] */
const EXPECTED: [string, [string, number, number][]][] = [
	[
		'sc102-bad-indentation.yaml',
		[
			['SC102', 43, 1],
			['SC102', 43, 10],
			['SC102', 43, 10]
		]
	],
	['sc102-yaml-syntax.yaml', [['SC102', 45, 1]]],
	['sc103-duplicate-key.yaml', [['SC103', 5, 1]]],
	['sc104-alias-bomb.yaml', [['SC104', 7, 10]]],
	['sc106-empty-file.yaml', [['SC106', 1, 1]]],
	['sc106-not-a-mapping.yaml', [['SC106', 2, 1]]],
	['sc107-two-documents.yaml', [['SC107', 50, 1]]],
	['sc108-unknown-tag.yaml', [['SC108', 4, 8]]],
	['sc109-nul-in-comment.yaml', [['SC109', 7, 21]]],
	['sc110-proto-key.yaml', [['SC110', 56, 9]]],
	['sc111-too-large-to-simulate.yaml', [['SC111', 21, 1]]],
	['sc201-unknown-event-key.yaml', [['SC201', 44, 5]]],
	['sc201-unknown-key.yaml', [['SC201', 4, 1]]],
	['sc202-time-as-number.yaml', [['SC202', 40, 9]]],
	['sc202-wrong-type.yaml', [['SC202', 13, 103]]],
	['sc203-missing-text.yaml', [['SC203', 39, 5]]],
	['sc204-bad-duration.yaml', [['SC204', 6, 11]]],
	['sc204-bad-time.yaml', [['SC204', 40, 9]]],
	['sc205-bad-channel.yaml', [['SC205', 42, 14]]],
	['sc206-stance-out-of-range.yaml', [['SC206', 29, 13]]],
	['sc207-duplicate-event-id.yaml', [['SC207', 39, 9]]],
	['sc208-unsupported-format.yaml', [['SC208', 2, 9]]],
	['sc209-bad-handle.yaml', [['SC209', 13, 39]]],
	['sc210-no-objectives.yaml', [['SC210', 7, 22]]],
	['sc211-condition-operator.yaml', [['SC211', 43, 19]]],
	['sc211-condition-syntax.yaml', [['SC211', 43, 39]]],
	['sc212-unknown-condition.yaml', [['SC212', 43, 16]]],
	['sc213-condition-arguments.yaml', [['SC213', 43, 12]]],
	['sc214-avoid-two-rules.yaml', [['SC214', 51, 7]]],
	['sc215-claim-kind.yaml', [['SC215', 25, 11]]],
	['sc216-key-message-empty.yaml', [['SC216', 51, 7]]],
	['sc217-unknown-placeholder.yaml', [['SC217', 47, 53]]],
	['sc218-unknown-technique.yaml', [['SC218', 52, 18]]],
	['sc220-doctrine-check-incomplete.yaml', [['SC220', 51, 7]]],
	['sc301-unknown-persona.yaml', [['SC301', 35, 11]]],
	['sc302-unknown-claim-in-condition.yaml', [['SC302', 43, 26]]],
	['sc303-unknown-fact.yaml', [['SC303', 44, 15]]],
	['sc304-unknown-audience.yaml', [['SC304', 30, 50]]],
	['sc305-unknown-objective.yaml', [['SC305', 38, 18]]],
	['sc306-unknown-event.yaml', [['SC306', 48, 13]]],
	['sc307-unknown-platform.yaml', [['SC307', 13, 24]]],
	['sc308-unknown-criterion.yaml', [['SC308', 56, 7]]],
	[
		'sc309-unknown-finding.yaml',
		[
			['SC309', 43, 40],
			['SC309', 56, 18]
		]
	],
	['sc401-event-after-end.yaml', [['SC401', 40, 9]]],
	['sc402-corrected-true-claim.yaml', [['SC402', 42, 12]]],
	[
		'sc402-fired-later-event.yaml',
		[
			['SC402', 36, 12],
			['SC417', 49, 13]
		]
	],
	['sc402-posted-since-later.yaml', [['SC402', 43, 12]]],
	['sc403-condition-always.yaml', [['SC403', 43, 12]]],
	['sc404-window-order.yaml', [['SC404', 49, 41]]],
	['sc405-unreachable-objective.yaml', [['SC405', 10, 9]]],
	['sc406-fact-after-end.yaml', [['SC406', 20, 17]]],
	['sc407-boost-before-event.yaml', [['SC407', 37, 71]]],
	['sc408-test-post-after-end.yaml', [['SC408', 53, 13]]],
	['sc409-no-events.yaml', [['SC409', 31, 1]]],
	['sc410-fact-never-revealed.yaml', [['SC410', 18, 9]]],
	['sc411-revealed-before-known.yaml', [['SC411', 44, 15]]],
	['sc412-tone-order.yaml', [['SC412', 52, 15]]],
	['sc413-zero-weights.yaml', [['SC413', 50, 12]]],
	['sc414-reply-before-event.yaml', [['SC414', 61, 19]]],
	['sc415-false-claim-unrefuted.yaml', [['SC415', 22, 9]]],
	['sc416-confidential-on-feed.yaml', [['SC416', 45, 15]]],
	['sc417-timing-from-contingency.yaml', [['SC417', 49, 13]]],
	['sc418-ambient-silence.yaml', [['SC418', 47, 39]]],
	['sc420-own-text-trips-own-list.yaml', [['SC420', 60, 13]]]
];

describe('scenarios/_invalid fixtures', () => {
	it('has at least 24 fixtures and the table covers every file', () => {
		const files = readdirSync(DIR)
			.filter((f) => f.endsWith('.yaml'))
			.sort();
		expect(files.length).toBeGreaterThanOrEqual(24);
		expect(EXPECTED.map(([f]) => f).sort()).toEqual(files);
	});

	it.each(EXPECTED)('%s', (file, want) => {
		const source = readFileSync(`${DIR}/${file}`, 'utf8');
		// what `ddsim validate` shows: the compiler's diagnostics plus the scoring-based self-check (SC420)
		const { scenario, diagnostics } = validateScenario(source, file);
		expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual(want);
		// the file name states the main code; it comes first
		expect(diagnostics[0].code).toBe(file.split('-')[0].toUpperCase());
		for (const d of diagnostics) {
			expect(d.file).toBe(file);
			expect(d.message.length).toBeGreaterThan(10);
		}
		// errors withhold the scenario; warnings alone do not
		expect(scenario === undefined).toBe(diagnostics.some((d) => d.severity === 'error'));
	});

	it('gives "did you mean" for misspelt names', () => {
		const cases: [string, string][] = [
			['sc201-unknown-key.yaml', 'title'],
			['sc201-unknown-event-key.yaml', 'reveals'],
			['sc205-bad-channel.yaml', 'internal'],
			['sc212-unknown-condition.yaml', 'corrected'],
			['sc301-unknown-persona.yaml', 'tomas'],
			['sc302-unknown-claim-in-condition.yaml', 'turned-away'],
			['sc303-unknown-fact.yaml', 'consulate-open'],
			['sc304-unknown-audience.yaml', 'diaspora'],
			['sc305-unknown-objective.yaml', 'first-response'],
			['sc306-unknown-event.yaml', 'rumour'],
			['sc307-unknown-platform.yaml', 'chirp'],
			['sc308-unknown-criterion.yaml', 'timing'],
			['sc217-unknown-placeholder.yaml', '{hashtag}']
		];
		for (const [file, suggestion] of cases) {
			const { diagnostics } = compileScenario(readFileSync(`${DIR}/${file}`, 'utf8'), file);
			expect(diagnostics[0].suggestion, file).toBe(suggestion);
		}
	});
});
