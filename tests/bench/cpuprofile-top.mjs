#!/usr/bin/env node
// Summarise a V8 .cpuprofile: the functions with the most self time, and the most inclusive ("total") time.
// Usage: node tests/bench/cpuprofile-top.mjs <file.cpuprofile> [rows=30]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
	console.error('usage: node tests/bench/cpuprofile-top.mjs <file.cpuprofile> [rows]');
	process.exit(2);
}
const rows = Number(rowsArg ?? 30);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const hits = new Map();
const dt = prof.timeDeltas ?? [];
prof.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (dt[i] ?? 0)));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => {
	const f = n.callFrame;
	const where = f.url
		? `${f.url.replace(/^.*\/(build-test|node_modules|src)\//, '$1/')}:${f.lineNumber + 1}`
		: '';
	return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const self = new Map();
const total = new Map();
let all = 0;
for (const [id, us] of hits) {
	all += us;
	const n = byId.get(id);
	self.set(name(n), (self.get(name(n)) ?? 0) + us);
	const seen = new Set();
	for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
		const k = name(byId.get(cur));
		if (seen.has(k)) continue;
		seen.add(k);
		total.set(k, (total.get(k) ?? 0) + us);
	}
}
const show = (title, m) => {
	console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms sampled)`);
	for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows))
		console.log(
			`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}`
		);
};
show('self time', self);
show('total time', total);
