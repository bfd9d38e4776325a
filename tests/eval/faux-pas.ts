/**
 * Faux-pas evaluation over the newly written posts in tests/fixtures/faux-pas-eval/ (check and tuning halves).
 * Each post is scored in 'final' mode against its shipped scenario at its scenario time (events fired and facts
 * revealed up to then, as in the scenario tests). Per detector: recall = posts whose label asks for it and got it;
 * false-flag rate = posts whose label neither asks for nor allows it, but got it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileScenario, parseTime } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/types.ts';
import { score } from '../../src/lib/scoring/index.ts';
import { ctxAt } from '../../src/lib/scoring/test-fixtures.ts';

export type Half = 'check' | 'tune';

export interface EvalPost {
	s: string;
	at: string;
	re?: string;
	kind: string;
	fire: string[];
	allow?: string[];
	text: string;
}

export const SCENARIO_FILES: Record<string, string> = {
	quake: 'scenarios/quake-consulate-rumour.yaml',
	askstate: 'scenarios/askstate-live-qa.yaml',
	evac: 'scenarios/consular-evacuation.yaml',
	deepfake: 'scenarios/deepfake-ambassador.yaml',
	hacked: 'scenarios/hacked-account.yaml',
	visit: 'scenarios/state-visit-gaffe.yaml',
	election: 'scenarios/election-interference.yaml',
	envoy: 'scenarios/envoy-opinion.yaml',
	// scenarios written by other authors to measure the detectors on crises they were not tuned on (session 25)
	coach: 'tests/fixtures/faux-pas-eval/scenarios/coach-crash.yaml',
	collision: 'tests/fixtures/faux-pas-eval/scenarios/sea-collision.yaml',
	outbreak: 'tests/fixtures/faux-pas-eval/scenarios/festival-outbreak.yaml',
	detention: 'tests/fixtures/faux-pas-eval/scenarios/journalist-detained.yaml',
	siege: 'tests/fixtures/faux-pas-eval/scenarios/embassy-siege.yaml',
	cyclone: 'tests/fixtures/faux-pas-eval/scenarios/cyclone-navy.yaml',
	derailment: 'tests/fixtures/faux-pas-eval/scenarios/train-derailment.yaml',
	car: 'tests/fixtures/faux-pas-eval/scenarios/diplomatic-car.yaml',
	kidnap: 'tests/fixtures/faux-pas-eval/scenarios/aid-kidnapping.yaml',
	crush: 'tests/fixtures/faux-pas-eval/scenarios/pilgrimage-crush.yaml',
	ferry: 'tests/fixtures/faux-pas-eval/scenarios/ferry-capsize.yaml',
	// (session 26)
	wildfire: 'tests/fixtures/faux-pas-eval/scenarios/wildfire-coast.yaml',
	cable: 'tests/fixtures/faux-pas-eval/scenarios/forged-cable.yaml',
	student: 'tests/fixtures/faux-pas-eval/scenarios/student-arrest.yaml',
	reception: 'tests/fixtures/faux-pas-eval/scenarios/reception-illness.yaml',
	avalanche: 'tests/fixtures/faux-pas-eval/scenarios/avalanche-trek.yaml',
	hotelfire: 'tests/fixtures/faux-pas-eval/scenarios/hotel-fire.yaml',
	scam: 'tests/fixtures/faux-pas-eval/scenarios/visa-scam.yaml',
	mall: 'tests/fixtures/faux-pas-eval/scenarios/mall-shooting.yaml',
	mine: 'tests/fixtures/faux-pas-eval/scenarios/mine-collapse.yaml',
	border: 'tests/fixtures/faux-pas-eval/scenarios/border-coach.yaml',
	chemical: 'tests/fixtures/faux-pas-eval/scenarios/chemical-cloud.yaml',
	custody: 'tests/fixtures/faux-pas-eval/scenarios/custody-death.yaml',
	volcano: 'tests/fixtures/faux-pas-eval/scenarios/volcano-evacuation.yaml',
	schoolferry: 'tests/fixtures/faux-pas-eval/scenarios/school-ferry.yaml',
	emails: 'tests/fixtures/faux-pas-eval/scenarios/leaked-emails.yaml',
	// (session 28)
	stadium: 'tests/fixtures/faux-pas-eval/scenarios/stadium-crush.yaml',
	floods: 'tests/fixtures/faux-pas-eval/scenarios/valley-floods.yaml',
	ransomware: 'tests/fixtures/faux-pas-eval/scenarios/visa-ransomware.yaml',
	immunity: 'tests/fixtures/faux-pas-eval/scenarios/immunity-crash.yaml',
	cruise: 'tests/fixtures/faux-pas-eval/scenarios/cruise-quarantine.yaml',
	barvideo: 'tests/fixtures/faux-pas-eval/scenarios/bar-video.yaml',
	bail: 'tests/fixtures/faux-pas-eval/scenarios/journalist-bail.yaml',
	lavendra: 'tests/fixtures/faux-pas-eval/scenarios/lavendra-wildfire.yaml',
	riot: 'tests/fixtures/faux-pas-eval/scenarios/away-match-riot.yaml',
	nightvote: 'tests/fixtures/faux-pas-eval/scenarios/election-night.yaml',
	// (session 30)
	crash: 'tests/fixtures/faux-pas-eval/scenarios/airliner-crash.yaml',
	protest: 'tests/fixtures/faux-pas-eval/scenarios/embassy-protest.yaml',
	hostage: 'tests/fixtures/faux-pas-eval/scenarios/hotel-hostage.yaml',
	recall: 'tests/fixtures/faux-pas-eval/scenarios/contaminated-export.yaml',
	radiation: 'tests/fixtures/faux-pas-eval/scenarios/plant-leak.yaml',
	hospitalhack: 'tests/fixtures/faux-pas-eval/scenarios/hospital-ransomware.yaml',
	doping: 'tests/fixtures/faux-pas-eval/scenarios/athletes-doping.yaml',
	pouch: 'tests/fixtures/faux-pas-eval/scenarios/pouch-seizure.yaml',
	// (session 31)
	cables: 'tests/fixtures/faux-pas-eval/scenarios/leaked-cables.yaml',
	derby: 'tests/fixtures/faux-pas-eval/scenarios/football-crush.yaml',
	dam: 'tests/fixtures/faux-pas-eval/scenarios/dam-failure.yaml',
	hijack: 'tests/fixtures/faux-pas-eval/scenarios/airliner-hijack.yaml',
	methanol: 'tests/fixtures/faux-pas-eval/scenarios/methanol-poisoning.yaml',
	spy: 'tests/fixtures/faux-pas-eval/scenarios/espionage-arrest.yaml',
	tsunami: 'tests/fixtures/faux-pas-eval/scenarios/tsunami-warning.yaml',
	hunger: 'tests/fixtures/faux-pas-eval/scenarios/hunger-strike.yaml',
	staffkill: 'tests/fixtures/faux-pas-eval/scenarios/driver-killed.yaml',
	spill: 'tests/fixtures/faux-pas-eval/scenarios/tanker-spill.yaml',
	factory: 'tests/fixtures/faux-pas-eval/scenarios/factory-collapse.yaml',
	release: 'tests/fixtures/faux-pas-eval/scenarios/prisoner-release.yaml',
	bridge: 'tests/fixtures/faux-pas-eval/scenarios/bridge-collapse.yaml',
	heat: 'tests/fixtures/faux-pas-eval/scenarios/heatwave-festival.yaml',
	landslide: 'tests/fixtures/faux-pas-eval/scenarios/village-landslide.yaml',
	blackout: 'tests/fixtures/faux-pas-eval/scenarios/grid-blackout.yaml',
	unrest: 'tests/fixtures/faux-pas-eval/scenarios/student-protest-death.yaml',
	market: 'tests/fixtures/faux-pas-eval/scenarios/market-attack.yaml',
	cablecar: 'tests/fixtures/faux-pas-eval/scenarios/cablecar-accident.yaml',
	bribery: 'tests/fixtures/faux-pas-eval/scenarios/visa-bribery.yaml'
};

/** The split rule, fixed before tuning: first byte of sha256(text), even = check, odd = tune. */
export function halfOf(text: string): Half {
	return createHash('sha256').update(text, 'utf8').digest()[0] % 2 === 0 ? 'check' : 'tune';
}

