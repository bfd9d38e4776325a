/**
 * The compiled scenario: what `compileScenario()` returns once a YAML file has no errors.
 * Every time is scenario time in whole SECONDS from the start of the exercise.
 * Every reference (persona, claim, fact, audience, objective, event) has been checked and resolved to an id
 * that exists. The YAML shape trainers write is documented in docs/scenario-format.md; this is the shape the
 * engine, scoring and the UI consume.
 */

export const SCENARIO_FORMAT = 'ddsim/scenario@1';

/** Seconds of scenario time. */
export type Seconds = number;

export type Difficulty = 'introductory' | 'intermediate' | 'advanced';

export interface Objective {
	id: string;
	text: string;
}

export type PlatformKind = 'microblog' | 'video' | 'forum' | 'news' | 'messaging' | 'internal';

export interface Platform {
	id: string;
	kind: PlatformKind;
	/** Shown in the UI, e.g. "Chirp (microblog)". Never a real brand name. */
	label: string;
	/** Maximum characters per post; undefined = no limit. */
	charLimit?: number;
	/** House style: more hashtags than this is a platform-rule finding. */
	maxHashtags?: number;
	/** More @mentions than this is a platform-rule finding. */
	maxMentions?: number;
	/** True when posts are visible to the public (microblog, video); false for dm/internal. */
	public: boolean;
}

export interface TraineeAccount {
	platform: string; // platform id
	handle: string; // "@EmbassyArcadia"
	displayName: string;
	followers: number;
	/** Verified / official account badge. */
	verified: boolean;
}

export interface Trainee {
	role: string;
	/** The government the trainee speaks for, e.g. "Republic of Arcadia". */
	government: string;
	account: TraineeAccount;
	/** Text of the briefing shown before the clock starts (situation, not the answers). */
	briefing: string;
}

/** A protected name: a leader, official, country, city or organisation the trainee must get right. */
export interface ProperName {
	id: string;
	kind: 'person' | 'country' | 'place' | 'organisation';
	/** The correct form, e.g. "Foreign Minister Ilse Varga". */
	name: string;
	/** Correct title if any, e.g. "Foreign Minister". */
	title?: string;
	/** Other correct forms ("Minister Varga", "FM Varga"). */
	aliases: string[];
	/** Known wrong forms that must be flagged (a rival country, the old title, a common misspelling, a wrong flag). */
	wrong: string[];
	/** Correct demonyms and adjectives ("Veyranian", "Veyranians"): the author's list, or for a country the
	 * defaults derived from its name (./demonyms.ts). Possessives ("Veyrania's") are always accepted. */
	demonyms?: string[];
	/** The flag emoji that stands for this country in the exercise ("🇻🇪"); another flag next to its name is a
	 * wrong-name finding. */
	flag?: string;
}

export interface Fact {
	id: string;
	text: string;
	/** When the trainee can know it (an inject reveals it); 0 = known from the start. */
	knownFrom: Seconds;
	/** Not for public release: mentioning it publicly is a `confidential-leak`. */
	confidential: boolean;
	/** Words/phrases that show a post states this fact (used by key-message and leak detection). */
	keywords: string[];
	/** Numbers that belong to this fact (e.g. 140 sheltered); a different number near the keywords is a `factual-error`. */
	numbers: number[];
	/** True if this fact establishes a cause or culprit; blame before `knownFrom` is `premature-blame`. */
	establishesCause: boolean;
}

export type ClaimKind = 'misinformation' | 'disinformation' | 'true';

/** RESIST 2 stakes of a claim or a troll: how far it reaches, how much harm it does unanswered. */
export type Stakes = 'low' | 'medium' | 'high';
export type Actor = 'individual' | 'coordinated' | 'state-linked' | 'media' | 'unknown';

