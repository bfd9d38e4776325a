/** emoji-in-tragedy: expressive emoji in an official post once a tragedy has happened. Functional signs
 * (⚠️ 📞 ➡️ flags) are not flagged; sombre ones (🙏 🕯️ 💔) are a minor lapse, the rest major. */
import { isFunctionalEmoji, SOMBRE_EMOJI } from '../tone/emoji.ts';
import type { Finding } from '../types.ts';
import { SOURCES, type Detector } from './context.ts';

export const emojiInTragedy: Detector = (d) => {
	if (!d.tragedy) return [];
	const toks = d.pt.tokens.filter(
		(t) => (t.kind === 'emoji' || t.kind === 'emoticon') && !isFunctionalEmoji(t.text)
	);
	if (toks.length === 0) return [];
	const sombreOnly = toks.every((t) => SOMBRE_EMOJI.has(t.text));
	const out: Finding = {
		id: 'emoji-in-tragedy',
		severity: sombreOnly ? 'minor' : 'major',
		message: `Emoji in a post about a tragedy: ${toks.map((t) => t.text).join(' ')}`,
		explanation:
			'In a tragedy emoji read as flippant from an official account; let the words carry the sympathy.',
		source: SOURCES.cercEmpathy,
		spans: toks.map((t) => ({ start: t.start, end: t.end }))
	};
	return [out];
};
