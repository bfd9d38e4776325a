/**
 * The RAW YAML shape trainers write (snake_case keys), as zod v4 strict objects. This one source drives the
 * validator (SC2xx diagnostics) and the JSON Schema for editors (static/schema/scenario-v1.json).
 * compile.ts turns the parsed raw value into the camelCase `Scenario` of types.ts.
 */
import { z } from 'zod';
import { MAX_CONDITION_CHARS } from './limits.ts';
import { TIME_PATTERN } from './time.ts';
import { adversary, localClock, media, reactionPools } from './schema-play.ts';
import {
	BOUND_PATTERN,
	ID_PATTERN,
	HANDLE_PATTERN,
	HASHTAG_PATTERN,
	FLAG_TOKEN_PATTERN
} from './schema-patterns.ts';

export { BOUND_PATTERN, FLAG_PATTERN, ID_PATTERN, PATTERN_HINTS } from './schema-patterns.ts';

const id = () => z.string().regex(ID_PATTERN);
const text = () => z.string().min(1);
const time = (what: string) =>
	z.string().regex(TIME_PATTERN).describe(`${what} (01:10, 90s, 45m, 1h30m)`);
const ids = (what: string) => z.array(id()).describe(`${what} ids`);
const words = (what: string) => z.array(z.string().min(1)).describe(what);
const unit = (what: string) => z.number().min(0).max(1).describe(`${what} (0..1)`);

export const FORMAT_VERSION = 'ddsim/scenario@1';
export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export const PLATFORM_KINDS = [
	'microblog',
	'video',
	'forum',
	'news',
	'messaging',
	'internal'
] as const;
export const NAME_KINDS = ['person', 'country', 'place', 'organisation'] as const;
export const CLAIM_KINDS = ['misinformation', 'disinformation', 'true'] as const;
export const PERSONA_KINDS = [
	'official',
	'journalist',
	'news',
	'citizen',
	'troll',
	'bot-network',
	'colleague',
	'organisation'
] as const;
export const AUDIENCE_KINDS = ['organic', 'coordinated'] as const;
export const CHANNELS = ['feed', 'news', 'dm', 'internal'] as const;
export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const VALENCES = [...LEVELS, 'negative', 'neutral', 'positive'] as const;
/** RESIST 2: how far a claim or troll reaches and how much harm it can do decide whether to answer it. */
export const STAKES = ['low', 'medium', 'high'] as const;
export const ACTORS = ['individual', 'coordinated', 'state-linked', 'media', 'unknown'] as const;
/** Doctrine checks (docs/scoring.md#doctrine): CERC first message, Debunking Handbook truth sandwich,
 * RESIST respond-or-ignore, answering a direct question on the record. */
export const DOCTRINE_CHECKS = [
	'first-statement',
	'correction',
	'respond-or-ignore',
	'answer'
] as const;
/** Items of each doctrine check (the order is the order of the debrief checklist). */
export const CHECK_ITEMS = {
	// CDC CERC "First Message in a Crisis"
	'first-statement': [
		'empathy',
		'confirmed-facts',
		'unknowns',
		'actions',
		'advice',
		'next-update',
		'more-info',
		'plain-language'
	],
	// Debunking Handbook 2020
	correction: [
		'fact-first',
		'warning',
		'myth-once',
		'explanation',
		'ends-on-fact',
		'not-bare-denial'
	],
	// RESIST 2
	'respond-or-ignore': ['proportionate'],
	// WHO infodemic management; #AskState
	answer: ['on-record', 'prompt', 'facts-asked']
} as const satisfies Record<(typeof DOCTRINE_CHECKS)[number], readonly string[]>;
export const DOCTRINE_ITEMS = Object.values(CHECK_ITEMS).flat() as unknown as [string, ...string[]];

const objective = z.strictObject({
	id: id(),
	text: text().describe('What the trainee should achieve')
});

const account = z.strictObject({
	platform: id().describe('Platform id (a key of platforms)'),
	handle: z.string().regex(HANDLE_PATTERN),
	display_name: text(),
	followers: z.number().int().min(0),
	verified: z.boolean().default(false)
});

const trainee = z.strictObject({
	role: text().describe("The trainee's job, e.g. Press attaché, Embassy of …"),
	government: text().describe('The government the trainee speaks for'),
	account,
	briefing: text().describe('Situation shown before the clock starts')
});

const platform = z.strictObject({
	kind: z.enum(PLATFORM_KINDS),
	label: text().optional().describe('Shown in the UI; defaults to the platform id'),
	char_limit: z.number().int().min(1).max(100000).optional(),
	max_hashtags: z.number().int().min(0).optional(),
	max_mentions: z.number().int().min(0).optional(),
	public: z.boolean().optional().describe('Default: true except for messaging and internal')
});

