/**
 * Password strength (zxcvbn-ts: pattern matching against ~40,000 common passwords, English words and names,
 * keyboard walks, repeats, sequences, dates and l33t speak). A new password must reach score 3 of 4
 * ("safely unguessable: moderate protection from offline slow-hash scenario", ≥ 10^8 guesses), and may not
 * contain the username or display name. The dictionaries load on first use (about 30 ms).
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_STRENGTH = 3;

let factory: ZxcvbnFactory | undefined;
function zxcvbn() {
	factory ??= new ZxcvbnFactory({
		dictionary: { ...common.dictionary, ...en.dictionary },
		graphs: common.adjacencyGraphs,
		translations: en.translations
	});
	return factory;
}

/** Why this password is too weak (a sentence with advice), or undefined when it is strong enough. */
export function weakness(pw: string, userInputs: string[] = []): string | undefined {
	// zxcvbn's running time grows with length; past 100 characters only the first 100 are estimated.
	const words = userInputs
		.flatMap((s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u))
		.filter((w) => w.length >= 3);
	const r = zxcvbn().check(pw.slice(0, 100), words);
	if (r.score >= MIN_STRENGTH) return undefined;
	const advice = [r.feedback.warning, ...r.feedback.suggestions].filter(Boolean).join(' ');
	return `This password is too easy to guess${advice ? `: ${advice}` : '.'} A few unrelated words make a strong one.`;
}
