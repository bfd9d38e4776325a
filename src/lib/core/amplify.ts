/**
 * What a share or a quote amplifies, and whether a post answers a troll: facts about feed items that the
 * scorer (amplified-unverified, engaging-troll) and the outcome read, computed from the feed and the scenario.
 */
import type { Scenario } from '../scenario/types.ts';
import { personaSource } from '../scoring/detectors/amplified-in-text.ts';
import type { AmplifiedItem } from '../scoring/types.ts';
import type { SessionState } from './state.ts';
import type { FeedItem } from './types.ts';

export function sourceOf(scenario: Scenario, item: FeedItem): AmplifiedItem['source'] {
	if (item.kind === 'trainee') return 'trainee';
	if (item.kind === 'adversary') return 'adversary';
	if (item.author.kind === 'system') return 'official';
	if (item.author.kind !== 'persona') return 'public';
	return personaSource(scenario.personas.find((x) => x.id === item.author.personaId)?.kind);
}

/** The amplified item for the scorer, with the false claim it is known to carry. */
export function amplifiedItem(
	scenario: Scenario,
	item: FeedItem,
	mode: 'share' | 'quote'
): AmplifiedItem {
	const claim =
		item.claim && scenario.claims.some((c) => c.id === item.claim && !c.truth)
			? item.claim
			: undefined;
	return {
		itemId: item.id,
		mode,
		text: item.text,
		source: sourceOf(scenario, item),
		...(claim ? { claim } : {})
	};
}

/** A troll's, a bot network's or an adversary account's item. */
export function isTrollItem(scenario: Scenario, item: FeedItem | undefined): boolean {
	if (!item) return false;
	if (item.kind === 'adversary') return true;
	const ev = item.eventId ? scenario.events.find((e) => e.id === item.eventId) : undefined;
	return ev?.troll === true || sourceOf(scenario, item) === 'troll';
}

/** The post replies to, quotes, shares or @mentions a troll. */
export function answersTroll(
	scenario: Scenario,
	s: SessionState,
	text: string,
	targets: (string | undefined)[]
): boolean {
	for (const id of targets)
		if (
			id &&
			isTrollItem(
				scenario,
				s.feed.find((f) => f.id === id)
			)
		)
			return true;
	const lower = text.toLowerCase();
	return scenario.personas.some(
		(p) =>
			(p.kind === 'troll' || p.kind === 'bot-network') &&
			p.handle !== undefined &&
			new RegExp(`(^|[^\\w@])${p.handle.toLowerCase()}(?![\\w])`).test(lower)
	);
}