const name = z.strictObject({
	id: id(),
	kind: z.enum(NAME_KINDS),
	name: text().describe('The correct form'),
	title: text().optional(),
	aliases: words('Other correct forms').default([]),
	wrong: words('Known wrong forms to flag (may include a wrong flag emoji)').default([]),
	demonyms: words(
		'Correct demonyms and adjectives (Veyranian); defaults derived from the name for countries'
	).optional(),
	flag: z
		.string()
		.regex(FLAG_TOKEN_PATTERN)
		.optional()
		.describe(
			"The country's flag emoji in this exercise; any other flag next to its name is flagged"
		)
});

const fact = z.strictObject({
	id: id(),
	text: text(),
	known_from: time('When the trainee can know it; default 00:00').default('00:00'),
	confidential: z.boolean().default(false),
	keywords: words('Phrases that show a post states this fact').default([]),
	numbers: z.array(z.number()).default([]),
	establishes_cause: z.boolean().default(false)
});

const claim = z.strictObject({
	id: id(),
	text: text(),
	truth: z.boolean(),
	kind: z
		.enum(CLAIM_KINDS)
		.optional()
		.describe('Default: true when truth is true, else misinformation'),
	keywords: words('Phrases that identify the claim').default([]),
	hashtag: z.string().regex(HASHTAG_PATTERN).optional(),
	refuted_by: ids('Fact').default([]),
	virality: unit('How catchy it is').default(0.5),
	reach: z
		.enum(STAKES)
		.optional()
		.describe('How far it reaches (RESIST 2); default from virality and coordinated boosts'),
	harm: z
		.enum(STAKES)
		.optional()
		.describe('How much harm it can do if left unanswered (RESIST 2); default medium'),
	actor: z
		.enum(ACTORS)
		.optional()
		.describe('Who is behind it; default coordinated when a coordinated audience boosts it')
});

const persona = z.strictObject({
	name: text(),
	handle: z.string().regex(HANDLE_PATTERN).optional(),
	kind: z.enum(PERSONA_KINDS),
	audience: id().optional().describe('Audience id this persona belongs to'),
	title: text().optional(),
	reach: z
		.enum(STAKES)
		.optional()
		.describe('How far its posts reach (RESIST 2); default low for trolls, medium otherwise'),
	harm: z
		.enum(STAKES)
		.optional()
		.describe('How much harm its posts do if left unanswered; default low for trolls')
});

const audience = z.strictObject({
	id: id(),
	label: text().optional(),
	size: z.number().int().min(1).max(1e10).describe('Number of accounts'),
	stance: z.number().min(-1).max(1).default(0).describe('-1 hostile … +1 supportive'),
	susceptibility: unit('How readily it adopts false claims').default(0.25),
	kind: z.enum(AUDIENCE_KINDS).default('organic'),
	trust: unit('Initial trust in the trainee account').default(0.5)
});

const boost = z.strictObject({
	audience: id(),
	at: time('When the boost starts'),
	strength: z.number().min(0).max(100).default(1),
	duration: time('How long it lasts; default 20m').default('20m')
});

const spread = z.strictObject({
	claim: id(),
	strength: z.number().min(0).max(100).default(1),
	audiences: ids('Audience (default: all organic audiences)').optional(),
	boosts: z.array(boost).default([])
});

const event = z.strictObject({
	id: id(),
	at: time('Scenario time'),
	from: id().optional().describe('Persona id'),
	channel: z.enum(CHANNELS).default('feed'),
	platform: id().optional(),
	headline: text().optional(),
	text: text(),
	reveals: ids('Fact').default([]),
	spreads: spread.optional(),
	when: text()
		.max(MAX_CONDITION_CHARS)
		.optional()
		.describe('Condition, e.g. not corrected(turned-away)'),
	contingency: z.boolean().default(false),
	question: z.boolean().default(false),
	tragedy: z.boolean().default(false),
	troll: z.boolean().default(false),
	asks: ids('Fact (what a question asks for; default: facts whose keywords it uses)').optional(),
	objectives: ids('Objective').default([]),
	media: media.optional().describe('A video, image or document the post carries')
});

const timing = z.strictObject({
	objective: id(),
	from: id().describe('Event id the clock starts from'),
	window: z.strictObject({
		ideal: time('Ideal'),
		acceptable: time('Acceptable'),
		late: time('Late')
	}),
	relevant: words('A post counts if it mentions one of these').default([])
});

const keyMessage = z.strictObject({
	id: id(),
	objective: id().optional(),
	label: text().optional(),
	any: words('At least one of these phrases').default([]),
	all: words('Every one of these phrases').default([]),
	synonyms: z.record(z.string(), words('Alternatives')).default({}),
	after: id().optional().describe('Only required once this event has fired')
});

