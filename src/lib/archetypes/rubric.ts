/** What an archetype scenario plays back and assesses: the adversary's moves, the rubric and two embedded
 * tests (see skeleton.ts for the doctrine timings). */
import type { ArchetypeForm } from './form.ts';
import type { ArchetypeSpec, Times } from './spec.ts';
import { at } from './time.ts';

export function adversaryFor(spec: ArchetypeSpec, f: ArchetypeForm, claim: string) {
	return {
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
	};
}

export function rubricFor(spec: ArchetypeSpec, f: ArchetypeForm, claim: string) {
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
	};
}

export function testsFor(spec: ArchetypeSpec, f: ArchetypeForm, t: Times) {
	const good = spec.good(f);
	return [
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
	];
}