export interface Claim {
	id: string;
	text: string;
	truth: boolean;
	/** false + good faith = misinformation; false + deliberate/coordinated = disinformation. */
	kind: ClaimKind;
	/** Phrases that identify the claim in text (for myth-repetition and correction detection). */
	keywords: string[];
	/** Hashtag that trends with it, e.g. "#ConsulateShame". */
	hashtag?: string;
	/** Facts that refute it; a correction should state one of them. */
	refutedBy: string[];
	/** 0..1 how catchy it is; scales the spread rate. Default 0.5. */
	virality: number;
	/** How far it reaches (default: high with a coordinated boost or virality ≥ 0.6, else medium). */
	reach: Stakes;
	/** Harm if left unanswered (default medium). */
	harm: Stakes;
	/** Who is behind it (default: coordinated when a coordinated audience boosts it, else unknown). */
	actor: Actor;
}

export type PersonaKind =
	| 'official'
	| 'journalist'
	| 'news'
	| 'citizen'
	| 'troll'
	| 'bot-network'
	| 'colleague'
	| 'organisation';

export interface Persona {
	id: string;
	name: string;
	handle?: string;
	kind: PersonaKind;
	/** The audience this persona belongs to (drives which public reacts to them). */
	audience?: string;
	title?: string;
	/** RESIST 2 stakes (default: low/low for trolls and bot networks, medium/medium otherwise). */
	reach: Stakes;
	harm: Stakes;
}

export interface Audience {
	id: string;
	label: string;
	/** Number of accounts (not people). */
	size: number;
	/** -1 hostile … +1 supportive toward the trainee's government. */
	stance: number;
	/** 0..1 how readily it adopts false claims. */
	susceptibility: number;
	kind: 'organic' | 'coordinated';
	/** 0..1 initial trust in the trainee's account. Default 0.5. */
	trust: number;
}

export type Channel = 'feed' | 'news' | 'dm' | 'internal';

export interface Boost {
	/** Coordinated audience that amplifies (usually kind: coordinated). */
	audience: string;
	at: Seconds;
	/** Multiplier of the seeding push, 1 = ordinary; 8 = a sharp bot spike. */
	strength: number;
	/** How long the boost lasts (default 20 min). */
	duration: Seconds;
}

export interface Spread {
	claim: string;
	/** Initial push: fraction-scaled seeding strength (default 1). */
	strength: number;
	/** Audiences it is seeded into (default: all organic audiences). */
	audiences: string[];
	boosts: Boost[];
}

/** Condition language (docs/scenario-format.md#conditions). Parsed from strings such as
 * `not posted_since(00:35) and not corrected(turned-away)`. */
export type Condition =
	| { op: 'and' | 'or'; args: Condition[] }
	| { op: 'not'; arg: Condition }
	| { op: 'const'; value: boolean }
	/** the trainee published any public post in [from, now] (from defaults to 0) */
	| { op: 'posted'; since?: Seconds }
	/** a public post mentions one of these words/phrases */
	| { op: 'mentioned'; phrases: string[] }
	/** a public post was scored as a correction of this claim */
	| { op: 'corrected'; claim: string }
	/** a public post repeated this claim (myth-repetition) */
	| { op: 'repeated'; claim: string }
	/** a finding with this id was raised (any id if undefined) */
	| { op: 'faux_pas'; id?: string }
	/** the trainee replied to the feed item created by this event */
	| { op: 'replied'; event: string }
	/** this event has fired */
	| { op: 'fired'; event: string }
	/** a post of the trainee was deleted (one with this finding, if given) */
	| { op: 'deleted'; finding?: string }
	/** the trainee replied to (or @mentioned) a troll, a bot network or an adversary account */
	| { op: 'replied_to_troll' }
	/** no public post of the trainee for this long (counted from the last post, or from the start) */
	| { op: 'silent_for'; seconds: Seconds }
	/** the acceptable window of this objective's timing rule closed with no relevant post */
	| { op: 'missed'; objective: string }
	/** the trainee shared or quoted a false or unverified post (one carrying this claim, if given) */
	| { op: 'amplified'; claim?: string };

