/**
 * Built-in replies to a post of the trainee that landed well: a good statement, a correction that worked, an
 * answer to a question; and to a weak one. Praise lives ONLY in these pools (a unit test checks that no other
 * pool praises), and the simulation draws from them only when the post's outcome allows it
 * (src/lib/sim/outcome.ts). Placeholders: src/lib/scenario/placeholders.ts.
 */
import type { Pool } from './types.ts';

export const GOOD: Pool = {
	supportive: [
		'Clear and calm. Thank you, {handle}.',
		'This is what we needed to hear. Sharing.',
		'Finally some solid information. Thanks.',
		'Thank you for keeping us posted.',
		'Good update, {handle}. Please keep them coming.',
		'Helpful, thank you. Passing it on to my family group.',
		'Appreciate the update at this hour.',
		'Well handled. Clear, human, useful.',
		'Bookmarked. Thanks for the practical details.',
		'Exactly the kind of update people in {place} need right now.',
		'Thanks {handle}, shared with everyone I know there.',
		'Calm words and real information. Thank you.',
		'Good to see {government} on top of this.',
		'Useful, thank you.',
		'That is reassuring. Thank you for the clarity.',
		'Re-posting this everywhere. Thank you 🙏',
		'Straightforward and kind. More of this please.',
		'Thank you. My parents feel a lot calmer after reading this.'
	],
	neutral: [
		'Noted. Will you post again when you know more?',
		'Is there a number for people calling from abroad?',
		'Does this apply to dual nationals too?',
		'What about people who cannot get online?',
		'Saved. When is the next update?',
		'Can you post this in other languages too?',
		'Following this thread.',
		'Which areas of {place} does this cover?',
		'Is there anything we can do to help from here?',
		'Got it. Is the information the same for visitors?',
		'OK. Where can families register someone missing?',
		'Will there be a live page with updates?',
		'Is this also on the ministry website?',
		'How often will you update this?'
	],
	hostile: [
		'Nice words. We will judge by what you do.',
		'A statement is the least you could do.',
		'Let us see if the phones are actually answered.',
		'We will see. Trust is earned.',
		'Fine, but people in {place} need action, not posts.',
		'Words are cheap. Send help.',
		'We will see whether {government} follows through.',
		'Posting is easy. Delivering is harder.',
		'Polished. Now show us results.'
	]
};

export const CORRECTION: Pool = {
	supportive: [
		'Thank you for setting the record straight.',
		'Clear correction, thank you. Sharing widely.',
		'That clears it up. Thanks {handle}.',
		'Facts first. Thank you.',
		'Good. My cousin is there and says the same.',
		'Thank you for putting the facts out plainly.',
		'This is the post people need to see instead of the rumour.',
		'Appreciate the straight facts, {handle}.',
		'Thanks. Sending this to everyone who sent me the rumour.',
		'Clear, factual, no drama. Thank you.'
	],
	skeptic: [
		'Told people it was misleading. Here are the facts.',
		'So much for {hashtag}. Check before you share, people.',
		'Exactly what I heard from friends on the ground.',
		'The rumour falls apart once you read the facts.',
		'Good. Now can people stop sharing it?',
		'Every account that pushed {hashtag} should read this.',
		'This is why you wait for official information before sharing.',
		'Thought so. The story never added up.',
		'Pinning this in our community group.'
	],
	believer: [
		'Then why are so many people saying otherwise?',
		'Convenient. I will believe it when I see it myself.',
		'Why should we take your word for it?',
		'Still not convinced. Where is the proof?',
		'Prove it with pictures.',
		'Of course an official account says that.',
		'Someone I trust said otherwise.'
	],
	hostile: [
		'Correction noted. Trust is another matter.',
		'A correction does not explain why people were scared in the first place.',
		'Fine. And what are you doing so it does not happen again?',
		'OK, but people are still angry.',
		'One post will not undo the damage.'
	],
	neutral: [
		'Is this confirmed by anyone on the ground?',
		'OK, good to know. Sharing with my family.',
		'Will you post photos?',
		'Two versions are going around. Glad to see the official one.',
		'So the story going around is misleading? Useful to know.',
		'Saving this in case the rumour comes back.'
	]
};

export const ANSWER: Pool = {
	supportive: [
		'Thanks for answering directly.',
		'A straight answer, appreciated.',
		'Good to see questions actually answered here.',
		'Thank you for replying on the record.',
		'That is the answer people were waiting for. Thanks.',
		'Clear answer, thank you {handle}.',
		'Respect for answering in public.',
		'Good to get a real answer for once.',
		'That helps, thank you.',
		'Useful answer. Sharing it with the others who asked.'
	],
	neutral: [
		'Follow-up: will that change tonight?',
		'And what about the rest of us?',
		'Could you say the same in the other languages?',
		'Good to know. Any timeline?',
		'So what happens next?',
		'Is that the final figure?',
		'Does that include people outside {place}?'
	],
	hostile: [
		'One answer. There are a hundred more questions.',
		'Only because {asker} pushed you.',
		'Answering journalists, ignoring everyone else.',
		'That answer raises more questions.',
		'Carefully worded, as always.'
	]
};

export const WEAK: Pool = {
	hostile: [
		'That tells us nothing.',
		'Copy-paste statement. What are you actually doing?',
		'Lots of words, no information.',
		'Is that it?',
		'So no actual news, then?',
		'Vague as ever.',
		'This could have been written before anything happened.',
		'We asked for facts, not a press release.',
		'Empty.',
		'Read it three times and learned nothing.'
	],
	neutral: [
		'Can you be more specific?',
		'What does "monitoring" mean in practice?',
		'Any concrete numbers?',
		'Who do we call?',
		'Where do people go for help?',
		'Is there anything people should actually do?',
		'What do you know so far?',
		'When will you know more?'
	],
	supportive: [
		'OK, but please give us specifics soon.',
		'I know it is early, but people need details.',
		'Please follow up with something concrete.',
		'Understood. Please post practical steps as soon as you can.'
	]
};
