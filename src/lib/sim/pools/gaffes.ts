/**
 * Built-in replies to a post with a major or critical finding (a gaffe), in general and per finding, and to a
 * post that repeated or amplified the myth. None of these praises or thanks the trainee (a unit test checks
 * it); a supporter's voice here is disappointed, never approving. WAVE holds the quote posts that screenshot
 * a gaffe.
 */
import type { FindingId } from '../../scoring/types.ts';
import type { Pool } from './types.ts';

export const GAFFE: Pool = {
	hostile: [
		'Unbelievable from an official account.',
		'Who signed this off?',
		'Screenshot taken.',
		'Is this how {government} talks to people in a crisis?',
		'Read the room, {handle}.',
		'Someone should answer for this post.',
		'Appalling.',
		'Not the time. Not the tone.',
		'Delete this. Then explain it.',
		'This is going to follow you for a long time, {handle}.',
		'Tone-deaf does not begin to cover it.',
		'And they wonder why nobody trusts them.',
		'Archived before it disappears.',
		'Wow. Just wow.'
	],
	neutral: [
		'Is this account hacked?',
		'Surely this will be deleted soon.',
		'I had to read that twice.',
		'Is this really the official account?',
		'Somebody check who is running {handle} tonight.',
		'This cannot be the official line, can it?',
		'Waiting for the apology in 3, 2, 1…'
	],
	supportive: [
		'I usually defend {handle}, but not this.',
		'Please take this down and apologise.',
		'This is not the standard we expect from you.',
		'Disappointed. You are better than this.',
		'Whoever posted this, please step away from the keyboard.',
		'I want to trust you. Posts like this make it hard.'
	]
};

/** Per finding: what the public picks up on first. Missing findings fall back to GAFFE. */
export const GAFFE_BY_FINDING: Partial<Record<FindingId, Pool>> = {
	'emoji-in-tragedy': {
		hostile: [
			'People are dead and you are posting emoji?',
			'A smiley face during a disaster. Wow.',
			'Families are waiting for news and this is the tone?',
			'Emoji. In a post about casualties.',
			'Whoever runs this account has no idea what is happening in {place}.'
		],
		neutral: ['Why the emoji? Is this a joke account?', 'Did someone post this by mistake?'],
		supportive: ['Please, no emoji at a time like this.']
	},
	'humour-in-tragedy': {
		hostile: [
			'Jokes? Now? With people still missing in {place}?',
			'Nothing about this is funny, {handle}.',
			'Families are terrified and the embassy is joking.',
			'Laughing while people in {place} are suffering.',
			'Your sense of humour is the last thing anyone needs today.'
		],
		neutral: ['Is this supposed to be funny?', 'I hope this is a hacked account.'],
		supportive: ['Please, this is not the moment for jokes.']
	},
	'premature-blame': {
		hostile: [
			'Blaming before any investigation? Really?',
			'Where is your evidence?',
			'So the investigation is over already?',
			'Accusing first, checking later.',
			'Pointing fingers helps nobody in {place}.',
			'That is a serious accusation to throw around from an official account.'
		],
		neutral: [
			'Has this been confirmed by investigators?',
			'Who says so? Is there a report?',
			'Is that an official finding or a guess?'
		],
		supportive: ['Please wait for the facts before blaming anyone.']
	},
	'confidential-leak': {
		hostile: [
			'Did you just publish a patient’s details?!',
			'Privacy means nothing to you?',
			'That family did not agree to this.',
			'You posted someone’s personal data. Take it down.',
			'Imagine finding out about your relative like this.'
		],
		neutral: ['Should that information really be public?', 'Is it legal to post that?'],
		supportive: ['Please remove the personal details, for the family’s sake.']
	},
	'engaging-troll': {
		hostile: [
			'Arguing with trolls from an official account. Wow.',
			'Name-calling from an embassy?',
			'You gave that account exactly what it wanted.',
			'Diplomats used to be diplomatic.',
			'This reply will be screenshotted for years.'
		],
		neutral: ['Do not feed the trolls, {handle}.', 'Why engage with that account at all?'],
		supportive: ['Ignore them. Do not stoop to their level.']
	},
	'wrong-name': {
		hostile: [
			'You cannot even get the name right?',
			'It is not even spelled correctly.',
			'Check your names before posting.',
			'Getting names wrong is not a small thing in diplomacy.'
		],
		neutral: ['Is that a typo in the name?', 'Wrong name there, I think.'],
		supportive: ['Small thing, but please correct the name.']
	},
	'no-comment': {
		hostile: [
			'“No comment” while people wait for news?',
			'No comment means something to hide.',
			'That is not an answer.',
			'People are asking real questions and you say nothing of substance.'
		],
		neutral: ['So is there any information at all?', 'When will you be able to say more?']
	},
	'factual-error': {
		hostile: [
			'Those numbers do not match what others are saying.',
			'Which is it? Your numbers keep changing.',
			'Get the facts right before you post them.'
		],
		neutral: ['Is that figure correct?', 'Other sources give a different number.']
	},
	'amplified-unverified': {
		hostile: [
			'Why is an official account sharing that?',
			'You just gave the rumour your stamp.',
			'Did anyone check this before re-posting?',
			'Official account amplifying unverified content.',
			'Verify first. Then post.'
		],
		neutral: ['Wait, does the embassy believe this?', 'So is this confirmed now?'],
		believer: ['Even the embassy shared it. It must be real.']
	},
	shouting: {
		hostile: ['No need to shout.', 'ALL CAPS from an embassy. Calm down.'],
		neutral: ['Why the capitals?']
	}
};

