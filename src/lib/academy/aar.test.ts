import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { reportFor, runHeadless } from '../core/headless.ts';
import { readPostsFile, type ScriptedPost } from '../core/posts-file.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Rating } from '../scoring/types.ts';
import {
	AAR_FORMAT,
	aarCsv,
	aarJson,
	cohortAar,
	csvCell,
	medianP90,
	type AarComment,
	type AarOverride,
	type AarParticipant,
	type CohortAar
} from './aar.ts';

const load = (id: string): Scenario => {
	const { scenario } = compileScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
	if (!scenario) throw new Error(`${id} does not compile`);
	return scenario;
};
const min = (m: number) => m * 60;
const PRANK = '=HYPERLINK("http://x.example","open, "safe"\nline two") 😂';

function participant(
	scenario: Scenario,
	id: string,
	name: string,
	members: string[],
	posts: ScriptedPost[],
	extra: { deleteFirst?: boolean; overrides?: AarOverride[]; comments?: AarComment[] } = {}
): AarParticipant {
	const run = runHeadless(scenario, scenario.seed, posts);
	let { report } = run;
	const { state } = run;
	if (extra.deleteFirst && state.posts[0]) {
		state.posts[0] = { ...state.posts[0], deleted: true, deletedAt: state.posts[0].t + 60 };
		report = reportFor(scenario, state);
	}
	return {
		id,
		name,
		members,
		state,
		report,
		overrides: extra.overrides ?? [],
		comments: extra.comments ?? []
	};
}

const ov = (postId: string, overall: number, rating: Rating, reason = 'instructor view') => ({
	postId,
	overall,
	rating,
	reason,
	by: 'instr',
	at: '2025-01-01T10:00:00Z'
});

let quake: Scenario;
let cohort: AarParticipant[];
let aar: CohortAar;

beforeAll(() => {
	quake = load('quake-consulate-rumour');
	const good = readPostsFile(
		readFileSync('tests/golden/posts/quake-consulate-rumour.good.yaml', 'utf8'),
		quake
	).posts;
	cohort = [
		participant(quake, 'alpha', 'Team Alpha', ['Ana', 'Ben'], good),
		participant(
			quake,
			'cara',
			'Cara',
			['Cara'],
			[
				{ at: min(30), text: 'Thoughts with everyone in Porto Veyra 🙏😢 call +00 100 200 300' },
				{
					at: min(100),
					text: 'Ground still shaking lol 😅 Our injured guy K. Dervish is fine at Porto Veyra General, relax everyone!!!'
				}
			],
			{
				comments: [
					{
						postId: 'p2',
						text: 'Leak, and "lol" in a tragedy',
						by: 'instr',
						at: '2025-01-01T10:05:00Z'
					}
				]
			}
		),
		participant(
			quake,
			'dan',
			'Dan',
			['Dan'],
			[
				{ at: min(3), text: 'Test post please ignore' },
				{ at: min(12), text: PRANK },
				{ at: min(50), text: 'No comment on the fake news about our consulate, haha 😂' }
			],
			{
				deleteFirst: true,
				overrides: [ov('p1', 0, 'U', 'ignored: deleted'), ov('p2', 0.9, 'S'), ov('p3', 1, 'P')]
			}
		),
		participant(quake, 'eve', 'Eve', ['Eve'], [])
	];
	// The last override for a post wins.
	cohort[2].overrides.splice(1, 0, ov('p2', 0.1, 'U', 'superseded'));
	aar = cohortAar(quake, cohort);
});

