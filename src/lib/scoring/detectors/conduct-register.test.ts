/** The session-21 structural cues (issue 12): informal register in a tragedy, earlier advice held against the
 * affected, the sender ranked above all others, praise of a negative object, blame by insinuation, verdicts and
 * calls for change in host politics, times in words and double surnames. Every case is written afresh for this
 * file (not copied from an evaluation set), with clean near-misses beside the positives. */
import { describe, it } from 'vitest';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, hacked, evac, deepfake, askstate, visit } = scenarios();

const check = expectFinding;

describe('session-21 conduct cues', () => {
	it('humour-in-tragedy: informal register in a tragedy — not a plain, warm report', () => {
		check(
			quake,
			'01:20',
			'humour-in-tragedy',
			[
				'Anyway, the kettle still works. Consulate open, +00 100 200 300.',
				'Turned out the courtyard was the safest seat in the house. 140 people are with us.',
				"Safe to say nobody slept much. We're open: +00 100 200 300.",
				'Porto Veyra got properly rattled overnight. The consulate can take more people.',
				"The floor isn't finished with us, it seems. Could have gone better, this night.",
				'Oh well. Consulate open, hotline +00 100 200 300.'
			],
			[
				'Rescue teams are still searching the old town. The consulate is open; call +00 100 200 300.',
				'Well over a hundred people are sheltering with us tonight; call +00 100 200 300.',
				'The earthquake shook the whole city. If you are an Arcadian and need help, come to the main entrance.',
				'So far 140 people have found shelter at the consulate.',
				'If you are in Porto Veyra on holiday, register with us and stay away from damaged buildings.'
			]
		);
	});

	it('victim-blaming: earlier advice held against the affected — not advice given now', () => {
		check(
			hacked,
			'00:30',
			'victim-blaming',
			[
				'We have long advised applicants to check the web address before typing anything.',
				'Our guidance has said since last year to apply only through visas.valdora.example.'
			],
			[
				'Please apply only through visas.valdora.example, and change your passwords if you used the fake link.',
				'As we said an hour ago, the link was fake. Write to us and we will help.'
			],
			'applicant-worry'
		);
		check(
			evac,
			'01:10',
			'victim-blaming',
			['Nationals were urged months ago to keep their passports up to date.'],
			['Nationals who have not registered can still do so at register.elbany.example.']
		);
	});

	it('self-promotion: the sender ranked above all others, in any crisis — not thanks to staff', () => {
		check(
			deepfake,
			'01:15',
			'self-promotion',
			[
				'Our press team is quite simply the finest in the diplomatic corps.',
				'Few embassies could have published the full recording as fast as ours did.',
				'No other mission in Castavia has responded better than we have today.'
			],
			[
				'Thank you to our press team, who published the full recording within the hour.',
				'The full recording of the toast is on our website, the best place to see what was really said.'
			]
		);
	});

	it('sarcasm: praise or thanks for the rumour, the fake or the campaign — not sincere thanks', () => {
		check(
			evac,
			'02:20',
			'sarcasm',
			[
				'A big thank you to everyone spreading that rumour so enthusiastically. Every registered national can board.',
				'Terrific story. Shame it is false: flights are open to all registered Elbanians.'
			],
			[
				'Thank you to everyone who shared our registration link. Flights are open to every registered national.',
				'Thank you for your questions about the flights. They are open to every registered Elbanian.'
			]
		);
	});

	it('premature-blame: insinuation — not a refusal to speculate', () => {
		check(
			hacked,
			'01:15',
			'premature-blame',
			[
				'Everyone knows exactly who would gain from a quarrel between our countries.',
				'Certain circles who wish to poison relations between Valdora and Meridia will be disappointed.'
			],
			[
				'We do not know who is behind the attack, and we will not guess.',
				'We know how worrying this is. The investigation is ongoing.'
			]
		);
	});

	it('taking-sides: a verdict on performance, calls to go, backing against critics — not neutral lines', () => {
		check(
			evac,
			'00:30',
			'taking-sides',
			[
				"For once Sarenne's authorities got something right.",
				'Sarenne needs a more competent government.',
				"We stand with the President against her opponents in Sarenne's parliament."
			],
			[
				'We are in contact with the Sarennese authorities about our nationals.',
				'We call on all sides to refrain from violence.'
			]
		);
	});

	it('factual-error: clock times and dates in words — not the right time in words', () => {
		check(
			evac,
			'00:55',
			'factual-error',
			[
				'Assembly points open at five o’clock this afternoon at the Grand Hotel Meridien.',
				'Sarenne International Airport closed at nine this morning.'
			],
			[
				'Assembly points open at two this afternoon at the Grand Hotel Meridien.',
				'Sarenne International Airport closed at six o’clock this morning.'
			]
		);
		check(
			deepfake,
			'00:45',
			'factual-error',
			['The toast was given at the dinner with the farmers’ cooperative on May the twentieth.'],
			['The toast was given at the dinner with the farmers’ cooperative on the twelfth of May.']
		);
	});

	it('wrong-name: a double surname shortened or with a wrong part', () => {
		check(
			visit,
			'00:25',
			'wrong-name',
			[
				'We apologise to Halvard Ekström for our earlier post.',
				'Our apologies to Prime Minister Ekström-Nord for our earlier post.'
			],
			['Our apologies to Prime Minister Halvard Ekström-Nadi for our earlier post.']
		);
	});

	it('rounds two and three: comparisons, reputation, reminders, insinuation, verdicts, word times', () => {
		check(
			quake,
			'02:45',
			'self-promotion',
			[
				'Name another consulate that sheltered this many people tonight. We did it faster than anyone.',
				'Our crisis staff are rightly famous across the region for their calm.',
				'Other embassies in Veyrania can only dream of a team like ours.'
			],
			['Other embassies in Veyrania have also opened their doors. Call us on +00 100 200 300.']
		);
		check(
			quake,
			'01:20',
			'humour-in-tragedy',
			[
				"Let's just say the kettle has been busy. Consulate open.",
				'Somewhat lively evening at the consulate. Still open.'
			],
			[
				"Let's keep the hotline free for urgent calls: +00 100 200 300.",
				'It has been a hard evening at the consulate. We are still open.'
			]
		);
		check(
			deepfake,
			'01:15',
			'premature-blame',
			[
				'Somebody is obviously trying to turn Castavians against Norland.',
				'We have a pretty good idea whose hand is behind this.'
			],
			['Somebody asked whether the ambassador said this. She did not.']
		);
		check(
			hacked,
			'01:40',
			'taking-sides',
			[
				"Meridia's government is in no position to lecture anyone.",
				'The opposition in Meridia should stop exploiting this incident.'
			],
			['We will answer the questions of the Meridian government in full.']
		);
		check(
			askstate,
			'00:12',
			'victim-blaming',
			['@amira_h Applicants were reminded last autumn to leave three months for a visa.'],
			['@amira_h Please allow as much time as you can and request priority processing now.'],
			'visa-question'
		);
		check(
			hacked,
			'00:40',
			'factual-error',
			['The account was accessed at twenty minutes past seven this morning.'],
			['The account was accessed at twelve minutes to six this morning.']
		);
	});
});
