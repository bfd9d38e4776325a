/** Office titles and honorifics for the protocol list (./names.ts), as folded token sequences. */
import { fold } from './text/fold.ts';

/** The portfolio words that make "Interior Minister", "Sports Minister" (checked only against a person whose own
 * title names a portfolio: ./scoring/detectors/wrong-name-titles.ts). */
function PORTFOLIO_WORDS(): string[] {
	return 'interior justice health defence defense finance economy economic trade transport tourism labour labor education culture sport sports energy environment agriculture home security digital infrastructure communications foreign development industry housing science'.split(
		' '
	);
}
export const PORTFOLIO = new Set(PORTFOLIO_WORDS().map(fold));

/** Multi-word office titles and honorifics, longest first when matched. */
export const TITLE_PHRASES = [
	'deputy prime minister',
	'prime minister',
	'foreign minister',
	'deputy foreign minister',
	'deputy minister',
	'minister of state',
	'secretary of state',
	'vice president',
	'consul general',
	'chargé d’affaires',
	"chargé d'affaires",
	'his excellency',
	'her excellency',
	'his majesty',
	'her majesty',
	'his royal highness',
	'her royal highness',
	'his highness',
	'her highness',
	...PORTFOLIO_WORDS().map((w) => `${w} minister`),
	'minister',
	'president',
	'ambassador',
	'consul',
	'envoy',
	'king',
	'queen',
	'prince',
	'princess',
	'emperor',
	'empress',
	'sultan',
	'chancellor',
	'governor',
	'mayor',
	'senator',
	'spokesperson',
	'spokesman',
	'spokeswoman',
	'secretary',
	'general',
	'pm',
	'fm',
	'dpm',
	'mr',
	'ms',
	'mrs',
	'miss',
	'madam',
	'madame',
	'sir',
	'dame',
	'dr',
	'excellency',
	'majesty'
].map((p) => p.split(' ').map(fold));
