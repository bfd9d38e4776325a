/** Test helpers: a small hand-built Scenario and a context builder (used by tests only). */
import type { Scenario } from '../scenario/types.ts';
import type { PostInput, ScoreContext } from './types.ts';
import { score } from './score.ts';

/** Scripted (non-contingency) events at or before t, with their times (conditions treated as true). */
export function firedAt(scenario: Scenario, t: number): { id: string; t: number }[] {
	return scenario.events
		.filter((e) => !e.contingency && e.at <= t)
		.map((e) => ({ id: e.id, t: e.at }));
}

export function revealedAt(scenario: Scenario, t: number): string[] {
	return scenario.facts.filter((f) => f.knownFrom <= t).map((f) => f.id);
}

export function miniScenario(over: Partial<Scenario> = {}): Scenario {
	return {
		format: 'ddsim/scenario@1',
		id: 'mini',
		title: 'Mini',
		summary: '',
		language: 'en',
		duration: 7200,
		seed: 1,
		difficulty: 'introductory',
		tags: [],
		objectives: [{ id: 'first', text: 'Respond first' }],
		trainee: {
			role: 'attaché',
			government: 'Republic of Arcadia',
			briefing: '',
			account: {
				platform: 'chirp',
				handle: '@Emb',
				displayName: 'Embassy',
				followers: 1,
				verified: true
			}
		},
		platforms: [
			{
				id: 'chirp',
				kind: 'microblog',
				label: 'Chirp',
				charLimit: 280,
				maxHashtags: 2,
				maxMentions: 3,
				public: true
			}
		],
		names: [
			{
				id: 'fm',
				kind: 'person',
				name: 'Foreign Minister Ilse Varga',
				title: 'Foreign Minister',
				aliases: ['Minister Varga'],
				wrong: ['Minister Vargas']
			}
		],
		facts: [
			{
				id: 'open',
				text: 'The office is open.',
				knownFrom: 0,
				confidential: false,
				keywords: ['office is open'],
				numbers: [12],
				establishesCause: false
			}
		],
		claims: [],
		personas: [],
		audiences: [],
		events: [
			{
				id: 'start',
				at: 0,
				channel: 'news',
				text: 'Floods',
				reveals: [],
				contingency: false,
				question: false,
				tragedy: true,
				troll: false,
				asks: [],
				objectives: ['first']
			}
		],
		reactions: {},
		rubric: {
			timing: [
				{
					objective: 'first',
					from: 'start',
					ideal: 600,
					acceptable: 1800,
					late: 3600,
					relevant: []
				}
			],
			mustInclude: [
				{
					id: 'sym',
					objective: 'first',
					any: ['condolences'],
					all: [],
					synonyms: { condolences: ['sympathy'] },
					label: 'Sympathy'
				}
			],
			mustAvoid: [],
			tone: [],
			doctrine: [],
			weights: {
				timing: 0.3,
				tone: 0.2,
				keyMessages: 0.25,
				fauxPas: 0.2,
				platform: 0.05,
				doctrine: 0.25
			}
		},
		tests: [],
		sources: [],
		...over
	};
}

export function ctxAt(
	scenario: Scenario,
	t: number,
	history: ScoreContext['history'] = []
): ScoreContext {
	return {
		scenario,
		t,
		fired: firedAt(scenario, t),
		revealed: revealedAt(scenario, t),
		history,
		mode: 'final'
	};
}

export function post(text: string, t: number, replyTo?: string): PostInput {
	return { id: 'p', t, text, replyTo };
}

/** A public fact for a small test scenario (known from `knownFrom` seconds). */
export const publicFact = (
	id: string,
	knownFrom: number,
	text: string,
	keywords: string[] = [],
	numbers: number[] = []
): Scenario['facts'][number] => ({
	id,
	text,
	knownFrom,
	confidential: false,
	keywords,
	numbers,
	establishesCause: false
});

/** The messages of one kind of finding on a post published at `t` (seconds), for the small-scenario tests. */
export const messagesOf = (s: Scenario, id: string, text: string, t: number): string[] =>
	score({ id: 'p', t, text }, ctxAt(s, t))
		.findings.filter((f) => f.id === id)
		.map((f) => f.message);
