/**
 * empty-platitude: sympathy and nothing else — "Thoughts and prayers.", "Our thoughts are with everyone
 * affected.", "We hear you." — with no fact, number, link, contact, action, advice or commitment. The same
 * sympathy followed by what is known, what is being done or what people should do is the CERC first message,
 * and is not flagged.
 */
import { findAny } from '../text/phrase.ts';
import { postText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import { leadingQuestion } from './asked.ts';
import { SOURCES, sentencesOf, type Detector } from './context.ts';

const SYMPATHY =
	/\b(?:thoughts?(?: and prayers)?|prayers?|praying|hearts? (?:go|goes|are|is)|hearts? (?:is|are) (?:in|with)|heartbroken|saddened|condolences?|sympath(?:y|ies)|thinking (?:of|about)|sending (?:all )?(?:(?:my|our) )?(?:love|strength|hugs|support|prayers)|(?:all )?our love (?:to|goes out to|is with)|stay strong|be strong|we (?:are|'re) (?:so |deeply |truly |very )?sorry|we hear you|we feel (?:for )?you|we share your|with you (?:all )?(?:in|at) this|with (?:the |all (?:the |our )?|our |all our )?hearts? (?:next to|beside|close to)|in this (?:heavy|sad|difficult|dark|painful|hard|tragic|sorrowful) (?:hour|moment|time|day)|solidarity|stand(?:s|ing)? (?:with|by|alongside|beside)(?! (?:the |its |their |his |her )?(?:[A-Za-z][\w-]+['’]s )?(?:police|government|authorities|minister|ministry|army|military|decision|statement|claim|account|commissioner|officers|security forces|president|regime)\b)|our hearts|we (?:understand|know|can (?:only )?imagine|realise|realize|recognise|recognize) (?:how|what|that this|this is|the (?:worry|fear|pain|anguish)|your (?:concern|worry|anxiety|fear|frustration)s?)|(?:deeply|truly|so|very) sorry (?:to hear|for|about)|we(?:'re| are) (?:all )?(?:with you|here for you|by your side)|you are not alone|(?:devastating|terrible|tragic|heartbreaking|awful|sad|shocking|distressing) news|(?:deeply |truly |so )?(?:saddened|shocked|devastated|pained|grieved|anguished|distressed) (?:by|to|at)|together we are stronger|shares? in the (?:profound |deep )?(?:grief|sorrow|pain|mourning)|bows? (?:its|our|his|her) heads?|stronger together|we(?:'re| are) with (?:every|all|each) [a-z]+|(?:you|you all|everyone|you and [a-z ]{1,20}) (?:are|is|'re) going to be (?:fine|ok|okay|alright|all right)|(?:^|(?<=[.!?]\s))with you (?:tonight|today|always|all)\b|(?:a|what an?|another) (?:(?:long|hard|dark|sad|difficult|terrible|tough|painful|heavy|grim),? )+(?:night|day|time|week|hours?) for\b|(?:is|are|'re|remains?) with (?:you|them|all of you|[^.!?]{2,30}?) in (?:heart|spirit|(?:our |their )?thoughts?|(?:our |their )?hearts|(?:our |their )?prayers?)|we (?:know|understand|realise|realize|recognise|recognize) (?:that )?[^.!?]{0,40}\b(?:upsetting|frightening|worrying|distressing|difficult|hard|painful|stressful|terrifying|scary|anxious))\b/i;
