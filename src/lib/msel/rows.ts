/**
 * Data rows → imported rows: cells read by field, times normalised to scenario seconds, ids made valid and
 * unique, channels recognised. A row that cannot become an event (no text, unreadable time) is kept with the
 * reason, to be written as a comment: no row is ever dropped silently.
 */
import { ID_PATTERN } from '../scenario/schema.ts';
import { suggest } from '../scenario/suggest.ts';
import type { MselReporter } from './diagnostics.ts';
import { FIELD_LABELS, type Field } from './fields.ts';
import type { ColumnMap } from './header.ts';
import type { ChannelName, Mapping } from './mapping.ts';
import { cellText, columnLetter, isEmptyRow, type Table } from './table.ts';
import { normaliseTimes, parseDay, parseMselTime, type TimedRow, type TimeValue } from './times.ts';
import { channelOf, channelWords, personaKindOf, slug } from './vocab.ts';

export interface ImportedRow {
	/** 0-based spreadsheet row. */
	row: number;
	id: string;
	at?: number;
	from?: string;
	fromId?: string;
	to?: string;
	channel: ChannelName;
	platform?: string;
	headline?: string;
	text?: string;
	expected?: string;
	objectives: string[];
	/** Other columns, kept as notes: header → text. */
	notes: [string, string][];
	/** Why the row is not an event (it becomes a comment). */
	skipped?: string;
	/** Every non-empty cell, for the comment of a skipped row. */
	raw: string[];
}

const SPACING = 300; // seconds between rows when the MSEL has no time column

export function readRows(
	table: Table,
	cols: ColumnMap,
	mapping: Mapping | undefined,
	r: MselReporter
): ImportedRow[] {
	const f = cols.fields;
	const get = (row: number, field: Field) =>
		f[field] === undefined ? '' : cellText(table.rows[row]?.[f[field]!]);
	const first = mapping?.firstRow !== undefined ? mapping.firstRow - 1 : cols.headerRow + 1;
	let last = table.rows.length - 1;
	while (last >= first && isEmptyRow(table.rows[last])) last--;

	const out: ImportedRow[] = [];
	let emptyFrom: number | undefined;
	for (let i = first; i <= last; i++) {
		if (isEmptyRow(table.rows[i])) {
			emptyFrom ??= i;
			continue;
		}
		if (emptyFrom !== undefined) {
			r.add(
				'MS306',
				{ row: emptyFrom },
				i - emptyFrom === 1
					? `row ${emptyFrom + 1} is empty; skipped`
					: `rows ${emptyFrom + 1}–${i} are empty; skipped`
			);
			emptyFrom = undefined;
		}
		let text = get(i, 'text');
		let headline = get(i, 'headline');
		if (!text && headline) {
			text = headline;
			headline = '';
		}
		const notes: [string, string][] = [];
		const noted = get(i, 'notes');
		if (noted) notes.push([cols.headers[f.notes!] || 'notes', noted]);
		for (const n of cols.notes) {
			const v = cellText(table.rows[i]?.[n.col]);
			if (v) notes.push([n.header || `column ${columnLetter(n.col)}`, v]);
		}
		const from = get(i, 'from');
		const channelText = get(i, 'channel');
		const row: ImportedRow = {
			row: i,
			id: '',
			channel: 'feed',
			objectives: [],
			notes,
			raw: (table.rows[i] ?? []).map(cellText).filter((x) => x)
		};
		if (from) row.from = from;
		const fromId = get(i, 'from_id');
		if (fromId) row.fromId = fromId;
		const to = get(i, 'to');
		if (to) row.to = to;
		if (headline) row.headline = headline;
		if (text) row.text = text;
		const expected = get(i, 'expected');
		if (expected) row.expected = expected;
		const platform = get(i, 'platform');
		if (platform) row.platform = platform;
		const obj = get(i, 'objective');
		if (obj)
			row.objectives = obj
				.split(/[,;\n/]+/)
				.map((s) => s.trim())
				.filter(Boolean)
				.map((s) => (ID_PATTERN.test(s) ? s : slug(s)));
		row.channel = text ? readChannel(channelText, from, mapping, r, i, f.channel) : 'feed';
		if (!text) {
			row.skipped = `no ${FIELD_LABELS.text}`;
			r.add(
				'MS302',
				{ row: i, col: f.text },
				`row ${i + 1} has no inject text${f.text === undefined ? '' : ` in column ${columnLetter(f.text)}`}; it is kept as a comment in the scenario, not as an event`
			);
		}
		out.push(row);
	}
	assignTimes(table, cols, mapping, out, r);
	assignIds(cols, out, r, get);
	return out;
}

