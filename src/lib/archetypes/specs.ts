/**
 * The eight archetypes. Texts are templates over the form; the sources are in
 * ../shared/research/crisis-communication.md (CERC, Debunking Handbook 2020, RESIST, faux-pas cases F1–F6).
 */
import type { ArchetypeForm, ArchetypeId } from './form.ts';
import type { ArchetypeSpec } from './spec.ts';

const CERC = 'CDC CERC: First Message in a Crisis (2017); CERC manual (2018)';
const DEBUNK = 'Lewandowsky, Cook, Ecker et al., The Debunking Handbook 2020';
const RESIST = 'UK GCS, RESIST 2 counter-disinformation toolkit (2021)';
const ZUBIAGA = 'Zubiaga et al., Analysing how people orient to and spread rumours, PLOS ONE 2016';

/** "Federal Republic of Meridia" → "Meridia", for use inside sentences. */
export const own = (f: ArchetypeForm) =>
	f.ownCountry.replace(
		/^(the\s+)?((federal|democratic|socialist|islamic|people's|united)\s+)*(republic|kingdom|commonwealth|state|principality|grand duchy|federation|union)\s+of\s+(the\s+)?/i,
		''
	);

const press = (f: ArchetypeForm) => `Press attaché, ${f.mission}`;
const briefingBase = (f: ArchetypeForm) =>
	`You run the public account of the ${f.mission} (${f.handle}). ${f.ambassador} heads the mission; your host-country counterpart is ${f.hostOfficial}.`;

const common = {
	role: press,
	difficulty: 'intermediate' as const,
	question: (f: ArchetypeForm) =>
		`${f.handle} Reports say: "${f.claim.replace(/\.$/, '')}". Is that true? Deadline in 30 minutes.`
};

const SPECS: Record<ArchetypeId, ArchetypeSpec> = {
	'disaster-rumour': {
		...common,
		id: 'disaster-rumour',
		stakes: { reach: 'high', harm: 'high' },
		label: 'Disaster with a rumour',
		blurb: 'An earthquake; a rumour that your consulate turned people away; bots push it.',
		title: (f) => `Earthquake in ${f.city}: the consulate that "closed its doors"`,
		summary: (f) =>
			`A strong earthquake hits ${f.city}, home to many ${f.demonym} nationals. Within the hour a rumour says your consulate turned people away, and coordinated accounts push it.`,
		briefing: (f) =>
			`${briefingBase(f)} Thousands of ${f.demonym} nationals live in and around ${f.city}.`,
		tags: ['natural-disaster', 'consular', 'misinformation'],
		tragedy: true,
		claimKind: 'misinformation',
		bots: true,
		helpLine: true,
		objectives: () => ({
			first:
				'Publish a first, accurate statement with empathy and where to get help within the hour.',
			correct: 'Correct the false claim, fact first, without repeating it.',
			press: 'Answer the journalist promptly and on the record.'
		}),
		incident: (f) => ({
			headline: `Strong earthquake strikes ${f.city}`,
			text: `A strong earthquake struck ${f.city} overnight. Buildings collapsed in the old town; casualties are feared.`
		}),
		rumour: (f) => `VIDEO: ${f.claim} ${f.hashtag}`,
		cable: (f) => `From the consulate: ${f.fact} Not for release: the names of anyone injured.`,
		good: (f) => ({
			first: `Our thoughts are with everyone affected by the earthquake in ${f.city}. ${f.demonym} nationals who need help can call our 24-hour emergency line ${f.hotline}. We will update here.`,
			correction: `${f.fact} If you need help, call ${f.hotline}.`,
			answer: `${f.fact} We are in contact with all nationals who have called our emergency line.`
		}),
		bad: (f) =>
			`lol the ground is still shaking 😅 no comment on claims that ${f.claimKeywords[0]}!!`,
		sources: [CERC, DEBUNK, ZUBIAGA]
	},
	'deepfake-bot-spike': {
		...common,
		id: 'deepfake-bot-spike',
		stakes: { reach: 'high', harm: 'high', actor: 'coordinated' },
		label: 'Deepfake and bot spike',
		blurb: 'A manipulated video of your ambassador; a coordinated network makes it trend.',
		title: (f) => `A deepfake of ${f.ambassador}`,
		summary: (f) =>
			`A manipulated video appears to show ${f.ambassador} insulting people in ${f.hostCountry}. Coordinated accounts make it trend within minutes.`,
		briefing: (f) => `${briefingBase(f)} Relations with ${f.hostCountry} are good but sensitive.`,
		tags: ['deepfake', 'disinformation', 'bot-network'],
		tragedy: false,
		claimKind: 'disinformation',
		bots: true,
		helpLine: false,
		objectives: () => ({
			first: 'Acknowledge the video quickly and say what is being checked.',
			correct: 'Expose the fabrication with the facts, without sharing or repeating the fake.',
			press: 'Answer the journalist on the record with the evidence.'
		}),
		incident: (f) => ({
			headline: `Video of ${f.ambassador} circulates`,
			text: `A video said to show ${f.ambassador} at a private dinner is circulating on social media in ${f.hostCountry}.`
		}),
		rumour: (f) => `${f.claim} Share it everywhere! ${f.hashtag}`,
		cable: (f) => `Verification done: ${f.fact}`,
		good: (f) => ({
			first: `We are aware of a video circulating about ${f.ambassador}. We are checking it and will update here within the hour.`,
			correction: `${f.fact} We respect the people of ${f.hostCountry} and their farmers.`,
			answer: `${f.fact} The full recording of the meeting is public.`
		}),
		bad: (f) =>
			`LOL the video where the ambassador is ${f.claimKeywords[0]} is hilarious 😂 no comment`,
		avoid: [
			{ phrase: ['share the video', 'watch the video'], why: 'Sharing a deepfake amplifies it.' }
		],
		sources: [RESIST, DEBUNK]
	},
	'hacked-account': {
		...common,
		id: 'hacked-account',
		stakes: { reach: 'medium', harm: 'medium', actor: 'unknown' },
		label: 'Hacked account',
		blurb: 'Your own account posts an insult; regain it, apologise, explain.',
		title: (f) => `The ${f.mission} account says something it never meant`,
		summary: (f) =>
			`At 09:12 the ${f.mission} account posts an insult to the people of ${f.hostCountry}. The account has been compromised; screenshots spread fast.`,
		briefing: (f) => `${briefingBase(f)} IT has just regained control of the account.`,
		tags: ['hacked-account', 'apology', 'misinformation'],
		tragedy: false,
		claimKind: 'misinformation',
		bots: false,
		helpLine: false,
		objectives: () => ({
			first: 'Say at once that the account was compromised and apologise for the post.',
			correct: 'Set the record straight without repeating the insult.',
			press: 'Answer the journalist on the record: what happened and what you did.'
		}),
		incident: (f) => ({
			headline: `${own(f)} embassy account posts insult`,
			text: `A post on the ${f.mission} account insulted the people of ${f.hostCountry}; it was deleted minutes later.`
		}),
		rumour: (f) => `Screenshot: ${f.claim} ${f.hashtag}`,
		cable: (f) => `IT security: ${f.fact}`,
		good: (f) => ({
			first: `We apologise: a post on this account this morning was not ours. We are aware of it and have removed it. We respect the people of ${f.hostCountry}.`,
			correction: `${f.fact} We apologise to everyone it offended.`,
			answer: `${f.fact} We have secured the account and informed ${f.hostOfficial}'s office.`
		}),
		bad: (f) => `Relax everyone, so what if we ${f.claimKeywords[0]} 😂 no comment`,
		sources: [CERC, 'Twiplomacy / BCW studies of diplomatic accounts']
	},
	'protocol-gaffe': {
		...common,
		id: 'protocol-gaffe',
		stakes: { reach: 'medium', harm: 'low', actor: 'individual' },
		label: 'Protocol gaffe',
		blurb: 'The wrong flag and a misspelt name on a state visit; repair it fast.',
		title: (f) => `State visit to ${f.hostCountry}: the wrong flag`,
		summary: (f) =>
			`During a state visit, a post from your account showed the flag of the neighbouring country and misspelt ${f.hostOfficial}'s name. By lunchtime it is a story.`,
		briefing: (f) => `${briefingBase(f)} Spell names exactly: ${f.hostOfficial}.`,
		tags: ['state-visit', 'protocol', 'apology'],
		tragedy: false,
		claimKind: 'misinformation',
		bots: false,
		helpLine: false,
		objectives: () => ({
			first: 'Correct and apologise promptly, with the correct names, titles and flag.',
			correct: 'Answer the claim that it was deliberate with the facts.',
			press: 'Answer the journalist promptly and on the record.'
		}),
		incident: (f) => ({
			headline: `Flag mix-up on ${own(f)} post`,
			text: `A post from the ${f.mission} account welcomed ${f.hostOfficial} with the wrong flag and a misspelt name.`
		}),
		rumour: (f) => `${f.claim} Disgraceful. ${f.hashtag}`,
		cable: (f) => `From the press office: ${f.fact}`,
		good: (f) => ({
			first: `We apologise for this morning's post: it showed the wrong flag and misspelt the name of ${f.hostOfficial}. We regret the error and have corrected it.`,
			correction: `${f.fact} We value our friendship with ${f.hostCountry}.`,
			answer: `${f.fact} We have apologised to ${f.hostOfficial}'s office.`
		}),
		bad: (f) =>
			`Oops 😂 flags all look alike anyway, ${f.wrongNames[1] ?? f.hostOfficial}! It was not ${f.claimKeywords[0]}, no comment`,
		sources: [
			CERC,
			'Faux-pas cases: Philippine flag at the US–ASEAN meeting (2010); the "reset" button (2009)'
		]
	},
	'live-qa': {
		...common,
		id: 'live-qa',
		stakes: { reach: 'low', harm: 'medium', actor: 'individual' },
		label: 'Live Q&A',
		blurb: 'An #Ask session: real questions, a false claim, a troll to ignore.',
		title: (f) => `#AskTheEmbassy: a live Q&A in ${f.hostCountry}`,
		summary: (f) =>
			`The ${f.mission} runs a live question-and-answer session. Questions arrive fast; one repeats a false claim about visas; a troll tries to hijack it.`,
		briefing: (f) =>
			`${briefingBase(f)} Answer real questions briefly, with facts; do not feed trolls.`,
		tags: ['live-qa', 'engagement', 'misinformation'],
		tragedy: false,
		claimKind: 'misinformation',
		bots: false,
		helpLine: false,
		objectives: () => ({
			first: 'Open the session clearly and answer the first questions promptly.',
			correct: 'Correct the false visa claim with the facts, without repeating it.',
			press: 'Answer the journalist on the record during the session.'
		}),
		incident: (f) => ({
			headline: `${f.mission} opens a live Q&A`,
			text: `The ${f.mission} invites questions with #AskTheEmbassy for the next hour.`
		}),
		rumour: (f) => `#AskTheEmbassy ${f.claim} Why? ${f.hashtag}`,
		cable: (f) => `Consular section: ${f.fact}`,
		good: (f) => ({
			first: `Welcome to #AskTheEmbassy. We understand many of you have questions about studying in ${own(f)}: ask away, we will answer here for the next hour.`,
			correction: `${f.fact} Apply online; we answer every application.`,
			answer: `${f.fact} Nothing has changed.`
		}),
		bad: (f) => `lol who told you ${f.claimKeywords[0]}? no comment 🙄`,
		sources: ['#AskState (US State Department, 2012)', DEBUNK]
	},
	'evacuation-personal-data': {
		...common,
		id: 'evacuation-personal-data',
		stakes: { reach: 'medium', harm: 'high', actor: 'individual' },
		label: 'Evacuation and personal data',
		blurb: 'Nationals leaving a crisis zone; a rumour of favouritism; names you must not publish.',
		title: (f) => `Evacuation from ${f.city}`,
		summary: (f) =>
			`Unrest closes ${f.city}. ${own(f)} charters flights for its nationals; a rumour says only diplomats are leaving, and you hold the names of people who are hurt.`,
		briefing: (f) => `${briefingBase(f)} Registered nationals are being evacuated by air.`,
		tags: ['evacuation', 'consular', 'personal-data'],
		tragedy: true,
		claimKind: 'misinformation',
		bots: false,
		helpLine: true,
		objectives: () => ({
			first: 'Tell nationals what to do and where to get help, with empathy, within the hour.',
			correct: 'Correct the claim of favouritism with the facts, without repeating it.',
			press: 'Answer the journalist without giving any personal data.'
		}),
		incident: (f) => ({
			headline: `Unrest closes ${f.city}`,
			text: `Violent unrest has closed much of ${f.city}; several people have been injured.`
		}),
		rumour: (f) => `${f.claim} ${f.hashtag}`,
		cable: (f) => `Evacuation cell: ${f.fact}`,
		confidential: (f) => ({
			text: `Injured ${f.demonym} national: M. Arlen, passport AR5530917, at ${f.city} General Hospital.`,
			keywords: ['Arlen', 'AR5530917']
		}),
		extraEvents: (f, t) => [
			{
				id: 'injured-list',
				at: t.rumour + 20,
				from: 'ops-centre',
				channel: 'internal',
				text: `Not for release: injured national M. Arlen, passport AR5530917, at ${f.city} General Hospital. Family informed.`,
				reveals: ['personal-data']
			}
		],
		good: (f) => ({
			first: `Our thoughts are with everyone caught up in the unrest in ${f.city}. ${f.demonym} nationals: register and call our 24-hour emergency line ${f.hotline}.`,
			correction: `${f.fact} Call ${f.hotline} to register.`,
			answer: `${f.fact} For privacy reasons we do not share details of individual cases.`
		}),
		bad: (f) =>
			`Rumours that ${f.claimKeywords[0]} are silly lol 😂 M. Arlen (AR5530917) is fine btw`,
		sources: [CERC, 'Faux-pas cases: leaked confidential information (F4)']
	},
	'election-interference': {
		...common,
		id: 'election-interference',
		stakes: { reach: 'high', harm: 'high', actor: 'coordinated' },
		label: 'Election interference',
		blurb: "A foreign network claims you fund a candidate days before the host's election.",
		title: (f) => `Three days before the vote: "${own(f)} is buying the election"`,
		summary: (f) =>
			`Three days before ${f.hostCountry}'s general election, a coordinated network claims ${own(f)} is funding a candidate. It is false, and taking sides would make it true in spirit.`,
		briefing: (f) =>
			`${briefingBase(f)} ${own(f)} takes no side in ${f.hostCountry}'s election; it funds only the international observer mission.`,
		tags: ['election', 'disinformation', 'bot-network', 'domestic-politics'],
		tragedy: false,
		claimKind: 'disinformation',
		bots: true,
		helpLine: false,
		objectives: () => ({
			first: 'Acknowledge the claim early and restate that you take no side in the election.',
			correct: 'Refute the claim with verifiable facts, without repeating it or attacking anyone.',
			press: 'Answer the journalist on the record without commenting on candidates.'
		}),
		incident: (f) => ({
			headline: `${f.hostCountry} votes on Sunday`,
			text: `Campaigning enters its last days before ${f.hostCountry}'s general election on Sunday.`
		}),
		rumour: (f) => `LEAKED DOCUMENTS: ${f.claim} ${f.hashtag}`,
		cable: (f) => `Legal and budget office: ${f.fact}`,
		avoid: [
			{
				phrase: ['the opposition', 'the government party', 'vote for', 'the regime'],
				why: 'A foreign mission takes no side in a host-country election.'
			}
		],
		good: (f) => ({
			first: `We are aware of claims about ${own(f)} and ${f.hostCountry}'s election. We take no side in this election: the choice belongs to the voters of ${f.hostCountry}.`,
			correction: `${f.fact} The observer mission's reports are public.`,
			answer: `${f.fact} Choosing a government is for the voters of ${f.hostCountry} alone.`
		}),
		bad: (f) =>
			`Ridiculous 😂 as if we were ${f.claimKeywords[0]}. The opposition should be ashamed. no comment`,
		sources: [RESIST, DEBUNK, 'Faux-pas cases: taking sides in domestic politics (F6)']
	},
	'envoy-opinion': {
		...common,
		id: 'envoy-opinion',
		stakes: { reach: 'high', harm: 'high', actor: 'media' },
		label: "An envoy's personal opinion read as policy",
		blurb:
			'Your ambassador muses on a disputed region in an interview; it reads as a change of policy.',
		title: (f) => `"Personal opinion": ${f.ambassador} and the policy that did not change`,
		summary: (f) =>
			`In a podcast interview, ${f.ambassador} calls a disputed region's independence "understandable". Media in ${f.hostCountry} report a change in ${own(f)}'s policy. It is not one.`,
		briefing: (f) => `${briefingBase(f)} ${own(f)}'s policy: ${f.fact}`,
		tags: ['envoy', 'policy', 'misinformation', 'sovereignty'],
		tragedy: false,
		claimKind: 'misinformation',
		bots: false,
		helpLine: false,
		objectives: () => ({
			first: 'Restate the policy quickly and clearly, without disowning the envoy in public.',
			correct: 'Correct the reported change of policy with the facts, without repeating it.',
			press: "Answer the journalist's question on the record."
		}),
		incident: (f) => ({
			headline: `${f.ambassador}: independence "understandable"`,
			text: `In a podcast interview, ${f.ambassador} said independence for the region of Saltmarsh was "understandable".`
		}),
		rumour: (f) => `Big shift: ${f.claim} ${f.hashtag}`,
		cable: (f) =>
			`From the capital: ${f.fact} The ambassador spoke in a personal capacity; do not comment on him.`,
		avoid: [
			{
				phrase: ['personal capacity', 'his own opinion', 'misspoke', 'was wrong'],
				why: 'Disowning the envoy in public weakens the mission; restate the policy instead.'
			}
		],
		good: (f) => ({
			first: `We are aware of reports about ${own(f)}'s position. Our position is clear. ${f.fact}`,
			correction: `${f.fact} We value our partnership with ${f.hostCountry}.`,
			answer: `${f.fact} ${f.ambassador} continues to represent that policy.`
		}),
		bad: (f) =>
			`Honestly the ambassador gave his own opinion lol 😂 nobody ${f.claimKeywords[0]}. no comment`,
		sources: [
			'Faux-pas cases: off-message personal opinions by envoys (F5) — McCallum 2019, Lu Shaye 2023',
			DEBUNK
		]
	}
};

export function archetypeSpec(id: ArchetypeId): ArchetypeSpec {
	return SPECS[id];
}
