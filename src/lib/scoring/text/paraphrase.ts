/**
 * Paraphrase groups of crisis-communication vocabulary: an author who lists "compromised" as a fact's keyword
 * means "hacked" and "taken over" too. Applied when a scenario's vocabulary is compiled (fact and claim
 * keywords, key messages, timing relevance), so a post is read for what it says, not for the author's exact
 * words. Groups are deliberately tight (same meaning in an embassy's posts); a phrase is expanded only when it
 * is, as a whole, a member of a group.
 */
const GROUPS: string[][] = [
	[
		'compromised',
		'hacked',
		'taken over',
		'hijacked',
		'breached',
		'broken into',
		'accessed without authorisation',
		'accessed without authorization',
		'unauthorised access',
		'unauthorized access',
		'accessed by someone else',
		'someone else accessed',
		'gained access to our account',
		'got into our account',
		'account was accessed'
	],
	[
		'not written by',
		'we did not write',
		"we didn't write",
		'did not come from us',
		'not from us',
		'not our words',
		'not authored by',
		'did not post',
		"didn't post"
	],
	[
		'regained control',
		'back in control',
		'restored access',
		'secured the account',
		'recovered the account',
		'regained access'
	],
	// not 'hosting' or 'housing': their stems are 'host' (the host country) and 'hous' (houses)
	['sheltering', 'taking in', 'giving shelter', 'accommodating'],
	[
		'manipulated',
		'doctored',
		'fabricated',
		'altered',
		'synthesised',
		'synthesized',
		'faked',
		'forged',
		'deepfake',
		'ai-generated',
		'spliced'
	],
	['apologise', 'apologize', 'apology', 'apologies', 'we regret', 'sincerely sorry'],
	['hotline', 'helpline', 'emergency line', 'emergency number', 'crisis line'],
	['unharmed', 'safe and well', 'accounted for', 'not hurt'],
	['injured', 'hurt', 'wounded'],
	['killed', 'died', 'dead', 'lost their lives', 'fatalities'],
	['removed', 'deleted', 'taken down'],
	['register', 'registration', 'sign up', 'enrol', 'enroll'],
	['condolences', 'deepest sympathy', 'sincere sympathy', 'heartfelt sympathy'],
	['false', 'untrue', 'not true', 'baseless', 'unfounded', 'incorrect']
];

const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

const INDEX = new Map<string, string[]>();
for (const g of GROUPS) for (const m of g) INDEX.set(norm(m), g);

/** The phrase and its paraphrases (the phrase itself first; no duplicates). */
export function paraphrases(phrase: string): string[] {
	const g = INDEX.get(norm(phrase));
	if (!g) return [phrase];
	return [phrase, ...g.filter((m) => norm(m) !== norm(phrase))];
}

/** Every phrase of a list with its paraphrases. */
export function expand(phrases: readonly string[]): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const p of phrases)
		for (const x of paraphrases(p))
			if (!seen.has(norm(x))) {
				seen.add(norm(x));
				out.push(x);
			}
	return out;
}
