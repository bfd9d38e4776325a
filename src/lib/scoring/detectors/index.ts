/** Every faux-pas detector, in reporting order. */
import { amplifiedUnverified } from './amplified-unverified.ts';
import { avoidedPhrase } from './avoided-phrase.ts';
import { belittling } from './belittling.ts';
import { emptyPlatitude } from './empty-platitude.ts';
import { profanity } from './profanity.ts';
import { sarcasm } from './sarcasm.ts';
import { selfPromotion } from './self-promotion.ts';
import { takingSides } from './taking-sides.ts';
import { victimBlaming } from './victim-blaming.ts';
import { confidentialLeak } from './confidential-leak.ts';
import type { Detector } from './context.ts';
import { emojiInTragedy } from './emoji-in-tragedy.ts';
import { engagingTroll } from './engaging-troll.ts';
import { factualError } from './factual-error.ts';
import { humourInTragedy } from './humour-in-tragedy.ts';
import { mythRepetition } from './myth-repetition.ts';
import { noComment } from './no-comment.ts';
import { platformRules } from './platform-rules.ts';
import { prematureBlame } from './premature-blame.ts';
import { shouting } from './shouting.ts';
import { wrongName } from './wrong-name-persona.ts';

export const DETECTORS: Detector[] = [
	confidentialLeak,
	mythRepetition,
	prematureBlame,
	wrongName,
	factualError,
	emojiInTragedy,
	humourInTragedy,
	engagingTroll,
	profanity,
	victimBlaming,
	belittling,
	sarcasm,
	takingSides,
	selfPromotion,
	emptyPlatitude,
	noComment,
	avoidedPhrase,
	shouting,
	platformRules,
	amplifiedUnverified
];
export { analyseClaims } from './claims.ts';
export type { DetectorInput } from './context.ts';
