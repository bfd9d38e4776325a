/**
 * The RAW YAML shape of what makes the simulated platform play back (snake_case, zod v4 strict objects), kept
 * beside schema.ts: the `adversary:` block and its moves, reaction pools per outcome (`reactions.<aud>.on`),
 * media on events, and the scenario's local clock. compile-play.ts turns them into the compiled types.
 */
import { z } from 'zod';
import { MAX_CONDITION_CHARS } from './limits.ts';
import { TIME_PATTERN } from './time.ts';

/** Same pattern as schema.ts's ID_PATTERN (kept apart to avoid an import cycle; the hints key on its text). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const id = () => z.string().regex(ID);
const text = () => z.string().min(1);
const time = (what: string) =>
	z.string().regex(TIME_PATTERN).describe(`${what} (01:10, 90s, 45m, 1h30m)`);

export const STANCE_KEYS = ['hostile', 'neutral', 'supportive', 'believer', 'skeptic'] as const;
/** What a reaction answers: how one of the trainee's posts landed, or the state of the conversation. */
export const SITUATIONS = [
	'good',
	'correction',
	'answer',
	'myth',
	'gaffe',
	'weak',
	'deleted',
	'silence',
	'rumour'
] as const;
export const MEDIA_KINDS = ['video', 'image', 'document'] as const;
export const MOVE_KINDS = ['post', 'quote', 'reply', 'screenshot'] as const;
/** `HH:MM` on a 24-hour clock. */
export const CLOCK_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const texts = (what: string) => z.array(z.string().min(1)).describe(what);
const stanceShape = Object.fromEntries(
	STANCE_KEYS.map((s) => [s, texts(`${s} replies`).optional()])
) as Record<(typeof STANCE_KEYS)[number], z.ZodOptional<z.ZodArray<z.ZodString>>>;
const stanceTexts = z.strictObject(stanceShape);

/** One audience's reaction templates: ambient texts by stance, and `on:` texts by situation and stance. */
export const reactionPools = z.strictObject({
	...stanceShape,
	on: z
		.strictObject(
			Object.fromEntries(SITUATIONS.map((s) => [s, stanceTexts.optional()])) as Record<
				(typeof SITUATIONS)[number],
				z.ZodOptional<typeof stanceTexts>
			>
		)
		.optional()
		.describe(
			'Texts by what they answer: good, correction, answer, myth, gaffe, weak, deleted, silence, rumour'
		)
});

export const media = z.strictObject({
	kind: z.enum(MEDIA_KINDS),
	caption: text().describe('Shown under the media'),
	alt: text().describe('What the media shows, for screen readers and for the trainee'),
	duration: time('Length of a video').optional()
});

const boost = z.strictObject({
	claim: id().describe('Claim id the move pushes'),
	strength: z.number().min(0).max(100).default(4),
	duration: time('How long the push lasts; default 20m').default('20m')
});

const move = z.strictObject({
	id: id(),
	when: text()
		.max(MAX_CONDITION_CHARS)
		.describe('Condition that triggers the move, e.g. repeated(turned-away) or deleted()'),
	technique: z
		.string()
		.min(1)
		.describe('DISARM technique id, e.g. T0084.004 (Appropriate Content)'),
	from: id().optional().describe('Persona id that posts it; default: an account of the network'),
	as: z
		.enum(MOVE_KINDS)
		.default('post')
		.describe('post, or quote / reply to / screenshot of the post that triggered it'),
	text: text().describe('What the network posts; placeholders as in reactions'),
	delay: time('How long after the trigger; default 2m').default('2m'),
	after: time('Not before this time').optional(),
	until: time('Not after this time').optional(),
	repeat: z.number().int().min(1).max(20).default(1).describe('How many times at most'),
	every: time('Least time between two firings; default 30m').default('30m'),
	accounts: z
		.number()
		.int()
		.min(1)
		.max(1e7)
		.optional()
		.describe('Coordinated accounts that join in; default a share of the network'),
	boost: boost.optional(),
	outrage: z.number().min(0).max(1).default(0).describe('Extra anger it stirs (0..1)'),
	preempt: text().optional().describe('What would have pre-empted it (shown in the debrief)'),
	media: media.optional()
});

export const adversary = z.strictObject({
	name: text().optional().describe('How the debrief names the network'),
	network: id().optional().describe('Coordinated audience id; default the first coordinated one'),
	moves: z.array(move).min(1)
});

export const localClock = z.strictObject({
	start: z
		.string()
		.regex(CLOCK_OF_DAY)
		.describe('Local time of day at scenario time 00:00, e.g. 02:09'),
	label: text().optional().describe('Where that clock is, e.g. Porto Veyra')
});

export type RawAdversary = z.output<typeof adversary>;
export type RawMove = RawAdversary['moves'][number];
export type RawReactionPools = z.output<typeof reactionPools>;
