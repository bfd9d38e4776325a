/**
 * The short form an exercise designer fills in to get a new scenario from an archetype: who is who, the false
 * claim and the fact that refutes it, and when things happen. Every archetype has a filled-in example
 * (`exampleForm`) so "start from an archetype" works at once.
 */

export const ARCHETYPE_IDS = [
	'disaster-rumour',
	'deepfake-bot-spike',
	'hacked-account',
	'protocol-gaffe',
	'live-qa',
	'evacuation-personal-data',
	'election-interference',
	'envoy-opinion'
] as const;
export type ArchetypeId = (typeof ARCHETYPE_IDS)[number];

export interface ArchetypeForm {
	archetype: ArchetypeId;
	/** Scenario title; a default is made from the archetype and the place. */
	title?: string;
	/** The trainee's government, e.g. "Republic of Arcadia". */
	ownCountry: string;
	/** Its people, e.g. "Arcadian" (used in posts: "Arcadian nationals"). */
	demonym: string;
	hostCountry: string;
	city: string;
	/** The trainee's post, e.g. "Embassy of Arcadia in Veyrania". */
	mission: string;
	/** The mission's account, e.g. "@ArcadiaInVeyrania". */
	handle: string;
	/** The head of mission with title, e.g. "Ambassador Corin Hale". */
	ambassador: string;
	/** A host-country official with title, e.g. "Foreign Minister Ilse Varga". */
	hostOfficial: string;
	/** Known wrong forms of names (misspellings, wrong titles) the trainee must not use. */
	wrongNames: string[];
	/** The false claim, one sentence. */
	claim: string;
	/** How people phrase the claim (used to spot it being repeated). */
	claimKeywords: string[];
	hashtag: string;
	/** The fact that refutes the claim, one sentence. */
	fact: string;
	/** Phrases that show a post states the fact. */
	factKeywords: string[];
	/** Where people get help, e.g. an emergency line. */
	hotline: string;
	/** Minutes from the start. */
	minutes: { incident: number; rumour: number; press: number; length: number };
}

const ARCADIA = {
	ownCountry: 'Republic of Arcadia',
	demonym: 'Arcadian',
	hostCountry: 'Veyrania',
	city: 'Porto Veyra',
	mission: 'Embassy of Arcadia in Veyrania',
	handle: '@ArcadiaInVeyrania',
	ambassador: 'Ambassador Corin Hale',
	hostOfficial: 'Foreign Minister Ilse Varga',
	wrongNames: ['Ambassador Hall', 'Foreign Minister Ilsa Vargas'],
	hashtag: '#VeyraTruth',
	hotline: '+00 100 200 300',
	minutes: { incident: 5, rumour: 30, press: 70, length: 180 }
};

const EXAMPLES: Record<ArchetypeId, Omit<ArchetypeForm, 'archetype'>> = {
	'disaster-rumour': {
		...ARCADIA,
		hashtag: '#ConsulateShame',
		claim:
			'The Arcadian consulate locked its gates and turned its own citizens away after the earthquake.',
		claimKeywords: ['turned away', 'locked the gates', 'closed its doors'],
		fact: 'The consulate in Porto Veyra stayed open all night and is sheltering 140 people.',
		factKeywords: ['consulate is open', 'stayed open', 'sheltering']
	},
	'deepfake-bot-spike': {
		...ARCADIA,
		hashtag: '#HaleOut',
		claim: 'A video shows Ambassador Hale mocking Veyranian farmers at a private dinner.',
		claimKeywords: ['mocking farmers', 'mocks farmers', 'laughing at farmers'],
		fact: 'The video is a fabrication: the ambassador was in a televised meeting with farmers’ unions that evening.',
		factKeywords: ['fabricated', 'fabrication', 'manipulated video', 'televised meeting']
	},
	'hacked-account': {
		...ARCADIA,
		hashtag: '#ArcadiaInsults',
		claim: 'The Embassy of Arcadia called Veyranians lazy in a post on its official account.',
		claimKeywords: ['called veyranians lazy', 'lazy veyranians', 'insulted veyranians'],
		fact: 'The embassy account was compromised at 09:12; the post was not written by embassy staff and has been removed.',
		factKeywords: ['compromised', 'hacked', 'unauthorised access', 'not written by']
	},
	'protocol-gaffe': {
		...ARCADIA,
		hashtag: '#FlagGate',
		claim: 'Arcadia deliberately showed the flag of Vestra to insult Veyrania.',
		claimKeywords: ['deliberately', 'on purpose', 'insult veyrania'],
		fact: 'The wrong flag came from an image library error; the post was corrected within the hour.',
		factKeywords: ['image library', 'our error', 'our mistake', 'wrong flag']
	},
	'live-qa': {
		...ARCADIA,
		hashtag: '#VisaBan',
		claim: 'Arcadia has stopped issuing student visas to Veyranians.',
		claimKeywords: ['stopped issuing', 'no more visas', 'visa ban'],
		fact: 'Student visas are being issued as usual; processing takes about 15 working days.',
		factKeywords: ['issued as usual', 'being issued', '15 working days']
	},
	'evacuation-personal-data': {
		...ARCADIA,
		hashtag: '#LeftBehind',
		claim:
			'Only diplomats and their families are being evacuated; ordinary Arcadians are left behind.',
		claimKeywords: ['only diplomats', 'left behind', 'diplomats only'],
		fact: 'All registered Arcadian nationals can board the evacuation flights from Porto Veyra airport.',
		factKeywords: ['all registered', 'all arcadian nationals', 'can board']
	},
	'election-interference': {
		...ARCADIA,
		hashtag: '#ArcadiaRigs',
		claim: 'Arcadia is funding one of the candidates in the Veyranian election.',
		claimKeywords: [
			'funding the candidate',
			'funding a candidate',
			'rigging the election',
			'buying the election'
		],
		fact: 'Arcadia funds no party or candidate in Veyrania; its election support is limited to the OSCE observer mission.',
		factKeywords: ['funds no party', 'no party or candidate', 'observer mission']
	},
	'envoy-opinion': {
		...ARCADIA,
		hashtag: '#ArcadiaSidesWithRebels',
		claim: 'Arcadia now supports independence for the Veyranian region of Saltmarsh.',
		claimKeywords: ['supports independence', 'backs independence', 'recognise saltmarsh'],
		fact: "Arcadia's policy is unchanged: it supports Veyrania's territorial integrity and a negotiated settlement.",
		factKeywords: ['policy is unchanged', 'territorial integrity', 'negotiated settlement']
	}
};

export function exampleForm(archetype: ArchetypeId): ArchetypeForm {
	return structuredClone({ archetype, ...EXAMPLES[archetype] });
}
