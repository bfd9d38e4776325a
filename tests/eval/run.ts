/**
 * `npm run eval`: the faux-pas evaluation (check and tuning halves; recall and false flags per detector) and the
 * tone evaluation on public human-annotated corpora beside VADER (tests/eval/tone-corpora.ts).
 * Flags: --details (list misses and false flags of the tuning half), --details-check (also of the check half;
 * for the final report only — never tune on it), --no-corpora, --no-faux-pas.
 */
import { evaluate, formatReport } from './faux-pas.ts';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-faux-pas')) {
	for (const half of ['tune', 'check'] as const) {
		const r = evaluate(half);
		const details = half === 'tune' ? args.has('--details') : args.has('--details-check');
		console.log(`\n${formatReport(r, details)}`);
	}
}
if (!args.has('--no-corpora')) {
	const { evaluateCorpora } = await import('./tone-corpora.ts');
	await evaluateCorpora();
}
