/**
 * Avatars generated from a handle (or a name): a 5×5 mirrored identicon in a colour taken from the same hash,
 * so every account, real or generated, has a stable face without any image files.
 */

/** FNV-1a, 32-bit. */
export function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export interface Identicon {
	/** Filled cells as [column, row] in a 5×5 grid. */
	cells: [number, number][];
	/** The same cells as one SVG path (one element instead of one per cell). */
	path: string;
	fg: string;
	bg: string;
}

export function identicon(key: string): Identicon {
	const h = hash(key.toLowerCase());
	const hue = h % 360;
	const cells: [number, number][] = [];
	for (let row = 0; row < 5; row++)
		for (let col = 0; col < 3; col++) {
			const bit = (h >>> (row * 3 + col + 8)) & 1;
			if (!bit) continue;
			cells.push([col, row]);
			if (col < 2) cells.push([4 - col, row]);
		}
	// Never an empty face.
	if (!cells.length) cells.push([2, 2], [1, 1], [3, 1]);
	const path = cells.map(([x, y]) => `M${x} ${y}h1.02v1.02h-1.02z`).join('');
	return { cells, path, fg: `hsl(${hue} 55% 38%)`, bg: `hsl(${hue} 45% 92%)` };
}
