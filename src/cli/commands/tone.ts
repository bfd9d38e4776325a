/** `ddsim tone [--jsonl]`: one text per line on stdin → one JSON object per line with the six tone dimensions. */
import { analyseTone } from '../../lib/scoring/index.ts';
import { readArgs } from '../args.ts';
import type { Io } from '../io.ts';

const USAGE = `usage: ddsim tone [--jsonl] < texts.txt

Reads one text per line on standard input and prints, per line, a JSON object with
valence (-1..1), empathy, politeness, formality, hostility, certainty (0..1).
  --jsonl   input lines are JSON objects with a "text" field (other fields are copied through)
`;

export async function run(args: string[], io: Io): Promise<number> {
	const parsed = readArgs('tone', args, { jsonl: { type: 'boolean' } }, USAGE, io, false);
	if (typeof parsed === 'number') return parsed;
	const { jsonl } = parsed.values;
	const input = await io.stdin();
	let bad = 0;
	for (const [i, line] of input.split(/\r?\n/).entries()) {
		if (!line.trim()) continue;
		let text = line;
		let extra: Record<string, unknown> = {};
		if (jsonl) {
			try {
				extra = JSON.parse(line) as Record<string, unknown>;
				text = String(extra.text ?? '');
			} catch {
				io.err(`ddsim tone: line ${i + 1} is not JSON\n`);
				bad++;
				continue;
			}
		}
		io.out(JSON.stringify({ ...(jsonl ? extra : {}), ...analyseTone(text) }) + '\n');
	}
	return bad ? 1 : 0;
}
