/** Session 27: four more voices on the shipped scenarios (a minister's political spokesperson, a consular duty
 * officer answering people one by one, a storytelling public-diplomacy officer, a senior officer's threads full of
 * figures) and two more crises (a ferry with a school group aboard, leaked embassy emails). Each cue is tested in
 * wording written afresh for this file, with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { chemical, mall, volcano, schoolferry, emails } = evalScenarios();
const { quake, askstate, evac, deepfake, hacked, election } = scenarios();
const { avalanche } = evalScenarios();

describe('session 27: counts of a nationality', () => {
	it('the count of our nationals against the facts’ count of them, for the same thing', () => {
		expectFinding(
			chemical,
			'03:05',
			'factual-error',
			['We are heartbroken: two Valmoran workers lost their lives in the explosion.'],
			[
				'Two workers died in the explosion; one of them was Valmoran.',
				'One Valmoran worker died in the explosion, and another worker from Kestrevia.'
			]
		);
		expectFinding(
			mall,
			'01:20',
			'factual-error',
			['Three Halvorians were killed and two were injured at Orchard Gate.'],
			[
				'Two Halvorians were killed and three injured at Orchard Gate.',
				'Three Halvorians are in hospital after the shooting.',
				'Dozens of Halvorians live in Dravik; call us if you need help.'
			]
		);
		expectFinding(
			volcano,
			'02:40',
			'factual-error',
			['So far 420 Brasmorians have registered with us on Keravos.'],
			['510 Brasmorians are now registered on Keravos, up from 420 this morning.']
		);
	});
});

describe('session 27: blame', () => {
	it('the incident called an actor’s act ("this was a criminal gang", "a front for"), a trail that "ends up at" someone', () => {
		expectFinding(
			hacked,
			'01:15',
			'premature-blame',
			[
				'Our first assessment is that it was an organised crime ring selling fake visas.',
				'Frankly, it is a hacking group, and a good one.'
			],
			[
				'We do not yet know whether it was a phishing email or a hacking group.',
				'This is a police matter now.'
			]
		);
		expectFinding(emails, '02:20', 'premature-blame', [
			'Grey Lantern is just a cover for a foreign spy agency.',
			'Pull the thread on these emails and it leads straight back to Marsk.'
		]);
	});

	it('a hedge taken back with "but" is no hedge; "not naive about who"', () => {
		expectFinding(
			hacked,
			'01:15',
			'premature-blame',
			[
				'We are not accusing anyone, but it is no accident that this happened the week of the visit.',
				'We are under no illusions about who benefits from this.'
			],
			['We will not speculate: it is no coincidence that we are still investigating.']
		);
	});

	it('fault named while an inquiry runs: warnings ignored, "should never have left", "will have to answer for it"', () => {
		expectFinding(
			schoolferry,
			'01:10',
			'premature-blame',
			[
				'The operator ignored repeated storm warnings.',
				'That ferry should never have set sail.',
				'The port authority will have to answer for this.'
			],
			[
				'This tragedy should never have happened; the inquiry will establish the cause.',
				'The operator says the crew followed the storm procedures.'
			]
		);
	});
});

describe('session 27: the people hit', () => {
	it('victims blamed in a proverb, for skipping advice, with a "lesson", or "only themselves to blame" after the verb', () => {
		expectFinding(
			evac,
			'01:10',
			'victim-blaming',
			[
				'Tourists who ignored three weeks of warnings now pay for it.',
				'If they ignored the travel advice and are now trapped in Sarenne, that was their choice.',
				'A hard lesson for holidaymakers.',
				'Those who stayed behind have only themselves to blame.'
			],
			[
				'If you did not register yet, please do it now: register.elbany.example.',
				'The lesson for us: post the flight times earlier.'
			]
		);
	});

	it('a worry called nothing, "patience is a virtue", callers with "nothing better to do"', () => {
		expectFinding(
			askstate,
			'00:12',
			'belittling',
			[
				'Nine weeks is hardly the end of the world, friends.',
				'Patience is a virtue, Amira.',
				'Please don’t stress about nothing.',
				'The line is not for people with nothing better to do.'
			],
			[
				'Nine weeks is a long wait, and we are sorry for it.',
				'There is nothing to pay for priority processing.'
			]
		);
	});
});

describe('session 27: sarcasm, humour', () => {
	it('"for once", "for a change", mock surprise, "armchair admirals", mock praise with a name', () => {
		expectFinding(
			deepfake,
			'01:15',
			'sarcasm',
			[
				'@tgeller Nice to see a reporter ringing us before publishing, for once.',
				'@tgeller Why not try checking the source for a change?',
				'@tgeller Surprise, surprise: another anonymous clip.',
				'Plenty of armchair detectives on this one. Very helpful, Ms Geller.'
			],
			[
				'Good news for a change: the full recording is now online.',
				'@tgeller Thank you for asking us first.'
			]
		);
	});

	it('bravado, the disaster that "didn’t get the memo", "one dance too many", "showing everyone how it’s done"', () => {
		expectFinding(
			quake,
			'00:40',
			'humour-in-tragedy',
			[
				'It takes more than an earthquake to rattle this consulate!',
				'Looks like the ground didn’t get the memo about the quiet season.',
				'Porto Veyra always did like to dance. One step too many tonight.',
				'Our consulate team showing everyone how it’s done.'
			],
			['One death is one too many.', 'If you did not read the safety card, ask our staff.']
		);
	});
});

describe('session 27: sides, relays, platitudes', () => {
	it('a party’s ideas "closest to" ours, a party admired, an incumbent’s win presumed', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'Civic Renewal’s proposals for farmers are much closer to our thinking.',
				'We have always applauded the energy Civic Renewal brings.'
			],
			['We have met every party, including Civic Renewal, about trade.']
		);
		expectFinding(
			emails,
			'01:40',
			'taking-sides',
			['We will keep working with Prime Minister Orvell after the election.'],
			['We will keep working with Prime Minister Orvell’s government on the inquiry.']
		);
	});

	it('"passing on a warning from users:", "here is the clip everyone is talking about"', () => {
		expectFinding(
			hacked,
			'01:30',
			'amplified-unverified',
			['Passing on a tip from followers: the fake site is now texting applicants.'],
			['Passing on the latest from the police: the fake site has been taken down.']
		);
		expectFinding(deepfake, '00:20', 'amplified-unverified', [
			'For transparency, here’s the video everyone is sharing.'
		]);
	});

	it('sympathy with only a quotation or hashtags beside it', () => {
		expectFinding(
			quake,
			'00:12',
			'empty-platitude',
			[
				'“We are all connected,” as the poet said. Our hearts are with Porto Veyra tonight.',
				'Thoughts with everyone in Porto Veyra. #PortoVeyra #Veyrania'
			],
			['Our hearts are with Porto Veyra tonight. Our consulate is open: +00 100 200 300.']
		);
	});
});

describe('session 27: names and counts', () => {
	it('a title the phrase list does not know leads the name; another form of the first name', () => {
		expectFinding(
			schoolferry,
			'01:40',
			'wrong-name',
			['We spoke to Renata Solkh this morning.', 'Minister Ilaria Barsk has our thanks.'],
			[
				'We spoke to Port Director Renata Solk this morning.',
				'Transport Minister Ilaria Brask has our thanks.'
			]
		);
		expectFinding(
			hacked,
			'01:12',
			'wrong-name',
			['We called Foreign Minister Joachim Reis this morning.'],
			['We called Foreign Minister Joaquim Reis this morning.']
		);
	});

	it('"Three, two pupils and a teacher" is a count of three, not five', () => {
		expectFinding(
			schoolferry,
			'02:05',
			'factual-error',
			[],
			['24 of the 27 Dravenians are now safe. Three, two pupils and a teacher, are still missing.']
		);
	});
});

describe('session 27: facts of a group, a place, an inject', () => {
	it('everyone in a group said to be safe while the latest fact still has some missing or dead', () => {
		expectFinding(
			schoolferry,
			'02:10',
			'factual-error',
			['Every one of the 27 Dravenians has been rescued.', 'All our pupils are now safe.'],
			[
				'We hope all 27 Dravenians are found alive.',
				'19 of the 27 Dravenians are safe; we will not rest until all of them are accounted for.'
			]
		);
		// "accounted for" counts the dead: only someone still missing contradicts it
		expectFinding(
			avalanche,
			'02:40',
			'factual-error',
			[],
			['All 16 members of the group are now accounted for; two Norvessans lost their lives.']
		);
	});

	it('the incident put at another listed place after the same preposition', () => {
		expectFinding(
			schoolferry,
			'00:30',
			'factual-error',
			['The ferry capsized off Lanthe Island this morning.'],
			[
				'The ferry capsized off Cape Mirren on its way to Lanthe Island.',
				'The ferry capsized near Cape Mirren; families are gathering in Ostrel.'
			]
		);
	});

	it('a time only the trainee’s own cable has given is not a factual error', () => {
		expectFinding(
			evac,
			'03:05',
			'factual-error',
			['Two charter flights with 380 people left Port Iset by 18:00.'],
			['Two charter flights with 380 people have left Port Iset 💪 Next flights tomorrow 09:00.']
		);
	});
});

describe('session 27: the myth', () => {
	it('"recalled" as remembering is not the recall; a "smear" or "hoax" denies', () => {
		expectFinding(
			emails,
			'02:57',
			'myth-repetition',
			['Ambassador Delmonte is being recalled, we hear.'],
			[
				'As Ambassador Delmonte recalled at this morning’s meeting, our two countries go back a long way.'
			]
		);
		expectFinding(
			quake,
			'00:50',
			'myth-repetition',
			[],
			['Our consulate in Porto Veyra is open and sheltering 140 people. That gate video is a hoax.']
		);
	});
});

describe('session 27: point-scoring', () => {
	it('the host government set against us as a failure; credit claimed by contrast', () => {
		expectFinding(
			evac,
			'03:10',
			'taking-sides',
			['Whereas the Sarenne authorities dithered for days, we got people out.'],
			['While the authorities work to restore order, please stay indoors.']
		);
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			['380 people are out. Our embassy came through. Others promise; we fly.'],
			['380 people are out. Thank you to the crews and to the Sarenne authorities.']
		);
	});
});

describe('session 27: hours', () => {
	it('opening hours given to a line the facts say is staffed round the clock', () => {
		const { envoy } = scenarios();
		expectFinding(
			envoy,
			'00:40',
			'factual-error',
			[
				'Our emergency line +00 700 800 900 is open 9am–5pm.',
				'Questions? Ring our emergency number in working hours: +00 700 800 900.'
			],
			[
				'Our emergency line +00 700 800 900 is staffed 24 hours; the visa desk is open 09:00 to 17:00.',
				'Call +00 700 800 900 at any time.'
			]
		);
	});
});
