/**
 * Times as MSELs write them, read into one of three kinds:
 *   offset    from the start of the exercise: `T+00:30`, `T+30` (minutes), `H+2`, `+45m`, `1h30m`, `J+1 H+2 M-5`
 *   clock     a time of day, optionally on day N: `09:30`, `9h30`, `9:30 pm`, `D1 09:30`, `J+1 09h00`, `Day 2 14:00`,
 *             and spreadsheet day fractions (0.3958 = 09:30)
 *   datetime  a full date and time: ISO `2024-06-26T09:00Z`, `26/06/2024 09h00`, spreadsheet dates
 * `normaliseTimes` then turns them into seconds of scenario time from one origin (the first inject, or a given start).
 */

export type TimeValue =
	| { kind: 'offset'; seconds: number }
	| { kind: 'clock'; seconds: number; day?: number }
	| { kind: 'datetime'; epoch: number; ambiguous?: boolean };

export type TimeResult = TimeValue | { error: string; suggestion?: string };

const DAY = 86400;
const CLOCK = String.raw`(\d{1,2})\s*(?::|h|H)\s*(\d{2})?(?:\s*(?::|m)\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?`;
const CLOCK_RE = new RegExp(`^${CLOCK}$`, 'i');

function clockSeconds(m: RegExpExecArray, at = 1): number | undefined {
	let h = Number(m[at]);
	const min = Number(m[at + 1] ?? 0);
	const s = Number(m[at + 2] ?? 0);
	const ampm = m[at + 3]?.toLowerCase().replace(/\./g, '');
	if (ampm === 'pm' && h < 12) h += 12;
	if (ampm === 'am' && h === 12) h = 0;
	if (h > 23 || min > 59 || s > 59) return undefined;
	return h * 3600 + min * 60 + s;
}

function excelSerialToEpoch(n: number): number {
	return Math.round((n - 25569) * DAY);
}

/** A spreadsheet Date: time-only values sit on 1899-12-30/31 (Excel's day 0). */
function fromDate(d: Date, format?: string): TimeResult {
	const t = d.getTime();
	if (Number.isNaN(t)) return { error: 'the cell holds an invalid date' };
	const sinceExcelEpoch = Math.round((t - Date.UTC(1899, 11, 30)) / 1000);
	if (d.getUTCFullYear() <= 1900 && sinceExcelEpoch >= 0 && sinceExcelEpoch < 60 * DAY) {
		if (format && /\[h+\]/i.test(format)) return { kind: 'offset', seconds: sinceExcelEpoch };
		const day = Math.floor(sinceExcelEpoch / DAY);
		return { kind: 'clock', seconds: sinceExcelEpoch - day * DAY, ...(day ? { day } : {}) };
	}
	return { kind: 'datetime', epoch: Math.round(t / 1000) };
}

const looksLikeDateFormat = (f?: string) =>
	!!f && /[dy]/i.test(f.replace(/\[[^\]]*\]|"[^"]*"/g, ''));

/** Read one cell's time. `format` is the Excel number format when known. */
export function parseMselTime(value: unknown, format?: string): TimeResult {
	if (value === null || value === undefined || value === '') return { error: 'the time is empty' };
	if (value instanceof Date) return fromDate(value, format);
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || value < 0) return { error: `${value} is not a time` };
		if (format && /\[h+\]/i.test(format))
			return { kind: 'offset', seconds: Math.round(value * DAY) };
		if (value < 1) return { kind: 'clock', seconds: Math.round(value * DAY) };
		if (looksLikeDateFormat(format) || value > 20000)
			return { kind: 'datetime', epoch: excelSerialToEpoch(value) };
		return {
			error: `${value} is a bare number: write minutes from the start as T+${value}, or a time of day as 09:30`,
			suggestion: `T+${value}`
		};
	}
	if (typeof value !== 'string') return { error: 'the time is not text or a number' };
	return parseTimeText(value);
}

