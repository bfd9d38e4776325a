/**
 * premature-blame: attributing the incident to anyone — a state, a service, a group, "we know who is behind
 * it" — or stating its cause, before the scenario has established the cause publicly (a fact that
 * `establishes_cause`, or the rubric's `blame_before` fact, not yet revealed; a cause told to the trainee in
 * confidence and said in its own words is confidential-leak's finding, not this one). Fires on attribution language ("was staged by…", "…is behind this", "the work of…",
 * "points to a state-sponsored group", "authorities ordered…", "an influence campaign"), on culprit words
 * (fault, sabotage, negligence…) and on causal words next to the pending fact's keywords. Denied, hedged or
 * refused attribution ("we are not blaming anyone", "we do not yet know who", "we will not speculate") is not
 * blame. Blame by insinuation counts in any scenario: claiming to know an unnamed culprit ("we know who they
 * are", "it is not hard to guess who gains"), or casting unnamed people as wreckers ("those who want to wreck
 * relations").
 */
import { inReportedQuestion } from './asked.ts';
import type { CompiledScenario } from '../compiled.ts';
import { findAny } from '../text/phrase.ts';
import { postText, type PostText } from '../text/post-text.ts';
import type { Finding, Span } from '../types.ts';
import {
	gatedSpans,
	sentenceAt,
	sentencesOf,
	SOURCES,
	type Detector,
	type Sentence
} from './context.ts';
import { allMatches } from '../text/matches.ts';
import { FAULT_OURS, faultBlame } from './blame-fault.ts';
import { HEDGE, hedgedAt, insinuation } from './blame-insinuation.ts';

import { WEAK_RE, STRONG_RE, INCIDENT, AGENT, AGENT_SET, ATTRIBUTION } from './blame-vocab.ts';

