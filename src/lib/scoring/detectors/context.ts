/** What every faux-pas detector receives: the tokenised post, its tone, the compiled scenario and the moment. */
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import type { WordInfo } from '../text/word-info.ts';
import type { ToneDetail } from '../tone/analyse.ts';
import type { Finding, PostInput, ScoreContext, Span } from '../types.ts';
import type { ClaimAnalysis } from './claims.ts';
import { allMatches } from '../text/matches.ts';
import { caseSensitiveTwin, lowerForMatch } from '../text/case-fold.ts';

export interface DetectorInput {
	post: PostInput;
	ctx: ScoreContext;
	pt: PostText;
	tone: ToneDetail;
	c: CompiledScenario;
	/** A tragedy event has fired. */
	tragedy: boolean;
	revealed: Set<string>;
	claims: ClaimAnalysis;
}

export type Detector = (d: DetectorInput) => Finding[];

export const SOURCES = {
	cercEmpathy: 'CDC CERC: express empathy, show respect (CERC 2018)',
	cercRight: 'CDC CERC: be right — say what is known and not known (CERC 2018)',
	cercCredible:
		'CDC CERC: be credible (CERC 2018); CDC communication principles: accurate, respectful',
	debunk: 'Debunking Handbook 2020: lead with the fact; mention the myth once, flagged as false',
	resist:
		'UK GCS RESIST 2 (2021): decide whether to respond; do not amplify or engage trolls in kind',
	platform: 'Platform rules of the scenario (character limit, hashtags, mentions)',
	rubric: 'Scenario rubric (must_avoid)',
	protocol: 'Diplomatic protocol: names and titles (e.g. the 2017 @theresamay mis-tag)',
	privacy: 'Consular confidentiality and personal-data protection (e.g. 2009 Hoekstra leak)',
	tone: 'Seed lessons: informal tone and platform style in official accounts (e.g. 2018 Poirot tweet)',
	respect:
		'CDC CERC: show respect — do not blame victims or belittle people who are afraid (CERC 2018); research note C9',
	platitude:
		'CDC CERC: express empathy and promote action — empathy with no facts or actions is not a first message (CERC First Message in a Crisis, 2017)',
	neutrality:
		'Vienna Convention on Diplomatic Relations (1961) art. 41: a duty not to interfere in the internal affairs of the receiving state',
	civility:
		'CDC communication principles: respectful; impoliteness research (Culpeper 1996/2011): sarcasm and mock politeness as impoliteness',
	profanity:
		'Official-account conduct: profanity, slurs and insults (e.g. the 2013 hacked-account and 2018 Poirot cases; obscenity word list)'
} as const;

export interface Sentence {
	text: string;
	start: number;
	end: number;
}

