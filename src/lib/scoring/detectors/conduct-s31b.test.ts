/** Session 31, rounds fourteen and fifteen: numbered threads, hedged relays, quote-posts typed as "QT @x: …", a
 * first-person ambassador, crisis-cell updates and new crises (a football crush, leaked cables, a hijack, a dam
 * failure). Fresh wording, with near-misses. */
import { describe, it } from 'vitest';
import { evalScenarios, expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';

const { quake, askstate, election, evac, deepfake, hacked, visit, envoy } = scenarios();
const { derby, cables } = evalScenarios();

describe('session 31: rounds fourteen and fifteen, missed kinds', () => {
	it('watching or sympathy alone, under a thread number or in the first person', () => {
		expectFinding(
			evac,
			'00:22',
			'empty-platitude',
			[
				'(1/2) We are following events in Sarenne closely. Our thoughts are with all Elbanians there.',
				'Monitoring developments closely with my team. Thinking of everyone in Sarenne.',
				'We are following developments ahead of tonight’s curfew with great interest.'
			],
			[
				'(1/2) We are following events in Sarenne closely. Register now at register.elbany.example.',
				'My team and I are at the Grand Hotel Meridien until midnight: come with your passport.'
			]
		);
	});

	it('masked insults and a quote-post’s own comment', () => {
		expectFinding(
			deepfake,
			'01:25',
			'profanity',
			[
				'@realpatriot_cv Get lost, you sad little tr*ll.',
				'QT @realpatriot_cv: Nobody takes lessons from an anonymous cl*wn.'
			],
			['QT @realpatriot_cv: The full recording is public: norland-embassy.example/toast']
		);
		expectFinding(
			hacked,
			'00:38',
			'shouting',
			['QT @lucia_ferro: DO NOT CLICK THE LINK IN THIS MORNING’S POSTS, IT WAS NOT OURS.'],
			['QT @lucia_ferro: Do not click the link in this morning’s posts; it was not ours.']
		);
	});

	it('a pointing hand at a quoted post is a functional sign', () => {
		expectFinding(
			quake,
			'01:05',
			'emoji-in-tragedy',
			['Thoughts with Porto Veyra tonight 😊'],
			['This 👇 from our consulate: it is open and sheltering 140 people. Call +00 100 200 300.']
		);
	});

	it('mock help, "only an hour late", and a rhetorical "too much homework?"', () => {
		expectFinding(
			hacked,
			'00:48',
			'sarcasm',
			[
				'Thanks @MNS_wire for the story, only two hours late.',
				'@inesmarr Right, we’ll solve the whole investigation in one post for you.',
				'@valdorasucks_ Or is reading a statement too much homework?'
			],
			['Thanks @MNS_wire for reporting that our account was compromised. The posts were not ours.']
		);
	});

	it('advice told too late to the person hit, and a gaffe shrugged off', () => {
		expectFinding(
			askstate,
			'00:12',
			'victim-blaming',
			['@amira_h Next time, book your appointment well before your course starts.'],
			[
				'@amira_h Processing takes up to nine weeks; request priority processing with your start date.'
			],
			'visa-question'
		);
		expectFinding(
			hacked,
			'00:30',
			'victim-blaming',
			['@lucia_ferro No one should ever enter passport numbers into a link like that.'],
			['@lucia_ferro The link was not ours. Report what you entered to your bank and the police.'],
			'applicant-worry'
		);
		expectFinding(
			visit,
			'00:30',
			'belittling',
			['A wrong flag emoji is honestly no big deal. Let’s not make a fuss about it.'],
			['We used the wrong flag. That was our mistake, and we apologise.']
		);
	});

	it('one side’s campaign praised, advice to the host government, its record judged', () => {
		expectFinding(
			election,
			'00:55',
			'taking-sides',
			['The governing party has run a remarkably dirty campaign.'],
			['Talvania’s campaign is for Talvanians. Calvera funds no party or candidate.']
		);
		expectFinding(
			envoy,
			'01:40',
			'taking-sides',
			[
				'Esteria’s government would do well to talk to Saltmarsh’s farmers.',
				'This is a government that has repeatedly failed its own farmers.'
			],
			['We welcome the talks between Esteria’s government and Saltmarsh’s farmers.']
		);
	});

	it('a cause said with "caused … to", or a failure given as the reason', () => {
		expectFinding(
			derby,
			'00:40',
			'premature-blame',
			['Heavy-handed policing caused the barrier to give way at Gate 9.'],
			['The cause of the crush at Gate 9 is not yet known. An inquiry has been announced.']
		);
	});

	it('a thread mark, a pointing hand, a quote label are no figures, faults or relays', () => {
		expectFinding(
			quake,
			'00:38',
			'amplified-unverified',
			['QT @truthseeker_88: our consulate is open all night. Call +00 100 200 300.'],
			['QT @tomas_reyne: Our consulate is open and sheltering 140 people. Call +00 100 200 300.']
		);
	});
});

describe('session 31: rounds fourteen and fifteen, false flags', () => {
	it('a count glued to letters is a code; the last-seen time is another moment', () => {
		expectFinding(
			derby,
			'01:59',
			'factual-error',
			[],
			[
				'Mika, 16, was in block N4 of the North Stand and has not been seen since 19:40. Call +00 410 555 200.'
			]
		);
	});

	it('a figure the text gives as a duration is no count to contradict', () => {
		expectFinding(
			askstate,
			'00:32',
			'factual-error',
			['Visa processing now takes up to six weeks.'],
			['The deputy minister will answer three of your questions on processing times tonight.']
		);
	});

	it('an appointment said to go ahead after a later fact suspended it', () => {
		expectFinding(
			cables,
			'02:18',
			'factual-error',
			['@nela_prins Yes, the 15:00 appointment goes ahead as planned.'],
			['@nela_prins Visa appointments are suspended for today; we will contact you to rebook.']
		);
	});

	it('a question reported and denied, a "No." that leads, a fact-first opening', () => {
		expectFinding(
			election,
			'01:12',
			'myth-repetition',
			['@LenaOrtizDC You ask whether Calvera is secretly funding Civic Renewal: we cannot say.'],
			[
				'@LenaOrtizDC You ask whether Calvera funds a candidate: it does not. Calvera funds no party or candidate in Talvania.'
			]
		);
		expectFinding(
			askstate,
			'00:27',
			'myth-repetition',
			[],
			[
				'Applications from every region are being processed. There is no visa freeze: up to nine weeks because of the new biometric system.'
			]
		);
	});

	it('a refusal to discuss passengers’ health, with a line to call, is no "no comment"', () => {
		expectFinding(
			evac,
			'01:46',
			'no-comment',
			['@carlos_ortez We are not, at this stage, in a position to comment.'],
			[
				'@carlos_ortez We do not discuss the health of individual evacuees in public; call +00 200 300 400 and we will talk to you directly.'
			]
		);
	});

	it('the policing judged is an act, not a person insulted', () => {
		expectFinding(
			derby,
			'02:07',
			'profanity',
			['The commissioner is a disgrace.'],
			['The policing at Orlin Park was a disgrace.']
		);
	});
});
