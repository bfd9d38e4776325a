/** Rank statistics for the evaluations: Spearman's ρ (average ranks for ties) and ROC AUC (Mann–Whitney). */

function ranks(xs: number[]): number[] {
	const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
	const r = new Array<number>(xs.length);
	for (let i = 0; i < idx.length;) {
		let j = i;
		while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
		const avg = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) r[idx[k][1]] = avg;
		i = j + 1;
	}
	return r;
}

export function spearman(a: number[], b: number[]): number {
	if (a.length !== b.length || a.length < 3) return NaN;
	const ra = ranks(a);
	const rb = ranks(b);
	const n = a.length;
	const ma = ra.reduce((s, x) => s + x, 0) / n;
	const mb = rb.reduce((s, x) => s + x, 0) / n;
	let num = 0;
	let da = 0;
	let db = 0;
	for (let i = 0; i < n; i++) {
		num += (ra[i] - ma) * (rb[i] - mb);
		da += (ra[i] - ma) ** 2;
		db += (rb[i] - mb) ** 2;
	}
	return da && db ? num / Math.sqrt(da * db) : 0;
}

/** Probability that a random positive scores above a random negative (ties count half). */
export function auc(scores: number[], positive: boolean[]): number {
	const r = ranks(scores);
	let sumPos = 0;
	let nPos = 0;
	for (let i = 0; i < r.length; i++)
		if (positive[i]) {
			sumPos += r[i];
			nPos++;
		}
	const nNeg = r.length - nPos;
	if (!nPos || !nNeg) return NaN;
	return (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** A tiny RFC 4180 CSV reader (quoted fields with commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const s = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (quoted) {
			if (c === '"') {
				if (s[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && s[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => r.length > 1 || r[0] !== '');
}
