/**
 * Emoji → valence on VADER's −4…+4 scale, for the emoji officials and the public use most (the VADER lexicon
 * in the JS package has emoticons but no emoji). Also the emoji classes the detectors need.
 */
import { dict } from '../../dict.ts';
export const EMOJI_VALENCE: Readonly<Record<string, number>> = dict({
	'😀': 2,
	'😃': 2,
	'😄': 2.2,
	'😁': 2,
	'🙂': 1.2,
	'😊': 2,
	'☺️': 2,
	'😉': 1.3,
	'😍': 3,
	'🥰': 3,
	'😘': 2,
	'😆': 1.8,
	'😅': 0.6,
	'😂': 1.4,
	'🤣': 1.4,
	'😜': 1.2,
	'😝': 1.2,
	'😹': 1.2,
	'😎': 1.5,
	'🤗': 2,
	'❤️': 3,
	'❤': 3,
	'💙': 2.5,
	'💚': 2.5,
	'💛': 2.5,
	'💜': 2.5,
	'🧡': 2.5,
	'🤍': 2,
	'💕': 2.8,
	'💖': 2.8,
	'👍': 1.6,
	'👏': 1.6,
	'🙌': 2,
	'💪': 1.6,
	'🎉': 2.5,
	'🥳': 2.5,
	'✨': 1.2,
	'🌟': 1.5,
	'🤝': 1.5,
	'✅': 1,
	'🙏': 1.2,
	'🌹': 1,
	'🕊️': 1,
	'🕊': 1,
	'🌈': 1.5,
	'😇': 2,
	'🥂': 2,
	'😐': 0,
	'😶': -0.3,
	'🤔': -0.3,
	'🙃': -0.3,
	'😏': -0.6,
	'😬': -0.8,
	'🤷': -0.3,
	'👀': -0.2,
	'🙁': -1.2,
	'☹️': -2,
	'😕': -1,
	'😟': -1.8,
	'😞': -2,
	'😔': -1.8,
	'😢': -2.2,
	'😥': -1.8,
	'😭': -2.5,
	'💔': -2.5,
	'🖤': -0.8,
	'🕯️': -0.5,
	'🕯': -0.5,
	'🥺': -1,
	'😰': -2,
	'😨': -2,
	'😱': -2.2,
	'😩': -2,
	'😫': -2,
	'😤': -1.8,
	'😠': -2.5,
	'😡': -3,
	'🤬': -3.2,
	'👎': -1.6,
	'🙄': -1.5,
	'🤡': -1.8,
	'💩': -2.2,
	'🤮': -2.5,
	'💀': -0.8,
	'☠️': -1.5,
	'🔥': 0.3,
	'⚠️': -0.6,
	'🆘': -1.5,
	'❌': -1,
	'🚨': -0.8,
	'😒': -1.5
});

/** Emoji of mourning or sympathy: still emoji, but a lesser lapse in a tragedy. */
export const SOMBRE_EMOJI = new Set([
	'🙏',
	'🕯️',
	'🕯',
	'💔',
	'🖤',
	'🕊️',
	'🕊',
	'😢',
	'😔',
	'😞',
	'🥀'
]);

/** Functional signs (warning, phone, arrow or pointing hand at a quoted post ("This 👇"), pin, flags, transport and places on a travel notice, list numbers, an
 * alert, check marks) that work as symbols, not as expression. */
export function isFunctionalEmoji(e: string): boolean {
	if (/\p{Regional_Indicator}/u.test(e)) return true;
	// keycap numbers in a list ("1️⃣ Stay indoors 2️⃣ Register"), an alert siren, check and cross marks in a fact check
	if (/^[0-9#*]\uFE0F?\u20E3$|^🔟$/u.test(e)) return true;
	// (a red exclamation mark heading a notice: "❗ UPDATE")
	if (/^(🚨|✅|☑️?|✔️?|❌|✖️?|🔔|🆕|🔄|⛑️?|❗️?|❕)$/u.test(e)) return true;
	// bullets and a thread's marker ("🧵 What is a diplomatic bag? 🔹 …")
	if (/^(🔹|🔸|🔷|🔶|▪️?|▫️?|◾|◽|🧵|▶️?|⏩|🔽|📣)$/u.test(e)) return true;
	return /^(⚠️?|ℹ️?|📞|☎️?|➡️?|👉|👇|👆|⤵️?|⬆️?|📍|🔴|🆘|📢|📌|🏥|🚑|⬇️?|🔗|✉️?|📧|🗓️?|⏰|✈️?|🛫|🛬|🚌|🚍|🚆|🚉|🚢|⛴️?|🏨|🏫|🛂|📋|🕐|📝|🌐|💻|📱|📩|📨|🧳)$/u.test(
		e
	);
}
