/** over-limit, too-many-hashtags, too-many-mentions, empty-post: the platform's house rules. */
import type { Finding, Span } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

export const platformRules: Detector = (d) => {
	const out: Finding[] = [];
	const p = d.post.platform
		? d.c.scenario.platforms.find((x) => x.id === d.post.platform)
		: d.c.platform;
	let length = 0;
	for (let i = 0; i < d.pt.text.length; i++) {
		const c = d.pt.text.charCodeAt(i);
		if (c < 0xdc00 || c > 0xdfff) length++; // count code points: skip low surrogates
	}
	if (!d.pt.tokens.some((t) => t.kind === 'word' || t.kind === 'number'))
		out.push({
			id: 'empty-post',
			severity: 'major',
			message: 'The post has no words.',
			explanation:
				'An empty or emoji-only post from an official account says nothing and invites mockery.',
			source: SOURCES.platform,
			spans: []
		});
	if (!p) return out;
	if (p.charLimit !== undefined && length > p.charLimit)
		out.push({
			id: 'over-limit',
			severity: 'major',
			message: `${length} characters; ${p.label} allows ${p.charLimit}.`,
			explanation: 'Over the limit the post is cut or refused; the end of the message is lost.',
			source: SOURCES.platform,
			spans: [{ start: indexOfChar(d.pt.text, p.charLimit), end: d.pt.text.length }]
		});
	const tags: Span[] = d.pt.tokens
		.filter((t) => t.kind === 'hashtag')
		.map((t) => ({ start: t.start, end: t.end }));
	if (p.maxHashtags !== undefined && tags.length > p.maxHashtags)
		out.push({
			id: 'too-many-hashtags',
			severity: 'minor',
			message: `${tags.length} hashtags; house style is at most ${p.maxHashtags}.`,
			explanation: 'Hashtag clutter reads as marketing and buries the message.',
			source: SOURCES.platform,
			spans: tags
		});
	const mentions: Span[] = d.pt.tokens
		.filter((t) => t.kind === 'mention')
		.map((t) => ({ start: t.start, end: t.end }));
	if (p.maxMentions !== undefined && mentions.length > p.maxMentions)
		out.push({
			id: 'too-many-mentions',
			severity: 'minor',
			message: `${mentions.length} @mentions; at most ${p.maxMentions}.`,
			explanation: 'Mass-tagging looks like spam and drags others into the thread.',
			source: SOURCES.platform,
			spans: mentions
		});
	return out;
};

function indexOfChar(text: string, n: number): number {
	let i = 0;
	let count = 0;
	for (const ch of text) {
		if (count === n) return i;
		i += ch.length;
		count++;
	}
	return text.length;
}