describe('cohortAar', () => {
	it('names the scenario and counts participants', () => {
		expect(aar.format).toBe(AAR_FORMAT);
		expect(aar.scenario).toEqual({ id: quake.id, title: quake.title, duration: quake.duration });
		expect(aar.participantCount).toBe(4);
		expect(aar.participants.map((p) => p.id)).toEqual(['alpha', 'cara', 'dan', 'eve']);
	});

	it('counts objective ratings across participants, with the mean score', () => {
		expect(aar.objectives.map((o) => o.id)).toEqual(quake.objectives.map((o) => o.id));
		for (const o of aar.objectives) {
			const mine = cohort.map((p) => p.report.objectives.find((x) => x.id === o.id)!);
			const want = { P: 0, S: 0, M: 0, U: 0 };
			for (const m of mine) want[m.rating]++;
			expect(o.counts).toEqual(want);
			const avg = mine.reduce((a, m) => a + m.score, 0) / mine.length;
			expect(o.meanScore).toBe(Math.round(avg * 1000) / 1000);
		}
		// The silent participant is U on every objective.
		for (const o of cohort[3].report.objectives) expect(o.rating).toBe('U');
		expect(aar.objectives.every((o) => o.counts.U >= 1)).toBe(true);
	});

	it('first responses from the start skip deleted posts, bucketed, with median and p90', () => {
		expect(aar.participants.map((p) => p.firstResponseT)).toEqual([
			min(25),
			min(30),
			min(12),
			null
		]);
		const t = aar.timing.fromStart;
		expect(t.fromEvent).toBeNull();
		expect(Object.fromEntries(t.buckets.map((b) => [b.id, b.count]))).toEqual({
			'0-5': 0,
			'5-10': 0,
			'10-15': 1,
			'15-30': 1,
			'30-60': 1,
			'60+': 0,
			never: 1
		});
		expect(t).toMatchObject({ responded: 3, never: 1, excluded: 0 });
		expect(t.medianS).toBe(min(25));
		expect(t.p90S).toBe(min(30));
	});

	it('first responses after the first claim spread', () => {
		const t = aar.timing.fromSpread!;
		expect(t.fromEvent).toBe('rumour-video');
		// rumour-video fires at 00:35: Alpha answers at 00:45, Cara at 01:40, Dan at 00:50.
		expect(aar.participants.map((p) => p.firstResponseAfterSpreadS)).toEqual([
			min(10),
			min(65),
			min(15),
			null
		]);
		expect(t.buckets.map((b) => b.count)).toEqual([0, 0, 1, 1, 0, 1, 1]);
		expect(t.medianS).toBe(min(15));
		expect(t.p90S).toBe(min(65));
	});

	it('has no spread timing when no event spreads a claim', () => {
		const calm: Scenario = {
			...quake,
			events: quake.events.map((e) => ({ ...e, spreads: undefined }))
		};
		expect(cohortAar(calm, cohort).timing.fromSpread).toBeNull();
	});

	it('ranks faux pas by participants, with severity, explanation and examples', () => {
		const ids = aar.fauxPas.map((f) => f.id);
		expect(ids.slice(0, 2)).toEqual(['emoji-in-tragedy', 'humour-in-tragedy']);
		const emoji = aar.fauxPas[0];
		expect(emoji).toMatchObject({ participants: 2, posts: 4, severity: 'major' });
		expect(emoji.explanation.length).toBeGreaterThan(10);
		expect(emoji.examples.map((e) => [e.participantName, e.postId])).toEqual([
			['Cara', 'p1'],
			['Dan', 'p2']
		]);
		expect(emoji.examples[0].text).toContain('🙏');
		expect(emoji.examples[0].message).toContain('🙏');
		expect(aar.fauxPas[1]).toMatchObject({ participants: 2, posts: 3 });
		expect(ids).toContain('confidential-leak');
		expect(ids).toContain('no-comment');
		const leak = aar.fauxPas.find((f) => f.id === 'confidential-leak')!;
		expect(leak).toMatchObject({ participants: 1, posts: 1, severity: 'critical' });
		// Among single-participant, single-post findings the critical one comes first.
		const singles = aar.fauxPas.filter((f) => f.participants === 1 && f.posts === 1);
		expect(singles[0].id).toBe('confidential-leak');
		for (let i = 1; i < aar.fauxPas.length; i++)
			expect(aar.fauxPas[i - 1].participants).toBeGreaterThanOrEqual(aar.fauxPas[i].participants);
		expect(aar.participants.find((p) => p.id === 'alpha')!.findings).toBe(0);
	});

	it('ranks by participants before posts', () => {
		const tags = '#Arcadia #PortoVeyra #Quake #Help #Consulate #Safety #Update';
		const finn = participant(
			quake,
			'finn',
			'Finn',
			['Finn'],
			[20, 40, 60, 80, 100, 120].map((m) => ({ at: min(m), text: `Consulate open ${tags}` }))
		);
		const more = cohortAar(quake, [...cohort, finn]);
		const hashtags = more.fauxPas.find((f) => f.id === 'too-many-hashtags')!;
		expect(hashtags).toMatchObject({ participants: 1, posts: 6 });
		const ids = more.fauxPas.map((f) => f.id);
		expect(ids.indexOf('too-many-hashtags')).toBeGreaterThan(ids.indexOf('humour-in-tragedy'));
		expect(hashtags.examples).toHaveLength(1);
	});

	it('overrides move the adjusted figures and leave the automatic ones alone', () => {
		const dan = cohort[2];
		const row = aar.participants.find((p) => p.id === 'dan')!;
		expect(row.autoOverall).toBe(dan.report.overall);
		expect(row.autoRating).toBe(dan.report.rating);
		const score = (id: string) => dan.report.posts.find((p) => p.postId === id)!.overall;
		// The adjusted overall is the same report recomputed with the overrides (the last one per post wins),
		// deleted posts included: p1 was deleted, and its override still applies.
		const want = reportFor(quake, dan.state, { p1: 0, p2: 0.9, p3: 1 }).overall;
		expect(row.adjustedOverall).toBeCloseTo(want, 3);
		expect(row.adjustedOverall).not.toBe(reportFor(quake, dan.state, { p2: 0.9, p3: 1 }).overall);
		expect(row.adjustedOverall).not.toBe(row.autoOverall);
		expect(row.overrides).toBe(4);
		// Without overrides adjusted == automatic.
		for (const r of aar.participants.filter((p) => p.id !== 'dan'))
			expect(r.adjustedOverall).toBe(r.autoOverall);
		// Distributions: automatic from the reports, adjusted from the adjusted scores.
		const auto = { P: 0, S: 0, M: 0, U: 0 };
		for (const p of cohort) auto[p.report.rating]++;
		expect(aar.overall.auto).toEqual(auto);
		const adjusted = { ...auto };
		adjusted[dan.report.rating]--;
		adjusted[row.adjustedRating]++;
		expect(aar.overall.adjusted).toEqual(adjusted);
		// The post rows keep the automatic score beside the override.
		const p2 = aar.posts.find((p) => p.participantId === 'dan' && p.postId === 'p2')!;
		expect(p2.autoOverall).toBe(score('p2'));
		expect(p2.override).toMatchObject({ overall: 0.9, rating: 'S' });
		// The input is not mutated.
		expect(dan.report.posts.find((p) => p.postId === 'p2')!.overall).toBe(score('p2'));
	});

	it('counts live and deleted posts per participant', () => {
		expect(aar.participants.map((p) => [p.posts, p.deleted])).toEqual([
			[4, 0],
			[2, 0],
			[2, 1],
			[0, 0]
		]);
		expect(aar.posts).toHaveLength(9);
	});

	it('handles an empty cohort', () => {
		const empty = cohortAar(quake, []);
		expect(empty.participantCount).toBe(0);
		expect(empty.timing.fromStart.medianS).toBeNull();
		expect(empty.objectives[0].counts).toEqual({ P: 0, S: 0, M: 0, U: 0 });
		expect(aarCsv(empty).split('\r\n')).toHaveLength(2);
	});
});

