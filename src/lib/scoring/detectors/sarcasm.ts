/**
 * sarcasm: mock praise or mock gratitude aimed at a journalist or member of the public — "Great idea, filming
 * the gate instead of calling us", "Good question! Have you tried reading the visa page?", "Thanks for the
 * update from your 'friend'. Very helpful.", "What could possibly go wrong?", "Who knew?". Counted only when the
 * post addresses someone (a reply, an @mention or "you"); a sincere "Good question." followed by the answer is
 * not sarcasm. Cues add up: mock praise of the addressee's work ("Brilliant reporting, as ever."), mock gratitude
 * ("Thanks for the scoop.") and the clause that takes it back ("Shame it's made up.", "Checking facts is clearly
 * optional these days.", "Perhaps check with us next time.") each count part. Structurally, praise or thanks
 * whose object the context makes negative — the campaign's hashtag, the rumour, the fake clip, its "editing" —
 * counts with an ironic manner ("so helpfully"), a reply to the troll or rumour, or a denial beside it; that one
 * is sarcasm at the public too ("Thanks to everyone spreading the story so generously."). Culpeper (1996): sarcasm/mock
 * politeness as an impoliteness strategy; CDC: be respectful.
 */
import type { Finding, Span } from '../types.ts';
import { gatedMatches, sentencesOf, SOURCES, type Detector } from './context.ts';
import { CUES } from './sarcasm-cues.ts';
import { COURTESY, replyContext, valence } from './stance.ts';
import { allMatches } from '../text/matches.ts';

const GATES = CUES.map(([g]) => g);
/** An official named with a title. */
const OFFICIAL =
	/\b(?:Minister|President|Prime Minister|PM|Ambassador|Mayor|Senator|Governor|Secretary)\s+\p{Lu}\p{Ll}/u;

const DENIAL =
	/\b(?:no|not|never|did not|didn't|does not|doesn't|is not|isn't|was not|wasn't|false|untrue|fake|fabricated|wrong)\b/i;

/** Nouns VADER rates warmly that name a thing rather than praise it ("the festival", "a paradise island"). */
const THINGS = new Set(
	'festival festivals carnival fiesta paradise heaven holiday holidays party gift gifts'.split(' ')
);