const avoid = z.strictObject({
	repeat_claim: id().optional(),
	phrase: words('Phrases to avoid').optional(),
	why: text().optional(),
	emoji_in_tragedy: z.literal(true).optional(),
	humour_in_tragedy: z.literal(true).optional(),
	confidential: z.literal(true).optional(),
	blame_before: id().optional(),
	objective: id().optional()
});

const tonePhase = z.strictObject({
	from: time('Phase start').default('00:00'),
	valence: z.enum(VALENCES).optional(),
	empathy: z.enum(LEVELS).optional(),
	politeness: z.enum(LEVELS).optional(),
	formality: z.enum(LEVELS).optional(),
	hostility: z.enum(LEVELS).optional(),
	certainty: z.enum(LEVELS).optional()
});

const doctrineCheck = z.strictObject({
	check: z.enum(DOCTRINE_CHECKS),
	objective: id().optional().describe('Objective this check assesses'),
	from: id()
		.optional()
		.describe('Event that opens it (first-statement: the crisis event; answer: the question)'),
	claim: id().optional().describe('Claim id (correction, respond-or-ignore)'),
	persona: id().optional().describe('Troll persona id (respond-or-ignore)'),
	skip: z.array(z.enum(DOCTRINE_ITEMS)).default([]).describe('Items that do not apply here'),
	off: z.literal(true).optional().describe('Remove this check (one the defaults would add)')
});

/** Default rubric weights (documented in docs/scenario-format.md). */
export const DEFAULT_WEIGHTS = {
	timing: 0.3,
	tone: 0.2,
	key_messages: 0.25,
	faux_pas: 0.2,
	platform: 0.05,
	doctrine: 0.25
} as const;
const weight = (d: number) => z.number().min(0).max(100).default(d);
const weights = z.strictObject({
	timing: weight(DEFAULT_WEIGHTS.timing),
	tone: weight(DEFAULT_WEIGHTS.tone),
	key_messages: weight(DEFAULT_WEIGHTS.key_messages),
	faux_pas: weight(DEFAULT_WEIGHTS.faux_pas),
	platform: weight(DEFAULT_WEIGHTS.platform),
	doctrine: weight(DEFAULT_WEIGHTS.doctrine)
});

const rubric = z.strictObject({
	timing: z.array(timing).default([]),
	must_include: z.array(keyMessage).default([]),
	must_avoid: z.array(avoid).default([]),
	tone: z.array(tonePhase).default([]),
	doctrine: z
		.array(doctrineCheck)
		.optional()
		.describe(
			'Doctrine checks added to (or replacing, or turning off) those derived from the events'
		),
	weights: weights.optional()
});

const testPost = z.strictObject({ at: time('Post time'), text: text(), reply_to: id().optional() });

const test = z.strictObject({
	name: text(),
	posts: z.array(testPost).min(1),
	expect: z.record(z.string(), z.string().regex(BOUND_PATTERN)).default({}),
	findings: z
		.strictObject({ includes: ids('Finding').default([]), excludes: ids('Finding').default([]) })
		.optional()
});

export const rawScenarioSchema = z.strictObject({
	format: z.literal(FORMAT_VERSION),
	id: id(),
	title: text(),
	summary: text(),
	language: z.string().min(2).max(35).default('en'),
	duration: time('Length of the exercise'),
	seed: z
		.number()
		.int()
		.min(0)
		.max(2 ** 32 - 1)
		.default(1),
	difficulty: z.enum(DIFFICULTIES).default('intermediate'),
	exam: z
		.boolean()
		.default(false)
		.describe(
			'Exam mode: the coach gives no live hints on drafts (for assessed runs); the debrief shows what it would have said. An instructor can still change it per exercise.'
		),
	tags: words('Free tags').default([]),
	sources: words('Sources the trainer cites').default([]),
	local_clock: localClock.optional().describe('The local time of day the exercise starts at'),
	learning_objectives: z.array(objective).min(1),
	trainee,
	platforms: z.record(z.string().regex(ID_PATTERN), platform),
	names: z.array(name).default([]),
	facts: z.array(fact).default([]),
	claims: z.array(claim).default([]),
	personas: z.record(z.string().regex(ID_PATTERN), persona).default({}),
	audiences: z.array(audience).default([]),
	events: z.array(event),
	reactions: z.record(z.string(), reactionPools).default({}),
	adversary: adversary.optional(),
	rubric,
	tests: z.array(test).default([])
});

export type RawScenario = z.output<typeof rawScenarioSchema>;
export type RawEvent = RawScenario['events'][number];
export type RawCondition = string;