export const MYTH: Pool = {
	believer: [
		'Even {handle} is talking about it now.',
		'So it is true then. They admit it.',
		'If the embassy is talking about it, it happened.',
		'Read their own post: “{snippet}”',
		'Their own words. {hashtag}',
		'Even the official account repeats it. {hashtag}',
		'They are not really denying it, are they?'
	],
	skeptic: [
		'You just repeated the rumour word for word.',
		'Why would you amplify {hashtag}?',
		'Now the rumour has an official stamp on it.',
		'Say what is true, not what the rumour says.',
		'Quoting the rumour only spreads it further.',
		'Please stop using their hashtag.'
	],
	hostile: [
		'Embarrassing. You have made it worse.',
		'Now the embassy is spreading it too.',
		'The network could not have asked for a better post.',
		'Because of you, even more people have seen it.',
		'Whose side is this account on?'
	],
	neutral: [
		'Wait, so is it true or not?',
		'I am more confused now than before your post.',
		'So what actually happened?',
		'Is this a denial or a confirmation?'
	]
};

/** Quote posts of a gaffe (the wave): the quoted post is embedded under them. */
export const WAVE: Record<'any' | 'tragedy' | 'blame' | 'leak' | 'troll', string[]> = {
	any: [
		'Screenshot taken. {handle} really posted this.',
		'Is this how {government} talks in a crisis? “{snippet}”',
		'Archiving this before it disappears.',
		'An official account, at {time}: “{snippet}”',
		'Read it again. This is {handle}.',
		'Cannot believe this is real.',
		'This will age badly.',
		'Saving this for when they deny it.',
		'Somebody at {government} needs to see this.',
		'The official account of {government}, ladies and gentlemen.'
	],
	tragedy: [
		'People are still missing in {place}. Meanwhile {handle}:',
		'Posted while rescuers are still digging. “{snippet}”',
		'This is the tone they chose. At {time}. During a disaster.'
	],
	blame: [
		'No evidence, no investigation, just blame. From an embassy.',
		'{handle} has already decided who is guilty. Based on what?'
	],
	leak: ['They published a private person’s details. Screenshot before it goes.'],
	troll: ['Embassy vs. troll, round one. The troll is winning.', '{handle} took the bait.']
};