describe('medianP90', () => {
	it('uses the middle mean and the nearest rank', () => {
		expect(medianP90([])).toEqual({ medianS: null, p90S: null });
		expect(medianP90([30, 10, 20, 40])).toEqual({ medianS: 25, p90S: 40 });
		expect(medianP90([...Array(10).keys()].map((i) => i + 1))).toEqual({ medianS: 5.5, p90S: 9 });
	});
});

/** A strict RFC 4180 reader for the round trip. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let cell = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (text[i] === '"' && text[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else cell += text[i++];
			}
		} else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
		row.push(cell);
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
		} else if (i < text.length) throw new Error(`bad CSV at ${i}`);
	}
	return rows;
}

describe('aarCsv', () => {
	it('quotes RFC 4180 style and neutralises formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-1')).toBe("'-1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('\rx')).toBe('"\'\rx"');
		expect(csvCell(0.5)).toBe('0.5');
		expect(csvCell(null)).toBe('');
	});

	it('writes one row per post with CRLF line ends', () => {
		const csv = aarCsv(aar);
		expect(csv.endsWith('\r\n')).toBe(true);
		// one row per post, one per participant who never posted, the header, the final line end
		const silent = aar.participants.filter((p) => !aar.posts.some((x) => x.participantId === p.id));
		expect(silent.length).toBeGreaterThan(0);
		expect(csv.split('\r\n')).toHaveLength(aar.posts.length + silent.length + 2);
		for (const p of silent) expect(csv).toContain(`${p.name},`);
		expect(csv).toContain('(no posts)');
		expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""open, ""safe""\nline two"") 😂"`);
		const rows = parseCsv(csv);
		expect(rows[0]).toEqual([
			'participant',
			'members',
			'post id',
			'time',
			'text',
			'auto overall',
			'auto rating',
			'override overall',
			'override rating',
			'override reason',
			'findings',
			'key messages',
			'comments',
			'deleted'
		]);
		expect(rows.slice(1).map((r) => r.length)).toEqual([...aar.posts, ...silent].map(() => 14));
		const alpha = rows[1];
		expect(alpha.slice(0, 4)).toEqual(['Team Alpha', 'Ana; Ben', 'p1', '00:25']);
		expect(alpha[11]).toContain('empathy-first');
		const prank = rows.find((r) => r[0] === 'Dan' && r[2] === 'p2')!;
		expect(prank[4]).toBe(`'${PRANK}`);
		expect(prank.slice(7, 10)).toEqual(['0.9', 'S', 'instructor view']);
		expect(prank[10].split(';')).toEqual(['emoji-in-tragedy', 'humour-in-tragedy']);
		const deleted = rows.find((r) => r[0] === 'Dan' && r[2] === 'p1')!;
		expect(deleted[13]).toBe('yes');
		const cara = rows.find((r) => r[0] === 'Cara' && r[2] === 'p2')!;
		expect(cara[3]).toBe('01:40');
		expect(cara[12]).toBe('instr: Leak, and "lol" in a tragedy');
		expect(cara[10].split(';')).toContain('confidential-leak');
	});
});

describe('aarJson', () => {
	it('round-trips, is pretty and stable', () => {
		const json = aarJson(aar);
		expect(json.startsWith(`{\n  "format": "ddsim/aar@1",\n  "scenario"`)).toBe(true);
		expect(JSON.parse(json)).toEqual(aar);
		expect(aarJson(cohortAar(quake, cohort))).toBe(json);
	});
});

describe('purity', () => {
	it('aar.ts and aar-types.ts import no Node, Svelte or clock', () => {
		for (const f of ['aar.ts', 'aar-types.ts']) {
			const src = readFileSync(`src/lib/academy/${f}`, 'utf8');
			expect(src).not.toMatch(/from '(node:|svelte|\$app)/);
			expect(src).not.toMatch(/Date\.now|new Date\(\)|Math\.random/);
		}
	});
});
