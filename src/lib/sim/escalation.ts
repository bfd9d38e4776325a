/**
 * A colleague's answer to the trainee's internal message ("Can you confirm the consulate is open?"): which
 * facts the message asks about (their keywords, or a claim whose refuting facts it names), and what the
 * colleague can say by the time the answer arrives. A fact known by then is confirmed (and revealed to the
 * trainee, with a reminder when it is not for release); one not known yet is "still being checked". Asking
 * before sharing is the habit the exercise rewards: the answer arrives minutes later, the rumour does not wait.
 */
import type { Fact, Persona, Scenario } from '../scenario/types.ts';
import { mentions } from '../scenario/defaults.ts';

export interface Answer {
	text: string;
	/** Facts the answer confirms (revealed when it arrives). */
	confirms: string[];
}

const words = (s: string) =>
	s
		.toLowerCase()
		.split(/[^\p{L}\p{N}+]+/u)
		.filter(Boolean);

/** The facts and claims a message asks about (phrases matched word by word, a few words apart). */
function asksAbout(scenario: Scenario, message: string): { facts: Fact[]; claims: string[] } {
	const w = words(message);
	const facts = new Set<Fact>();
	const claims: string[] = [];
	for (const f of scenario.facts)
		if (f.keywords.some((k) => k.length >= 3 && mentions(w, k))) facts.add(f);
	for (const c of scenario.claims) {
		const named =
			c.keywords.some((k) => mentions(w, k)) ||
			(c.hashtag !== undefined && message.toLowerCase().includes(c.hashtag.toLowerCase()));
		if (!named) continue;
		claims.push(c.id);
		for (const id of c.refutedBy) {
			const f = scenario.facts.find((x) => x.id === id);
			if (f) facts.add(f);
		}
	}
	return { facts: [...facts], claims };
}

export function answer(
	scenario: Scenario,
	colleague: Persona,
	message: string,
	replyAt: number,
	revealed: string[]
): Answer {
	const { facts, claims } = asksAbout(scenario, message);
	const lines: string[] = [];
	const confirms: string[] = [];
	for (const id of claims) {
		const c = scenario.claims.find((x) => x.id === id)!;
		const known = c.refutedBy.some(
			(f) => (scenario.facts.find((x) => x.id === f)?.knownFrom ?? Infinity) <= replyAt
		);
		if (c.truth) lines.push(`That one is correct, as far as we know: ${c.text}`);
		else if (known) lines.push(`No, that is not what happened.`);
		else lines.push(`We are checking that claim; nothing here supports it so far.`);
	}
	for (const f of facts) {
		if (f.knownFrom <= replyAt) {
			confirms.push(f.id);
			lines.push(
				f.confidential
					? `Confirmed, but NOT for release: ${f.text}`
					: `Confirmed: ${f.text}${revealed.includes(f.id) ? '' : ' You can use that.'}`
			);
		} else lines.push(`Not confirmed yet: we are still checking and will come back to you.`);
	}
	if (!lines.length)
		lines.push(
			'Received. I have nothing to confirm on that beyond my last message; ask me about a specific fact.'
		);
	const who = colleague.title
		? `${colleague.title} ${colleague.name.split(' ').at(-1)}`
		: colleague.name;
	return { text: `${[...new Set(lines)].join(' ')} — ${who}`, confirms };
}
