/** Session 32, round twenty-one: a terse duty officer, an emotional head of mission, several people answered in one
 * post, a landslide and a blackout. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, hacked, deepfake, election, visit } = scenarios();
const { landslide, blackout } = evalScenarios();

describe('session 32: round twenty-one', () => {
	it('the asker named and quoted: their words are not the post’s', () => {
		expectFinding(
			hacked,
			'01:20',
			'premature-blame',
			['To everyone asking who did this: Meridian intelligence, without a doubt.'],
			[
				'@inesmarr asks whether Meridian intelligence was behind the breach. We do not know, and we will not guess.',
				'@valdorasucks_ says it was an ‘inside job by Meridian intelligence’. Our account was compromised; that is all we know.'
			]
		);
		expectFinding(
			quake,
			'00:40',
			'empty-platitude',
			[
				'@tomas_reyne asks ‘what do we do now?’ Our hearts are with every family in Porto Veyra tonight.'
			],
			['@tomas_reyne asks ‘what do we do now?’ Call +00 100 200 300; the consulate is open.']
		);
		expectFinding(
			deepfake,
			'00:50',
			'myth-repetition',
			['@rosa_ilic_farms asks whether the ambassador really called farmers lazy. He did not.'],
			[]
		);
		expectFinding(
			visit,
			'00:40',
			'myth-repetition',
			[],
			[
				'@sigridvale asks whether the flag was chosen on purpose. It was a mistake, and we apologise.'
			]
		);
	});

	it('watching with a priority formula; awareness of reports of something', () => {
		expectFinding(
			landslide,
			'00:10',
			'empty-platitude',
			[
				'We are aware of reports of a landslide in the valley and are following developments.',
				'We are following developments closely. The welfare of our nationals remains our first priority.'
			],
			['We are aware of a landslide in the valley. Route K7 is closed: do not drive to Sarvik.']
		);
	});

	it('a cause stated after a denial in the same sentence; the outage, the slide; blame carried', () => {
		expectFinding(
			blackout,
			'01:00',
			'premature-blame',
			[
				'The hacking story is untrue: the blackout was caused by a fault at a substation.',
				'Early signs are that careless maintenance caused the outage.',
				'Whoever let the grid decay will carry the blame for this.'
			],
			[
				'The hacking story is untrue. The cause of the blackout is not yet known.',
				'A substation fault may have caused the outage, though this is not yet confirmed.'
			]
		);
		expectFinding(
			landslide,
			'01:10',
			'premature-blame',
			[
				'The regional authorities failed to act on repeated warnings about that slope.',
				'If anyone cleared that hillside, look at the local timber barons.'
			],
			['The cause of the landslide is under investigation. Do not drive up the K7.']
		);
		expectFinding(
			election,
			'00:40',
			'premature-blame',
			['These rumours were planted by the governing party to hurt us.'],
			['These rumours are false: Calvera funds no party or candidate.']
		);
		expectFinding(
			hacked,
			'00:45',
			'premature-blame',
			['Our account was compromised after an employee clicked a fake login link.'],
			['Our account was compromised this morning; we are investigating how.']
		);
	});

	it('own account as the source is no culprit', () => {
		expectFinding(
			hacked,
			'01:05',
			'premature-blame',
			[],
			['The offensive post came from our own hijacked account; we apologise to President Solberg.']
		);
	});

	it('mock praise, mock thanks, "told you so", mock concessions', () => {
		expectFinding(
			landslide,
			'02:15',
			'sarcasm',
			[
				'@kari_solberg Sharing a child’s hospital notes with the world, brilliant idea.',
				'Told you so: the geologists say it was the rain.',
				'Will the #TimberKilledSarvik accounts manage to apologise now?'
			],
			['@kari_solberg Please remove that post; we will call you privately about your daughter.']
		);
		expectFinding(
			blackout,
			'01:25',
			'sarcasm',
			[
				'@OwenThaleTMP Thanks for putting it so nicely. Yes, we are open.',
				'Oh sure, we secretly switched off your grid and then froze in the dark for fun. #TireliaHackedUs'
			],
			['@OwenThaleTMP Yes, we are open and our line is staffed around the clock.']
		);
		expectFinding(
			quake,
			'01:20',
			'sarcasm',
			['@LenaOrtizAD Stellar reporting: one blurry clip of a side gate.'],
			['@LenaOrtizAD The consulate has been open all night; 140 people are inside.']
		);
		expectFinding(
			visit,
			'00:40',
			'sarcasm',
			['@sigridvale Yes Sigrid, we clearly arranged the whole thing over coffee.'],
			['@sigridvale It was an error, and we apologise.']
		);
	});

	it('the victims’ own choices: "should always check… before", "stayed despite", "chose to… in the rain"', () => {
		expectFinding(
			landslide,
			'01:20',
			'victim-blaming',
			[
				'Hikers should always read the forecast before heading into the hills.',
				'Several trekkers carried on despite the warnings.',
				'@anton_brask Your brother chose to hike in the middle of a storm.'
			],
			['Families of trekkers in the valley: call +00 470 555 010 and do not drive up the K7.']
		);
	});

	it('a verdict on the host’s handling or its ministers; a hostile foreign government is not a side', () => {
		expectFinding(
			blackout,
			'02:30',
			'taking-sides',
			[
				'The energy minister’s stance has not helped anyone.',
				'Orvenians deserve better than this government.',
				'Sunday’s election is a chance to change course.'
			],
			[
				'We do not comment on Orvenia’s election. Power is back in 5 of 11 regions.',
				'Claims that a hostile government cut the power are unproven.'
			]
		);
		expectFinding(
			quake,
			'02:40',
			'taking-sides',
			[],
			['140 people are still sheltering; the courtyard is the busiest party in town tonight.']
		);
	});

	it('hearsay passed on, clips shared while unchecked', () => {
		expectFinding(
			blackout,
			'02:00',
			'amplified-unverified',
			[
				'A follower tells us the Tarnby shelter has no heating. Can anyone confirm?',
				'Residents are reporting that the northern grid failed again; we cannot confirm it.',
				'We are hearing worrying reports of looting in Halvik.'
			],
			['Civil Protection confirms 6,800 people are in warming shelters.']
		);
	});

	it('over-reassurance and a closure sold as a perk', () => {
		expectFinding(
			quake,
			'00:35',
			'belittling',
			['@tomas_reyne I am sure your parents are perfectly safe, the lines are just busy.'],
			[
				'@tomas_reyne The lines are overloaded. Please call +00 100 200 300 and we will try to trace them.'
			]
		);
		expectFinding(
			blackout,
			'00:30',
			'humour-in-tragedy',
			['Good news for anyone who hates traffic: every train in Orvenia has stopped.'],
			['All trains in Orvenia have stopped. Stay where you are and keep warm.']
		);
	});

	it('figures: "M6.1", a toll in the same words, a toll that has risen; a dead phone is no death', () => {
		expectFinding(
			quake,
			'00:30',
			'factual-error',
			['An M6.1 quake hit Porto Veyra overnight.'],
			['An M7.1 quake hit Porto Veyra overnight.']
		);
		expectFinding(
			landslide,
			'02:10',
			'factual-error',
			['KCPA: 5 confirmed dead and 40 missing in Sarvik.'],
			['KCPA: 12 confirmed dead and 27 missing in Sarvik.']
		);
		expectFinding(
			blackout,
			'02:50',
			'factual-error',
			['Two people have died of carbon monoxide poisoning.'],
			['The carbon monoxide death toll has risen to 4.']
		);
		expectFinding(
			blackout,
			'00:40',
			'factual-error',
			[],
			[
				'If your phone battery is dead, come to the embassy to charge it.',
				'OrvGrid expects full restoration by 18:00.'
			]
		);
	});
});