/** Substance: an instruction, an action under way, a commitment, a place to get help, or a concrete fact. */
const SUBSTANCE =
	/\b(?:call|calling|phone|ring|contact|register|registration|visit|(?<!\b(?:thoughts|hearts|prayers|love|sympathies|condolences|wishes|sympathy) )go to|come to|head to|stay (?:indoors|inside|away|home|in|out|off|clear)|avoid|keep (?:away|out|your)|follow|check|apply|request|send|write to|email|e-mail|dm|message us|direct message|reply|bring|leave|move|evacuat\w*|shelter\w*|open|closed|hotline|helpline|line|website|site|link|page|form|we are (?:working|helping|in (?:close )?contact|sending|checking|providing|doing|supporting|following(?! (?:events|developments|the situation|the news|news|reports|this|it|everything)(?: (?:in|at|on|around|ahead of|regarding|concerning|surrounding) [^.!?,;]{1,40}?)?(?:(?: very| extremely)? closely| with (?:great|keen|close|the (?:utmost|greatest)) (?:interest|attention)))|assessing|establishing|trying|gathering)|we(?:'re| are| will|'ll| have| can) (?:work|help|send|check|provid|updat|contact|call|confirm|share|post|support|assist|arrang|visit|deliver|deploy|establish|keep|be in touch|get back|respond|reply|investigat|look)\w*|(?:has|have) (?:spoken|talked|met|written|called) (?:to|with)|update|updates|confirmed|confirm|accessed|compromised|hacked|deleted|published|recovered|regained|investigat\w*|rescue\w*|supplies|relief|assistance|consular|staff|team|teams)\b/i;

/** A wish that closes a post ("Stay safe.", "Take care, all of you.") says nothing either. */
const SIGN_OFF =
	/^(?:@\w+\s+)*(?:please )?(?:what an? (?:night|day|morning|evening|week)|stay safe|take care|be safe|keep safe|stay strong|be strong|hang in there|hold on|look after (?:yourselves|yourself|each other)|thank you (?:all )?for your (?:patience|understanding|kind words|messages))\b[^.!?]{0,45}[.!]?$/i;

/** A sentence that adds nothing either: only hashtags and mentions, or a quotation with its author ("'No man is an
 * island,' wrote Donne."). */