export function parseTimeText(raw: string): TimeResult {
	const s = raw
		.trim()
		.replace(/[\u2212\u2013\u2014]/g, '-')
		.replace(/\s+/g, ' ');
	if (!s) return { error: 'the time is empty' };
	let m: RegExpExecArray | null;

	// a day fraction written out ("0,395833" from a CSV export)
	if ((m = /^0?[.,](\d+)$/.exec(s)))
		return { kind: 'clock', seconds: Math.round(Number(`0.${m[1]}`) * DAY) };

	// ddsim durations: 45m, 1h30m, 90s
	if (
		(m = /^(?:(\d{1,3})\s?h)?\s?(?:(\d{1,5})\s?m(?:in)?)?\s?(?:(\d{1,6})\s?s)?$/i.exec(s)) &&
		(m[1] || m[2] || m[3])
	)
		return {
			kind: 'offset',
			seconds: Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
		};

	// T+00:30, T+30 (minutes), T+1h30, +00:30, T-0:10, H+2
	if (
		(m =
			/^([th])?\s*([+-])\s*(\d{1,3})(?:\s*(?::|h)\s*(\d{1,2}))?(?:\s*:\s*(\d{2}))?\s*(m|min|mn|h)?$/i.exec(
				s
			)) &&
		(m[1] || m[4] !== undefined || m[6])
	) {
		const sign = m[2] === '-' ? -1 : 1;
		const a = Number(m[3]);
		let seconds: number;
		if (m[4] !== undefined) seconds = a * 3600 + Number(m[4]) * 60 + Number(m[5] ?? 0);
		else if (m[6]?.toLowerCase() === 'h' || m[1]?.toLowerCase() === 'h') seconds = a * 3600;
		else seconds = a * 60;
		return { kind: 'offset', seconds: sign * seconds };
	}

	// day + clock: D1 09:30, Day 2 14:00, J+1 09h00, Jour 2 10h, Día 1 9:30
	if (
		(m = new RegExp(
			`^(?:d|j|day|jour|dia|día)\\s*([+-])?\\s*(\\d{1,3})?\\s*[,;]?\\s+${CLOCK}$`,
			'i'
		).exec(s))
	) {
		const secs = clockSeconds(m, 3);
		if (secs === undefined) return { error: `'${raw}' has an hour or minute out of range` };
		const n = Number(m[2] ?? 0);
		// J+1 / D+1 is an offset in days; D1 / J1 / Day 1 counts days from 1
		const day = m[1] ? (m[1] === '-' ? -n : n) : m[2] === undefined ? 0 : Math.max(0, n - 1);
		return { kind: 'clock', seconds: secs, day };
	}

	// OpenBAS-style offsets: J, J-1, J+1 H+2 M-5 (day, hour, minute)
	if (
		(m = /^(?:([jd])\s*([+-]\d{1,3})?)?\s*(?:h\s*([+-]\d{1,3}))?\s*(?:m\s*([+-]\d{1,4}))?$/i.exec(
			s
		)) &&
		(m[1] || m[3] || m[4])
	)
		return {
			kind: 'offset',
			seconds: Number(m[2] ?? 0) * DAY + Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60
		};

	// time of day: 09:30, 9h30, 14h, 9:30 pm, 09:30:15
	if ((m = CLOCK_RE.exec(s))) {
		const secs = clockSeconds(m);
		if (secs !== undefined) return { kind: 'clock', seconds: secs };
		return { error: `'${raw}' has an hour or minute out of range` };
	}

	// ISO date-time
	if (
		(m =
			/^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(z|[+-]\d{2}:?\d{2})?)?$/i.exec(
				s
			))
	) {
		let epoch = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) / 1000;
		const tz = m[7];
		if (tz && tz.toLowerCase() !== 'z') {
			const sign = tz[0] === '-' ? -1 : 1;
			const [hh, mm] = [Number(tz.slice(1, 3)), Number(tz.slice(-2))];
			epoch -= sign * (hh * 3600 + mm * 60);
		}
		return Number.isNaN(epoch)
			? { error: `'${raw}' is not a valid date` }
			: { kind: 'datetime', epoch };
	}

	// 26/06/2024 09h00, 06/26/2024 9:00 pm, 26.06.24
	if (
		(m = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ t,]+${CLOCK})?$`, 'i').exec(
			s
		))
	) {
		const a = Number(m[1]);
		const b = Number(m[2]);
		let year = Number(m[3]);
		if (year < 100) year += 2000;
		const secs = m[4] !== undefined ? clockSeconds(m, 4) : 0;
		if (secs === undefined) return { error: `'${raw}' has an hour or minute out of range` };
		const [day, month, ambiguous] =
			a > 12 ? [a, b, false] : b > 12 ? [b, a, false] : [a, b, a !== b];
		if (month < 1 || month > 12 || day < 1 || day > 31)
			return { error: `'${raw}' is not a valid date` };
		return {
			kind: 'datetime',
			epoch: Date.UTC(year, month - 1, day) / 1000 + secs,
			...(ambiguous ? { ambiguous } : {})
		};
	}

	const digits = /^(\d{1,2})[.,](\d{2})$/.exec(s);
	return {
		error: `'${raw}' is not a time ddsim can read: write 09:30, T+00:30, D1 09:30 or a full date and time`,
		...(digits ? { suggestion: `${digits[1].padStart(2, '0')}:${digits[2]}` } : {})
	};
}

/** A separate Day column: 1, "D2", "J2", "Day 3", "Jour 2" → 0-based day index. */
export function parseDay(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000)
		return Math.max(0, value - 1);
	if (typeof value !== 'string') return undefined;
	const m = /^(?:d|j|day|jour|dia|día)?\s*(\d{1,3})$/i.exec(value.trim());
	return m ? Math.max(0, Number(m[1]) - 1) : undefined;
}

export interface TimedRow {
	row: number;
	time: TimeValue;
}

export interface NormalisedTimes {
	/** Scenario seconds per spreadsheet row (0-based row index). */
	at: Map<number, number>;
	/** Rows whose clock time was read as the next day (MS307). */
	rolledOver: number[];
	/** Rows before the start (negative scenario time). */
	beforeStart: number[];
	mixed: boolean;
	/** What 00:00 is, in words, for MS309. */
	origin: string;
	/** The row that defines 00:00, if any. */
	originRow?: number;
}

function describeEpoch(epoch: number): string {
	return new Date(epoch * 1000)
		.toISOString()
		.replace('T', ' ')
		.replace(/:00\.000Z$|\.000Z$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (s: number) => {
	const a = Math.abs(s);
	const d = Math.floor(a / DAY);
	const rest = a - d * DAY;
	return `${s < 0 ? '-' : '+'}${d ? `${d}d ` : ''}${clockText(rest)}`.replace(' 00:00', '');
};
const clockText = (s: number) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}`;

