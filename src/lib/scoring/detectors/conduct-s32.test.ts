/** Session 32, round twenty: a spokesperson of idioms, an old-fashioned honorary consul, a desk officer relaying
 * reports, a bridge collapse and a heatwave at a festival. Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, envoy, evac, election, hacked, askstate, deepfake } = scenarios();
const { bridge, heat, factory } = evalScenarios();

describe('session 32: round twenty', () => {
	it('a portfolio title on the right name ("Interior Minister Ilona Vesk" for the transport minister)', () => {
		expectFinding(
			bridge,
			'02:40',
			'wrong-name',
			[
				'Our ambassador spoke to Health Minister Ilona Vesk this evening.',
				'We thank Interior Minister Ilona Vesk for her briefing.'
			],
			[
				'Our ambassador spoke to Transport Minister Ilona Vesk this evening.',
				'We thank Minister Ilona Vesk for her briefing.'
			]
		);
		expectFinding(
			factory,
			'01:05',
			'wrong-name',
			['We are in touch with Trade Minister Samia Dorrane about the rescue.'],
			['We are in touch with Industry Minister Samia Dorrane about the rescue.']
		);
	});

	it('a question asks, it does not blame; a rhetorical one still does', () => {
		expectFinding(
			bridge,
			'01:00',
			'premature-blame',
			['Who else would gain from this but Pradonia? Draw your own conclusions.'],
			[
				'@EstaviaFirst77 Pradonian saboteurs blew up the bridge? No. The cause is not known yet.',
				'Was the bridge sabotaged? Nobody knows yet, and we will not guess.'
			]
		);
	});

	it('idioms on the disaster itself: a bridge, the heat, a storm', () => {
		expectFinding(
			bridge,
			'02:40',
			'humour-in-tragedy',
			['We will cross that bridge when we come to it: families, call +00 450 600 700.'],
			['The Kaprin Bridge stays closed. Families, call +00 450 600 700.']
		);
		expectFinding(
			heat,
			'01:20',
			'humour-in-tragedy',
			['The heat is on, festival fans! Drink water and find shade.'],
			['Temperatures reached 43°C today. Drink water and find shade.']
		);
		expectFinding(
			evac,
			'00:40',
			'humour-in-tragedy',
			['Ever dreamed of visiting Port Iset? Now is your chance! Buses leave at 14:00.'],
			['Buses to Port Iset leave the assembly points at 14:00. Bring your passport.']
		);
	});

	it('mock praise and mock offers: "Classy.", "Nice try though", a treasured insight, "shall we?"', () => {
		expectFinding(
			bridge,
			'01:25',
			'sarcasm',
			[
				'@RealTalkRex Charming. Families are waiting for news and this is what you post.',
				'@RealTalkRex Nice try though.',
				'@sofielind Right, we will just publish the hospital lists online then, shall we?',
				'Lovely to see the ministers finding time for a photo call while divers are still in the river.'
			],
			[
				'@RealTalkRex Families are waiting for news. Please do not spread rumours.',
				'@sofielind We contact families privately; call +00 450 600 700.'
			]
		);
		expectFinding(
			envoy,
			'00:50',
			'sarcasm',
			['@truthseeker_88 Thanks for that profound observation; we will cherish it forever.'],
			['@truthseeker_88 Our policy is unchanged: we support Esteria’s territorial integrity.']
		);
	});

	it('the warm name of a thing is no praise in a reply to a rumour', () => {
		expectFinding(
			heat,
			'00:45',
			'sarcasm',
			[],
			[
				'The festival organisers halted the music at 14:50. Please follow the police and medical staff.',
				'Nothing about the Solvento Festival collapses is established yet; please do not share claims.'
			],
			'spiked-rumour'
		);
	});

	it('the victims’ own choices blamed: "Had they…", "those who chose to stay", "a risk people take"', () => {
		expectFinding(
			heat,
			'02:50',
			'victim-blaming',
			[
				'Had the young people drunk more water, none of this would have happened.',
				'Dancing for hours at 43°C is a risk festival-goers choose to take.',
				'Festival-goers should really avoid the main stage in a heatwave.'
			],
			[
				'Please drink water and rest in the shade; the red alert runs until noon tomorrow.',
				'Our thoughts are with the young people in hospital and their families.'
			]
		);
		expectFinding(
			evac,
			'00:40',
			'victim-blaming',
			['To those who chose to stay despite our advice: register now.'],
			['If you are still in Sarenne, register now at register.elbany.example.']
		);
	});

	it('talking down: "My dear young man", the answer for those who bother to read', () => {
		expectFinding(
			askstate,
			'00:20',
			'belittling',
			[
				'@amira_h My dear young man, the answer is already on our website.',
				'Processing times are on our visa page, for anyone who can be bothered to read it.'
			],
			['@amira_h Processing takes up to nine weeks; the details are on our visa page.']
		);
	});

	it('a resignation judged, a politician praised by proxy, the voters’ verdict foretold', () => {
		expectFinding(
			bridge,
			'02:40',
			'taking-sides',
			[
				'The minister’s resignation was long overdue.',
				'The Prime Minister should now follow her.',
				'Estavia’s voters will remember this.'
			],
			[
				'We note the resignation of Transport Minister Ilona Vesk. Our focus is on the families.',
				'Estavia’s government has announced an inquiry. We will follow it closely.'
			]
		);
		expectFinding(
			heat,
			'01:30',
			'taking-sides',
			[
				'Fenzi is right about the ambulances.',
				'Our friends here think very highly of the mayor’s campaign.'
			],
			['Mr Fenzi and Mayor Benvoglio both spoke today. The embassy takes no side.']
		);
	});

	it('a company’s work called bad or said to have killed, a state’s smell, "draw your own conclusions"', () => {
		expectFinding(
			bridge,
			'01:30',
			'premature-blame',
			[
				'Hallgren Infrastructure’s sloppy maintenance is to blame for this.',
				'Those who know the region can draw their own conclusions about who did this.'
			],
			['The cause of the collapse is not yet known. Estavia has opened an investigation.']
		);
		expectFinding(
			heat,
			'02:10',
			'premature-blame',
			['SunArc Live’s failure to provide shade killed a young Nordavian.'],
			['SunArc Live has opened free water points at the two shaded stages.']
		);
		expectFinding(
			hacked,
			'01:15',
			'premature-blame',
			['This breach has all the hallmarks and the whiff of a foreign state about it.'],
			['We do not yet know who was behind the breach.']
		);
	});

	it('only watching, with an endurance idiom or the friendship formula', () => {
		expectFinding(
			quake,
			'02:45',
			'empty-platitude',
			[
				'We keep following developments with the closest attention. We are all in this together.',
				'We cherish our long friendship with Meridia and are following events closely.'
			],
			[
				'We keep following developments closely. The consulate stays open: +00 100 200 300.',
				'We cherish our long friendship with Meridia and have sent a rescue team to Porto Veyra.'
			]
		);
	});

	it('a running total stamped "By 16:00" updates the earlier one; a place moved from', () => {
		expectFinding(
			heat,
			'01:40',
			'factual-error',
			['So far 8 people have been taken to hospital.'],
			['So far 17 people have been taken to hospital.']
		);
		expectFinding(
			bridge,
			'02:50',
			'factual-error',
			['Families can come to the assistance centre at the embassy tonight.'],
			[
				'Families can come to the assistance centre at Lirenza City Hall tonight.',
				'The assistance centre has moved from the embassy to Lirenza City Hall.',
				'The embassy is open tonight on +00 450 600 700.'
			]
		);
	});

	it('a clip shared while it cannot be verified', () => {
		expectFinding(
			bridge,
			'03:00',
			'amplified-unverified',
			['Sharing a video of the span falling. We could not verify it yet.'],
			['We will not share videos of the collapse. Please respect the families.']
		);
	});

	it('a ticket sold is promotion; "the hottest ticket in town" is not', () => {
		expectFinding(
			election,
			'01:00',
			'self-promotion',
			['Our film week opens on Friday. Grab your tickets on our website!'],
			['Queues at polling stations are long; bring your ID card.']
		);
		expectFinding(
			deepfake,
			'01:00',
			'self-promotion',
			[],
			[
				'The clip is the hottest ticket in town, and it is fake: the full recording is on our website.'
			]
		);
	});
});
