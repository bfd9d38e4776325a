/** The reference scenario compiles cleanly into the typed Scenario, with times, defaults and conditions right. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, formatTime, parseTime } from './index.ts';

const FILE = 'scenarios/quake-consulate-rumour.yaml';
const SOURCE = readFileSync(FILE, 'utf8');

describe('compileScenario on the reference scenario', () => {
	const { scenario, diagnostics } = compileScenario(SOURCE, FILE);

	it('has no diagnostics at all', () => {
		expect(diagnostics).toEqual([]);
		expect(scenario).toBeDefined();
	});

	it('converts meta and durations to seconds', () => {
		expect(scenario!.format).toBe('ddsim/scenario@1');
		expect(scenario!.id).toBe('quake-consulate-rumour');
		expect(scenario!.duration).toBe(3 * 3600);
		expect(scenario!.seed).toBe(20240917);
		expect(scenario!.difficulty).toBe('intermediate');
		expect(scenario!.objectives.map((o) => o.id)).toEqual([
			'first-response',
			'counter-rumour',
			'answer-press'
		]);
		expect(scenario!.trainee.account).toEqual({
			platform: 'chirp',
			handle: '@ArcadiaInVeyrania',
			displayName: 'Embassy of Arcadia in Veyrania',
			followers: 84000,
			verified: true
		});
	});

	it('fills defaults and maps platforms, facts, claims, audiences, personas', () => {
		const chirp = scenario!.platforms.find((p) => p.id === 'chirp')!;
		expect(chirp).toEqual({
			id: 'chirp',
			kind: 'microblog',
			label: 'Chirp (microblog)',
			charLimit: 280,
			maxHashtags: 2,
			maxMentions: 3,
			public: true
		});
		const hotline = scenario!.facts.find((f) => f.id === 'hotline')!;
		expect(hotline).toMatchObject({
			knownFrom: 20 * 60,
			confidential: false,
			numbers: [],
			establishesCause: false
		});
		expect(scenario!.facts.find((f) => f.id === 'injured-national')!.confidential).toBe(true);
		expect(scenario!.claims[0]).toMatchObject({
			id: 'turned-away',
			truth: false,
			kind: 'disinformation',
			refutedBy: ['consulate-open'],
			virality: 0.7,
			hashtag: '#ConsulateShame'
		});
		const bots = scenario!.audiences.find((a) => a.id === 'bot-network')!;
		expect(bots).toMatchObject({ kind: 'coordinated', trust: 0.5, size: 3000, stance: -1 });
		expect(scenario!.audiences.find((a) => a.id === 'diaspora')!.kind).toBe('organic');
		expect(scenario!.personas.find((p) => p.id === 'truthseeker')).toEqual({
			id: 'truthseeker',
			name: 'TruthSeeker_88',
			handle: '@truthseeker_88',
			kind: 'troll',
			audience: 'bot-network',
			// RESIST stakes default to low reach, low harm for trolls
			reach: 'low',
			harm: 'low'
		});
	});

	it('sorts events by time and compiles spreads, boosts and conditions', () => {
		const ats = scenario!.events.map((e) => e.at);
		expect([...ats].sort((a, b) => a - b)).toEqual(ats);
		const rumour = scenario!.events.find((e) => e.id === 'rumour-video')!;
		expect(rumour.at).toBe(35 * 60);
		expect(rumour.platform).toBe('chirp');
		expect(rumour.spreads).toEqual({
			claim: 'turned-away',
			strength: 1,
			audiences: ['diaspora', 'home-public', 'host-public'],
			boosts: [{ audience: 'bot-network', at: 50 * 60, strength: 8, duration: 25 * 60 }]
		});
		const q = scenario!.events.find((e) => e.id === 'journalist-question')!;
		expect(q.when).toEqual({ op: 'not', arg: { op: 'corrected', claim: 'turned-away' } });
		expect(q.whenText).toBe('not corrected(turned-away)');
		expect(q.question).toBe(true);
		expect(scenario!.events.find((e) => e.id === 'aftershock')!.contingency).toBe(true);
		expect(scenario!.events.find((e) => e.id === 'consul-cable')!.platform).toBeUndefined();
	});

	it('compiles the rubric and the tests', () => {
		const r = scenario!.rubric;
		expect(r.timing[0]).toEqual({
			objective: 'first-response',
			from: 'quake-news',
			ideal: 1800,
			acceptable: 3600,
			late: 7200,
			relevant: ['earthquake', 'quake', 'Porto Veyra', 'hotline', 'nationals']
		});
		expect(r.timing[2].relevant).toEqual([]);
		expect(r.mustInclude[2]).toMatchObject({
			id: 'consulate-open',
			after: 'consul-cable',
			synonyms: { sheltering: ['hosting', 'taking in', 'giving refuge'] }
		});
		expect(r.mustAvoid.map((a) => a.kind)).toEqual([
			'repeat_claim',
			'phrase',
			'emoji_in_tragedy',
			'humour_in_tragedy',
			'confidential',
			'blame_before'
		]);
		expect(r.tone[1]).toEqual({
			from: 35 * 60,
			empathy: 'medium',
			formality: 'high',
			hostility: 'none',
			certainty: 'high'
		});
		expect(r.weights).toEqual({
			timing: 0.3,
			tone: 0.2,
			keyMessages: 0.25,
			fauxPas: 0.2,
			platform: 0.05,
			doctrine: 0.25
		});
		expect(scenario!.tests[0].expect.overall).toEqual({ op: '>=', value: 0.7, text: '>= 0.7' });
		expect(scenario!.tests[1].findings.includes).toEqual(['emoji-in-tragedy', 'confidential-leak']);
		expect(SOURCE.split('\n')[scenario!.tests[0].line - 1]).toContain(
			'- name: a prompt, empathetic'
		);
		expect(scenario!.reactions['*'].ambient?.hostile).toEqual(['Shame.']);
		expect(scenario!.reactions['*'].good?.supportive).toEqual(['Thank you.']);
		expect(scenario!.reactions['home-public'].silence?.hostile).toEqual([
			'Why is our embassy so silent?'
		]);
		expect(scenario!.localClock).toEqual({ start: 2 * 3600 + 9 * 60, label: 'Porto Veyra' });
		const adv = scenario!.adversary!;
		expect(adv.network).toBe('bot-network');
		const clip = adv.moves.find((m) => m.id === 'clip-the-myth')!;
		expect(clip).toMatchObject({
			technique: 'T0084.004',
			as: 'quote',
			from: 'truthseeker',
			delay: 180,
			repeat: 1,
			boost: { claim: 'turned-away', strength: 4, duration: 1200 }
		});
		expect(clip.when).toEqual({ op: 'repeated', claim: 'turned-away' });
		expect(clip.preempt).toMatch(/fact/);
		expect(scenario!.events.find((e) => e.id === 'rumour-video')!.media).toMatchObject({
			kind: 'video',
			duration: 38
		});
	});

	it('is deterministic', () => {
		expect(compileScenario(SOURCE, FILE)).toEqual(compileScenario(SOURCE, FILE));
	});
});

describe('times and durations', () => {
	it.each([
		['00:05', 300],
		['01:10', 4200],
		['01:10:30', 4230],
		['90s', 90],
		['45m', 2700],
		['2h', 7200],
		['1h30m', 5400],
		['1h 30m 15s', 5415],
		['0s', 0]
	])('parseTime(%s) = %i', (text, seconds) => expect(parseTime(text)).toBe(seconds));

	it.each(['', '1 hour', '00:75', '5', 'h', '1.5h', '-5m', '1m30h', '00:05pm'])(
		'rejects %j',
		(text) => expect(parseTime(text)).toBeUndefined()
	);

	it('formats seconds as HH:MM, with :SS only when needed', () => {
		expect(formatTime(3900)).toBe('01:05');
		expect(formatTime(3930)).toBe('01:05:30');
		expect(formatTime(0)).toBe('00:00');
		for (const s of [0, 59, 60, 3599, 3600, 86399]) expect(parseTime(formatTime(s))).toBe(s);
	});
});

describe('defaults on a minimal scenario', () => {
	it('uses the documented defaults', () => {
		const src = readFileSync('scenarios/_invalid/sc415-false-claim-unrefuted.yaml', 'utf8');
		const { scenario } = compileScenario(src, 'min.yaml');
		expect(scenario).toBeDefined();
		expect(scenario!.language).toBe('en');
		expect(scenario!.seed).toBe(1);
		expect(scenario!.difficulty).toBe('intermediate');
		expect(scenario!.audiences[0]).toMatchObject({
			label: 'diaspora',
			stance: 0,
			susceptibility: 0.25,
			trust: 0.5,
			kind: 'organic'
		});
		expect(scenario!.claims[0].kind).toBe('misinformation');
		expect(scenario!.events[0]).toMatchObject({
			channel: 'feed',
			contingency: false,
			question: false,
			tragedy: false,
			troll: false,
			reveals: []
		});
		expect(scenario!.events[0].spreads).toMatchObject({
			strength: 1,
			audiences: ['diaspora'],
			boosts: []
		});
		expect(scenario!.rubric.weights.keyMessages).toBe(0.25);
	});
});
