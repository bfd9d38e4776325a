/**
 * CSV as people really save it: any delimiter (comma, semicolon, tab, pipe — guessed), UTF-8 with or without a
 * byte-order mark, UTF-16 with a mark, or Windows-1252 (Excel's "CSV" on Western Windows), quoted cells with
 * line breaks and doubled quotes. Parsing is papaparse's; decoding uses the platform's TextDecoder.
 */
import Papa from 'papaparse';
import type { MselReporter } from './diagnostics.ts';
import type { Table } from './table.ts';

/** Decode bytes to text, reporting a guessed legacy encoding (MS103). */
export function decodeText(bytes: Uint8Array, r?: MselReporter): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		r?.add(
			'MS103',
			{},
			'the file is not UTF-8; it was read as Windows-1252 (Western European, as Excel saves CSV on Windows). If accents look wrong, save it again as "CSV UTF-8"'
		);
		return fixC1(new TextDecoder('windows-1252').decode(bytes));
	}
}

/** Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Node 20's TextDecoder
 * decodes them as C1 control characters (ISO-8859-1); browsers already map them. Undefined bytes stay. */
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(text: string): string {
	return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

export function readCsv(bytes: Uint8Array, r: MselReporter): Table {
	const text = decodeText(bytes, r);
	const parsed = Papa.parse<string[]>(text, {
		delimiter: '',
		delimitersToGuess: [',', ';', '\t', '|'],
		skipEmptyLines: false
	});
	for (const e of parsed.errors) {
		if (e.type === 'Quotes')
			r.add(
				'MS101',
				{ row: e.row ?? 0 },
				`a quoted cell is never closed (${e.message.toLowerCase()}); everything after it was read as one cell. Close the quote with "`
			);
	}
	return {
		sheet: '',
		rows: parsed.data.map((cells) =>
			cells.map((v) => ({ value: v === '' ? null : v.replace(/\r\n?/g, '\n') }))
		)
	};
}
