/**
 * What makes one archetype differ from another: its objectives, the texts of its injects, its extra events and
 * rules, and the two runs its embedded tests script (a good one and a bad one). skeleton.ts builds the rest.
 */
import type { ArchetypeForm, ArchetypeId } from './form.ts';

export interface Times {
	incident: number;
	rumour: number;
	press: number;
	length: number;
}

/** A raw YAML event (snake_case keys, times as minutes until the skeleton formats them). */
export interface EventDraft {
	id: string;
	at: number;
	from: string;
	channel: 'feed' | 'news' | 'dm' | 'internal';
	text: string;
	headline?: string;
	when?: string;
	question?: boolean;
	/** Facts a question asks for. */
	asks?: string[];
	troll?: boolean;
	tragedy?: boolean;
	contingency?: boolean;
	reveals?: string[];
	objectives?: string[];
}

export interface ArchetypeSpec {
	id: ArchetypeId;
	label: string;
	/** One line for the picker. */
	blurb: string;
	title(f: ArchetypeForm): string;
	summary(f: ArchetypeForm): string;
	briefing(f: ArchetypeForm): string;
	role(f: ArchetypeForm): string;
	tags: string[];
	difficulty: 'introductory' | 'intermediate' | 'advanced';
	/** Casualties or suffering: empathy first, no humour or emoji (CERC). */
	tragedy: boolean;
	claimKind: 'misinformation' | 'disinformation';
	/** RESIST 2: how far the claim reaches, how much harm it does if left unanswered, who is behind it. */
	stakes: {
		reach: 'low' | 'medium' | 'high';
		harm: 'low' | 'medium' | 'high';
		actor?: 'individual' | 'coordinated' | 'state-linked' | 'media' | 'unknown';
	};
	/** Coordinated accounts amplify the claim. */
	bots: boolean;
	/** People need somewhere to get help (a hotline is a key message). */
	helpLine: boolean;
	objectives(f: ArchetypeForm): { first: string; correct: string; press: string };
	incident(f: ArchetypeForm): { headline: string; text: string };
	rumour(f: ArchetypeForm): string;
	/** The internal cable that gives the trainee the fact. */
	cable(f: ArchetypeForm): string;
	question(f: ArchetypeForm): string;
	extraEvents?(f: ArchetypeForm, t: Times): EventDraft[];
	/** Extra phrases a trainee must avoid, with why. */
	avoid?: { phrase: string[]; why: string }[];
	/** Extra confidential fact revealed internally (e.g. a national's personal data). */
	confidential?(f: ArchetypeForm): { text: string; keywords: string[] };
	good(f: ArchetypeForm): { first: string; correction: string; answer: string };
	bad(f: ArchetypeForm): string;
	sources: string[];
}