/** Words right before a pending cause's keyword that state it as what happened. */
const CAUSE_NAMED =
	/(?:\b(?:it|this|that)(?: [\p{L}-]+)? (?:was|is|'s) (?:(?:just|simply|only|clearly|obviously|plainly) )?(?:a |an |the )?(?:simple |clear |classic |typical |straightforward |basic |plain )?|\b(?:through|via|by means of|using|with) (?:a |an |the )?(?:[\p{L}-]+ )?)$/iu;
const CAUSAL =
	/\b(?:because(?: of)?|due to|caused by|the cause (?:was|is)|result of|owing to|was closed (?:for|to)|since)\b/gi;
/** Accusing these is accusing a state. */
const STATE_ACTOR =
	/\b(?:intelligence(?: services?| agency| agencies)?|secret services?|security services?|spy agenc(?:y|ies)|government|regime|state[- ](?:backed|sponsored|run)|ministry|military|army|foreign (?:state|power|government))\b/i;

/** Foreign or hostile actors: accusing them needs evidence even when the incident's own cause is known. */
const FOREIGN =
	/\b(?:in|from|out of|based in) (?:a |an )?(?:third|another|foreign) countr(?:y|ies)\b|\b(?:from|out of|based) (?:abroad|overseas)\b|\bforeign-(?:paid|funded|backed|sponsored|trained|controlled|financed)\b|\b(?:foreign|hostile|enemy|neighbou?ring|rival) (?:[\p{L}-]+ )?(?:state|states|power|powers|capital|country|countries|government|service|services|agents?|actors?|hackers?|intelligence|(?:troll |bot )?farms?|networks?|trolls|bots)\b|\b(?:provocateurs|operatives|spies|adversar(?:y|ies)|enemies|rivals|proxies|paymasters|agents (?:of|working|acting))\b|\b(?:troll|bot) farms? (?:outside|beyond) (?:\p{Lu}[\p{L}-]+|the country|our borders|its borders)\b/iu;
/** Agents named by a demonym ("Vestran agents", "Castavian hackers"): a foreign or named state's people. */
const DEMONYM_AGENT =
	/\b\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)\s+(?:agents?|spies|operatives|hackers?|intelligence|secret services?|security services?|provocateurs|agitators|mercenaries|proxies|special forces|military|army|government|state media)\b/u;
/** "Run from abroad" names a foreign author by itself, whatever the sentence calls the incident. */
const FROM_ABROAD = /\bfrom (?:abroad|overseas|outside the country|another country)\b/i;
/** An attribution by tracing or linking is one whatever verb follows its actor ("traced to a farm run from…"). */
const TRACED =
	/\b(?:trac(?:e|es|ed|ing)|linked to|tied to|the work of|(?:appears?|seems?|looks?) to (?:come|originate) (?:straight |directly )?(?:from|out of)|coming (?:straight |directly )?(?:from|out of)|comes? (?:straight |directly )?(?:from|out of)|came (?:straight |directly )?(?:from|out of)|originat\w*|points? (?:clearly |directly |squarely )?to)\b/i;
/** A fact that itself attributes the incident. */
const ATTRIBUTED = /\b(?:attribut\w*|carried out by|responsible for|behind the|was the work of)\b/i;

/** Saying that an unknown party got in is a fact, not an attribution ("taken over by someone outside the
 * embassy"). */
const VAGUE_INTRUDER =
	/\b(?:taken over|took over|seized|commandeered|hijacked|breached|infiltrated|hacked|accessed|compromised)\b[^.!?]{0,20}\bby (?:someone|somebody|a person|a third party|an unknown (?:party|person|actor)|people|persons unknown|an outsider|outsiders)\b/i;

/** Self-attribution is not blame ("our staff closed the side gate for a safety check" is a cause, see CAUSAL). */
const FIRST_PERSON_AGENT =
	/\bby (?:us|our(?!\s+(?:adversar\w*|enem\w*|rivals?|opponents?|detractors|critics))|ourselves|the embassy|the consulate|the ministry)\b/i;

/** The sentence text contains the words of a pending fact as the post writes them. */
function incidentWords(pt: PostText, pending: CompiledScenario['facts'], text: string): boolean {
	return pending.some((f) =>
		findAny(pt, f.kw).some(
			(h) =>
				pt.text.slice(h.span.start, h.span.end) &&
				text.includes(pt.text.slice(h.span.start, h.span.end))
		)
	);
}

/** A word that names an agent (the attribution patterns' list), as a whole word. */
const AGENT_RE = new RegExp(`^${AGENT}$`, 'iu');

const TAG_QUESTION =
	/,\s*(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|couldn't|haven't|hasn't)\s+(?:they|it|he|she|we|you|there)\?\s*$/i;

/** What follows a question denies it or leaves it to the facts: "No.", "Nice try.", "Nobody knows yet", "We will not
 * guess", "The cause is not yet known", "we are asking the authorities". */
const ANSWERED_NO =
	/^\s*(?:@\w+\s+)*(?:no\b|not\b|nope\b|false\b|untrue\b|wrong\b|nonsense\b|nice try\b|cute theory\b|sorry to disappoint\b|of course not\b|absolutely not\b|nobody\b|no one\b|we (?:do not|don't|will not|won't) (?:know|guess|speculate)\b|(?:that|this|it)(?:'s| is) (?:not|false|untrue|nonsense)\b|(?:the cause|it) is (?:not yet|not) (?:known|established|clear)\b|[^.!?]{0,40}\b(?:not (?:yet )?(?:known|established|clear)|too early to say|no evidence)\b|(?:[^.!?]{0,60}\b)?(?:are|we're|am|have) (?:asking|asked|checking|checked with|looking into|seeking)\b[^.!?]{0,60}\b(?:authorities|police|investigators|ministry|officials)\b|(?:it|this|that) (?:was|is|'s) (?:just |simply |only )?(?:a|an)\b)/i;
const answeredNo = (after: string) => ANSWERED_NO.test(after);

/** A question that asserts: a negative or "who else" question ("Isn't it obvious who did this?"). */
const RHETORICAL =
	/^(?:@\w+\s+)*(?:(?:is|was|are|were|does|do|did|has|have|can|could|would|will)n't\b|(?:who|why|what|where) else\b|(?:is|was) it (?:really )?(?:a )?coincidence\b|how (?:else|convenient)\b)/i;

/** Someone else's words quoted after a verb of saying ("@x calls it a 'convenient hack' and an 'inside job by
 * Meridian intelligence'", "the troll says 'Pradonia did it'"): with them blanked the post may attribute nothing. */
const SAYING =
	/\b(?:calls?|called|says?|said|claims?|claimed|writes?|wrote|asks?|asked|accuses? us of|tweets?|posted|insists?)\b/i;
const QUOTED = /(?<=^|[\s(])(['‘"“])(?=\S)[^'’"”\n]{2,120}?['’"”](?![\p{L}\p{N}])/gu;
function withoutReportedQuotes(d: Parameters<Detector>[0]): Parameters<Detector>[0] {
	if (!/['‘"“]/.test(d.pt.text) || !SAYING.test(d.pt.text)) return d;
	let text = d.pt.text;
	for (const s of sentencesOf(d.pt)) {
		const verb = SAYING.exec(s.text);
		if (!verb) continue;
		for (const m of s.text.matchAll(QUOTED)) {
			if (m.index < verb.index) continue;
			const a = s.start + m.index;
			text = text.slice(0, a) + ' '.repeat(m[0].length) + text.slice(a + m[0].length);
		}
	}
	return text === d.pt.text ? d : { ...d, pt: postText(text) };
}

/** The findings, unless they stand only on words quoted from others (then none). */
export const prematureBlame: Detector = (d) => {
	const found = blame(d);
	if (!found.length) return found;
	const blanked = withoutReportedQuotes(d);
	return blanked === d || blame(blanked).length ? found : [];
};

const blame: Detector = (d) => {
	const hinted = insinuation(d);
	const pending = d.c.facts.filter(
		(f) =>
			(f.fact.establishesCause || d.c.blameBefore.includes(f.fact.id)) && !d.revealed.has(f.fact.id)
	);
	let fault: Finding[] = [];
	if (pending.length) {
		const spans = faultBlame(d);
		if (spans.length)
			fault = [
				{
					id: 'premature-blame',
					severity: 'major',
					message: `States the cause or who was at fault before it is established: ${spans.map((s) => `“${d.pt.text.slice(s.start, s.end)}”`).join(', ')}`,
					explanation:
						'Early verdicts on an accident are often wrong and are remembered. Say what is known, that the investigation will establish the cause, and when you will say more.',
					source: SOURCES.cercRight,
					spans
				}
			];
	}
	// (an accusation of a state found below is critical and wins over the insinuation and the fault finding)
	const attributed = attribution(d, pending);
	if (attributed.some((f) => f.severity === 'critical')) return attributed;
	if (hinted.length) return hinted;
	return fault.length ? fault : attributed;
};

/** A sentence that names a claim as a rumour, a story or false. */
const MYTH_NAMED =
	/\b(?:rumou?rs?|story|stories|claims?|myths?|fake|false|untrue|nonsense|as if|conspirac(?:y|ies)|theor(?:y|ies|ists))\b/i;

/** The words of an attribution are those of a public fact already revealed. */
function knownLink(d: Parameters<Detector>[0], m: string): boolean {
	const w = m.toLowerCase();
	return d.c.derived.publicFacts.some(
		(f) => d.revealed.has(f.fact.id) && f.fact.text.toLowerCase().includes(w)
	);
}

function attribution(d: Parameters<Detector>[0], pending: CompiledScenario['facts']): Finding[] {
	// With no cause left pending (none named, or already public), accusing a state or a foreign actor is still
	// premature unless a public fact makes that attribution.
	const stateOnly = pending.length === 0;
	if (
		stateOnly &&
		!FOREIGN.test(d.pt.text) &&
		!STATE_ACTOR.test(d.pt.text) &&
		!DEMONYM_AGENT.test(d.pt.text)
	)
		return [];
	if (
		stateOnly &&
		d.c.facts.some(
			(f) => d.revealed.has(f.fact.id) && !f.fact.confidential && ATTRIBUTED.test(f.fact.text)
		)
	)
		return [];
	// the trainee has been told the cause in confidence: saying it in the fact's words is a leak
	// (confidential-leak's finding), not a premature verdict; naming more than the fact does still is one
	const toldHits: Span[] = [];
	for (const f of d.c.facts)
		if (f.fact.confidential && f.fact.establishesCause && d.revealed.has(f.fact.id))
			for (const h of findAny(d.pt, f.kw)) toldHits.push(h.span);
	const out: Finding[] = [];
	// a state, its government or services, or a country the scenario names: a public accusation of a state
	// without evidence is a diplomatic incident (Madrid 2004, the 2016 Pakistani nuclear tweet)
	const names = d.c.derived.countryPatterns;
	const bySentence = new Map<Sentence, Span[]>();
	for (const span of gatedSpans(d.pt, ATTRIBUTION)) {
		const s = sentenceAt(d.pt, span.start);
		if (!s || hedgedAt(s.text, span.start - s.start)) continue;
		// (a rhetorical tag question mocks the cause, it does not assert it: "because police chiefs always get these
		// things right on the first night, don't they?")
		if (TAG_QUESTION.test(s.text)) continue;
		if (
			toldHits.some((h) => h.start >= s.start && h.end <= s.end) &&
			!names.some((n) => n.test(s.text)) &&
			!DEMONYM_AGENT.test(s.text)
		)
			continue;
		// the charge asked back and denied ("An inside job by Meridian intelligence? Nobody here claimed that.")
		if (
			/\?\s*$/.test(s.text) &&
			/^\s*(?:no\b|nobody|no one|not\b|never\b|that(?: story| claim| rumou?r| idea)?(?:'s| is| was) (?:false|not|untrue|nonsense)|we (?:have|did|do)(?: not|n't)|we never)/i.test(
				d.pt.text.slice(s.end, s.end + 40)
			)
		)
			continue;
		const m = d.pt.text.slice(span.start, span.end);
		if (FIRST_PERSON_AGENT.test(m) || VAGUE_INTRUDER.test(m)) continue;
		// (a case-insensitive pattern reads "a name" in any word: "support linked to the election" names no one)
		const last = /[\p{L}-]+$/u.exec(m)?.[0];
		if (/\b(?:linked|tied) to\b/i.test(m) && last && /^\p{Ll}/u.test(last) && !AGENT_RE.test(last))
			continue;
		// what a known public fact says in the same words is no attribution ("salmonella linked to Lumina Start"
		// when the facts say so)
		if (m.length >= 10 && knownLink(d, m)) continue;
		// the false claim's own word, in a sentence that calls it a rumour or a story ("The sabotage story is fake
		// news"): repeating the myth is myth-repetition's finding
		if (
			MYTH_NAMED.test(s.text) &&
			d.c.scenario.claims.some((c) => !c.truth && c.text.toLowerCase().includes(m.toLowerCase()))
		)
			continue;
		// "questions about who is behind the video": an embedded question names no one
		if (
			/^(?:is|was|are|were) behind\b/i.test(m) &&
			/\bwho\s+$/i.test(d.pt.text.slice(span.start - 5, span.start))
		)
			continue;
		// our own account or system as the source is no culprit ("The post came from our compromised account")
		if (/\bfrom\s+(?:our|my)\b/i.test(m)) continue;
		// "…by X", "…came from X", "…points to X": X must be an agent word or a proper name (the patterns run
		// case-insensitively, so a capital is checked here)
		if (
			/\b(?:by|of|to|from|in)\s+(?:\S+\s+)*\S+$/i.test(m) &&
			!/\b(?:behind|who|which)\b/i.test(m)
		) {
			// (any word after the last preposition: merged spans can end in a verb, "…to a troll farm run")
			const tail = m
				.split(/\b(?:by|of|to|from|in)\s+/i)
				.pop()!
				.split(/\s+/);
			if (
				!tail.some(
					(w) =>
						AGENT_SET.has(w.toLowerCase()) ||
						/^\p{Lu}/u.test(w) ||
						/^(?:abroad|overseas|foreign|hostile|enemy|state-(?:backed|sponsored|run))$/i.test(w)
				)
			)
				continue;
		}
		if (
			WEAK_RE.test(m) &&
			!STRONG_RE.test(m) &&
			!TRACED.test(m) &&
			!FROM_ABROAD.test(m) &&
			!/\b(?:troll|bot) farms?\b/i.test(m) &&
			!INCIDENT.test(s.text) &&
			!incidentWords(d.pt, pending, s.text)
		)
			continue;
		const before = d.pt.text.slice(Math.max(s.start, span.start - 22), span.start);
		// "whoever is behind it", "wherever it comes from": no one named
		if (/\b(?:whoever|whatever|wherever|whichever(?: \p{L}+)?)\s*$/iu.test(before)) continue;
		if (/\b(?:not|no|never|n't|nobody's|no one's)\s*(?:\w+\s*){0,2}$/i.test(before)) continue;
		const list = bySentence.get(s);
		if (list) list.push(span);
		else bySentence.set(s, [span]);
	}
	const sentences = sentencesOf(d.pt);
	// where the pending facts' keywords are (a sentence without one states no cause of them)
	let pendingHits: Span[] | undefined;
	for (const s of sentences) {
		// a question answered with a denial asks, it does not assert ("Is it true Pradonia sabotaged the bridge? No.", the
		// troll's "An inside job by Meridian intelligence?" echoed before "Nice try.") — unless it is rhetorical ("Who
		// else gains from it?") or left open ("…by a foreign service? We cannot rule anything out.")
		if (/\?\s*$/.test(s.text) && !RHETORICAL.test(s.text) && answeredNo(d.pt.text.slice(s.end)))
			continue;
		let spans = bySentence.get(s) ?? [];
		if (
			stateOnly &&
			(spans.length === 0 ||
				!(
					FOREIGN.test(s.text) ||
					STATE_ACTOR.test(s.text) ||
					DEMONYM_AGENT.test(s.text) ||
					names.some((n) => n.test(s.text))
				))
		)
			continue;
		if (spans.length === 0) {
			if (pendingHits === undefined) {
				pendingHits = [];
				for (const f of pending) for (const h of findAny(d.pt, f.kw)) pendingHits.push(h.span);
			}
			const inside = pendingHits.filter((h) => h.start >= s.start && h.end <= s.end);
			if (!inside.length) continue;
			if (HEDGE.test(s.text)) continue;
			CAUSAL.lastIndex = 0;
			if (CAUSAL.test(s.text))
				spans = allMatches(CAUSAL, s.text).map((m) => ({
					start: s.start + m.index!,
					end: s.start + m.index! + m[0].length
				}));
			else {
				// the pending cause named as what it was ("It was a simple phishing attack", "taken over through a
				// phished password")
				const named = inside.filter((h) =>
					CAUSE_NAMED.test(d.pt.text.slice(Math.max(s.start, h.start - 40), h.start))
				);
				if (!named.length || /\?\s*$/.test(s.text)) continue;
				spans = named;
			}
		}
		// our own fault owned is an apology ("The fault is the ministry's, and we have apologised.")
		if (FAULT_OURS.test(s.text)) continue;
		// the asker's words reported ("@inesmarr asks whether we blame Meridian intelligence.")
		spans = spans.filter((x) => !inReportedQuestion(d.pt, x.start));
		if (!spans.length) continue;
		const accusesState = STATE_ACTOR.test(s.text) || names.some((n) => n.test(s.text));
		out.push({
			id: 'premature-blame',
			severity: accusesState ? 'critical' : 'major',
			message: `Attributes a cause or blame before it is established: “${s.text.slice(0, 90)}”`,
			explanation:
				'Early attributions are often wrong and are remembered (Madrid 2004, MH17). Say what is known, that the cause is being established, and when you will say more.',
			source: SOURCES.cercRight,
			spans
		});
	}
	return out;
}
