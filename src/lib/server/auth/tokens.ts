/**
 * Random identifiers, session tokens and join codes. Session tokens are 256 bits and only their SHA-256 is
 * stored, so a copy of the database does not let anyone log in. Join codes are 80 bits in Crockford base32
 * (no I, L, O, U), shown as four groups, e.g. `K7QX-9M2P-4TRW-H8ZD`, and typed back forgivingly.
 */
import { createHash, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;
export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** 16 symbols × 5 bits = 80 bits. */
export function newJoinCode(): string {
	const bytes = randomBytes(10);
	let bits = 0n;
	for (const b of bytes) bits = (bits << 8n) | BigInt(b);
	let s = '';
	for (let i = 0; i < 16; i++) {
		s = CROCKFORD[Number(bits & 31n)] + s;
		bits >>= 5n;
	}
	return s.match(/.{4}/g)!.join('-');
}

/** Normalise what a trainee typed: case, spaces, dashes, and the letters people confuse with digits. */
export function normaliseJoinCode(input: string): string | undefined {
	const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	if (s.length !== 16 || [...s].some((c) => !CROCKFORD.includes(c))) return undefined;
	return s.match(/.{4}/g)!.join('-');
}
