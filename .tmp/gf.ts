import { readFileSync } from 'node:fs';
import { parse } from '/work/wt/detect/node_modules/yaml/dist/index.js';
import { compileScenario, parseTime } from '/work/wt/detect/src/lib/scenario/index.ts';
import { score } from '/work/wt/detect/src/lib/scoring/score.ts';
import { ctxAt, post } from '/work/wt/detect/src/lib/scoring/test-fixtures.ts';
const file = process.argv[2]; const scen = process.argv[3];
const s = compileScenario(readFileSync(`/work/wt/detect/scenarios/${scen}.yaml`, 'utf8'), 'x').scenario!;
const doc = parse(readFileSync(file, 'utf8'));
for (const [name, run] of Object.entries<any>(doc.runs ?? {})) for (const st of run.steps ?? []) { if (!st.text) continue; const t = parseTime(st.at)!; const f = score(post(st.text, t, st.reply_to), ctxAt(s, t)).findings; if (f.length) console.log(name, st.at, f.map(x => `${x.id}(${x.severity}): ${x.message}`).join(' | ')); }
