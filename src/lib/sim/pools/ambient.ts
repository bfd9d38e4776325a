/**
 * Built-in posts of the public that answer no particular post of the trainee: the ambient conversation (with a
 * tragedy set for scenarios where one has happened), the rumour's believers and skeptics, complaints about
 * silence (drawn ONLY when the trainee really has been silent: src/lib/core/sample-reactions.ts), and talk about a
 * deleted post. None of them praises the trainee and only SILENCE speaks of silence (unit-tested).
 */
import type { Pool } from './types.ts';

export const AMBIENT: Pool = {
	neutral: [
		'Following this closely.',
		'Does anyone have reliable information?',
		'So much noise on my timeline today.',
		'Trying to work out what is actually true here.',
		'Watching this unfold.',
		'Checking in on friends in {place}.',
		'What a day.',
		'Can someone post a reliable source?',
		'Lots of rumours, few facts. Be careful what you share.',
		'Refreshing every five minutes.',
		'Anyone from {place} online? How is it there?',
		'Hard to keep track of everything tonight.',
		'Keeping an eye on this.',
		'Is there a live page somewhere with verified updates?'
	],
	supportive: [
		'Proud of the people helping on the ground.',
		'Good people are working on this. Let them do their job.',
		'Stay calm and check official channels, everyone.',
		'The consular teams have handled crises before. They know what they are doing.',
		'Respect to everyone working through this.'
	],
	hostile: [
		'Same old story from {government}.',
		'I do not trust anything official any more.',
		'Watch how they spin this.',
		'Typical.',
		'Who is accountable for this mess?',
		'Expect a cover-up.',
		'The usual excuses will follow.',
		'Nobody at {government} will pay for this.'
	]
};

/** Extra ambient texts once a tragedy event has fired (casualties). */
export const AMBIENT_TRAGEDY: Pool = {
	neutral: [
		'Thinking of everyone in {place}.',
		'Does anyone know if the roads out of {place} are open?',
		'Power is out in half the city here.',
		'Stay safe, everyone.',
		'Still cannot reach my friends in {place}.',
		'Is there a list of shelters anywhere?',
		'Just saw the pictures from {place}. Heartbreaking.',
		'Blood donation centres are asking for volunteers.',
		'Praying for {place} tonight.'
	],
	supportive: [
		'The rescue teams in {place} are heroes.',
		'Strength to everyone in {place}.',
		'Neighbours here are sharing water and blankets. Good people.'
	]
};

export const RUMOUR: Pool = {
	believer: [
		'{hashtag} is trending for a reason.',
		'Saw the posts. Shameful. {hashtag}',
		'My friend says it happened exactly like that. {hashtag}',
		'This is what they do when they think no one is watching. {hashtag}',
		'Share before they take it down! {hashtag}',
		'I believe the people who were there, not the officials.',
		'If it is not true, why does it keep coming up? {hashtag}',
		'Disgraceful if true. And it looks true. {hashtag}',
		'Everyone in my feed is sharing this. {hashtag}',
		'They will deny it, of course. {hashtag}',
		'Another account posted the same thing. That is two sources now. {hashtag}',
		'I knew something like this would happen. {hashtag}',
		'My whole family group is talking about it. {hashtag}',
		'Unbelievable. Keep sharing. {hashtag}',
		'Why would so many people make this up? {hashtag}',
		'Finally the truth comes out. {hashtag}'
	],
	skeptic: [
		'That story has no date and no source. Be careful.',
		'Check the source before sharing {hashtag}.',
		'The accounts pushing {hashtag} were created last week.',
		'Half the accounts sharing this are bots.',
		'Has anyone actually verified this?',
		'Stop sharing unverified stuff, people.',
		'This looks doctored. Wait for facts.',
		'Look at who is pushing {hashtag}. Same accounts every time.',
		'People on the ground are telling a different story.',
		'Outrage first, facts later. Not falling for it.',
		'Same hashtag, same wording, hundreds of accounts. That is not normal.',
		'Before you share: who posted it first, and when?',
		'Reverse-search the image. It does not say what they claim.',
		'Strong feelings, no evidence. Classic rumour.',
		'Please stop forwarding this to family groups.'
	]
};

export const SILENCE: Pool = {
	hostile: [
		'Why is {handle} silent?',
		'Still not a word from {handle}.',
		'Where is {handle} when people need information?',
		'Radio silence from the embassy.',
		'Is anyone running {handle} tonight?',
		'Silence says a lot.',
		'Not one word from {government}. Unreal.',
		'Say something, {handle}. Anything.',
		'The rumours are everywhere and {handle} is silent.',
		'How long does an official statement take?',
		'{handle}, people are asking you directly. Answer them.',
		'Still nothing? Really?'
	],
	neutral: [
		'Has {handle} said anything yet?',
		'Waiting for an official statement.',
		'Any word from {handle}?',
		'Is there an official line on this yet?',
		'Has {government} commented on this?'
	],
	believer: [
		'Their silence is an admission. {hashtag}',
		'Notice how quiet {handle} is? {hashtag}',
		'Still waiting for {handle} to explain. {hashtag}',
		'Gone quiet again, {handle}? {hashtag}',
		'Keep asking {handle}. They cannot stay silent forever. {hashtag}'
	]
};

export const DELETED: Pool = {
	hostile: [
		'Deleted already? Too late, I have the screenshot.',
		'Nice try deleting it, {handle}.',
		'The internet never forgets: “{snippet}”',
		'Why delete it if you stand by it?',
		'Deleting is not apologising.'
	],
	neutral: [
		'Did {handle} just delete a post?',
		'What did the deleted post say?',
		'Someone saved the deleted post, it is going around.'
	],
	believer: ['They deleted it because it was true.', 'Deleted. That tells you everything.']
};
