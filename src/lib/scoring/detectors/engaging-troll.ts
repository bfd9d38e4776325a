/**
 * engaging-troll: replying to a troll post (event troll: true, or a persona of kind troll) in a hostile or
 * sarcastic register. A calm, factual reply is allowed (RESIST 2: respond with facts or ignore); a reply that is
 * neither hostile nor factual is a minor note (it amplifies the troll for nothing).
 */
import { findAny } from '../text/phrase.ts';
import { amplifiedInText, SHARED_HANDLE } from './amplified-in-text.ts';
import type { Finding } from '../types.ts';
import { SOURCES, type Detector, type DetectorInput } from './context.ts';

/** Arguing with the troll itself rather than stating the fact for the audience: "You are welcome to your
 * theories", "check the facts before posting again", "do your research". */
const ARGUES =
	/\byou(?:'re| are) (?:welcome|entitled|free) to (?:your|have your) (?:theories|opinions?|views?|fantasies|conspiracy theories)\b|\b(?:check|verify) (?:the|your) facts before (?:you )?(?:post|posting|tweet|tweeting|writing)\b|\bbefore (?:you )?(?:post|posting|tweet|tweeting) (?:again|next time)\b|\bdo (?:your|some) (?:own )?research\b/i;

/** The post answers a troll: a reply to a troll's post, or a post that @mentions a troll. */
function answersTroll(d: DetectorInput): boolean {
	const target = d.post.replyTo ? d.c.events.get(d.post.replyTo) : undefined;
	const { trollIds, trollHandles } = d.c.derived;
	return (
		!!target?.troll ||
		(target?.from !== undefined && trollIds.has(target.from)) ||
		d.pt.tokens.some((t) => t.kind === 'mention' && trollHandles.includes(t.lower))
	);
}

/** Conduct that, aimed at a troll, is answering it in kind. */
const IN_KIND = new Set(['sarcasm', 'belittling', 'profanity']);

/** A reply to a troll that another detector found sarcastic, belittling or profane answers it in kind, whatever
 * the tone analyser made of it ("Do try to keep up."): engaging-troll (major) is added, or a minor one ("replies
 * without adding facts") raised to major, after the detectors have run. */
export function trollInKind(d: DetectorInput, findings: Finding[]): void {
	const at = findings.findIndex((f) => f.id === 'engaging-troll');
	if (at >= 0 && findings[at].severity !== 'minor') return;
	const kind = findings.filter((f) => IN_KIND.has(f.id));
	if (!kind.length || !answersTroll(d)) return;
	const f: Finding = {
		id: 'engaging-troll',
		severity: 'major',
		message: `Replies to a troll in kind (${kind.map((f) => f.id).join(', ')}).`,
		explanation:
			'Answering a troll in its own register amplifies it and hands it a screenshot. Correct with facts, or ignore.',
		source: SOURCES.resist,
		spans: kind.flatMap((f) => f.spans)
	};
	if (at >= 0) findings[at] = f;
	else findings.push(f);
}

export const engagingTroll: Detector = (d) => {
	const { post, c, tone } = d;
	const target = post.replyTo ? c.events.get(post.replyTo) : undefined;
	const { trollHandles } = c.derived;
	if (!answersTroll(d)) return [];
	// naming the troll's post to pass it on ("Quoting @x's clip…") is amplification (./amplified-unverified.ts),
	// not a reply to it
	if (!target) {
		const m = SHARED_HANDLE.exec(d.pt.text);
		if (m && trollHandles.includes(m[1].toLowerCase())) return [];
	}
	// (the crisis's own words, "crush", "attack", are no hostility towards the troll)
	const words = c.derived.scenarioWords.publicFacts;
	const own = tone.hits.filter((h) => h.dim === 'hostility');
	const hostile =
		(tone.tone.hostility >= 0.3 &&
			(own.length === 0 ||
				own.some((h) => !words.has(d.pt.text.slice(h.span.start, h.span.end).toLowerCase())))) ||
		tone.hits.some((h) => h.dim === 'sarcasm' && h.weight >= 0.6) ||
		ARGUES.test(d.pt.text);
	const factual =
		d.claims.some((t) => t.factSpans.length > 0) ||
		// what we have done to put it right is a fact for the audience ("We've apologised to our hosts for this
		// morning's error")
		/\b(?:we(?:'ve| have)|the (?:ministry|embassy|consulate) has) (?:already )?(?:apologi[sz]ed|corrected|deleted|removed|withdrawn|fixed|replaced)\b/i.test(
			d.pt.text
		) ||
		// (a time, a phone number or a link is information for the audience: "answering questions here until 19:00")
		/\b\d{1,2}[:.]\d{2}\b|\+?\d[\d ]{6,}\d|https?:\/\/|\bwww\.|\.example\b/.test(d.pt.text) ||
		c.facts.some(
			(f) => d.revealed.has(f.fact.id) && !f.fact.confidential && findAny(d.pt, f.kw).length > 0
		);
	if (!hostile && factual) return [];
	// a calm post that passes the troll's post on (a link, a quotation) is amplification, reported as such
	if (
		!hostile &&
		!d.post.amplifies &&
		amplifiedInText(c.scenario, d.pt.text)?.item.source === 'troll'
	)
		return [];
	const spans = tone.hits
		.filter((h) => h.dim === 'hostility' || h.dim === 'sarcasm')
		.map((h) => h.span);
	const argues = ARGUES.exec(d.pt.text);
	if (argues) spans.push({ start: argues.index, end: argues.index + argues[0].length });
	const f: Finding = {
		id: 'engaging-troll',
		severity: hostile ? 'major' : 'minor',
		message: hostile
			? 'Replies to a troll in kind (hostile or sarcastic).'
			: 'Replies to a troll without adding facts.',
		explanation: hostile
			? 'Answering a troll in its own register amplifies it and hands it a screenshot. Correct with facts, or ignore.'
			: 'Replying to a low-reach troll spreads it further; answer only with facts that help your audience.',
		source: SOURCES.resist,
		spans
	};
	return [f];
};