/** The first strongly positive word of the post's first sentence (after any @mentions), if not a courtesy. */
function openingPraise(d: Parameters<Detector>[0]): Span | undefined {
	const first = sentencesOf(d.pt)[0];
	// an apology or condolence is not praise ("We apologise, sincerely, …")
	if (!first || /\b(?:apologi[sz]e|apologies|sorry|regret|condolences)\b/i.test(first.text))
		return undefined;
	for (const m of allMatches(/[\p{L}][\p{L}'-]*/gu, first.text)) {
		const w = m[0].toLowerCase();
		if (COURTESY.has(w) || THINGS.has(w) || valence(w) < 2) continue;
		// (a word of a name is no praise: "the Solvento Festival", "Paradise Beach")
		if (
			m.index! > 0 &&
			/^\p{Lu}/u.test(m[0]) &&
			!/^(?:@\w+\s+)+$/.test(first.text.slice(0, m.index!))
		)
			continue;
		return { start: first.start + m.index!, end: first.start + m.index! + m[0].length };
	}
	return undefined;
}

/** Things the crisis makes negative: the rumour, the fake and the campaign's handiwork. */
const NEG_OBJECT =
	/\b(?:rumou?rs?|story|stories|hashtags?|clips?|videos?|fakes?|screenshots?|theory|theories|editing|edit|camera work|detective work|lies|myths?|campaign|conspiracy|piece of work|sequel|conspiracies)\b/i;
/** Positive evaluative adjectives and praise formulas (the adjective class, not nouns such as "intelligence"). */
const IRONIC_ADJ =
	/\b(?:imaginative|creative|bold|convincing|entertaining|inspiring|impressive|brilliant|wonderful|fascinating|great|excellent|lovely|masterful|amazing|fantastic|superb|stellar|genius|clever|incredible|remarkable|admirable|commendable|terrific|marvell?ous|splendid|outstanding|bravo|well done|full marks|kudos|hats off)\b/i;
const IRONIC_MANNER =
	/\bso (?:helpfully|generously|kindly|enthusiastically|thoughtfully|quickly|eagerly|diligently)\b|\b(?:real|such) talent\b/i;
const GRATITUDE = /\b(?:thanks|thank you|many thanks|grateful)\b/i;

/** Praise or thanks in one sentence with an object the crisis makes negative, and what takes it back. */
function praiseOfNegative(d: Parameters<Detector>[0]): { score: number; span?: Span } {
	if (!GRATITUDE.test(d.pt.text) && !IRONIC_ADJ.test(d.pt.text)) return { score: 0 };
	const sents = sentencesOf(d.pt);
	const tags = d.c.claims.map((c) => c.hashtag?.toLowerCase()).filter((h): h is string => !!h);
	for (const s of sents) {
		const lower = s.text.toLowerCase();
		if (!GRATITUDE.test(s.text) && !IRONIC_ADJ.test(s.text)) continue;
		if (!NEG_OBJECT.test(s.text) && !tags.some((t) => lower.includes(t))) continue;
		let score = 0.6;
		if (IRONIC_MANNER.test(d.pt.text)) score += 0.5;
		const rc = replyContext(d);
		if (rc.troll || rc.rumour) score += 0.5;
		const rest = d.pt.text.slice(0, s.start) + ' ' + d.pt.text.slice(s.start + s.text.length);
		if (DENIAL.test(rest) || /\b(?:shame|pity)\b/i.test(rest)) score += 0.5;
		return { score, span: { start: s.start, end: s.start + s.text.length } };
	}
	return { score: 0 };
}

export const sarcasm: Detector = (d) => {
	const { pt, post } = d;
	const neg = praiseOfNegative(d);
	if (neg.score >= 1 && neg.span) return [finding(d, [neg.span])];
	const addressed =
		post.replyTo !== undefined ||
		pt.tokens.some((t) => t.kind === 'mention') ||
		/\byou(?:r|rs|'ll|'re|'d)?\b/i.test(pt.text) ||
		// the public addressed as "everyone who…"
		/\b(?:everyone|everybody|all those|anyone)(?: [\w-]+){0,2}? (?:who|getting)\b/i.test(pt.text) ||
		// …or talked about as a crowd ("everyone on Chirp", "some people"), or answered with a mock concession
		// ("Yes, of course: we keep our secret plans on a 2019 template")
		/\b(?:everyone|everybody) (?:on|online|here)\b|\bhow many (?:people|of you|accounts)\b|\b(?:news|surprise) for some\b|\bsome of you\b|,\s*(?:everyone|everybody|folks|people|guys)\s*[.!]|\b(?:some|certain) (?:people|outlets|media|journalists|reporters|commentators|accounts|newspapers|quarters)\b|\barmchair \p{L}+|\b(?:online|keyboard|self-appointed|instant|amateur|internet) (?:[\p{L}-]+ )?(?:experts?|detectives?|lawyers?|judges?|analysts?|investigators?|sleuths?)\b|,\s*(?:Mr|Ms|Mrs|Dr|Minister|Senator)\.? \p{Lu}[\p{L}-]+[.!?]|(?:^|[.!?]\s+)(?:yes|oh yes|oh sure|sure|right),? (?:of course|naturally|obviously)\b/iu.test(
			pt.text
		) ||
		// …or an official is talked about by title ("Apparently Minister Yanev finds some adjectives hard to take")
		OFFICIAL.test(pt.text) ||
		// …or a group is ("for those who still believe every clip", "ministers finding time to resign", "tabloid gossip")
		/\b(?:those|people) who\b|\b(?:ministers|officials|politicians|tabloids?|gossip|critics|summons|summon\w*|crowd|operator|organi[sz]ers|company)\b/i.test(
			pt.text
		) ||
		// …or the rumour's crowd, by its hashtag ("Do try harder. #TireliaHackedUs")
		d.c.claims.some((c) => !!c.hashtag && pt.text.toLowerCase().includes(c.hashtag.toLowerCase()));
	if (!addressed) return [];
	let total = 0;
	let praise = false;
	const spans: Span[] = [];
	for (const m of gatedMatches(pt, GATES)) {
		total += CUES[m.gate][1];
		praise ||= CUES[m.gate][2] === 'praise';
		spans.push(m.span);
	}
	// strong praise opening a reply (VADER valence ≥ 2, courtesy words aside) that the rest of the post answers
	// with a denial or a correction: "Delighted that … No, she did not."
	const opener = openingPraise(d);
	if (opener && total < 1) {
		praise = true;
		spans.push(opener);
		total += 0.3;
		if (DENIAL.test(pt.text.slice(opener.end))) total += 0.6;
	}
	// praise in answer to a troll or to a post spreading a rumour: the context takes it back
	if (praise && total < 1) {
		const rc = replyContext(d);
		if (rc.troll || rc.rumour) total += 0.5;
	}
	if (total < 1) return [];
	return [finding(d, spans)];
};

function finding(d: Parameters<Detector>[0], spans: Span[]): Finding {
	const { pt, post } = d;
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	// cues that overlap are one stretch of text: quote the longest once
	spans = spans.filter(
		(s, i) =>
			!spans.some(
				(o, j) =>
					j !== i &&
					o.start <= s.start &&
					o.end >= s.end &&
					(j < i || o.end - o.start > s.end - s.start)
			)
	);
	return {
		id: 'sarcasm',
		severity: 'major',
		message: `Sarcasm at ${post.replyTo || pt.tokens.some((t) => t.kind === 'mention') ? 'the person you answer' : OFFICIAL.test(pt.text) ? 'an official' : 'the public'}: ${spans.map((s) => `“${pt.text.slice(s.start, s.end)}”`).join(', ')}`,
		explanation:
			'Sarcasm from an official account reads as contempt, is easy to screenshot and never corrects anything. Answer the question plainly.',
		source: SOURCES.civility,
		spans
	};
}
