/**
 * no-comment: refusing to comment, in its many forms — "no comment", "we won't be commenting", "we will not
 * dignify that with a response", "nothing further to say", "we're not going to get into that", "declines to
 * discuss", "no further statement", "the embassy will not be making any statement". Not flagged when the refusal is qualified: about speculation, rumours,
 * individual cases or identities, with a reason or a time ("while the rescue continues", "until families are
 * informed", "to protect…"), or followed by substance ("…in public, but we can confirm…").
 */
import type { Finding } from '../types.ts';
import { hasAnyWord, SOURCES, wordSet, type Detector } from './context.ts';
import { allMatches } from '../text/matches.ts';

const SUBJ = '(?:we|i|the embassy|the ministry|the consulate|this account|our team)';
const REFUSAL = new RegExp(
	[
		'\\bno (?:further |more )?comments?\\b',
		`\\b${SUBJ}(?:'re| are| is| will| would|'ll| do| does| can| shall| have| am|'m)? (?:not|never|no longer|n't|unable to|decline to|declines to|refuse to|prefer not to|have no intention of|do not intend to|don't intend to|does not intend to|does not propose to|do not propose to|has no intention of|have no plans to|won't|will not|shan't|shall not|cannot|can't|don't|do not)(?:,? (?:at this (?:stage|time|point)|at present|for now|for the moment|regrettably|unfortunately|currently|as yet),?)? (?:be )?(?:going to |able to |in a position to |at liberty to )?(?:comment(?:ing)?|further comment|say(?:ing)? anything|(?:offer|offering|make|making|give|giving|provide|providing) (?:any )?(?:observations?|comments?|remarks?|views?)|discuss(?:ing)?|respond(?:ing)?|answer(?:ing)?|engag(?:e|ing)(?: in)?|get(?:ting)? into|go(?:ing)? into|dignify|address(?:ing)?|elaborat(?:e|ing)|add(?:ing)? (?:anything|more)|be drawn(?: into)?|enter(?:ing)? into)\\b`,
		`\\b${SUBJ} (?:won't|will not|shall not|shan't|shan't be|shall not be|won't be|will not be|are not|aren't|am not|'re not|doesn't|does not|don't|do not|never) (?:comment(?:ing)?|discuss(?:ing)?|respond(?:ing)?|engag(?:e|ing)|dignify(?:ing)?|drawn)\\b`,
		'\\b(?:declines?|declined|refuses?|refused) to (?:comment|discuss|respond|answer|elaborate|say)\\b',
		'\\bnothing (?:further |more )?to (?:add|say|report|share)\\b',
		`(?:^|[.!?]\\s+|^(?:@\\w+\\s+)+)not (?:something|a (?:matter|topic|subject|question)) (?:that )?${SUBJ}(?:'ll| will| would| are going to|'re going to| can| intend to| plan to| want to)? (?:be )?(?:discuss|comment|address|dignify|dignifie|answer|respond|engag|get(?:ting)? into|go(?:ing)? into|talk(?:ing)? about)\\w*`,
		'\\bnothing (?:further|more) from (?:us|me|the (?:embassy|ministry|consulate|ambassador))\\b',
		"\\b(?:we've|we have|i've|i have) said (?:all |what )?(?:we|i)(?:'re| are|'m| am)? (?:going to|gonna|able to|can|will|wish to|want to) say\\b",
		'(?:^|[.!?]\\s+|^(?:@\\w+\\s+)+)nothing (?:further|more)(?: (?:on|about) (?:this|that|it))?(?: (?:for now|at (?:this|the moment|present)(?: time| stage| point)?|today|tonight))?\\s*(?:[.!]|$)',
		'\\b(?:we|i) have (?:no|nothing) (?:further |more |other )?(?:comment|statement|response|remarks?|to add|to say)\\b',
		"\\b(?:can't|cannot|can not) say anything\\b",
		`\\b${SUBJ}(?:'d| would) (?:rather|prefer to) not (?:comment|discuss|say|go into|get into|talk about|answer|respond|elaborate)\\b`,
		'\\bleave (?:that|this|it)(?: one| question)? unanswered\\b',
		'\\bno (?:further |more |new )?(?:information|details|updates?) (?:is|are|will be) (?:available|being released|forthcoming)\\b',
		'\\bnot commenting\\b',
		'(?:^|[.!?]\\s+)not dignifying\\b',
		"\\b(?:and|but) (?:will|shall|would) not be commenting\\b|\\b(?:and|but) (?:won't|shan't) be commenting\\b",
		'\\bwithout comment\\b',
		'\\bwill not (?:be )?dignif(?:y|ied)\\b|\\bnot dignify\\b',
		"\\b(?:we(?:'ll| will)) pass on (?:that|this)\\b",
		"\\b(?:we(?:'ll| will| are going to|'re going to)|let's|let us) leave it (?:there|at that)\\b",
		`\\b(?:that|this|it)(?:'s not| is not| isn't) (?:something|a (?:matter|topic|subject|question)) (?:that )?${SUBJ}(?:'ll| will| would| are going to|'re going to| can| intend to| plan to| want to| shall)? (?:be )?(?:discuss|comment|address|get(?:ting)? into|go(?:ing)? into|talk(?:ing)? about|confirm|enter(?:ing)? into|deal(?:ing)? with|tak(?:e|ing) up|cover)\\w*`,
		"\\b(?:doesn't|does not|don't|do not) (?:deserve|merit|warrant) (?:an? |any )?(?:answer|response|reply|comment)\\b",
		'\\bno (?:further |more )?statement\\b',
		'\\b(?:we|i) have (?:no|nothing) (?:further |more |new |other )?(?:information |details |updates? )?to share\\b',
		`\\b${SUBJ}(?:'ll| will| would| is| are|'re)? (?:not|n't|never) (?:be )?(?:mak|issu|giv|offer|provid|releas)(?:e|es|ing) (?:a |any |further |public |official )*(?:comment|statement|response|remarks?)\\b`
	].join('|'),
	'gi'
);
/** Softer brush-offs that are a refusal only when the post offers nothing else (no reason, no fact, no link):
 * "We'll leave that one for today.", "That one will have to wait.", "We'll let the podcast speak for itself.",
 * "Dana — pass." */