/** The post's sentences (split after . ! ? … or at line breaks), memoised per post. */
export function sentencesOf(pt: PostText): Sentence[] {
	let hit = pt.memo.get(sentencesOf) as Sentence[] | undefined;
	if (hit) return hit;
	hit = [];
	const re =
		/(?:[^.!?…\n]|(?<=(?:^|[\s(])(?:[A-Z]|Mr|Ms|Mrs|Dr|St|No|Jr|Sr|vs|etc|e\.g|i\.e))\.|[.!?…](?![\s"”’')]|$))+(?:[.!?…]+["”’')]?|\n|$)/g;
	for (const m of allMatches(re, pt.text)) {
		const raw = m[0];
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		if (text) hit.push({ text, start: m.index! + lead, end: m.index! + lead + text.length });
	}
	pt.memo.set(sentencesOf, hit);
	return hit;
}

/** Index of the sentence (in sentencesOf) that contains character offset `at`. */
export function sentenceAt(pt: PostText, at: number): Sentence | undefined {
	for (const s of sentencesOf(pt)) if (at >= s.start && at < s.end) return s;
	return undefined;
}

/** A set of trigger words, registered so that a post finds every set its words trigger in one pass (the
 * trigger ids a word belongs to are kept in its shared record: text/word-info.ts). */
export interface WordSet {
	words: ReadonlySet<string>;
	/** Global trigger id. */
	id: number;
}

const TRIGGER_IDS = new Map<string, number[]>();
let triggerCount = 0;

function register(words: ReadonlySet<string>): number {
	const id = triggerCount++;
	for (const w of words) {
		const list = TRIGGER_IDS.get(w);
		if (list) list.push(id);
		else TRIGGER_IDS.set(w, [id]);
	}
	return id;
}

const NONE = new Int32Array(0);

/** Trigger ids of a word (cached in its record; refreshed when sets were registered since). */
function triggersOf(w: WordInfo): Int32Array {
	if (w.gatesVersion !== triggerCount) {
		const list = TRIGGER_IDS.get(w.word);
		w.gates = list ? Int32Array.from(list) : NONE;
		w.gatesVersion = triggerCount;
	}
	return w.gates!;
}

/** Which trigger sets the post's words hit (memoised per post). */
function triggered(pt: PostText): Uint8Array {
	let on = pt.memo.get(triggered) as Uint8Array | undefined;
	if (on && on.length === triggerCount) return on;
	on = new Uint8Array(triggerCount);
	for (const w of pt.info) {
		const ids = triggersOf(w);
		for (let k = 0; k < ids.length; k++) on[ids[k]] = 1;
	}
	pt.memo.set(triggered, on);
	return on;
}

/** True if the post has one of these lower-case words (a cheap filter before running patterns). */
export function hasAnyWord(pt: PostText, words: WordSet): boolean {
	return triggered(pt)[words.id] === 1;
}

/** Every match of a (global) regex in the post, as spans; overlapping matches are kept once. */
export function spansOf(re: RegExp, pt: PostText): Span[] {
	const out: Span[] = [];
	re.lastIndex = 0;
	// a case-insensitive Unicode pattern runs as its case-sensitive twin on the lower-cased text (same spans,
	// ../text/case-fold.ts)
	const twin = caseSensitiveTwin(re);
	const lower = twin && lowerForMatch(pt.text);
	const r = twin && lower !== null ? twin : re;
	const text = r === re ? pt.text : lower!;
	r.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = r.exec(text)) !== null) {
		if (m[0].length === 0) {
			r.lastIndex++;
			continue;
		}
		const span = { start: m.index, end: m.index + m[0].length };
		if (!out.some((x) => x.start < span.end && span.start < x.end)) out.push(span);
	}
	return out;
}

/** Words the patterns of a detector hinge on, from a space-separated list (registered once). */
export const wordSet = (s: string): WordSet => {
	const words = new Set(s.split(/\s+/).filter(Boolean));
	return { words, id: register(words) };
};

/** A pattern that runs only when the post has one of its trigger words (cheap lookups first). */
export interface Gate {
	words: WordSet | undefined;
	re: RegExp;
}

/** Gate a global regex by trigger words ('' = always run). */
export function gate(words: string, re: RegExp): Gate {
	return { words: words ? wordSet(words) : undefined, re };
}

/** Matches of every gated pattern whose trigger words occur in the post, with the index of its gate. */
export function gatedMatches(pt: PostText, gates: Gate[]): { span: Span; gate: number }[] {
	const out: { span: Span; gate: number }[] = [];
	const on = triggered(pt);
	for (let i = 0; i < gates.length; i++) {
		const g = gates[i];
		if (g.words && !on[g.words.id]) continue;
		for (const span of spansOf(g.re, pt)) out.push({ span, gate: i });
	}
	return out;
}

/** Spans of every gated pattern whose trigger words occur in the post (one pass over the post's words). */
export function gatedSpans(pt: PostText, gates: Gate[]): Span[] {
	const out: Span[] = [];
	const on = triggered(pt);
	for (let i = 0; i < gates.length; i++) {
		const g = gates[i];
		if (g.words && !on[g.words.id]) continue;
		for (const s of spansOf(g.re, pt))
			if (!out.some((x) => x.start < s.end && s.start < x.end)) out.push(s);
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The personas a post answers: the author of the event it replies to first, then those it @mentions (memoised per
 * post). Shared by the checks that read the person answered (wrong-name-persona, confidential-leak). */
export function answeredPersonas(d: DetectorInput): CompiledScenario['scenario']['personas'] {
	let hit = d.pt.memo.get(answeredPersonas) as CompiledScenario['scenario']['personas'] | undefined;
	if (hit) return hit;
	const from = d.post.replyTo ? d.c.events.get(d.post.replyTo)?.from : undefined;
	const mentions = new Set(
		d.pt.tokens.filter((t) => t.kind === 'mention').map((t) => t.lower.replace(/^@/, ''))
	);
	hit = d.c.scenario.personas
		.filter(
			(p) =>
				p.id === from ||
				(p.handle !== undefined && mentions.has(p.handle.replace(/^@/, '').toLowerCase()))
		)
		.sort((a, b) => Number(b.id === from) - Number(a.id === from));
	d.pt.memo.set(answeredPersonas, hit);
	return hit;
}

/** A major factual-error finding with CERC's "be right" as its source (the fact-*.ts checks share it). */
export function factFinding(message: string, explanation: string, spans: Span[]): Finding {
	return {
		id: 'factual-error',
		severity: 'major',
		message,
		explanation,
		source: SOURCES.cercRight,
		spans
	};
}
