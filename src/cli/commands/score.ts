/** `ddsim score <scenario> --posts posts.yaml [--json]`: score a scripted response and print the report. */
import { compileScenario, formatDiagnostic, formatTime } from '../../lib/scenario/index.ts';
import { scoreScript } from '../../lib/scoring/index.ts';
import { readPostsFile } from '../../lib/core/posts-file.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim score <scenario.yaml> --posts <posts.yaml> [--json]

posts.yaml: a list (optionally under "posts:") of { at: "00:45", text: "…", reply_to?: <event id> }.
Prints each post's criteria, findings (with ids and character spans) and the exercise report.
`;

export async function run(args: string[], io: Io): Promise<number> {
	let json = false;
	let postsPath: string | undefined;
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--json') json = true;
		else if (a === '--posts') postsPath = args[++i];
		else if (a.startsWith('--posts=')) postsPath = a.slice(8);
		else if (a === '--help' || a === '-h') {
			io.out(USAGE);
			return 0;
		} else if (a.startsWith('-')) {
			io.err(`ddsim score: unknown option '${a}'\n\n${USAGE}`);
			return 2;
		} else rest.push(a);
	}
	if (rest.length !== 1 || !postsPath) {
		io.err(USAGE);
		return 2;
	}
	const { scenario, diagnostics } = compileScenario(io.readFile(rest[0]), rest[0]);
	if (!scenario) {
		for (const d of diagnostics) io.err(formatDiagnostic(d) + '\n');
		return 1;
	}
	const { posts: script, errors } = readPostsFile(io.readFile(postsPath), scenario);
	if (errors.length) {
		for (const e of errors) io.err(`ddsim score: ${postsPath}: ${e}\n`);
		return 1;
	}
	const { posts, report } = scoreScript(scenario, script);
	if (json) {
		io.out(
			JSON.stringify(
				{
					scenario: scenario.id,
					posts: posts.map((p) => ({ ...p.input, score: p.score })),
					report: { ...report, posts: undefined }
				},
				null,
				2
			) + '\n'
		);
		return 0;
	}
	for (const p of posts) {
		const s = p.score;
		io.out(
			`\n[${formatTime(p.input.t)}] ${p.input.id}  overall ${s.overall.toFixed(2)} (${s.rating})\n  “${p.input.text}”\n`
		);
		io.out(`  ${s.criteria.map((c) => `${c.id} ${c.score.toFixed(2)} ${c.rating}`).join(' · ')}\n`);
		io.out(
			`  tone: ${Object.entries(s.tone)
				.map(([k, v]) => `${k} ${v.toFixed(2)}`)
				.join(', ')}\n`
		);
		for (const f of s.findings)
			io.out(
				`  ! ${f.id} (${f.severity}) ${f.message} [${f.spans.map((x) => `${x.start}-${x.end}`).join(', ')}]\n      ${f.explanation} — ${f.source}\n`
			);
		for (const k of s.keyMessages)
			io.out(`  + key message ${k.id} [${k.spans.map((x) => `${x.start}-${x.end}`).join(', ')}]\n`);
		if (s.correctsClaims.length) io.out(`  + corrects: ${s.correctsClaims.join(', ')}\n`);
		for (const c of s.criteria)
			for (const r of c.reasons) if (r.delta) io.out(`  - ${r.rule}: ${r.text}\n`);
	}
	io.out(`\nExercise: overall ${report.overall.toFixed(2)} (${report.rating})\n`);
	for (const c of report.criteria) {
		io.out(`  ${c.id.padEnd(13)} ${c.score.toFixed(2)} ${c.rating}  (weight ${c.weight})\n`);
		for (const r of c.reasons) io.out(`      ${r.text}\n`);
	}
	io.out('Objectives:\n');
	for (const o of report.objectives)
		io.out(`  ${o.id.padEnd(16)} ${o.score.toFixed(2)} ${o.rating}  ${o.text}\n`);
	return 0;
}