const root = new URL('../../', import.meta.url);

export function loadHalf(half: Half): EvalPost[] {
	return parse(
		readFileSync(new URL(`tests/fixtures/faux-pas-eval/${half}.yaml`, root), 'utf8')
	) as EvalPost[];
}

const scenarios = new Map<string, Scenario>();
export function scenarioFor(s: string): Scenario {
	let sc = scenarios.get(s);
	if (!sc) {
		const file = SCENARIO_FILES[s];
		if (!file) throw new Error(`unknown scenario '${s}' in the evaluation set`);
		const r = compileScenario(readFileSync(new URL(file, root), 'utf8'), file);
		if (!r.scenario) throw new Error(`${file} does not compile`);
		sc = r.scenario;
		scenarios.set(s, sc);
	}
	return sc;
}

/** Finding ids raised for one evaluation post. */
export function findingsFor(p: EvalPost): string[] {
	const t = parseTime(p.at);
	if (t === undefined) throw new Error(`bad time '${p.at}' in: ${p.text}`);
	const r = score({ id: 'eval', t, text: p.text, replyTo: p.re }, ctxAt(scenarioFor(p.s), t));
	return [...new Set(r.findings.map((f) => f.id as string))];
}

export interface DetectorStats {
	id: string;
	positives: number;
	hits: number;
	negatives: number;
	falseFlags: number;
	recall: number;
	falseFlagRate: number;
	missed: EvalPost[];
	flagged: { post: EvalPost; got: string[] }[];
}

