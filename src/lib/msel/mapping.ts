/**
 * The explicit mapping file (`ddsim import msel --map mapping.yaml`) for sheets whose headers ddsim cannot
 * guess, or that have none:
 *
 *   sheet: CHECKLIST            # which sheet (default: the first with a header)
 *   header_row: none            # a row number, or none when the data starts at once
 *   first_row: 1                # first data row (default: the row after the header)
 *   start: 2024-06-26 09:00     # what 00:00 of the scenario is (default: the first inject)
 *   columns:                    # field: a column letter or a header text; notes may list several
 *     time: C
 *     text: Message
 *     notes: [G, I]
 *   channels:                   # cell text → feed, news, dm or internal
 *     Send a mail: dm
 */
import { parse } from 'yaml';
import { suggest } from '../scenario/suggest.ts';
import type { MselReporter } from './diagnostics.ts';
import { FIELDS, type Field } from './fields.ts';
import { parseTimeText, type TimeValue } from './times.ts';

export const CHANNEL_NAMES = ['feed', 'news', 'dm', 'internal'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export interface Mapping {
	sheet?: string;
	/** 1-based header row; 0 = none. */
	headerRow?: number;
	/** 1-based first data row. */
	firstRow?: number;
	start?: TimeValue;
	columns: Partial<Record<Field, string[]>>;
	channels: Record<string, ChannelName>;
}

const KEYS = ['sheet', 'header_row', 'first_row', 'start', 'columns', 'channels'];

/** Parse a mapping file; problems are MS206 diagnostics (the mapping file is the "cell"). */
export function parseMapping(source: string, r: MselReporter): Mapping | undefined {
	let doc: unknown;
	try {
		doc = parse(source);
	} catch (e) {
		r.add(
			'MS206',
			{},
			`the mapping file is not valid YAML: ${(e as Error).message.split('\n')[0]}`
		);
		return undefined;
	}
	if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
		r.add('MS206', {}, 'the mapping file must be a mapping with columns: (see docs/msel.md)');
		return undefined;
	}
	const m = doc as Record<string, unknown>;
	const out: Mapping = { columns: {}, channels: {} };
	for (const k of Object.keys(m))
		if (!KEYS.includes(k))
			r.add('MS206', {}, `unknown key '${k}' in the mapping file`, suggest(k, KEYS));
	if (m.sheet !== undefined) out.sheet = String(m.sheet);
	if (m.header_row !== undefined) {
		if (m.header_row === 'none' || m.header_row === false || m.header_row === 0) out.headerRow = 0;
		else if (Number.isInteger(m.header_row) && (m.header_row as number) > 0)
			out.headerRow = m.header_row as number;
		else
			r.add(
				'MS206',
				{},
				`header_row must be a row number or none, not ${JSON.stringify(m.header_row)}`
			);
	}
	if (m.first_row !== undefined) {
		if (Number.isInteger(m.first_row) && (m.first_row as number) > 0)
			out.firstRow = m.first_row as number;
		else r.add('MS206', {}, `first_row must be a row number, not ${JSON.stringify(m.first_row)}`);
	}
	if (m.start !== undefined) {
		const t = parseTimeText(String(m.start));
		if ('error' in t) r.add('MS206', {}, `start: ${t.error}`);
		else out.start = t;
	}
	if (m.columns !== undefined) {
		if (m.columns === null || typeof m.columns !== 'object' || Array.isArray(m.columns))
			r.add('MS206', {}, 'columns must map fields to column letters or header texts');
		else
			for (const [k, v] of Object.entries(m.columns as Record<string, unknown>)) {
				if (!(FIELDS as readonly string[]).includes(k)) {
					r.add(
						'MS206',
						{},
						`unknown field '${k}' in columns (fields: ${FIELDS.join(', ')})`,
						suggest(k, FIELDS)
					);
					continue;
				}
				const list = (Array.isArray(v) ? v : [v]).map(String).filter((x) => x.trim());
				if (list.length === 0) r.add('MS206', {}, `columns.${k} names no column`);
				else out.columns[k as Field] = list;
			}
	}
	if (m.channels !== undefined) {
		if (m.channels === null || typeof m.channels !== 'object' || Array.isArray(m.channels))
			r.add('MS206', {}, 'channels must map cell texts to feed, news, dm or internal');
		else
			for (const [k, v] of Object.entries(m.channels as Record<string, unknown>)) {
				if ((CHANNEL_NAMES as readonly string[]).includes(String(v)))
					out.channels[k] = v as ChannelName;
				else
					r.add(
						'MS206',
						{},
						`channels: '${k}' maps to '${String(v)}'; use one of ${CHANNEL_NAMES.join(', ')}`,
						suggest(String(v), CHANNEL_NAMES)
					);
			}
	}
	return out;
}