function readChannel(
	text: string,
	from: string,
	mapping: Mapping | undefined,
	r: MselReporter,
	row: number,
	col: number | undefined
): ChannelName {
	if (text) {
		const mapped = Object.entries(mapping?.channels ?? {}).find(
			([k]) => k.trim().toLowerCase() === text.trim().toLowerCase()
		);
		if (mapped) return mapped[1];
		const c = channelOf(text);
		if (c) return c;
		r.add(
			'MS305',
			{ row, col },
			`channel '${text}' is not one ddsim knows; the event is put on the social feed. Name it in the mapping file's channels: (feed, news, dm or internal)`,
			suggest(text.toLowerCase(), channelWords())
		);
		return 'feed';
	}
	if (!from) return 'feed';
	const kind = personaKindOf(from);
	return kind === 'news' ? 'news' : kind === 'colleague' ? 'internal' : 'feed';
}

function assignTimes(
	table: Table,
	cols: ColumnMap,
	mapping: Mapping | undefined,
	rows: ImportedRow[],
	r: MselReporter
): void {
	const tc = cols.fields.time;
	const dc = cols.fields.day;
	const live = rows.filter((x) => !x.skipped);
	if (tc === undefined) {
		if (live.length)
			r.add(
				'MS203',
				{},
				`no time column was found: events are spaced ${SPACING / 60} minutes apart in row order. Add a column named Time (Heure, Hora) or map one with --map`
			);
		live.forEach((x, k) => (x.at = k * SPACING));
		return;
	}
	const timed: TimedRow[] = [];
	let ambiguousRow: number | undefined;
	for (const x of live) {
		const cell = table.rows[x.row]?.[tc];
		let t = parseMselTime(cell?.value ?? null, cell?.format);
		if (dc !== undefined && !('error' in t)) {
			const day = parseDay(table.rows[x.row]?.[dc]?.value ?? null);
			if (day !== undefined && t.kind === 'clock') t = { ...t, day: (t.day ?? 0) + day };
			else if (day !== undefined && t.kind === 'offset')
				t = { ...t, seconds: t.seconds + day * 86400 };
		}
		if ('error' in t) {
			x.skipped = 'unreadable time';
			r.add(
				'MS301',
				{ row: x.row, col: tc },
				`${t.error}; the row is kept as a comment`,
				t.suggestion
			);
			continue;
		}
		if (t.kind === 'datetime' && t.ambiguous && ambiguousRow === undefined) ambiguousRow = x.row;
		timed.push({ row: x.row, time: t as TimeValue });
	}
	if (ambiguousRow !== undefined)
		r.add(
			'MS310',
			{ row: ambiguousRow, col: tc },
			`'${cellText(table.rows[ambiguousRow]?.[tc])}' could be day/month or month/day; dates are read as day/month/year. Write dates as 2024-06-26 to be sure`
		);
	if (timed.length === 0) return;
	const n = normaliseTimes(timed, mapping?.start);
	for (const x of live) {
		const at = n.at.get(x.row);
		if (at !== undefined) x.at = at;
	}
	for (const row of n.rolledOver)
		r.add(
			'MS307',
			{ row, col: tc },
			`${cellText(table.rows[row]?.[tc])} is earlier than the row before it: read as the next day. Write D2 ${cellText(table.rows[row]?.[tc])} if that is right`
		);
	for (const row of n.beforeStart) {
		const x = live.find((y) => y.row === row)!;
		x.skipped = 'before the start';
		r.add(
			'MS301',
			{ row, col: tc },
			`this time is before the start of the exercise (${n.origin}); the row is kept as a comment`
		);
	}
	if (n.mixed)
		r.add(
			'MS308',
			{ col: tc },
			`the time column mixes kinds of time (times of day, offsets such as T+00:30 or J+1, full dates): offsets are counted from the start, ${n.origin}`
		);
	r.add(
		'MS309',
		n.originRow !== undefined ? { row: n.originRow, col: tc } : {},
		mapping?.start
			? `scenario time 00:00 is the start given in the mapping file (${n.origin})`
			: n.origin === 'T+0'
				? 'times are offsets from the start of the exercise (T+0 is 00:00)'
				: `scenario time 00:00 is the first inject's time (${n.origin}); every other time counts from it`
	);
}

function assignIds(
	cols: ColumnMap,
	rows: ImportedRow[],
	r: MselReporter,
	get: (row: number, f: Field) => string
): void {
	const used = new Set<string>();
	const ic = cols.fields.id;
	for (const x of rows) {
		let id = '';
		if (ic !== undefined) {
			const cell = get(x.row, 'id');
			if (cell) id = ID_PATTERN.test(cell) && cell.length <= 60 ? cell : slug(cell);
			else if (!x.skipped) {
				id = `row-${x.row + 1}`;
				r.add(
					'MS303',
					{ row: x.row, col: ic },
					`row ${x.row + 1} has no event number; the event is named '${id}'`
				);
			}
		}
		if (!id) id = slug(x.headline || x.text || `row ${x.row + 1}`, 28);
		if (used.has(id)) {
			let k = 2;
			while (used.has(`${id}-${k}`)) k++;
			if (ic !== undefined && get(x.row, 'id'))
				r.add(
					'MS304',
					{ row: x.row, col: ic },
					`event number '${get(x.row, 'id')}' is used twice; this one is named '${id}-${k}'`
				);
			id = `${id}-${k}`;
		}
		used.add(id);
		x.id = id;
	}
}