const SOFT = new RegExp(
	[
		"\\b(?:we(?:'ll| will| are going to|'re going to)|let's|let us|i(?:'ll| will)) leave (?:that|this|it)(?: one| question)?(?: there)? (?:for (?:today|now|tonight|another (?:day|time))|to one side|aside)\\b",
		'^(?:@\\w+\\s+)*not (?:today|now|at this (?:time|stage|point))(?:,? sorry)?[.!]?\\s*$',
		"\\b(?:that|this|it)(?: one| question)? (?:will|'ll|is going to) have to wait\\b",
		"\\b(?:we(?:'ll| will)|let's|let us|i(?:'ll| will)) let (?:the|that|this|it|his|her|their|our) (?:[\\p{L}-]+ ){0,2}?speak for (?:itself|themselves)\\b",
		'(?:^|[—–:,]\\s*|^(?:@\\w+\\s+)+)pass[.!]?\\s*$',
		'\\bnext question,? please\\b',
		"\\b(?:we're|we are|we'll be|we will be) (?:staying|keeping|steering) (?:well |well well )?(?:away|clear) (?:from|of)\\b",
		"\\b(?:we've|we have|we've already|we have already) been over (?:this|that|it)\\b",
		// a topic said not to be discussed: "passenger names aren't something we'll be discussing", "we're not going
		// back over the podcast today", "fall outside the scope of this session"
		`\\b(?:aren't|are not|isn't|is not) (?:something|a (?:matter|topic|subject|question)) (?:that )?${SUBJ}(?:'ll| will| would| are going to|'re going to| can| shall)? (?:be )?(?:discuss|comment|address|confirm|get(?:ting)? into|go(?:ing)? into|talk(?:ing)? about)\\w*`,
		"\\b(?:we're|we are|i'm|i am) not (?:going|about) (?:to go )?(?:back )?over (?:this|that|it|the [\\p{L}-]+)(?: again)?\\b",
		"\\b(?:falls?|is|are) outside the (?:scope|remit) of (?:this|the|today's) (?:session|q&a|forum|account|thread)\\b"
	].join('|'),
	'giu'
);

