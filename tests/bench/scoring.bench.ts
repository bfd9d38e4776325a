/**
 * Scoring benchmark (`npm run bench scoring`): median and p90 µs to score one 280-character post against the
 * reference scenario (goal ≤ 50 µs median), with the `vader-sentiment` package's
 * SentimentIntensityAnalyzer.polarity_scores timed on the same posts in the same run (ratio > 1 = ddsim faster),
 * posts/second on one core, a post scored late in a session, tone analysis alone vs VADER on the calibration
 * texts, and the machine's load average (wall-clock figures grow with it; the ratios much less).
 * The headline figures time the scoring module as the app ships it (built by Vite: ./scoring-bundle.ts); the
 * same source modules run through tsx are timed in the same rounds and printed below them. score() is what the
 * engine calls per post and returns the full explained report (reasons, texts, spans): there is no cheaper
 * "numbers only" path to time separately.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { compileScenario } from '../../src/lib/scenario/index.ts';
import * as source from '../../src/lib/scoring/index.ts';
import { bundledScoring } from './scoring-bundle.ts';
import { firedAt, revealedAt } from '../../src/lib/scoring/test-fixtures.ts';
import type { BenchResult } from './types.ts';

const POSTS = [
	'Our consulate in Porto Veyra is open and has been all night: 140 people are sheltering there now. If you need help, come to the main entrance or call +00 100 200 300. Claims that the consulate turned people away are false. Next update at 02:00 here.',
	'Our thoughts are with everyone affected by the earthquake in Porto Veyra. Arcadians needing help can call our 24h emergency line +00 100 200 300. We do not yet know how many nationals are affected; we will update here every hour tonight.',
	'@LenaOrtizAD No. The consulate never closed: a side gate was shut for 15 minutes at 02:40 while engineers checked a cracked wall. The main entrance stayed open and 140 people are sheltering inside. Ambassador Corin Hale thanks the consular team.',
	'Ground still shaking lol 😅 Our injured guy K. Dervish is fine at Porto Veyra General, relax everyone!!! The consulate did NOT turn anyone away, that is FAKE NEWS #ConsulateShame #PortoVeyra #Quake, ask Consul Ives or Ambassador Hall.'
].map((p) => p.padEnd(280, ' ').slice(0, 280));

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}
const median = (xs: number[]) => quantile(xs, 0.5);

export async function benchScoring(): Promise<BenchResult[]> {
	const load = loadavg()[0];
	const scenario = compileScenario(
		readFileSync(new URL('../../scenarios/quake-consulate-rumour.yaml', import.meta.url), 'utf8'),
		'quake.yaml'
	).scenario!;
	const t = 50 * 60;
	const ctx = {
		scenario,
		t,
		fired: firedAt(scenario, t),
		revealed: revealedAt(scenario, t),
		history: [],
		mode: 'final' as const
	};
	const require = createRequire(import.meta.url);
	const vader = require('vader-sentiment') as {
		SentimentIntensityAnalyzer: { polarity_scores(s: string): unknown };
	};
	const peer = (s: string) => vader.SentimentIntensityAnalyzer.polarity_scores(s);
	const bundle = await bundledScoring();
	const { score, analyseTone } = bundle ?? source;
	for (const text of POSTS)
		if (
			JSON.stringify(score({ id: 'x', t, text }, ctx)) !==
			JSON.stringify(source.score({ id: 'x', t, text }, ctx))
		)
			throw new Error('the bundled scoring module scores differently from the source modules');
	const shipped = bundle ? 'as shipped (Vite bundle)' : 'source modules under tsx (no bundle)';
	for (let i = 0; i < 10000; i++) score({ id: 'w', t, text: POSTS[i % 4] }, ctx); // warm-up: reach optimised code
	if (bundle) for (let i = 0; i < 10000; i++) source.score({ id: 'w', t, text: POSTS[i % 4] }, ctx);
	for (let i = 0; i < 4000; i++) peer(POSTS[i % 4]);
	// each call timed alone; ddsim and the peer (VADER gives valence only; score() runs 20 detectors, six tone
	// dimensions and the doctrine rubric) alternate in small batches, so that all see the same machine load
	const samples: number[] = [];
	const sourceSamples: number[] = [];
	const peerSamples: number[] = [];
	const batch = (f: (text: string) => unknown, into: number[]) => {
		for (let i = 0; i < 200; i++) {
			const t0 = performance.now();
			f(POSTS[i % 4]);
			into.push((performance.now() - t0) * 1000);
		}
	};
	for (let round = 0; round < 20; round++) {
		batch((text) => score({ id: 'b', t, text }, ctx), samples);
		if (bundle) batch((text) => source.score({ id: 'b', t, text }, ctx), sourceSamples);
		batch(peer, peerSamples);
	}
	const med = median(samples);
	const p90 = quantile(samples, 0.9);
	const vmed = median(peerSamples);
	const vp90 = quantile(peerSamples, 0.9);
	const n = 20000;
	const t1 = performance.now();
	for (let i = 0; i < n; i++) score({ id: 'b', t, text: POSTS[i % 4] }, ctx);
	const perSec = n / ((performance.now() - t1) / 1000);

	// the same, with 30 earlier posts in the history (what the engine passes late in a session)
	const history = Array.from({ length: 30 }, (_, i) => ({
		id: `h${i}`,
		t: 60 * i,
		text: POSTS[i % 4].replace(/\d+/, String(i)),
		overall: 0.8,
		correctsClaims: [],
		findings: [],
		keyMessages: i % 2 ? ['hotline'] : []
	}));
	const hctx = { ...ctx, t: 3600, history };
	for (let i = 0; i < 2000; i++) score({ id: 'w', t: 3600, text: POSTS[i % 4] }, hctx);
	const hs: number[] = [];
	for (let i = 0; i < 4000; i++) {
		const t0 = performance.now();
		score({ id: 'b', t: 3600, text: POSTS[i % 4] }, hctx);
		hs.push((performance.now() - t0) * 1000);
	}
	const hmed = median(hs);

	const texts = readFileSync(new URL('../fixtures/calibration.jsonl', import.meta.url), 'utf8')
		.trim()
		.split('\n')
		.map((l) => (JSON.parse(l) as { text: string }).text);
	const time = (f: (s: string) => unknown) => {
		// warm-up: 20 passes (≈ 5,000 calls), so that both reach optimised code before they are timed
		for (let r = 0; r < 20; r++) for (const s of texts) f(s);
		const runs: number[] = [];
		for (let r = 0; r < 15; r++) {
			const t0 = performance.now();
			for (const s of texts) f(s);
			runs.push(((performance.now() - t0) * 1000) / texts.length);
		}
		return median(runs);
	};
	const ours = time(analyseTone);
	const theirs = time(peer);
	// the tone analysis alone on the four 280-character posts, alternating with VADER in small batches
	const toneSamples: number[] = [];
	const toneVader: number[] = [];
	for (let i = 0; i < 4000; i++) analyseTone(POSTS[i % 4]);
	for (let round = 0; round < 20; round++) {
		batch(analyseTone, toneSamples);
		batch(peer, toneVader);
	}
	const tmed = median(toneSamples);
	const tvmed = median(toneVader);
	return [
		{
			name: `score one 280-char post with its explained report, ${shipped}, median`,
			value: med,
			unit: 'µs',
			goal: '≤ 50 µs',
			ok: med <= 50,
			ratio: vmed / med,
			ratioLabel: `vs vader-sentiment polarity_scores on the same posts (median ${vmed.toFixed(1)} µs, valence only)`
		},
		{
			name: `score one 280-char post with its explained report, ${shipped}, p90`,
			value: p90,
			unit: 'µs',
			ratio: vp90 / p90,
			ratioLabel: `vs vader-sentiment polarity_scores on the same posts (p90 ${vp90.toFixed(1)} µs)`
		},
		...(bundle
			? [
					{
						name: 'the same, source modules run through tsx (getter per cross-module call), median',
						value: median(sourceSamples),
						unit: 'µs',
						ratio: vmed / median(sourceSamples),
						ratioLabel: `vs vader-sentiment polarity_scores (same rounds)`
					}
				]
			: []),
		{ name: 'posts scored per second, one core', value: perSec, unit: 'posts/s' },
		{
			name: 'score one post with 30 earlier posts in history, median',
			value: hmed,
			unit: 'µs',
			goal: '≤ 16,000 µs (a frame)',
			ok: hmed <= 16000
		},
		{
			// the goal sits under tone ("keep the speed"): this is the six tone dimensions of one post,
			// what VADER's figure beside it also is; the whole pipeline above is held to the same 50 µs too
			name: 'tone of one 280-char post (analyseTone: six dimensions), median',
			value: tmed,
			unit: 'µs',
			goal: '≤ 50 µs',
			ok: tmed <= 50,
			ratio: tvmed / tmed,
			ratioLabel: `vs vader-sentiment polarity_scores on the same posts (median ${tvmed.toFixed(1)} µs, valence only)`
		},
		{
			name: 'analyseTone per text (calibration set), median of 15 runs',
			value: ours,
			unit: 'µs',
			ratio: theirs / ours,
			ratioLabel: `vs vader-sentiment polarity_scores (${theirs.toFixed(1)} µs, valence only)`
		},
		{
			// figures above are wall-clock: on a shared machine they grow with its load, the ratios much less
			name: 'machine load average (1 min) at start / end of this bench',
			value: load,
			unit: `/ ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`
		}
	];
}
