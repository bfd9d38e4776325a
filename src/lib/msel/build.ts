/**
 * Imported rows → a ddsim scenario in YAML that validates: events (with what could not be mapped kept as
 * comments above each one), personas from senders, platforms from channels, learning objectives from expected
 * actions (and doctrine-timed windows starting at the first event that tests each), and placeholders, each
 * flagged MS401, for what an MSEL does not hold (the trainee's account, claims, audiences, key messages, tests).
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { FORMAT_VERSION } from '../scenario/schema.ts';
import { formatTime } from '../scenario/time.ts';
import type { MselReporter } from './diagnostics.ts';
import type { ChannelName } from './mapping.ts';
import type { ImportedRow } from './rows.ts';
import { personaKindOf, slug, type PersonaKind } from './vocab.ts';

export interface BuildInput {
	file: string;
	title?: string;
	rows: ImportedRow[];
}

export interface BuildSummary {
	events: number;
	personas: number;
	platforms: number;
	objectives: number;
	/** Rows kept only as comments. */
	skipped: number;
}

const PLATFORM_OF: Record<ChannelName, { id: string; kind: string; label: string }> = {
	feed: { id: 'social', kind: 'microblog', label: 'Social feed' },
	news: { id: 'news', kind: 'news', label: 'News' },
	dm: { id: 'messages', kind: 'messaging', label: 'Messages' },
	internal: { id: 'internal', kind: 'internal', label: 'Internal' }
};

/** CERC: a first statement within the hour; Debunking Handbook / Zubiaga 2016: correct early. */
const WINDOW = { ideal: '30m', acceptable: '1h', late: '2h' };

function roundUp(seconds: number, step: number): number {
	return Math.ceil(seconds / step) * step;
}

function handleIn(text: string): string | undefined {
	const m = /@([A-Za-z0-9_]{1,30})/.exec(text);
	return m ? `@${m[1]}` : undefined;
}