export interface EvalReport {
	half: Half;
	posts: number;
	clean: number;
	/** Clean posts (no finding expected) that drew a finding they do not allow. */
	cleanFlagged: number;
	/** Over all (post, expected id) pairs. */
	recall: number;
	/** Posts with at least one expected finding that drew none of them. */
	uncaught: number;
	/** Posts (clean or not) that drew a finding their label neither asks for nor allows. */
	postsWithFalseFlag: number;
	detectors: DetectorStats[];
}

export function evaluate(half: Half, posts = loadHalf(half)): EvalReport {
	const got = posts.map(findingsFor);
	const ids = [...new Set(posts.flatMap((p) => p.fire).concat(got.flat()))].sort();
	const detectors: DetectorStats[] = ids.map((id) => {
		const st: DetectorStats = {
			id,
			positives: 0,
			hits: 0,
			negatives: 0,
			falseFlags: 0,
			recall: 1,
			falseFlagRate: 0,
			missed: [],
			flagged: []
		};
		posts.forEach((p, i) => {
			const raised = got[i].includes(id);
			if (p.fire.includes(id)) {
				st.positives++;
				if (raised) st.hits++;
				else st.missed.push(p);
			} else if (!(p.allow ?? []).includes(id)) {
				st.negatives++;
				if (raised) {
					st.falseFlags++;
					st.flagged.push({ post: p, got: got[i] });
				}
			}
		});
		st.recall = st.positives ? st.hits / st.positives : 1;
		st.falseFlagRate = st.negatives ? st.falseFlags / st.negatives : 0;
		return st;
	});
	let pairs = 0;
	let hitPairs = 0;
	let cleanFlagged = 0;
	let uncaught = 0;
	let postsWithFalseFlag = 0;
	posts.forEach((p, i) => {
		pairs += p.fire.length;
		hitPairs += p.fire.filter((id) => got[i].includes(id)).length;
		const extra = got[i].filter((id) => !p.fire.includes(id) && !(p.allow ?? []).includes(id));
		if (p.fire.length === 0 && extra.length) cleanFlagged++;
		if (extra.length) postsWithFalseFlag++;
		if (p.fire.length && !p.fire.some((id) => got[i].includes(id))) uncaught++;
	});
	return {
		half,
		posts: posts.length,
		clean: posts.filter((p) => p.fire.length === 0).length,
		cleanFlagged,
		recall: pairs ? hitPairs / pairs : 1,
		uncaught,
		postsWithFalseFlag,
		detectors
	};
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** A plain-text table of one half (per detector, then totals). */
export function formatReport(r: EvalReport, details: boolean): string {
	const lines = [
		`Faux-pas evaluation, ${r.half} half: ${r.posts} posts (${r.clean} clean near-misses)`,
		`  ${'detector'.padEnd(20)} ${'recall'.padStart(14)} ${'false flags'.padStart(16)}`
	];
	for (const d of r.detectors)
		lines.push(
			`  ${d.id.padEnd(20)} ${`${d.hits}/${d.positives}`.padStart(7)} ${(d.positives ? d.recall.toFixed(2) : '  –').padStart(6)} ${`${d.falseFlags}/${d.negatives}`.padStart(8)} ${pct(d.falseFlagRate).padStart(7)}`
		);
	lines.push(
		`  overall recall ${r.recall.toFixed(3)}; posts with a false flag ${r.postsWithFalseFlag}/${r.posts} (${pct(r.postsWithFalseFlag / r.posts)}); clean near-misses flagged ${r.cleanFlagged}/${r.clean} (${pct(r.cleanFlagged / r.clean)}); faux-pas posts with no expected finding: ${r.uncaught}`
	);
	if (details)
		for (const d of r.detectors) {
			for (const m of d.missed)
				lines.push(`    MISSED ${d.id} [${m.kind}] (${m.s} ${m.at}) ${m.text}`);
			for (const f of d.flagged)
				lines.push(`    FALSE  ${d.id} [${f.post.kind}] (${f.post.s} ${f.post.at}) ${f.post.text}`);
		}
	return lines.join('\n');
}