/** What may follow a refusal and make it a reasoned one ("…on individual cases", "discuss individual cases"). */
const QUALIFIED_AFTER =
	/^[^.!?]{0,40}?(?:\b(?:on|about|into)\s+|^\s*)(?:(?:the|any|such|ongoing|wild|online)\s+)?(?:speculation|speculative|rumou?rs?|unverified|unconfirmed|individual (?:consular )?cases|individual|names|identities|personal details|private|(?:details|specifics|particulars) of|(?:health|medical (?:details|condition|records?)|condition)\b|(?:his|her|their|this|that|the|a|an) (?:[\w'’-]+ ){0,2}?cases?\b|who (?:may|might|could)|the identity|hypothetical|leaked|intelligence matters|operational details|security arrangements|(?:any|individual|specific|particular) (?:candidates?|part(?:y|ies)|campaigns?|politicians?)\b|internal (?:legal )?(?:deliberations|discussions|advice|consultations))|^[^.!?]{0,80}?\b(?:while|until|before|out of respect|so as not|because|as the|to protect|for (?:privacy|security|legal|safety) reasons|in public|line by line|point by point|word by word|one by one|case by case|individually|each (?:one|of them|document|claim|case)|(?:the|all the|any of the) (?:others|rest|remaining \w+)|for (?:his|her|their|your|its) (?:own )?(?:safety|privacy|security|protection)|but (?:we|here|i|the)|at this stage,? but|; (?:we|here)|, but)\b/i;
const QUALIFIED_BEFORE =
	/\b(?:(?:out of respect for|to protect|for (?:privacy|security|legal|safety) reasons|while|until)\b|(?:is|are|remain|remains|stay|stays) (?:private|confidential|sensitive|sub judice)(?:,| and\b| so\b))[^.!?]*$/i;

/** Words one of the refusal forms needs (a cheap filter first). */
const TRIGGERS = wordSet(
	'dignifying staying keeping steering propose observations observation deal take cover today now drawn said wait speak pass next over scope remit discussing something confirm confirming enter entering comment comments commenting say saying discuss discussing respond responding answer answering engage engaging get getting go going dignify dignifying address addressing elaborate elaborating add adding anything statement pass drawn nothing response remarks remark share leave deserve merit warrant rather unanswered information details update updates intend'
);

/** A refusal reasoned by privacy, or one that waves off rumours: a brush-off when it is all the post says
 * ("We will not comment on rumours during the campaign." leaves the rumour unanswered). */
const PRIVACY =
	/^[^.!?]{0,40}?\b(?:(?:the|any|such|wild|online) )?(?:rumou?rs?|speculation|unverified|unconfirmed|leak(?:ed|s)?)\b|^[^.!?]{0,80}?\b(?:in public|line by line|point by point|word by word)\b|^[^.!?]{0,40}?\b(?:individual (?:consular )?cases|individual|names|identities|the identity|personal details|private|(?:details|specifics|particulars) of|(?:his|her|their|this|that|the|a|an) (?:[\w'’-]+ ){0,2}?cases?\b)/i;

/** Whether the post says more than its refusal: a "but…" or a reason after it, or six words or more (not counting
 * @mentions and hashtags) outside the refusal's sentence. */
function offersMore(text: string, sentenceStart: number, end: number): boolean {
	const stop = text.slice(end).search(/[.!?](?:\s|$)/);
	const sentenceEnd = stop < 0 ? text.length : end + stop;
	// "but…", or the reason itself ("…until families have been informed", "…to protect their privacy"), or what
	// follows a colon ("…in public: the request reached us an hour ago…")
	if (
		/\b(?:but|however|instead|until|to protect|out of respect|because|so that|in order to|while)\b|;|:\s+\S/i.test(
			text.slice(end, sentenceEnd)
		)
	)
		return true;
	const rest = `${text.slice(0, sentenceStart)} ${text.slice(sentenceEnd + 1)}`;
	return (rest.match(/(?<![@#\w])\p{L}[\p{L}'-]*/gu) ?? []).length >= 6;
}

export const noComment: Detector = (d) => {
	const out: Finding[] = [];
	if (!hasAnyWord(d.pt, TRIGGERS)) return out;
	const text = d.pt.text.replace(/’/g, "'");
	REFUSAL.lastIndex = 0;
	for (const m of allMatches(REFUSAL, text)) {
		const end = m.index! + m[0].length;
		// quoted, the words are mentioned, not said ("Our answer is not 'no comment'.")
		if (
			/['‘"“]\s*$/.test(text.slice(Math.max(0, m.index! - 2), m.index!)) &&
			/^\s*['’"”]/.test(text.slice(end, end + 2))
		)
			continue;
		const sentenceStart = Math.max(
			text.lastIndexOf('. ', m.index!) + 1,
			text.lastIndexOf('? ', m.index!) + 1,
			text.lastIndexOf('! ', m.index!) + 1,
			0
		);
		// a closing "Nothing more." after an answer stresses it ("…a result that belongs to Talvanians. Nothing more.")
		if (
			/^[.!?\s]*nothing (?:further|more)[.!\s]*$/i.test(m[0]) &&
			(text.slice(0, m.index!).match(/\p{L}+/gu) ?? []).length >= 15
		)
			continue;
		// a reasoned refusal is clean ("…on who may be behind this until the investigation is complete"); one for
		// privacy ("we do not comment on individual consular cases") only when the post goes on to offer something
		const after = text.slice(end, end + 120);
		// a bare "No comment" stays a refusal whatever reason comes with it ("No comment while the investigation is
		// ongoing."), unless the post goes on to say something
		// "won't be drawn into trading insults / an argument": a refusal of a row, not of comment
		if (
			/\bdrawn(?: into)?$/i.test(m[0]) &&
			/^\s*(?:into\s+)?(?:trading insults|name-calling|a (?:row|slanging match|shouting match|war of words|spat)|an (?:argument|exchange of insults)|arguments?|insults)\b/i.test(
				text.slice(end, end + 40)
			)
		)
			continue;
		// staying out of the host's politics is not evasion ("We will not comment on the political debate around it.")
		if (
			/^\s+(?:on|about|in|into)\s+(?:the |this |that |any |a )?(?:(?:political|party|party-political|domestic|electoral|partisan)\s+(?:debate|row|argument|dispute|questions?|campaign|fight|quarrel|controversy|discussion|point-scoring)|(?:domestic |party |internal )?politics)\b/i.test(
				after
			)
		)
			continue;
		const bare =
			/^no (?:further |more )?comments?$/i.test(m[0].trim()) &&
			!offersMore(text, sentenceStart, text.length);
		// a refusal scoped to a topic ("We don't comment on party campaigns; that is for voters.") followed by what
		// can be said ("What we can say: the document is a forgery…") is an answer
		const answered =
			/^\s+(?:on|about)\s/i.test(after) &&
			offersMore(text, sentenceStart, end) &&
			/\b(?:what we can|we can (?:confirm|say|tell)|here is what|here's what|the facts?(?: is| are)?:|what we know|on the record:|for the record:)/i.test(
				text.slice(end)
			);
		const reasoned =
			(QUALIFIED_AFTER.test(after) || QUALIFIED_BEFORE.test(text.slice(sentenceStart, m.index!))) &&
			(!PRIVACY.test(after) || offersMore(text, sentenceStart, end));
		if (!bare && (answered || reasoned)) continue;
		const substantive = d.c.facts.some(
			(f) =>
				!f.fact.confidential &&
				d.revealed.has(f.fact.id) &&
				f.kw.length > 0 &&
				d.pt.words.length > 12
		);
		out.push({
			id: 'no-comment',
			severity: substantive ? 'minor' : 'major',
			message: `“${d.pt.text.slice(m.index!, end)}” reads as evasion.`,
			explanation:
				'Silence or “no comment” leaves the space to rumour. Say what you know, what you do not know yet, and when you will update.',
			source: SOURCES.cercCredible,
			spans: [{ start: m.index!, end }]
		});
	}
	if (!out.length && !/https?:\/\/|\b[\w-]+\.(?:example|org|com|gov)\b/i.test(text))
		for (const m of allMatches(SOFT, text)) {
			const end = m.index! + m[0].length;
			// clean with substance beside it: a figure, a reason, a time or what will follow
			const rest = text.slice(0, m.index!) + ' ' + text.slice(end);
			if (
				/\d|\b(?:because|but|until|while|once|as soon as|update|we can (?:confirm|say)|here is|here's|what we can)\b/i.test(
					rest.replace(/@\w+/g, '')
				)
			)
				continue;
			out.push({
				id: 'no-comment',
				severity: 'major',
				message: `“${d.pt.text.slice(m.index!, end)}” reads as evasion.`,
				explanation:
					'A brush-off leaves the space to rumour. Say what you know, what you do not know yet, and when you will update.',
				source: SOURCES.cercCredible,
				spans: [{ start: m.index!, end }]
			});
			break;
		}
	return out;
};
