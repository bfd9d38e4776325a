/**
 * factual-error: an international organisation put in another's place ("our only election support goes to the EU
 * observer mission" when the facts give the OSCE's; "the WHO team" for the Red Cross's). The role word after it
 * ("observer mission", "team", "inquiry") ties the post to the fact that names the organisation in that role. CERC: be
 * right.
 */
import type { Finding } from '../types.ts';
import { factFinding, type DetectorInput } from './context.ts';

const ORGS =
	'EU|European Union|UN|United Nations|OSCE|NATO|WHO|World Health Organi[sz]ation|ICRC|Red Cross|Red Crescent|IOM|UNHCR|UNICEF|WFP|OCHA|IAEA|Interpol|Europol|African Union|AU|ASEAN|OAS|Council of Europe|IMF|World Bank|MSF|Médecins Sans Frontières|Amnesty';
/** "<organisation>('s)? <role>": the role is what ties it to a fact. */
const ORG_ROLE = new RegExp(
	`(?<![\\p{L}])(${ORGS})(?:['’]s)? (observer mission|observers|monitoring mission|monitors|mission|team|inquiry|investigation|delegation|convoy|appeal|experts|inspectors|peacekeepers|field hospital)\\b`,
	'gu'
);

const FACT_ORGS = new WeakMap<object, { org: string; role: string }[]>();
function orgsOf(fact: { text: string }): { org: string; role: string }[] {
	let r = FACT_ORGS.get(fact);
	if (!r) {
		r = [...fact.text.matchAll(ORG_ROLE)].map((m) => ({ org: m[1].toLowerCase(), role: m[2] }));
		FACT_ORGS.set(fact, r);
	}
	return r;
}

export function orgErrors(d: DetectorInput, found: readonly Finding[]): Finding[] {
	const said = [...d.pt.text.matchAll(ORG_ROLE)];
	if (!said.length) return [];
	const facts = d.c.derived.publicFacts.filter((f) => d.revealed.has(f.fact.id));
	const out: Finding[] = [];
	for (const m of said) {
		const org = m[1].toLowerCase();
		const span = { start: m.index!, end: m.index! + m[0].length };
		if (found.some((f) => f.spans.some((x) => x.start < span.end && span.start < x.end))) continue;
		const fact = facts.find((f) => orgsOf(f.fact).some((x) => x.role === m[2] && x.org !== org));
		if (!fact) continue;
		// the post also names the facts' organisation in that role ("the OSCE mission, not an EU one")
		const theirs = orgsOf(fact.fact).filter((x) => x.role === m[2]);
		if (said.some((o) => theirs.some((x) => x.org === o[1].toLowerCase()))) continue;
		// or the facts name this one in that role too
		if (facts.some((f) => orgsOf(f.fact).some((x) => x.role === m[2] && x.org === org))) continue;
		out.push(
			factFinding(
				`“${m[0]}” contradicts the known fact: ${fact.fact.text}`,
				'Naming the wrong organisation is quoted back at you and embarrasses the one left out. Name the body the confirmed facts name.',
				[span]
			)
		);
	}
	return out;
}