/**
 * One origin for all rows. Offsets count from the start; clock times sit on the day of the start (day N after
 * it when given, the next day when a time goes back by more than 12 hours); date-times are absolute. The start
 * is `start` when given, else the earliest time in the file (the first inject).
 */
export function normaliseTimes(rows: TimedRow[], start?: TimeValue): NormalisedTimes {
	const kinds = new Set(rows.map((r) => r.time.kind));
	const rolledOver: number[] = [];
	// clock → seconds since the first day's midnight, with roll-over
	const clockAbs = new Map<number, number>();
	let carry = 0;
	let prev: number | undefined;
	for (const r of rows) {
		if (r.time.kind !== 'clock') continue;
		if (r.time.day !== undefined) {
			const abs = r.time.day * DAY + r.time.seconds;
			clockAbs.set(r.row, abs);
			carry = r.time.day * DAY;
			prev = abs;
			continue;
		}
		let abs = carry + r.time.seconds;
		if (prev !== undefined && abs < prev - 12 * 3600) {
			carry += DAY;
			abs += DAY;
			rolledOver.push(r.row);
		}
		clockAbs.set(r.row, abs);
		prev = abs;
	}
	const datetimes = rows.flatMap((r) => (r.time.kind === 'datetime' ? [r.time.epoch] : []));
	let originEpoch: number | undefined;
	let origin: string;
	let originRow: number | undefined;
	const abs = new Map<number, number>();
	if (datetimes.length || start?.kind === 'datetime') {
		originEpoch = start?.kind === 'datetime' ? start.epoch : Math.min(...datetimes);
		const midnight = Math.floor(originEpoch / DAY) * DAY;
		for (const r of rows) {
			const t = r.time;
			abs.set(
				r.row,
				t.kind === 'datetime'
					? t.epoch
					: t.kind === 'clock'
						? midnight + clockAbs.get(r.row)!
						: originEpoch + t.seconds
			);
		}
		origin = describeEpoch(originEpoch);
	} else {
		if (start?.kind === 'clock') originEpoch = (start.day ?? 0) * DAY + start.seconds;
		else if (start?.kind === 'offset') originEpoch = start.seconds;
		else if (clockAbs.size) originEpoch = Math.min(...clockAbs.values());
		else
			originEpoch = Math.min(
				0,
				...rows.map((r) => (r.time.kind === 'offset' ? r.time.seconds : 0))
			);
		// offsets count from the start: from 00:00 when there is no clock time, else from the first clock time
		const base = clockAbs.size || start ? originEpoch : 0;
		for (const r of rows)
			abs.set(
				r.row,
				r.time.kind === 'clock'
					? clockAbs.get(r.row)!
					: base + (r.time as { seconds: number }).seconds
			);
		origin =
			clockAbs.size || start?.kind === 'clock'
				? clockText(originEpoch % DAY)
				: originEpoch < 0
					? `the earliest offset, ${offsetText(originEpoch)}`
					: 'T+0';
	}
	if (!start) {
		const first = [...abs.entries()].find(([, v]) => v === originEpoch);
		originRow = first?.[0];
	}
	const at = new Map<number, number>();
	const beforeStart: number[] = [];
	for (const [row, v] of abs) {
		const sec = v - originEpoch;
		if (sec < 0) beforeStart.push(row);
		else at.set(row, sec);
	}
	return {
		at,
		rolledOver,
		beforeStart,
		mixed: kinds.size > 1,
		origin,
		...(originRow !== undefined ? { originRow } : {})
	};
}