const ORNAMENT =
	/^(?:\s*[#@][\p{L}\p{N}_]+)+\s*[.!]?$|^\s*['‘"“][^'’"”]{3,120}[,.!]?['’"”][,.]?\s*(?:\p{Ll}+ )?(?:wrote|said|says|writes|as \p{L}+ (?:wrote|said))?\s*[\p{L}. -]{0,30}[.!]?$/u;

/** Watching is not doing: "We are following events closely." */
const WATCHING =
	/^\W*(?:we(?:'re| are)|(?:my team and )?i(?:'m| am)|(?:my team and i|i|my team) (?:continue|will continue|keep) to|the (?:embassy|ministry|consulate)(?: of [^.!?,;]{1,40}?)? is|(?:we|the (?:embassy|ministry|consulate)(?: of [^.!?,;]{1,40}?)?) (?:continues?|will continue|keeps?) to|we(?= (?:follow|monitor|watch)\b)|we keep(?:s)?(?= (?:following|monitoring|watching)\b)|the (?:embassy|ministry|consulate)(?: of [^.!?,;]{1,40}?)?(?= (?:follows|monitors|watches)\b)) (?:(?:also|all|still|closely|carefully) )?(?:following|monitoring|watching|follows|follow|monitors|monitor|watches|watch)(?: with (?:the )?(?:biggest|big|great|greatest|utmost|much|close|all|full) attention| with attention)? (?:(?:the )?events|developments|the situation|the news|news|(?:the )?reports|this|it|everything|the matter|the case|the (?:development|discussion|debate) (?:of|in|on) [^.!?,;]{1,40}?)(?: (?:in|at|on|around|ahead of|regarding|concerning|surrounding|from) [^.!?,;]{1,40}?)?(?:(?: (?:very|extremely|so))? closely| with (?:the )?(?:utmost|great|greatest|close|closest|particular|the greatest|deep|keen) (?:attention|concern|care|vigilance|interest))?(?: (?:following|after|since|in the wake of) (?:the|this|last night's|today's|tonight's|this morning's) [\p{L}-]+)?(?: with (?:my|our) (?:team|colleagues))?[.!]?\s*$/iu;
/** Awareness that says nothing: "We are aware of the reports", "We have seen the reports". */
const AWARE =
	/^\W*(?:(?:@\w+\s+)*)(?:we(?:'re| are) aware of|we(?:'ve| have) seen) (?:the |these |those |this )?(?:[\p{L}'’-]+ ){0,3}?(?:reports?|posts?|claims?|comments?|questions?|video|clip|situation|podcast|news|story|events?)(?: (?:circulating|going round|doing the rounds|shared)(?: (?:today|this morning|tonight|online|overnight))?)?(?: (?:regarding|about|concerning|around|with|on|in|at|of) (?:the |our |this |an? )?[\p{L}-]+(?: (?!and\b|are\b|is\b)[\p{L}-]+){0,6})?(?: (?:and|,))?/iu;

/** Filler that says nothing either: an idiom of endurance ("It's a marathon, not a sprint.", "We are in this
 * together.") or the boilerplate of friendship ("We value our deep and longstanding friendship with Esteria"). */
const FILLER =
	/^\W*(?:(?:it(?:'s| is) )?(?:a marathon,? not a sprint|one (?:day|step) at a time)|we(?:'re| are) (?:all )?in this together|together we (?:will|shall) (?:get|come) through (?:this|it)|who (?:could fail to be|isn't|is not|wouldn't be|would not be|could not be|couldn't be) (?:moved|worried|saddened|shocked|touched)(?: [^.!?]{0,30})?\?|(?:the )?(?:safety|security|well-?being|welfare)(?: and (?:safety|security|well-?being|welfare))? of (?:all )?(?:our |[a-z]+ )?(?:nationals|citizens|people|compatriots|staff)(?: [a-z]+){0,2} (?:is|remains) (?:our )?(?:top|first|highest|absolute|number one|overriding) priority)[.!]?\s*$/i;
const FRIENDSHIP =
	/^\W*(?:@\w+\s+)*we (?:deeply |greatly |highly )?(?:value|cherish|treasure) (?:our|the) (?:[\p{L}-]+,? (?:and )?){0,3}(?:friendship|partnership|relationship|relations|ties|bonds?) (?:with|between) [\p{L} '’-]{1,40}?(?=\s+and\b|[.!]?\s*$)(?:\s+and)?/iu;

/** The whole post only watches: every sentence is one of WATCHING, with at most an awareness clause before it. */
function onlyWatching(pt: { text: string }): RegExpExecArray | null {
	const sentences = pt.text
		.replace(/^(?:@\w+\s+)+/, '')
		.split(/(?<=[.!?])\s+/)
		.filter((x) => x.trim());
	if (!sentences.length || sentences.length > 4) return null;
	for (const raw of sentences) {
		const x = withoutVague(raw.replace(THREAD_MARK, '').replace(LABEL, ''));
		if (!/\p{L}/u.test(x)) continue;
		if (FILLER.test(x)) continue;
		const rest = x
			.replace(SUBJECTLESS, 'We are $1')
			.replace(FRIENDSHIP, 'We')
			.replace(AWARE, 'We')
			.replace(/^We are (?:also )?(?=following|monitoring|watching)/, 'We are ');
		if (!WATCHING.test(rest) && !AWARE_ALONE.test(x)) return null;
	}
	return /\b(?:following|monitoring|watching|follows|monitors|watches|follow|monitor|watch|aware)\b/i.exec(
		pt.text
	);
}
const AWARE_ALONE =
	/^\W*(?:we(?:'re| are) aware of|we(?:'ve| have) seen) (?:the |these |those )?(?:reports?|posts?|claims?)[.!]?\s*$/i;

/** Promises with no time and reassurance with no content: "We will share more when we can", "More in due course",
 * "Watch this space", "Rest assured we are on top of things", "Thank you for your patience". */
const VAGUE =
	/\b(?:we(?:'ll| will)|will) (?:share|post|say|give|have|provide) (?:more|an update|updates?|further (?:information|details))(?: (?:here|with you))? (?:when|as soon as|once|if) (?:we can|possible|we have (?:more|news|anything))\b|\b(?:we will |we'll |we (?:hope|expect|aim) to |we should )?(?:update(?: you)?|say more|(?:have |share |give )?more(?: to (?:say|share))?|(?:give |have |share )?(?:an update|further (?:information|details)))(?: (?:with you|here))? in due course\b|\b(?:and )?will (?:issue|make|publish|release|give) (?:a |an |further )?(?:statement|update|comment)s? (?:as and when|when|once|if|as soon as) (?:circumstances|time|events|appropriate|possible|we can)[^.!?]*|\b(?:and )?will (?:share|post|give|provide|publish) (?:further |more )?(?:information|details|updates?) (?:as and when|when|once|if) we are in a position to(?: do so)?\b|\b(?:and )?(?:we )?will inform (?:you )?(?:in due (?:time|course)|later|soon)\b|\bwatch this space\b|\b(?:and )?(?:remains?|are|is|stays?|we(?:'re| are)) in (?:close |constant |regular )?(?:contact|touch) with the (?:relevant|local|competent|appropriate) authorities\b|\brest assured\b[^.!?]*|,? we can assure you,?|\b(?:and )?stands? ready to (?:help|assist|support)(?: (?:where|if|as) (?:needed|necessary|required|we can))?\b|\bwe(?:'re| are) on top of (?:it|things|this|the situation)\b|\bthank you (?:so much |very much )?for your (?:patience|understanding)(?: and (?:patience|understanding))?\b|\b(?:we're|we are) (?:so |very )?sorry (?:that )?we can(?:'t|not) say (?:more|anything else)(?: right now| yet| at this stage)?\b/gi;

/** A sentence without its vague promises, and the "and" or comma they leave dangling. */
const withoutVague = (text: string) =>
	text.replace(VAGUE, '').replace(/(?:\s*(?:,|;|\band\b|\bbut\b|\bso\b))*\s*([.!?]?)\s*$/i, '$1');

/** Watching verbs with what is watched, taken out before the test for substance. */
const WATCH_WORDS =
	/\b(?:follows?|monitors?|watch(?:es)?) with (?:the )?(?:(?:biggest|big|great|greatest|utmost|much|close|closest|all|full) )?attention\b|\b(?:continues? to|keeps? to|will continue to) (?:follow|monitor|watch) (?:events|developments|the situation|the news|news|this|it|everything)\b/gi;

/** Watching said without a subject: "Monitoring the situation closely with my team." */
const SUBJECTLESS = /^\W*(?:still |closely )?(monitoring|following|watching)\b/i;

/** A thread's own number: "1/3", "(2/2)", "3/3 🧵". */
const THREAD_MARK = /(?<![\d/])\(?\d{1,2}\s?\/\s?\d{1,2}\)?(?![\d/])/g;

/** A post's own label ("Update:", "UPDATE 14:10 —") is no substance. */
const LABEL = /^\W*(?:update|latest|new)\b(?:\s*\d{1,2}[:.]\d{2})?\s*[:—–-]\s*/i;

export const emptyPlatitude: Detector = (d) => {
	// (the question a post opens with is the asker's, not the post's content: "Q: What are you doing? A: …")
	const quoted = leadingQuestion(d.pt.text);
	const pt = quoted ? postText(' '.repeat(quoted) + d.pt.text.slice(quoted)) : d.pt;
	// the cheap token tests first (each of these conditions alone clears the post)
	let words = 0;
	// (the time in a post's own label, "UPDATE 03:10 —", is no fact; nor is a thread's number, "(1/1)", "2/3")
	const label = LABEL.exec(pt.text)?.[0].length ?? 0;
	const thread = [...pt.text.matchAll(THREAD_MARK)].map((m) => [m.index!, m.index! + m[0].length]);
	for (const t of pt.tokens) {
		if (t.end <= label) continue;
		if (thread.some(([a, b]) => t.start >= a && t.end <= b)) continue;
		// (a thread's own number, "1/", is no fact)
		if (t.kind === 'url') return [];
		if (t.kind === 'number' && !(pt.text[t.end] === '/' && /^\s*$/.test(pt.text.slice(0, t.start))))
			return [];
		if (t.kind === 'word') words++;
	}
	if (words > 50) return [];
	// sympathy, or only watching ("We are aware of the reports and are following the situation closely.")
	const sympathy = SYMPATHY.exec(pt.text);
	const m = sympathy ?? onlyWatching(pt);
	if (!m) return [];
	const watching = !sympathy;
	// (watching is no instruction: "we continue to follow developments" is not "follow the police's advice")
	// ("my team and I" is who watches, not a team sent somewhere)
	if (
		SUBSTANCE.test(
			pt.text
				.replace(LABEL, '')
				// (what the post is aware of is no news of its own: "aware of reports concerning our staff")
				.replace(AWARE, 'We ')
				.replace(VAGUE, ' ')
				.replace(WATCH_WORDS, ' ')
				.replace(/\b(?:my|our) team and (?:i|we)\b|\bwith (?:my|our) (?:team|colleagues)\b/gi, ' ')
		)
	)
		return [];
	// a fact stated is substance; naming the event in one word ("tonight's earthquake") is not
	if (
		d.c.facts.some(
			(f) =>
				!f.fact.confidential &&
				findAny(pt, f.kw).some((h) => {
					const hit = pt.text.slice(h.span.start, h.span.end);
					// a place or person's name ("Porto Veyra") names the scene, it tells nothing
					const named = hit
						.toLowerCase()
						.split(/\s+/)
						.every((w) => d.c.knownWords.has(w));
					return /[\s\d]/.test(hit) && !named;
				})
		)
	)
		return [];
	// every sentence is sympathy (or a two-word sign-off); any other sentence says something
	// (an emoji before a capital ends a sentence too: "… ruined tonight more 😅 Thoughts with everyone")
	const parts = sentencesOf(pt).flatMap((s) =>
		s.text
			.split(/(?<=\p{Extended_Pictographic}\uFE0F?)\s+(?=\p{Lu})/u)
			.map((text) => ({ ...s, text }))
	);
	for (const s of parts) {
		// (a vague promise or reassurance says nothing either: "…closely and will share more when we can.")
		const text = withoutVague(
			s.text
				.replace(THREAD_MARK, '')
				.replace(/^(?:@\w+\s+)+/, '')
				.replace(LABEL, '')
				.replace(SUBJECTLESS, 'We are $1')
				.replace(FRIENDSHIP, 'We')
				.replace(AWARE, 'We')
		);
		if (!/\p{L}/u.test(text)) continue;
		if (
			!AWARE_ALONE.test(s.text) &&
			!SYMPATHY.test(text) &&
			!SIGN_OFF.test(text) &&
			!FILLER.test(text) &&
			!ORNAMENT.test(text) &&
			!WATCHING.test(text) &&
			text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 2
		)
			return [];
	}
	const span: Span = { start: m.index, end: m.index + m[0].length };
	const f: Finding = {
		id: 'empty-platitude',
		severity: 'minor',
		message: `${watching ? 'Watching' : 'Sympathy'} with nothing behind it: “${pt.text.trim().slice(0, 80)}”`,
		explanation: watching
			? '“We are monitoring the situation” tells people nothing they can use. Say what you know, what you are doing, what people should do, and when you will update.'
			: 'A lone “thoughts and prayers” reads as empty. Pair empathy with what you know, what you are doing and what people should do (or where to get help).',
		source: SOURCES.platitude,
		spans: [span]
	};
	return [f];
};
