/** Instructor password hashing and the rules for a new password. */
import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	MAX_PASSWORD,
	MIN_PASSWORD,
	passwordProblem,
	verifyPassword
} from './password.ts';

const GOOD = 'violet harbour staple orbit';

describe('hashPassword / verifyPassword', () => {
	it('stores scrypt with its parameters and a random salt, never the password', async () => {
		const a = await hashPassword(GOOD);
		const b = await hashPassword(GOOD);
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(a).not.toContain(GOOD);
		expect(a).not.toBe(b);
		expect(await verifyPassword(GOOD, a)).toBe(true);
		expect(await verifyPassword(GOOD, b)).toBe(true);
	});

	it('refuses a wrong password, a near miss and the empty string', async () => {
		const h = await hashPassword(GOOD);
		expect(await verifyPassword('violet harbour staple orbiT', h)).toBe(false);
		expect(await verifyPassword(GOOD + ' ', h)).toBe(false);
		expect(await verifyPassword('', h)).toBe(false);
	});

	it('refuses malformed or foreign stored hashes instead of throwing', async () => {
		const h = await hashPassword(GOOD);
		expect(await verifyPassword(GOOD, '')).toBe(false);
		expect(await verifyPassword(GOOD, GOOD)).toBe(false);
		expect(await verifyPassword(GOOD, h.replace(/^scrypt/, 'bcrypt'))).toBe(false);
		expect(await verifyPassword(GOOD, h.split('$').slice(0, 5).join('$'))).toBe(false);
		// A truncated hash has a different length: compared safely, not by prefix.
		expect(await verifyPassword(GOOD, h.slice(0, -4))).toBe(false);
	});

	it('uses the parameters stored with the hash, so they can be raised later', async () => {
		const h = await hashPassword(GOOD);
		const parts = h.split('$');
		parts[1] = '16384';
		expect(await verifyPassword(GOOD, parts.join('$'))).toBe(false);
	});
});

describe('passwordProblem', () => {
	it('accepts a long passphrase', () => {
		expect(passwordProblem(GOOD, ['ambassador'])).toBeUndefined();
	});

	it('names the length limits', () => {
		expect(passwordProblem('x'.repeat(MIN_PASSWORD - 1))).toBe(
			`Use at least ${MIN_PASSWORD} characters.`
		);
		expect(passwordProblem('Zq8!'.repeat(MAX_PASSWORD))).toBe(
			`Use at most ${MAX_PASSWORD} characters.`
		);
	});

	it('refuses strings that are not well-formed Unicode', () => {
		expect(passwordProblem('violet harbour \uD800 staple')).toMatch(/invalid characters/);
	});

	it('refuses common passwords and ones built on the username', () => {
		expect(passwordProblem('password123')).toMatch(/too easy to guess/);
		expect(passwordProblem('qwertyuiop')).toMatch(/too easy to guess/);
		expect(passwordProblem('mfernandez2024', ['mfernandez', 'Maria Fernandez'])).toMatch(
			/too easy to guess/
		);
	});
});
