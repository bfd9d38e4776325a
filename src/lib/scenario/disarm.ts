/**
 * The disinformation techniques an `adversary:` move may be labelled with: a subset of the DISARM Red
 * Framework (DISARM Foundation, github.com/DISARMFoundation/DISARMframeworks, generated_pages/techniques),
 * the open framework for describing disinformation incidents, modelled on MITRE ATT&CK. Ids and names are
 * DISARM's; the one-line summaries are paraphrased for trainees. Only techniques a simulated network can play
 * on a timeline are listed; the validator suggests the nearest id for a typo (SC218).
 */

export interface Technique {
	/** DISARM id, e.g. "T0084.004". */
	id: string;
	name: string;
	/** DISARM tactic it belongs to. */
	tactic: string;
	/** What it does, in a sentence (paraphrased from DISARM). */
	summary: string;
}

export const DISARM_SOURCE =
	'DISARM Red Framework, DISARM Foundation (github.com/DISARMFoundation/DISARMframeworks)';

const T = (id: string, name: string, tactic: string, summary: string): Technique => ({
	id,
	name,
	tactic,
	summary
});

export const TECHNIQUES: readonly Technique[] = [
	T(
		'T0015',
		'Create Hashtags and Search Artefacts',
		'TA06 Develop Content',
		'A hashtag gives a made-up incident a name, so it looks real and trends.'
	),
	T(
		'T0016',
		'Create Clickbait',
		'TA05 Microtarget',
		'Attention-grabbing lines built on outrage, doubt or humour drive traffic and engagement.'
	),
	T(
		'T0022.001',
		'Amplify Existing Conspiracy Theory Narratives',
		'TA14 Develop Narratives',
		'An existing conspiracy story is pushed because it already fits the operation’s goal.'
	),
	T(
		'T0023.001',
		'Reframe Context',
		'TA06 Develop Content',
		'An event is lifted out of its context so the audience draws a different conclusion about it.'
	),
	T(
		'T0040',
		'Demand Insurmountable Proof',
		'TA14 Develop Narratives',
		'Ever higher demands for proof: the rumour may be wrong many times, the official voice never.'
	),
	T(
		'T0042',
		'Seed Kernel of Truth',
		'TA08 Conduct Pump Priming',
		'A lie is wrapped around a true detail so that it is harder to dismiss.'
	),
	T(
		'T0044',
		'Seed Distortions',
		'TA08 Conduct Pump Priming',
		'Many misleading versions are tried in the first hours of an incident to see which one sticks.'
	),
	T(
		'T0045',
		'Use Fake Experts',
		'TA08 Conduct Pump Priming',
		'Pseudo-experts lend false credibility to a claim.'
	),
	T(
		'T0048',
		'Harass',
		'TA18 Drive Online Harms',
		'Intimidation and pile-ons discourage opponents from speaking up.'
	),
	T(
		'T0049.001',
		'Trolls Amplify and Manipulate',
		'TA17 Maximise Exposure',
		'Troll accounts push and twist content, often an opponent’s own words, to spread it further.'
	),
	T(
		'T0049.003',
		'Bots Amplify via Automated Forwarding and Reposting',
		'TA17 Maximise Exposure',
		'Automated accounts repost content at a volume no real crowd would reach.'
	),
	T(
		'T0049.005',
		'Conduct Swarming',
		'TA17 Maximise Exposure',
		'Many accounts converge at once on one event or one actor to overwhelm the conversation.'
	),
	T(
		'T0060',
		'Continue to Amplify',
		'TA11 Persist in the Information Environment',
		'The narrative is kept alive after the incident itself is over.'
	),
	T(
		'T0066',
		'Degrade Adversary',
		'TA02 Plan Objectives',
		'Harmful information is used to damage an opponent’s image or ability to act.'
	),
	T(
		'T0068',
		'Respond to Breaking News Event or Active Crisis',
		'TA14 Develop Narratives',
		'Unclear facts in a breaking crisis leave a void that rumours and conspiracy theories fill.'
	),
	T(
		'T0075',
		'Dismiss',
		'TA02 Plan Objectives',
		'Critics are dismissed as biased or as holding the operation to a double standard.'
	),
	T('T0076', 'Distort', 'TA02 Plan Objectives', 'Information is twisted by changing its framing.'),
	T(
		'T0077',
		'Distract',
		'TA02 Plan Objectives',
		'Attention is shifted to another narrative or actor, e.g. by turning an accusation back on the accuser.'
	),
	T(
		'T0079',
		'Divide',
		'TA02 Plan Objectives',
		'Conflict is stirred between groups to widen divisions in a community.'
	),
	T(
		'T0084.004',
		'Appropriate Content',
		'TA06 Develop Content',
		'Content from another source, with attribution, is taken over and used for the operation’s ends.'
	),
	T(
		'T0085',
		'Develop Text-Based Content',
		'TA06 Develop Content',
		'False or misleading text is written to carry a narrative.'
	),
	T(
		'T0086.003',
		'Deceptively Edit Images (Cheap Fakes)',
		'TA06 Develop Content',
		'Simple crops and edits of images create a false context.'
	),
	T(
		'T0087.002',
		'Deceptively Edit Video (Cheap Fakes)',
		'TA06 Develop Content',
		'Cut, slowed or sped-up footage creates a false context around an event.'
	),
	T(
		'T0089',
		'Obtain Private Documents',
		'TA06 Develop Content',
		'Non-public material, real or altered, is obtained in order to “leak” it later.'
	),
	T(
		'T0116',
		'Comment or Reply on Content',
		'TA09 Deliver Content',
		'Content is delivered by replying to or commenting on other posts.'
	),
	T(
		'T0117',
		'Attract Traditional Media',
		'TA09 Deliver Content',
		'The operation baits journalists so that mainstream media carry its story.'
	),
	T(
		'T0118',
		'Amplify Existing Narrative',
		'TA17 Maximise Exposure',
		'A narrative that already circulates is amplified because it serves the operation.'
	),
	T(
		'T0120',
		'Incentivize Sharing',
		'TA17 Maximise Exposure',
		'Audiences are pushed to share the content themselves (“share before it’s deleted”).'
	),
	T(
		'T0121',
		'Manipulate Platform Algorithm',
		'TA17 Maximise Exposure',
		'Coordinated engagement games the platform’s ranking so the content reaches more timelines.'
	)
];

const BY_ID = new Map(TECHNIQUES.map((t) => [t.id, t]));

export function technique(id: string): Technique | undefined {
	return BY_ID.get(id.trim().toUpperCase());
}

/** The public page of a technique in the DISARM repository. */
export function techniqueUrl(id: string): string {
	return `https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/techniques/${id}.md`;
}
