/** The patterns of the scenario schema and how each one's failure is reported to the trainer (SC204/SC209).
 * Re-exported by schema.ts. */
import { TIME_PATTERN } from './time.ts';
import { CLOCK_OF_DAY } from './schema-play.ts';
import { dict } from '../dict.ts';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const HANDLE_PATTERN = /^@[A-Za-z0-9_]{1,30}$/;
export const HASHTAG_PATTERN = /^#[^\s#]+$/;
export const BOUND_PATTERN = /^\s*(>=|<=|==|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;
/** One flag emoji: two regional-indicator letters (🇻🇪), a tag sequence (🏴 + tags), or a pictograph (🏳️).
 * Checked in references.ts (SC209); the schema (and the JSON Schema editors use) only asks for one short token. */
export const FLAG_PATTERN =
	/^(?:\p{Regional_Indicator}{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]+\u{E007F}|\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*)$/u;
export const FLAG_TOKEN_PATTERN = /^\S{1,32}$/;

/** How each pattern's failure is reported: code and a hint for the trainer. */
export const PATTERN_HINTS: Readonly<Record<string, { code: 'SC204' | 'SC209'; hint: string }>> =
	dict({
		[String(TIME_PATTERN)]: {
			code: 'SC204',
			hint: 'write a time as 01:10 or 01:10:30 (hours:minutes), or a duration as 90s, 45m, 2h or 1h30m'
		},
		[String(ID_PATTERN)]: {
			code: 'SC209',
			hint: 'an id uses letters, digits, - and _ only, e.g. first-response'
		},
		[String(HANDLE_PATTERN)]: {
			code: 'SC209',
			hint: 'a handle is @ followed by up to 30 letters, digits or _, e.g. @ArcadiaInVeyrania'
		},
		[String(HASHTAG_PATTERN)]: {
			code: 'SC209',
			hint: 'a hashtag is # followed by letters, digits or _, e.g. #ConsulateShame'
		},
		[String(BOUND_PATTERN)]: {
			code: 'SC209',
			hint: 'a bound is a comparison and a number, e.g. ">= 0.7" or "< 0.4"'
		},
		[String(FLAG_TOKEN_PATTERN)]: {
			code: 'SC209',
			hint: 'a flag is one flag emoji, e.g. "🇻🇪" (quote it)'
		},
		[String(CLOCK_OF_DAY)]: {
			code: 'SC204',
			hint: 'write a time of day as HH:MM on a 24-hour clock, e.g. 02:09'
		}
	});