export function buildScenario(
	input: BuildInput,
	r: MselReporter
): { yaml: string; summary: BuildSummary } {
	const events = input.rows.filter((x) => !x.skipped && x.at !== undefined);
	const base = slug(input.title || input.file.replace(/\.[^.]+$/, ''), 48);
	const title = input.title || `Exercise imported from ${input.file}`;

	// personas
	const personas: Record<string, { name: string; kind: PersonaKind; handle?: string }> = {};
	const personaOf = new Map<string, string>();
	for (const x of events) {
		if (!x.from) continue;
		const key = `${x.fromId ?? ''}\u0000${x.from}`;
		if (personaOf.has(key)) continue;
		let id = x.fromId && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(x.fromId) ? x.fromId : slug(x.from, 30);
		while (personas[id] && personas[id].name !== x.from) id = `${id}-2`;
		const handle = handleIn(x.from);
		const name = x.from.replace(/\s*\(?@[A-Za-z0-9_]{1,30}\)?\s*/g, ' ').trim() || x.from;
		personas[id] = { name, kind: personaKindOf(x.from), ...(handle ? { handle } : {}) };
		personaOf.set(key, id);
	}

	// platforms
	const platforms: Record<string, { kind: string; label: string; char_limit?: number }> = {};
	const platformOf = (x: ImportedRow): string => {
		const def = PLATFORM_OF[x.channel];
		const id = x.platform ? slug(x.platform, 24) : def.id;
		if (!platforms[id])
			platforms[id] = {
				kind: def.kind,
				label: x.platform ?? def.label,
				...(def.kind === 'microblog' ? { char_limit: 280 } : {})
			};
		return id;
	};
	const eventPlatform = new Map<ImportedRow, string>();
	for (const x of events) eventPlatform.set(x, platformOf(x));
	let account = Object.entries(platforms).find(([, p]) => p.kind === 'microblog')?.[0];
	if (!account) {
		account = 'social';
		platforms.social = { kind: 'microblog', label: 'Social feed', char_limit: 280 };
	}

	// objectives: explicit ids, else one per distinct expected action
	const objectives: { id: string; text: string }[] = [];
	const objectiveIds = new Set<string>();
	const byText = new Map<string, string>();
	for (const x of events) {
		if (x.objectives.length) {
			// "text a / text b" beside "a, b" (as ddsim export writes them) gives each objective its text
			const parts = x.expected?.split(' / ') ?? [];
			x.objectives.forEach((id, k) => {
				const text =
					x.objectives.length === 1
						? x.expected
						: parts.length === x.objectives.length
							? parts[k]
							: undefined;
				const known = objectives.find((o) => o.id === id);
				if (known && known.text === `Objective ${id}` && text) known.text = text;
				if (!objectiveIds.has(id)) {
					objectiveIds.add(id);
					objectives.push({ id, text: text || `Objective ${id}` });
				}
			});
			continue;
		}
		if (!x.expected) continue;
		let id = byText.get(x.expected);
		if (!id) {
			id = slug(x.expected, 32);
			while (objectiveIds.has(id)) id = `${id}-2`;
			objectiveIds.add(id);
			byText.set(x.expected, id);
			objectives.push({ id, text: x.expected });
		}
		x.objectives = [id];
	}
	if (objectives.length === 0) {
		objectives.push({
			id: 'respond',
			text: 'Respond to the injects promptly, accurately and in the right tone (write the real objectives here).'
		});
		r.add(
			'MS401',
			{},
			'the MSEL has no expected actions or objectives: learning_objectives has one placeholder; write the objectives of the exercise'
		);
	}

	const last = Math.max(0, ...events.map((x) => x.at ?? 0));
	const duration = formatTime(roundUp(last + 1800, 900));
	const scenario: Record<string, unknown> = {
		format: FORMAT_VERSION,
		id: base,
		title,
		summary: `Imported from the MSEL ${input.file}: ${events.length} inject(s). Write a one-paragraph situation summary here.`,
		language: 'en',
		duration,
		seed: 1,
		difficulty: 'intermediate',
		tags: ['imported-msel'],
		learning_objectives: objectives,
		trainee: {
			role: 'Press officer (write the trainee’s role here)',
			government: 'Your government (write its name here)',
			account: {
				platform: account,
				handle: '@YourAccount',
				display_name: 'Your official account',
				followers: 10000,
				verified: true
			},
			briefing: `Write the briefing the trainee reads before the clock starts. This exercise was imported from ${input.file}.`
		},
		platforms,
		personas,
		events: events.map((x) => {
			const ev: Record<string, unknown> = { id: x.id, at: formatTime(x.at ?? 0) };
			if (x.from) ev.from = personaOf.get(`${x.fromId ?? ''}\u0000${x.from}`);
			ev.channel = x.channel;
			const pid = eventPlatform.get(x)!;
			if (pid !== PLATFORM_OF[x.channel].id || x.platform) ev.platform = pid;
			if (x.headline) ev.headline = x.headline;
			ev.text = x.text;
			if (x.objectives.length) ev.objectives = x.objectives;
			return ev;
		}),
		rubric: {
			timing: objectives.flatMap((o) => {
				const first = events
					.filter((x) => x.objectives.includes(o.id))
					.sort((a, b) => (a.at ?? 0) - (b.at ?? 0))[0];
				return first ? [{ objective: o.id, from: first.id, window: WINDOW }] : [];
			})
		}
	};

	const doc = new Document(scenario);
	doc.commentBefore = [
		` yaml-language-server: $schema=../static/schema/scenario-v1.json`,
		` Imported from ${input.file} by ddsim import msel. Still to write by hand (see MS401 in docs/diagnostics.md):`,
		`   trainee (role, government, account, briefing), the summary, claims and audiences for the rumours,`,
		`   rubric.must_include / must_avoid (key messages and faux pas), and tests (a good and a bad run).`
	].join('\n');
	const seq = doc.get('events', true);
	const pending: string[] = [];
	const rowsInOrder = [...input.rows].sort((a, b) => a.row - b.row);
	const itemOf = new Map<string, YAMLMap>();
	if (isSeq(seq))
		seq.items.forEach((item, k) => {
			if (isMap(item)) itemOf.set(String((scenario.events as { id: string }[])[k].id), item);
		});
	for (const x of rowsInOrder) {
		if (x.skipped) {
			pending.push(
				` row ${x.row + 1} not imported (${x.skipped}): ${x.raw.join(' | ').replace(/\n/g, ' ')}`
			);
			continue;
		}
		const item = itemOf.get(x.id);
		if (!item) continue;
		const lines = [...pending.splice(0), ` row ${x.row + 1}`];
		if (x.to) lines.push(`   to: ${x.to}`);
		if (
			x.expected &&
			x.expected !== x.objectives.map((id) => objectives.find((o) => o.id === id)?.text).join(' / ')
		)
			lines.push(`   expected action: ${x.expected.replace(/\n/g, ' ')}`);
		for (const [k, v] of x.notes) lines.push(`   ${k}: ${v.replace(/\n/g, ' ')}`);
		item.commentBefore = lines.join('\n');
	}
	if (pending.length && isSeq(seq)) seq.comment = pending.join('\n');

	r.add(
		'MS401',
		{},
		'trainee: the role, government, account handle and briefing are placeholders; write the real ones'
	);
	r.add(
		'MS401',
		{},
		'claims and audiences: an MSEL does not say which injects are rumours or who believes them; add claims (with refuted_by facts) and spreads: on the rumour events so misinformation spreads and can be corrected'
	);
	r.add(
		'MS401',
		{},
		'rubric.must_include, rubric.must_avoid and tests: add the key messages, the faux pas to avoid and a good and a bad run so ddsim validate --test can check the scoring'
	);
	const yaml = doc.toString({ lineWidth: 100, minContentWidth: 40 });
	return {
		yaml,
		summary: {
			events: events.length,
			personas: Object.keys(personas).length,
			platforms: Object.keys(platforms).length,
			objectives: objectives.length,
			skipped: input.rows.length - events.length
		}
	};
}
