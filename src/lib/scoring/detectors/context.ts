/** What every faux-pas detector receives: the tokenised post, its tone, the compiled scenario and the moment. */
import type { CompiledScenario } from '../compiled.ts';
import type { PostText } from '../text/post-text.ts';
import type { ToneDetail } from '../tone/analyse.ts';
import type { Finding, PostInput, ScoreContext } from '../types.ts';
import type { ClaimAnalysis } from './claims.ts';

export interface DetectorInput {
	post: PostInput;
	ctx: ScoreContext;
	pt: PostText;
	tone: ToneDetail;
	c: CompiledScenario;
	/** A tragedy event has fired. */
	tragedy: boolean;
	revealed: Set<string>;
	claims: ClaimAnalysis;
}

export type Detector = (d: DetectorInput) => Finding[];

export const SOURCES = {
	cercEmpathy: 'CDC CERC: express empathy, show respect (CERC 2018)',
	cercRight: 'CDC CERC: be right — say what is known and not known (CERC 2018)',
	cercCredible:
		'CDC CERC: be credible (CERC 2018); CDC communication principles: accurate, respectful',
	debunk: 'Debunking Handbook 2020: lead with the fact; mention the myth once, flagged as false',
	resist:
		'UK GCS RESIST 2 (2021): decide whether to respond; do not amplify or engage trolls in kind',
	platform: 'Platform rules of the scenario (character limit, hashtags, mentions)',
	rubric: 'Scenario rubric (must_avoid)',
	protocol: 'Diplomatic protocol: names and titles (e.g. the 2017 @theresamay mis-tag)',
	privacy: 'Consular confidentiality and personal-data protection (e.g. 2009 Hoekstra leak)',
	tone: 'Seed lessons: informal tone and platform style in official accounts (e.g. 2018 Poirot tweet)'
} as const;

/** True if one of the two words before word `i` (same sentence) is a negator or a denial. */
export function negatedAt(
	words: string[],
	sentence: ArrayLike<number>,
	i: number,
	isNeg: (w: string) => boolean
): boolean {
	for (let k = 1; k <= 3 && i - k >= 0; k++) {
		if (sentence[i - k] !== sentence[i]) break;
		if (isNeg(words[i - k])) return true;
	}
	return false;
}
