/**
 * A post's own time stamp, for factual-error: a time that dates the post, not a time the facts give. "Update 4
 * (07:56):", "UPDATE 07:55 — Preliminary findings…", a dateline "Marrowdeep, 09:15: 30 of the 41 miners rescued",
 * "Update 10:05 Taleska:".
 */
import type { Span } from '../types.ts';

/** A time in brackets right after "Update 4", "Correction", "1/3" at the start. */
const BRACKETED =
	/^(?:@\w+\s+)*(?:[\p{L}'’-]+\s+){0,4}?(?:(?:update|correction|note|thread|live)\s*\d*|\d+\/\d*)\s*[([]\s*$/iu;
/** A header without brackets: "UPDATE 07:55 — …", "1/ Update 14:20: …". */
const HEADER =
	/^(?:@\w+\s+)*(?:\d+\/\d*\s+)?(?:update|correction|live|latest|evening update|morning update)\s*$/i;
/** A header with what it is about and the place or zone after the time: "Update 10:05 Taleska:", "Update on AL362 at
 * 09:58 Taleska time:". */
const HEADER_AT =
	/^(?:@\w+\s+)*(?:\d+\/\d*\s+)?(?:update|correction|latest|live)(?: on [\p{L}\d-]+)?(?: at| as of)?\s*$/iu;
/** A dateline: a place of up to four words and a comma before the time, a colon after it. */
const DATELINE = /^(?:@\w+\s+)*(?:[\p{L}'’-]+\s*){0,4},?\s*$/u;

/** The time at `s` (a time quantity's span) is the post's own stamp. */
export function isStamp(text: string, s: Span): boolean {
	const before = text.slice(0, s.start);
	const after = text.slice(s.end, s.end + 3);
	return (
		BRACKETED.test(before) ||
		(HEADER.test(before) && /^\s*[—–:|-]/.test(after)) ||
		(s.start < 40 && /^\s*:\s/.test(after) && DATELINE.test(before)) ||
		// ("10:40 update: …")
		(/^(?:@\w+\s+)*\W*$/.test(before) &&
			/^\s*(?:update|latest|correction)\s*[:—–-]/i.test(
				after + text.slice(s.end + 3, s.end + 16)
			)) ||
		(s.start < 40 &&
			HEADER_AT.test(before) &&
			/^(?:\s+[\p{L}-]+){0,3}\s*[:—–|]/u.test(text.slice(s.end, s.end + 40)))
	);
}
