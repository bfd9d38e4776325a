/**
 * A small thesaurus of the vocabulary rumours about diplomatic missions are made of (closing doors, turning
 * people away, abandoning citizens, freezing visas, insults, secret views, staged provocations…), used to
 * recognise a paraphrase of a claim ("shut its gates on its own citizens" for "locked its gates and turned its
 * own citizens away"). Words map to a concept through their Porter stem; a word outside the thesaurus is its
 * own concept. Generic words (say, claim, video…) and institutions (consulate, embassy…) are not concepts.
 */
import { stem } from './post-text.ts';
import { wordInfo, type WordInfo } from './word-info.ts';
import { dict } from '../../dict.ts';

const GROUPS: Readonly<Record<string, string>> = dict({
	close:
		'close closed closing shut shutting lock locked locking bar barred seal sealed barricade barricaded',
	expel:
		'turn turned turning send sent kick kicked chase chased throw thrown push pushed expel expelled evict evicted',
	refuse: 'refuse refused refusing reject rejected deny denied denying exclude excluded ban banned',
	door: 'door doors gate gates entrance entrances entry entries',
	citizen:
		'citizen citizens national nationals compatriot compatriots countrymen resident residents expat expats',
	abandon:
		'abandon abandoned abandoning desert deserted forsake forsaken neglect neglected strand stranded behind ignored ignore',
	evacuate:
		'evacuate evacuated evacuating evacuation airlift airlifted fly flown flying flight flights rescue rescued extract extracted charter charters',
	diplomat: 'diplomat diplomats diplomatic envoy envoys staff',
	family: 'family families relative relatives dependant dependants spouse spouses',
	only: 'only exclusively solely just',
	freeze: 'freeze froze frozen freezing suspend suspended halt halted stop stopped block blocked',
	visa: 'visa visas permit permits',
	south: 'south southern southerner southerners',
	secret: 'secret secretly covert covertly hidden quietly',
	insult:
		'insult insulted insulting mock mocked mocking ridicule ridiculed disparage disparaged sneer sneered offend offended belittle belittled lazy laziness idle',
	grateful: 'grateful gratitude indebted',
	grain: 'grain grains wheat crop crops harvest',
	farmer: 'farmer farmers farm farms farming cooperative',
	show: 'show shows showed reflect reflects reflected reveal reveals revealed expose exposes exposed prove proves proved',
	real: 'real really true truly honest honestly genuine genuinely',
	belief:
		'think thinks thought view views see sees believe believes belief feel feels feeling mean meant opinion opinions',
	intelligence: 'intelligence spy spies espionage agency agencies',
	stage: 'stage staged provocation provoke provoked setup plot plotted inside',
	deliberate: 'deliberate deliberately purpose intentional intentionally snub snubbed slight',
	flag: 'flag flags banner',
	hack: 'hack hacked hacking breach breached compromise compromised',
	fund: 'fund funds funded funding finance finances financed financing bankroll bankrolls bankrolled bankrolling sponsor sponsored sponsoring bribe bribed bribing',
	rig: 'rig rigged rigging buy buying bought manipulate manipulated manipulating',
	sell: 'sell sells sold selling resell resold'
});

/** Concepts that say what was done (a paraphrase needs one of these, not only who or what it was about). */
export const ACTIONS = new Set([
	'fund',
	'sell',
	'rig',
	'close',
	'expel',
	'refuse',
	'abandon',
	'evacuate',
	'freeze',
	'insult',
	'show',
	'real',
	'belief',
	'stage',
	'deliberate',
	'hack',
	'secret'
]);

/** Words that never make a paraphrase: function words, reporting verbs, institutions, the media. */
const IGNORE = new Set(
	`a an the of to in on at is are was were be been being its it our their his her and or for by with this that
	these those has have had as from all any some they them we us you your own not no never did do does said say
	says claim claims claimed report reports reported video videos clip post posts people person one everyone
	anyone nobody someone consulate consulates embassy embassies ministry government president ambassador
	minister office account accounts what who how which when where there here about after before than then
	just more most many much very away out call calls called calling told tell tells use used uses using make made
	makes making get got gets getting take took taken takes give gave given gives go went gone goes`
		.split(/\s+/)
		.filter(Boolean)
);

const CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(GROUPS))
	for (const w of words.split(' ')) CONCEPT.set(stem(w), concept);
// "only" and "just" and "out" are concepts only through their group
CONCEPT.delete(stem('just'));

/** The concept of a lower-case word, or undefined for words that carry no claim meaning (kept in the word's
 * record). */
export function conceptOf(word: string): string | undefined {
	return conceptOfInfo(wordInfo(word));
}

export function conceptOfInfo(info: WordInfo): string | undefined {
	let r = info.concept;
	if (r === undefined) {
		const word = info.word;
		r = null;
		if (!(IGNORE.has(word) || word.length < 3 || /\d/.test(word))) {
			const st = info.stem;
			r = CONCEPT.get(st) ?? `=${st}`;
		}
		info.concept = r;
	}
	return r ?? undefined;
}

/** Concepts of a list of words (extra words: the trainee's demonyms count as "citizen"). */
export function conceptsOf(
	words: readonly string[],
	citizenWords: ReadonlySet<string>
): Set<string> {
	const out = new Set<string>();
	for (const w of words) {
		if (citizenWords.has(w)) {
			out.add('citizen');
			continue;
		}
		const c = conceptOf(w);
		if (c) out.add(c);
	}
	return out;
}
