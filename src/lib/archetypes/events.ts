/** The scripted injects of an archetype scenario, timed from the form's minutes (see skeleton.ts). */
import type { ArchetypeForm } from './form.ts';
import type { ArchetypeSpec, EventDraft, Times } from './spec.ts';
import { at } from './time.ts';

export function eventsFor(
	spec: ArchetypeSpec,
	f: ArchetypeForm,
	t: Times,
	claim: string
): Record<string, unknown>[] {
	const inc = spec.incident(f);
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
	return yamlEvents;
}
