/**
 * Print every run of the assessment table with its report: `npx tsx tests/assessment/show.ts [filter]`
 * (filter: a substring of "<file>#<run>"). For reading the figures while writing or reviewing runs.
 */
import { describe } from './explain.ts';
import { loadTable, play } from './table.ts';

const filter = process.argv[2] ?? '';
const table = loadTable();
for (const p of table.problems) console.log(`PROBLEM ${p}`);
for (const run of table.runs.values())
	if (run.key.includes(filter)) console.log(describe(play(run), 20) + '\n');
