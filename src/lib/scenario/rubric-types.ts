/** The assessment part of a compiled scenario: tone targets, timing windows, key messages, must-avoid rules,
 * doctrine checks and weights (docs/scoring.md), and the embedded tests. Re-exported by types.ts. */
import type { Seconds } from './types.ts';

export type Level = 'none' | 'low' | 'medium' | 'high';

export interface ToneTarget {
	/** Applies from this time (default 0) until the next phase. */
	from: Seconds;
	valence?: Level | 'negative' | 'neutral' | 'positive';
	empathy?: Level;
	politeness?: Level;
	formality?: Level;
	hostility?: Level;
	certainty?: Level;
}

export interface TimingRule {
	objective: string;
	/** Event id the clock starts from. */
	from: string;
	ideal: Seconds;
	acceptable: Seconds;
	late: Seconds;
	/** A post counts for this rule if it mentions one of these (empty: any public post). */
	relevant: string[];
}

export interface KeyMessage {
	id: string;
	objective?: string;
	/** At least one of these phrases (stemmed match). */
	any: string[];
	/** Every one of these phrases. */
	all: string[];
	/** Author-listed synonyms: phrase → alternatives. */
	synonyms: Record<string, string[]>;
	/** Only required once this event has fired. */
	after?: string;
	/** Short description shown in the debrief. */
	label: string;
}

export type AvoidRule =
	| { kind: 'repeat_claim'; claim: string; objective?: string }
	| { kind: 'phrase'; phrases: string[]; objective?: string; why?: string }
	| { kind: 'emoji_in_tragedy'; objective?: string }
	| { kind: 'humour_in_tragedy'; objective?: string }
	| { kind: 'confidential'; objective?: string }
	| { kind: 'blame_before'; fact: string; objective?: string };

export interface Weights {
	timing: number;
	tone: number;
	keyMessages: number;
	fauxPas: number;
	platform: number;
	doctrine: number;
}

export type DoctrineCheckKind = 'first-statement' | 'correction' | 'respond-or-ignore' | 'answer';

/** Where a doctrine check applies (docs/scoring.md#doctrine). Written by the author under
 * `rubric.doctrine`, or derived from the events when that list is absent. */
export interface DoctrineCheck {
	/** Stable id, e.g. "first-statement", "correction:turned-away", "answer:journalist-question". */
	id: string;
	kind: DoctrineCheckKind;
	objective?: string;
	/** first-statement: the crisis event it answers; answer: the question event. */
	from?: string;
	/** correction, respond-or-ignore: the claim. */
	claim?: string;
	/** respond-or-ignore: the troll persona. */
	persona?: string;
	/** Doctrine items that do not apply here. */
	skip: string[];
	/** True when the author wrote it; false when derived. */
	explicit: boolean;
}

export interface Rubric {
	timing: TimingRule[];
	mustInclude: KeyMessage[];
	mustAvoid: AvoidRule[];
	tone: ToneTarget[];
	doctrine: DoctrineCheck[];
	weights: Weights;
}

export interface TestPost {
	at: Seconds;
	text: string;
	/** Event id whose feed item this replies to. */
	replyTo?: string;
}

/** Bound expression such as ">= 0.8" or "< 0.5" compiled. */
export interface Bound {
	op: '>=' | '>' | '<=' | '<' | '==';
	value: number;
	text: string;
}

export interface ScenarioTest {
	name: string;
	posts: TestPost[];
	/** criterion id ('overall', 'timing', 'tone', 'key-messages', 'faux-pas', 'platform', or an objective id) → bound */
	expect: Record<string, Bound>;
	/** Finding ids that must / must not be raised. */
	findings: { includes: string[]; excludes: string[] };
	line: number;
}