export interface ScenarioEvent {
	id: string;
	at: Seconds;
	/** Persona id; undefined for internal system messages. */
	from?: string;
	channel: Channel;
	/** Platform id for `feed` events (default: the trainee's platform). */
	platform?: string;
	text: string;
	/** Optional headline for news items. */
	headline?: string;
	reveals: string[];
	spreads?: Spread;
	/** Fire only if this holds at `at`. */
	when?: Condition;
	/** Source text of `when`, for display. */
	whenText?: string;
	/** Never fires by itself: the instructor sends it by hand (or a trigger). */
	contingency: boolean;
	/** A question addressed to the trainee that expects an answer (journalist, citizen, #Ask session). */
	question: boolean;
	/** The event makes this a tragedy from now on (casualties): emoji/humour become faux pas. */
	tragedy: boolean;
	/** A troll post: engaging it in kind is a faux pas. */
	troll: boolean;
	/** For a question: the facts it asks for (default: revealed facts whose keywords its text uses). */
	asks: string[];
	/** Objectives this inject tests (HSEEP: each inject maps to an objective). */
	objectives: string[];
	/** A video, image or document the post carries (shown as a media card). */
	media?: Media;
}

export type Stance = 'hostile' | 'neutral' | 'supportive' | 'believer' | 'skeptic';

/** Reaction templates: audience id (or "*") → situation ('ambient' for the plain stance lists) → stance →
 * texts. Texts may contain the placeholders of sim/pools/fill.ts ({handle}, {hashtag}, {claim} …). */
export type Reactions = Record<string, AudiencePools>;

export type * from './rubric-types.ts';
import type { Rubric, ScenarioTest } from './rubric-types.ts';

export interface Scenario {
	format: typeof SCENARIO_FORMAT;
	id: string;
	title: string;
	summary: string;
	language: string;
	duration: Seconds;
	seed: number;
	difficulty: Difficulty;
	/** Exam mode by default: no live coach hints on drafts (an instructor may change it per exercise). */
	exam?: boolean;
	tags: string[];
	objectives: Objective[];
	trainee: Trainee;
	platforms: Platform[];
	names: ProperName[];
	facts: Fact[];
	claims: Claim[];
	personas: Persona[];
	audiences: Audience[];
	/** Sorted by `at`, then source order. */
	events: ScenarioEvent[];
	reactions: Reactions;
	rubric: Rubric;
	tests: ScenarioTest[];
	/** Sources the trainer cites (optional), shown in the briefing footer. */
	sources: string[];
	/** The coordinated network's scripted moves, triggered by what the trainee does. */
	adversary?: Adversary;
	/** The local time of day at scenario time 0, when the scenario sets one. */
	localClock?: LocalClock;
}

export interface Media {
	kind: 'video' | 'image' | 'document' | 'screenshot';
	caption: string;
	/** What the media shows (screen readers; the trainee cannot play a fictional video). */
	alt: string;
	duration?: Seconds;
}

/** What a generated reaction answers: how one of the trainee's posts landed, or the conversation's state. */
export type Situation =
	| 'good'
	| 'correction'
	| 'answer'
	| 'myth'
	| 'gaffe'
	| 'weak'
	| 'deleted'
	| 'silence'
	| 'rumour'
	| 'ambient';

export type AudiencePools = Partial<Record<Situation, Partial<Record<Stance, string[]>>>>;

export type MoveKind = 'post' | 'quote' | 'reply' | 'screenshot';

/** One scripted move of the adversary (docs/scenario-format.md#adversary). */
export interface AdversaryMove {
	id: string;
	when: Condition;
	whenText: string;
	/** DISARM technique id (src/lib/scenario/disarm.ts). */
	technique: string;
	/** Persona that posts it; undefined: a generated account of the network. */
	from?: string;
	as: MoveKind;
	text: string;
	delay: Seconds;
	after?: Seconds;
	until?: Seconds;
	repeat: number;
	every: Seconds;
	accounts?: number;
	boost?: { claim: string; strength: number; duration: Seconds };
	outrage: number;
	/** What would have pre-empted it (written by the author, or derived from the condition). */
	preempt: string;
	media?: Media;
}

export interface Adversary {
	name: string;
	/** Coordinated audience whose accounts play the moves. */
	network?: string;
	moves: AdversaryMove[];
}

export interface LocalClock {
	/** Seconds after midnight at scenario time 0. */
	start: Seconds;
	label?: string;
}
