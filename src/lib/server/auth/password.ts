/**
 * Instructor passwords, hashed with scrypt (memory-hard; Node's built-in, so nothing native to build).
 * N = 2^15, r = 8 (32 MiB per hash, ≈ 60–100 ms here), a 16-byte random salt; stored as
 * `scrypt$N$r$p$salt$hash` so the parameters can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { weakness } from './strength.ts';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 200;

function scrypt(pw: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
	return new Promise((res, rej) =>
		scryptCb(pw, salt, KEYLEN, { ...opts, maxmem: 256 * 1024 * 1024 }, (e, k) =>
			e ? rej(e) : res(k)
		)
	);
}

export async function hashPassword(pw: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await scrypt(pw, salt, { N, r: R, p: P });
	return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
	const [alg, n, r, p, salt, hash] = stored.split('$');
	if (alg !== 'scrypt' || !salt || !hash) return false;
	const want = Buffer.from(hash, 'base64url');
	const got = await scrypt(pw, Buffer.from(salt, 'base64url'), {
		N: Number(n),
		r: Number(r),
		p: Number(p)
	});
	return got.length === want.length && timingSafeEqual(got, want);
}

/** Why a new password is not acceptable, or undefined: too short, too long, or easy to guess (common
 * passwords, repeats, keyboard walks, the username itself; src/lib/server/auth/strength.ts). */
export function passwordProblem(pw: string, userInputs: string[] = []): string | undefined {
	if (pw.length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters.`;
	if (pw.length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
	if (!pw.isWellFormed()) return 'The password contains invalid characters.';
	return weakness(pw, userInputs);
}
