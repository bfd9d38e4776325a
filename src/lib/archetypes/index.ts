/**
 * New scenarios from archetypes (issue 15): a short form (names, the claim, the fact, timings) → a complete
 * scenario in YAML that validates, with doctrine-timed windows, required and forbidden messages and two embedded
 * tests (a good run and a bad run) that pass. Pure: no I/O.
 */
import { stringify } from 'yaml';
import { ARCHETYPE_IDS, exampleForm, type ArchetypeForm, type ArchetypeId } from './form.ts';
import { buildFromSpec } from './skeleton.ts';
import { archetypeSpec } from './specs.ts';

export { ARCHETYPE_IDS, exampleForm, type ArchetypeForm, type ArchetypeId } from './form.ts';

export interface ArchetypeInfo {
	id: ArchetypeId;
	label: string;
	blurb: string;
}

export function archetypes(): ArchetypeInfo[] {
	return ARCHETYPE_IDS.map((id) => {
		const s = archetypeSpec(id);
		return { id, label: s.label, blurb: s.blurb };
	});
}

/** The scenario for a filled-in form, as YAML. */
export function generateScenario(form: ArchetypeForm): string {
	const raw = buildFromSpec(archetypeSpec(form.archetype), form);
	const head = `# yaml-language-server: $schema=../static/schema/scenario-v1.json\n# Generated from the archetype "${archetypeSpec(form.archetype).label}": edit freely.\n`;
	return head + stringify(raw, { lineWidth: 110, minContentWidth: 40 });
}

/** The same, from an archetype's example form. */
export function exampleScenario(id: ArchetypeId): string {
	return generateScenario(exampleForm(id));
}

export interface FormProblem {
	field: keyof ArchetypeForm | `minutes.${keyof ArchetypeForm['minutes']}`;
	message: string;
}

/** What is wrong with a filled-in form, field by field (empty list when it can generate a scenario). */
export function checkForm(f: ArchetypeForm): FormProblem[] {
	const out: FormProblem[] = [];
	const need = (field: FormProblem['field'], v: string, what: string) => {
		if (!v || !v.trim()) out.push({ field, message: `${what} is empty` });
	};
	need('ownCountry', f.ownCountry, 'your country');
	need('demonym', f.demonym, 'the name of its people');
	need('hostCountry', f.hostCountry, 'the host country');
	need('city', f.city, 'the city');
	need('mission', f.mission, 'the mission');
	need('ambassador', f.ambassador, 'the head of mission');
	need('hostOfficial', f.hostOfficial, 'the host official');
	need('claim', f.claim, 'the false claim');
	need('fact', f.fact, 'the fact');
	need('hotline', f.hotline, 'where to get help');
	if (!/^@[A-Za-z0-9_]{1,30}$/.test(f.handle))
		out.push({
			field: 'handle',
			message: 'the account handle is @ followed by up to 30 letters, digits or _'
		});
	if (!/^#[^\s#]+$/.test(f.hashtag))
		out.push({
			field: 'hashtag',
			message: 'the hashtag is # followed by letters or digits, without spaces'
		});
	if (f.claimKeywords.filter((k) => k.trim()).length === 0)
		out.push({
			field: 'claimKeywords',
			message: 'give at least one phrase people use for the claim'
		});
	if (f.factKeywords.filter((k) => k.trim()).length === 0)
		out.push({ field: 'factKeywords', message: 'give at least one phrase that states the fact' });
	const lower = (s: string) => s.toLowerCase();
	for (const k of f.claimKeywords)
		if (k.trim() && lower(f.fact).includes(lower(k.trim())))
			out.push({
				field: 'claimKeywords',
				message: `the fact itself contains the claim's phrase "${k}"; a correction would repeat the myth`
			});
	const m = f.minutes;
	const order: [keyof typeof m, string][] = [
		['incident', 'the incident'],
		['rumour', 'the rumour'],
		['press', "the journalist's question"],
		['length', 'the end']
	];
	for (const [k, label] of order)
		if (!Number.isFinite(m[k]) || m[k] < 0 || m[k] > 1440)
			out.push({ field: `minutes.${k}`, message: `${label}: minutes from the start, 0 to 1440` });
	if (m.incident + 10 > m.rumour)
		out.push({
			field: 'minutes.rumour',
			message: 'the rumour comes at least 10 minutes after the incident'
		});
	if (m.rumour + 20 > m.press)
		out.push({
			field: 'minutes.press',
			message: "the journalist's question comes at least 20 minutes after the rumour"
		});
	if (m.press + 60 > m.length)
		out.push({
			field: 'minutes.length',
			message: "the exercise lasts at least an hour after the journalist's question"
		});
	return out;
}
