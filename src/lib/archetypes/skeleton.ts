/**
 * Form + archetype spec → a complete scenario (the raw YAML shape) with doctrine-timed windows:
 *   first statement  ideal 30 min, acceptable 1 h, late 2 h from the incident (CERC "be first"; PR golden hour)
 *   correction       ideal 20 min, acceptable 45 min, late 1 h 30 from the rumour (Debunking Handbook 2020: correct
 *                    early and prominently; Zubiaga et al. 2016: crowd debunks take hours — an official one must not)
 *   press answer     ideal 15 min, acceptable 30 min, late 1 h from the question (the journalist's deadline)
 * and required / forbidden messages, and two embedded tests: a good run and a bad run.
 */
import type { ArchetypeForm } from './form.ts';
import type { ArchetypeSpec, Times } from './spec.ts';
import { eventsFor } from './events.ts';
import { adversaryFor, rubricFor, testsFor } from './rubric.ts';
import { at } from './time.ts';

const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'x';

/** "Ambassador Corin Hale" → ["Corin Hale", "Ambassador Hale"] */
function aliases(full: string): string[] {
	const words = full.split(/\s+/);
	if (words.length < 3) return [];
	const title = words.slice(0, -2).join(' ');
	const name = words.slice(-2).join(' ');
	return [name, `${title} ${words[words.length - 1]}`];
}

export function buildFromSpec(spec: ArchetypeSpec, f: ArchetypeForm): Record<string, unknown> {
	const m = f.minutes;
	const t: Times = { incident: m.incident, rumour: m.rumour, press: m.press, length: m.length };
	const obj = spec.objectives(f);
	const inc = spec.incident(f);
	const claim = 'the-claim';
	const yamlEvents = eventsFor(spec, f, t, claim);
	const conf = spec.confidential?.(f);
	return {
		format: 'ddsim/scenario@1',
		id: `${spec.id}-${slug(f.city)}`,
		title: f.title || spec.title(f),
		summary: spec.summary(f),
		language: 'en',
		duration: at(t.length),
		seed: 1000 + t.rumour,
		difficulty: spec.difficulty,
		tags: [...spec.tags, 'archetype'],
		sources: spec.sources,
		learning_objectives: [
			{ id: 'first-response', text: obj.first },
			{ id: 'correct', text: obj.correct },
			{ id: 'answer-press', text: obj.press }
		],
		trainee: {
			role: spec.role(f),
			government: f.ownCountry,
			account: {
				platform: 'chirp',
				handle: f.handle,
				display_name: f.mission,
				followers: 84000,
				verified: true
			},
			briefing: spec.briefing(f)
		},
		platforms: {
			chirp: {
				kind: 'microblog',
				label: 'Chirp (microblog)',
				char_limit: 280,
				max_hashtags: 2,
				max_mentions: 3
			},
			wire: { kind: 'news', label: 'News wire' }
		},
		names: [
			{ id: 'host-country', kind: 'country', name: f.hostCountry, aliases: [], wrong: [] },
			{ id: 'city', kind: 'place', name: f.city, aliases: [], wrong: [] },
			{
				id: 'ambassador',
				kind: 'person',
				name: f.ambassador,
				title: f.ambassador.split(/\s+/)[0],
				aliases: aliases(f.ambassador),
				wrong: f.wrongNames.filter((w) => w.split(/\s+/)[0] === f.ambassador.split(/\s+/)[0])
			},
			{
				id: 'host-official',
				kind: 'person',
				name: f.hostOfficial,
				aliases: aliases(f.hostOfficial),
				wrong: f.wrongNames.filter((w) => w.split(/\s+/)[0] !== f.ambassador.split(/\s+/)[0])
			}
		],
		facts: [
			{ id: 'incident', text: inc.text, known_from: at(t.incident) },
			{
				id: 'hotline',
				text: `The emergency line ${f.hotline} is staffed 24 hours.`,
				known_from: at(t.incident + 10),
				keywords: [f.hotline, 'emergency line', 'hotline']
			},
			{ id: 'the-fact', text: f.fact, known_from: at(t.rumour + 5), keywords: f.factKeywords },
			...(conf
				? [
						{
							id: 'personal-data',
							text: conf.text,
							known_from: at(t.rumour + 20),
							confidential: true,
							keywords: conf.keywords
						}
					]
				: [])
		],
		claims: [
			{
				id: claim,
				text: f.claim,
				truth: false,
				kind: spec.claimKind,
				keywords: f.claimKeywords,
				hashtag: f.hashtag,
				refuted_by: ['the-fact'],
				virality: 0.7,
				...spec.stakes
			}
		],
		audiences: [
			{
				id: 'nationals',
				label: `${f.demonym}s in ${f.hostCountry}`,
				size: 120000,
				stance: 0.2,
				susceptibility: 0.35,
				trust: 0.6
			},
			{
				id: 'home-public',
				label: `Public at home`,
				size: 1500000,
				stance: 0.1,
				susceptibility: 0.2,
				trust: 0.5
			},
			{
				id: 'host-public',
				label: `Public in ${f.hostCountry}`,
				size: 400000,
				stance: -0.1,
				susceptibility: 0.25,
				trust: 0.35
			},
			...(spec.bots
				? [
						{
							id: 'bot-network',
							label: 'Coordinated accounts',
							size: 3000,
							stance: -1,
							susceptibility: 1,
							kind: 'coordinated'
						}
					]
				: [])
		],
		personas: {
			wire: { name: `${f.hostCountry} Press Agency`, handle: '@PressAgency', kind: 'news' },
			citizen: {
				name: 'Dana Morel',
				handle: '@dana_morel',
				kind: 'citizen',
				audience: 'nationals'
			},
			journalist: { name: 'Lena Ortiz, Daily Courier', handle: '@LenaOrtizDC', kind: 'journalist' },
			'ops-centre': { name: 'Ministry crisis centre', kind: 'colleague' },
			troll: {
				name: 'TruthSeeker_88',
				handle: '@truthseeker_88',
				kind: 'troll',
				...(spec.bots ? { audience: 'bot-network' } : {}),
				// RESIST 2: a lone troll reaches few and harms little; answering it amplifies it
				reach: 'low',
				harm: 'low'
			},
			...(spec.bots
				? {
						amplifiers: { name: 'Amplifier accounts', kind: 'bot-network', audience: 'bot-network' }
					}
				: {})
		},
		events: yamlEvents,
		// Ambient texts fit any moment; praise and "answer us" only where the run gives a reason (SC418).
		reactions: {
			'*': {
				hostile: [`${f.hashtag}`],
				neutral: ['Following for updates.'],
				believer: [`Is it true? ${f.hashtag}`],
				on: {
					good: { supportive: ['Thank you for the clear update.'] },
					correction: { skeptic: ['Check before you share: the embassy has answered this.'] },
					silence: { hostile: ['Answer the question, {handle}.'] }
				}
			}
		},
		// The network plays back on the classic mistakes (docs/scenario-format.md#adversary).
		adversary: adversaryFor(spec, f, claim),
		rubric: rubricFor(spec, f, claim),
		tests: testsFor(spec, f, t)
	};
}
