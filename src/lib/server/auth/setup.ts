/**
 * First run: while no instructor account exists, the first one can be created on /academy/setup — directly
 * from the machine itself (loopback), or from elsewhere with a one-time token that the server prints to its
 * console. `ddsim admin create-instructor` does the same from the command line.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

let token: string | undefined;

export function setupToken(): string {
	if (!token) {
		token = randomBytes(16).toString('base64url');
		console.log(
			`ddsim: no instructor account yet. Create the first one at /academy/setup?token=${token}\n` +
				'       (or run: npx ddsim admin create-instructor <username>)'
		);
	}
	return token;
}

export function isLoopback(address: string): boolean {
	return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export function tokenMatches(given: string | null | undefined): boolean {
	if (!given || !token) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}
