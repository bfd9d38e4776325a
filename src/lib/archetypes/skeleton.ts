/**
 * Form + archetype spec → a complete scenario (the raw YAML shape) with doctrine-timed windows:
 *   first statement  ideal 30 min, acceptable 1 h, late 2 h from the incident (CERC "be first"; PR golden hour)
 *   correction       ideal 20 min, acceptable 45 min, late 1 h 30 from the rumour (Debunking Handbook 2020: correct
 *                    early and prominently; Zubiaga et al. 2016: crowd debunks take hours — an official one must not)
 *   press answer     ideal 15 min, acceptable 30 min, late 1 h from the question (the journalist's deadline)
 * and required / forbidden messages, and two embedded tests: a good run and a bad run.
 */
import { formatTime } from '../scenario/time.ts';
import type { ArchetypeForm } from './form.ts';
import type { ArchetypeSpec, EventDraft, Times } from './spec.ts';

const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'x';

const at = (minutes: number) => formatTime(Math.round(minutes) * 60);

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
	const drafts = [
		{
			id: 'incident',
			at: t.incident,
			from: 'wire',
			channel: 'news',
			headline: inc.headline,
			text: inc.text,
			...(spec.tragedy ? { tragedy: true } : {}),
			reveals: ['incident'],
			objectives: ['first-response']
		},
		{
			id: 'crisis-cell',
			at: t.incident + 10,
			from: 'ops-centre',
			channel: 'internal',
			text: `Crisis cell activated. ${spec.helpLine ? `The emergency line ${f.hotline} is staffed 24 hours. ` : ''}Publish a first statement as soon as you can.`,
			reveals: ['hotline'],
			objectives: ['first-response']
		},
		{
			id: 'rumour',
			at: t.rumour,
			from: 'citizen',
			channel: 'feed',
			text: spec.rumour(f),
			objectives: ['correct']
		},
		{
			id: 'fact-cable',
			at: t.rumour + 5,
			from: 'ops-centre',
			channel: 'internal',
			text: spec.cable(f),
			reveals: ['the-fact'],
			objectives: ['correct']
		},
		{
			id: 'troll-bait',
			at: t.rumour + 15,
			from: 'troll',
			channel: 'feed',
			text: `${f.handle} everyone can see what you are. ${f.hashtag}`,
			troll: true
		},
		{
			id: 'journalist-question',
			at: t.press,
			from: 'journalist',
			channel: 'feed',
			text: spec.question(f),
			question: true,
			asks: ['the-fact'],
			objectives: ['answer-press']
		},
		{
			id: 'journalist-follow-up',
			at: t.press + 5,
			from: 'journalist',
			channel: 'feed',
			when: `corrected(${claim})`,
			text: `${f.handle} Thanks for setting the record straight. Will there be a fuller statement today?`,
			question: true,
			objectives: ['answer-press']
		},
		...(spec.bots
			? [
					{
						id: 'second-wave',
						at: t.rumour + 40,
						from: 'amplifiers',
						channel: 'feed' as const,
						when: `not corrected(${claim})`,
						text: `Share before it is deleted! ${f.hashtag}`
					}
				]
			: []),
		...(spec.extraEvents?.(f, t) ?? [])
	] as EventDraft[];
	const events = drafts.sort((a, b) => a.at - b.at);
	const conf = spec.confidential?.(f);
	const yamlEvents = events.map((e) => {
		const out: Record<string, unknown> = {
			id: e.id,
			at: at(e.at),
			from: e.from,
			channel: e.channel
		};
		if (e.headline) out.headline = e.headline;
		out.text = e.text;
		if (e.when) out.when = e.when;
		for (const k of ['question', 'troll', 'tragedy', 'contingency'] as const)
			if (e[k]) out[k] = true;
		if (e.reveals?.length) out.reveals = e.reveals;
		if (e.asks?.length) out.asks = e.asks;
		if (e.id === 'rumour')
			out.spreads = {
				claim,
				strength: 1,
				...(spec.bots
					? {
							boosts: [
								{ audience: 'bot-network', at: at(t.rumour + 15), strength: 8, duration: '25m' }
							]
						}
					: {})
			};
		if (e.id === 'second-wave')
			out.spreads = {
				claim,
				strength: 0.5,
				boosts: [{ audience: 'bot-network', at: at(t.rumour + 41), strength: 6, duration: '20m' }]
			};
		if (e.objectives?.length) out.objectives = e.objectives;
		return out;
	});
	const good = spec.good(f);
	const acknowledge = spec.tragedy
		? ['thoughts are with', 'saddened', 'condolences', 'sympathy', 'we understand']
		: [
				'we are aware',
				'we have seen',
				'we take this seriously',
				'we understand',
				'we regret',
				'we apologise'
			];
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
		adversary: {
			name: `${f.hashtag} network`,
			...(spec.bots ? { network: 'bot-network' } : {}),
			moves: [
				{
					id: 'clip-the-myth',
					when: `repeated(${claim})`,
					technique: 'T0084.004',
					from: 'troll',
					as: 'quote',
					text: `Even {handle} says it. Read their own words. ${f.hashtag}`,
					delay: '3m',
					boost: { claim, strength: 4, duration: '20m' }
				},
				{
					id: 'shared-the-claim',
					when: `amplified(${claim})`,
					technique: 'T0118',
					from: 'troll',
					as: 'quote',
					text: `Now the embassy itself is sharing it. ${f.hashtag}`,
					delay: '2m',
					boost: { claim, strength: 6, duration: '25m' }
				},
				{
					id: 'still-silent',
					when: `missed(correct) and silent_for(30m) and not corrected(${claim})`,
					technique: 'T0049.005',
					text: `Still nothing from {handle} about ${f.hashtag}. Silence is an answer.`,
					repeat: 2,
					every: '40m',
					boost: { claim, strength: 3, duration: '20m' }
				},
				{
					id: 'clip-troll-reply',
					when: 'replied_to_troll()',
					technique: 'T0049.001',
					from: 'troll',
					as: 'quote',
					text: `This is how {handle} talks to people asking questions. ${f.hashtag}`,
					delay: '3m',
					outrage: 0.1
				},
				{
					id: 'cover-up',
					when: 'deleted()',
					technique: 'T0023.001',
					from: 'troll',
					as: 'screenshot',
					text: `{handle} deleted this. What else are they hiding? ${f.hashtag}`,
					delay: '4m'
				}
			]
		},
		rubric: {
			// a first statement (CERC first message) is due from the incident; the defaults add it only after a
			// tragedy, so non-tragic archetypes ask for it here, without the empathy item
			...(spec.tragedy
				? {}
				: {
						doctrine: [
							{
								check: 'first-statement',
								objective: 'first-response',
								from: 'incident',
								skip: ['empathy']
							}
						]
					}),
			timing: [
				{
					objective: 'first-response',
					from: 'incident',
					window: { ideal: '30m', acceptable: '1h', late: '2h' }
				},
				{
					objective: 'correct',
					from: 'rumour',
					window: { ideal: '20m', acceptable: '45m', late: '1h30m' }
				},
				{
					objective: 'answer-press',
					from: 'journalist-question',
					window: { ideal: '15m', acceptable: '30m', late: '1h' }
				}
			],
			must_include: [
				{
					id: 'acknowledge',
					objective: 'first-response',
					label: spec.tragedy
						? 'Acknowledge the victims and the worry of families'
						: 'Acknowledge the situation',
					any: acknowledge
				},
				...(spec.helpLine
					? [
							{
								id: 'where-to-get-help',
								objective: 'first-response',
								label: 'Say where to get help',
								any: [f.hotline, 'emergency line', 'hotline']
							}
						]
					: []),
				{
					id: 'state-the-fact',
					objective: 'correct',
					label: 'State the fact first',
					after: 'fact-cable',
					any: f.factKeywords
				}
			],
			must_avoid: [
				{ repeat_claim: claim, objective: 'correct' },
				{
					phrase: ['no comment', 'fake news', 'nothing to see'],
					why: 'Dismissive phrases read as evasion.'
				},
				...(spec.avoid ?? []),
				...(spec.tragedy ? [{ emoji_in_tragedy: true }, { humour_in_tragedy: true }] : []),
				{ confidential: true }
			],
			tone: [
				{
					from: '00:00',
					empathy: spec.tragedy ? 'high' : 'medium',
					formality: 'high',
					hostility: 'none'
				}
			]
		},
		tests: [
			{
				name: 'a prompt first statement, a fact-first correction and an on-the-record answer score well',
				posts: [
					{ at: at(t.incident + 15), text: good.first },
					{ at: at(t.rumour + 10), text: good.correction },
					{ at: at(t.press + 5), text: good.answer, reply_to: 'journalist-question' }
				],
				expect: { overall: '>= 0.6' },
				findings: { excludes: ['myth-repetition', 'no-comment', 'confidential-leak'] }
			},
			{
				name: 'a late, flippant post that repeats the claim is penalised',
				posts: [{ at: at(t.rumour + 35), text: spec.bad(f) }],
				expect: { overall: '< 0.5' },
				findings: { includes: ['myth-repetition'] }
			}
		]
	};
}
