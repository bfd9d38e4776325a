/** `ddsim score <scenario> --posts posts.yaml [--seed N] [--json]`: play scripted posts through the engine
 * (as `ddsim run` and the app do) and print each post's explained score and the exercise report. */
import { formatTime } from '../../lib/scenario/index.ts';
import { runHeadless } from '../../lib/core/headless.ts';
import { readArgs, readSeed } from '../args.ts';
import type { Io } from '../io.ts';
import { loadScenarioAndPosts } from '../load.ts';

const USAGE = `usage: ddsim score <scenario.yaml> --posts <posts.yaml> [--seed N] [--json]

posts.yaml: a list (optionally under "posts:") of { at: "00:45", text: "…", reply_to?: <event id> },
plus optional steps { at: "00:50", delete: p2 } and { at: "01:00", end: true }.
Plays them through the engine with the scenario's seed (or --seed) and prints each post's criteria, findings
(with ids and character spans) and doctrine checks, then the exercise report — the same figures as the app.
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs(
		'score',
		args,
		{ json: { type: 'boolean' }, posts: { type: 'string' }, seed: { type: 'string' } },
		USAGE,
		io
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	const seed = readSeed(values.seed);
	if (seed === null) {
		io.err(`ddsim score: --seed needs a whole number\n\n${USAGE}`);
		return 2;
	}
	if (positionals.length !== 1 || !values.posts) {
		io.err(USAGE);
		return 2;
	}
	const loaded = loadScenarioAndPosts(io, 'score', positionals[0], values.posts);
	if (typeof loaded === 'number') return loaded;
	const { scenario } = loaded;
	const file = loaded.posts!;
	const json = values.json;
	const { state, report } = runHeadless(scenario, seed ?? scenario.seed, file.posts, file);
	if (json) {
		io.out(
			JSON.stringify(
				{
					scenario: scenario.id,
					seed: state.seed,
					posts: state.posts.map((p) => ({
						id: p.id,
						t: p.t,
						text: p.text,
						...(p.replyTo ? { replyTo: p.replyTo } : {}),
						...(p.deleted ? { deleted: true, deletedAt: p.deletedAt } : {}),
						score: p.score
					})),
					report: { ...report, posts: undefined }
				},
				null,
				2
			) + '\n'
		);
		return 0;
	}
	for (const p of state.posts) {
		const s = p.score;
		io.out(
			`\n[${formatTime(p.t)}] ${p.id}  overall ${s.overall.toFixed(2)} (${s.rating})${p.deleted ? `  deleted at ${formatTime(p.deletedAt ?? p.t)}` : ''}\n  “${p.text}”\n`
		);
		io.out(
			`  ${s.criteria
				.map((c) => `${c.id} ${c.weight ? `${c.score.toFixed(2)} ${c.rating}` : 'n/a'}`)
				.join(' · ')}\n`
		);
		io.out(
			`  tone: ${Object.entries(s.tone)
				.map(([k, v]) => `${k} ${v.toFixed(2)}`)
				.join(', ')}\n`
		);
		for (const f of s.findings)
			io.out(
				`  ! ${f.id} (${f.severity}) ${f.message} [${f.spans.map((x) => `${x.start}-${x.end}`).join(', ')}]\n      ${f.explanation} — ${f.source}\n`
			);
		for (const ch of s.doctrine) {
			io.out(`  ◆ ${ch.summary}\n`);
			for (const it of ch.items)
				io.out(`      ${it.score >= 1 ? '✓' : it.score > 0 ? '½' : '✗'} ${it.label}: ${it.text}\n`);
		}
		for (const k of s.keyMessages)
			io.out(`  + key message ${k.id} [${k.spans.map((x) => `${x.start}-${x.end}`).join(', ')}]\n`);
		if (s.correctsClaims.length) io.out(`  + corrects: ${s.correctsClaims.join(', ')}\n`);
		if (s.answers.length) io.out(`  + answers: ${s.answers.join(', ')}\n`);
		for (const r of s.caps) io.out(`  ⤓ ${r.text}\n`);
	}
	io.out(
		`\nExercise: overall ${report.overall.toFixed(2)} (${report.rating}) — ended at ${formatTime(report.endT)}\n`
	);
	for (const r of report.caps) io.out(`  ⤓ ${r.text}\n`);
	for (const c of report.criteria) {
		io.out(
			`  ${c.id.padEnd(13)} ${c.weight ? `${c.score.toFixed(2)} ${c.rating}  (weight ${c.weight})` : 'not assessed'}\n`
		);
		for (const r of c.reasons) io.out(`      ${r.text}\n`);
	}
	io.out('Objectives:\n');
	for (const o of report.objectives)
		io.out(
			`  ${o.id.padEnd(16)} ${o.exercised ? `${o.score.toFixed(2)} ${o.rating}` : 'not exercised'}  ${o.text}\n`
		);
	return 0;
}
