/**
 * Checks for the parts of a scenario that make the platform play back: placeholders in reaction and
 * adversary texts (SC217), the adversary's references (persona, network, claim: SC301/SC304/SC302), its
 * DISARM technique ids (SC218, with the nearest id suggested), duplicate move ids (SC207) and move windows
 * that close before they open (SC204).
 */
import { PLACEHOLDERS } from './placeholders.ts';
import { unresolved, type NameSets } from './references.ts';
import type { Reporter } from './report.ts';
import type { RawScenario } from './schema.ts';
import { suggest } from './suggest.ts';
import { TECHNIQUES, technique } from './disarm.ts';
import { parseTime } from './time.ts';
import type { PathSeg } from './yaml-positions.ts';

const NAMES = PLACEHOLDERS as readonly string[];

export function checkPlaceholders(text: string, path: PathSeg[], r: Reporter, what = 'a reaction') {
	for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
		const name = m[1];
		if (NAMES.includes(name)) continue;
		const start = m.index ?? 0;
		const near = suggest(name, NAMES);
		r.inString(
			'SC217',
			path,
			text,
			start,
			start + m[0].length,
			`unknown placeholder '{${name}}' in ${what}; available: ${NAMES.map((p) => `{${p}}`).join(', ')}`,
			{ suggestion: near !== undefined ? `{${near}}` : undefined }
		);
	}
}

/** Ambient texts (the plain stance lists) are said at any moment; these words belong to a situation. */
const SITUATIONAL: [RegExp, string, string][] = [
	[
		/\b(silent|silence|so quiet|still no(thing)?|no word|not a word|say something|no statement|no response yet)\b/i,
		'silence',
		'it complains about silence'
	],
	[
		/\b(thanks?|thank you|well (done|handled)|good (job|update|response|answer)|clear (answer|update|response)|apology accepted)\b/i,
		'good',
		'it praises a post'
	]
];

export function checkPlay(raw: RawScenario, sets: NameSets, r: Reporter): void {
	for (const [aud, pools] of Object.entries(raw.reactions))
		for (const stance of ['hostile', 'neutral', 'supportive'] as const)
			(pools[stance] ?? []).forEach((text, j) => {
				const hit = SITUATIONAL.find(([re]) => re.test(text));
				if (hit)
					r.at(
						'SC418',
						['reactions', aud, stance, j],
						`'${text}' is an ambient reaction, said at any moment, but ${hit[2]}: move it under 'on: { ${hit[1]}: { ${stance}: [...] } }' so it is only said when it fits`
					);
			});
	for (const [aud, pools] of Object.entries(raw.reactions))
		for (const [situation, byStance] of Object.entries(pools.on ?? {}))
			for (const [stance, texts] of Object.entries(byStance ?? {}))
				(texts ?? []).forEach((text, j) =>
					checkPlaceholders(text, ['reactions', aud, 'on', situation, stance, j], r)
				);

	const adv = raw.adversary;
	if (!adv) return;
	const ref = (
		kind: 'persona' | 'audience' | 'claim',
		name: string | undefined,
		path: PathSeg[],
		ctx: string
	) => {
		if (name === undefined) return;
		const u = unresolved(kind, name, sets, ctx);
		if (u) r.at(u.code, path, u.message, { suggestion: u.suggestion });
	};
	ref('audience', adv.network, ['adversary', 'network'], 'the adversary');
	if (adv.network && !raw.audiences.some((a) => a.id === adv.network && a.kind === 'coordinated'))
		if (sets.audiences.has(adv.network))
			r.at(
				'SC304',
				['adversary', 'network'],
				`the adversary's network '${adv.network}' is an organic audience; name a coordinated one (kind: coordinated)`
			);
	const seen = new Map<string, number>();
	adv.moves.forEach((m, i) => {
		const at = (k: string): PathSeg[] => ['adversary', 'moves', i, k];
		const ctx = `move '${m.id}'`;
		const first = seen.get(m.id);
		if (first === undefined) seen.set(m.id, i);
		else
			r.at(
				'SC207',
				at('id'),
				`duplicate move id '${m.id}' (first defined on line ${r.spanOf(['adversary', 'moves', first, 'id']).line})`
			);
		ref('persona', m.from, at('from'), ctx);
		ref('claim', m.boost?.claim, ['adversary', 'moves', i, 'boost', 'claim'], ctx);
		if (!technique(m.technique)) {
			const ids = TECHNIQUES.map((t) => t.id);
			const near = suggest(m.technique.toUpperCase(), ids);
			r.at(
				'SC218',
				at('technique'),
				`${ctx} is labelled '${m.technique}', which is not a DISARM technique ddsim knows (e.g. ${ids.slice(0, 4).join(', ')} …; the list is in docs/scenario-format.md#adversary)`,
				{ suggestion: near }
			);
		}
		checkPlaceholders(m.text, at('text'), r, 'an adversary move');
		const after = m.after !== undefined ? parseTime(m.after) : undefined;
		const until = m.until !== undefined ? parseTime(m.until) : undefined;
		if (after !== undefined && until !== undefined && until < after)
			r.at(
				'SC204',
				at('until'),
				`${ctx} closes (until: ${m.until}) before it opens (after: ${m.after})`
			);
	});
}
