/** Session 28: four more voices on the shipped scenarios (a formal communiqué register, a warm and heartfelt officer,
 * adversarial near-misses and faux pas without trigger words, a minister's own account) and two more crises (a crowd
 * crush at an away match, flash floods at a campsite). Each cue is tested in wording written afresh for this file,
 * with a clean near-miss where it could over-reach. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { stadium, floods } = evalScenarios();
const { quake, askstate, evac, deepfake, hacked, visit, election, envoy } = scenarios();

describe('session 28: false flags on new crises', () => {
	it("a club's prefix, a stand named like an ambassador, a handle, a campsite that flooded", () => {
		expectFinding(
			stadium,
			'01:55',
			'profanity',
			['FK off, all of you.'],
			[
				'Fans of FK Vossburg who need help: call +00 310 410 510. #FKVossburg',
				'@erik_dahl_fkv Please call +00 310 410 510 with your friends’ names.'
			]
		);
		expectFinding(
			stadium,
			'01:55',
			'wrong-name',
			['Ambassador Stand will visit the hospital today.'],
			['The crush happened in the tunnel behind the North Stand.']
		);
		expectFinding(
			floods,
			'01:28',
			'humour-in-tragedy',
			['Basically the valley got a free car wash, folks 😅'],
			['The campsite lies 14 km upstream of the dam. Maybe call the hotline if you are unsure.']
		);
	});

	it('the crisis’s own word is no hostility towards a troll; a correction we made is a fact', () => {
		expectFinding(
			stadium,
			'01:12',
			'engaging-troll',
			['@TerraceTruth Pathetic. Take your lies elsewhere.'],
			['@TerraceTruth Police say CCTV shows the away fans left calmly before the crush.'],
			'troll-bait'
		);
		expectFinding(
			visit,
			'00:45',
			'engaging-troll',
			['@vestra_lol Very funny. Not.'],
			['We have corrected this morning’s post and apologised to our hosts.'],
			'vestra-mockery'
		);
	});

	it('praise given to others, and an event named only to say it is cancelled, promote nothing', () => {
		expectFinding(
			floods,
			'02:50',
			'self-promotion',
			['Our tireless team in Tiveli has shown what Dalmoran diplomacy is made of.'],
			[
				'We thank Kestranian Civil Protection for their tireless work in the valley.',
				'The summer music festival in Tiveli has been called off by its organisers; please keep the roads clear.'
			]
		);
	});
});

describe('session 28: figures', () => {
	it('a nationality’s count the fact gives beside the total; a listing that only says who', () => {
		expectFinding(
			stadium,
			'02:50',
			'factual-error',
			['7 dead, 54 injured; 5 Brennlanders died in the crush.'],
			['7 dead and 54 injured in all; 3 of the dead are Brennlanders, and 3 Brennlanders died.']
		);
		expectFinding(
			floods,
			'00:40',
			'factual-error',
			['6 Dalmorans registered at the campsite are unaccounted for.'],
			['9 Dalmorans registered at Brannoch Meadows are unaccounted for; call +00 500 600 700.']
		);
	});

	it('a count of the missing that a later update brought down; the old figure named as the whole is fine', () => {
		expectFinding(
			floods,
			'01:35',
			'factual-error',
			['Nine Dalmorans are still missing after the floods; our team is in Tiveli.'],
			[
				'Five Dalmorans are still missing; four of the nine have been found safe.',
				'Of the 9 Dalmorans unaccounted for at first, 4 are safe and 5 are still missing.'
			]
		);
	});

	it('hours: a line with hours said to be round the clock, and the round-the-clock line beside it', () => {
		expectFinding(
			floods,
			'00:40',
			'factual-error',
			['Our consular hotline +00 500 600 700 answers round the clock.'],
			[
				'Hotline +00 500 600 700, 07:00–22:00; outside those hours the 24-hour line +00 500 600 999.',
				'The hotline +00 500 600 700 is open until 22:00.'
			]
		);
	});

	it('a figure inside an upper bound, said to be in line with it', () => {
		expectFinding(
			askstate,
			'00:20',
			'factual-error',
			['Visa processing now takes about three weeks.'],
			['A six-week wait is quite normal at the moment: processing takes up to nine weeks.']
		);
	});
});

describe('session 28: relays and fakes', () => {
	it('hearsay from unofficial sources stated as news, unless it is checked or denied', () => {
		expectFinding(
			quake,
			'00:50',
			'amplified-unverified',
			[
				'Neighbours of the old market tell us the clock tower has fallen.',
				'According to messages circulating online, the airport is closed.',
				'Community radio is reporting that the bridge to Porto Veyra is down.'
			],
			[
				'Neighbours tell us the clock tower has fallen; we are checking this with the fire service.',
				'Rumours that the consulate is closed are false: it is open and 140 people are sheltering there.',
				'The fire service says the clock tower is unsafe; keep clear of the old market.'
			]
		);
	});

	it('an apology for words a fake puts in our ambassador’s mouth', () => {
		expectFinding(
			deepfake,
			'00:20',
			'amplified-unverified',
			[
				'We sincerely apologise for the ambassador’s remarks at the dinner and for the offence caused.'
			],
			[
				'We are sorry for the hurt this doctored clip has caused; the ambassador never said those words.',
				'We apologise to the cooperative for the confusion today; we are checking the clip now.'
			]
		);
	});

	it('a denial led by the charge word; a negation inside the claim’s phrase; a yes/no question', () => {
		expectFinding(
			deepfake,
			'00:50',
			'myth-repetition',
			['Ambassador Brandt would never call anyone lazy. The full recording is online.'],
			['The full recording shows the ambassador praising the farmers’ hard work.']
		);
		expectFinding(
			election,
			'00:45',
			'myth-repetition',
			['Is Calvera funding a candidate on Sunday? No.'],
			['Calvera funds no candidate.']
		);
	});
});

describe('session 28: conduct', () => {
	it('belittling: told to breathe, to keep perspective, a fuss of little, a wait called nothing', () => {
		expectFinding(
			hacked,
			'00:50',
			'belittling',
			[
				'Folks, take a deep breath: one hacked post is not a declaration of war.',
				'Some commentators are making a huge deal out of a deleted post.',
				'Two weeks is honestly nothing for a passport.',
				'Please keep the line free for genuine emergencies.'
			],
			[
				'Take a moment to check the link before you click it.',
				'This matters: please report any message asking for your passport number.'
			]
		);
		expectFinding(
			stadium,
			'00:35',
			'belittling',
			['@erik_dahl_fkv They have probably just run out of battery; try again tomorrow.'],
			['@erik_dahl_fkv Phones often lose signal in crowds; please call us with their names now.']
		);
	});

	it('sarcasm: mock generosity, mock delight, "Of course, because…", admiration of certain outlets', () => {
		expectFinding(
			envoy,
			'01:20',
			'sarcasm',
			[
				'@LenaOrtizDC How kind of you to allow us a whole ten minutes!',
				'@LenaOrtizDC Of course, because one podcast line rewrites a foreign policy.',
				'The embassy observes with amazement the certainty with which certain outlets read a policy shift into one podcast.'
			],
			['@LenaOrtizDC Thank you for the deadline; our answer is below: the policy is unchanged.']
		);
	});

	it('profanity: contempt in a formal register', () => {
		expectFinding(
			askstate,
			'00:25',
			'profanity',
			['We will not be distracted by the moronic accounts flooding this session.'],
			['We will not be distracted by the coordinated accounts flooding this session.']
		);
	});

	it('taking sides: a party’s aims said to be ours, our confidence in a host minister, a change wished for', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			[
				'Civic Renewal’s stand on clean courts mirrors the values we have always held.',
				'After a decade of the same faces in government, it is time to turn the page.'
			],
			[
				'Calvera takes no side in Sunday’s election; whoever Talvanians choose, we will work with them.',
				'We encourage every voter to vote for a peaceful and fair election day.'
			]
		);
		expectFinding(
			floods,
			'01:45',
			'taking-sides',
			['Interior Minister Pavel Dranic has our full confidence.'],
			['We are in close contact with Interior Minister Pavel Dranic’s ministry.']
		);
	});

	it('self-promotion: leading where others hesitate, a model embassy', () => {
		expectFinding(
			evac,
			'03:10',
			'self-promotion',
			[
				'Two charters are out: proof once again that Elbany acts when others hesitate.',
				'An embassy widely regarded as the benchmark for consular work has flown 380 people out.'
			],
			['Two charters carrying 380 people have left Port Iset. Thank you to the crews.']
		);
	});

	it('premature blame: a hostile state, what everyone here knows, authorities that failed our fans', () => {
		expectFinding(
			deepfake,
			'01:20',
			'premature-blame',
			[
				'This fake is the work of a hostile foreign power.',
				'Everybody in Castavia knows which capital profits from this clip.'
			],
			['We will not speculate on whether a hostile state made the video; the recording is online.']
		);
		expectFinding(
			stadium,
			'01:05',
			'premature-blame',
			['The stadium operator let down our fans tonight.'],
			['We will not let our fans down: consular staff are at the hospital.']
		);
	});

	it('victim-blaming: care said to be lacking, a risk said to be known, weather warnings ignored', () => {
		expectFinding(
			floods,
			'02:20',
			'victim-blaming',
			[
				'Regrettably some campers failed to take basic precautions.',
				'Campers who pitch tents by a stream know full well that rivers carry risks.',
				'Several campers ignored the flood warnings.'
			],
			['Civil Protection had issued a weather warning overnight; the cause is the storm.']
		);
	});

	it('no-comment: offering no observations, something that cannot be dealt with; a scoped refusal with substance', () => {
		expectFinding(
			hacked,
			'01:16',
			'no-comment',
			[
				'The Embassy does not propose to make any remarks on responsibility.',
				'That isn’t something we can deal with today.'
			],
			[
				'Our account was accessed at 05:48 and restored by 06:25. We won’t comment on the attacker line by line; the police are investigating.'
			]
		);
		expectFinding(
			evac,
			'01:45',
			'no-comment',
			['We won’t discuss that in public.'],
			[
				'We won’t discuss any child’s travel in public, for their safety. Please call +00 200 300 400 and we will talk privately.'
			],
			'parent-question'
		);
	});

	it('engaging-troll: arguing with the troll itself', () => {
		expectFinding(
			hacked,
			'01:25',
			'engaging-troll',
			['You are entitled to your conspiracy theories. Our account was accessed at 05:48.'],
			['Our account was accessed at 05:48 and we had it back by 06:25.'],
			'rival-rumour'
		);
	});
});

describe('session 28: personal data', () => {
	it('an age the confidential file gives, in any form; a pronoun answering the parent who named the child', () => {
		expectFinding(
			floods,
			'02:12',
			'confidential-leak',
			['A Dalmoran woman, aged 34, is in hospital in Mirelsk; her family asks for privacy.'],
			[
				'One Dalmoran has been found injured and is in hospital; to protect her privacy we will say no more.'
			]
		);
		expectFinding(
			evac,
			'01:50',
			'confidential-leak',
			['Yes, he is booked on the first flight with an escort.'],
			['We can’t discuss any passenger in public. Please call +00 200 300 400 now.'],
			'parent-question'
		);
	});
});
