import { describe, expect, it } from 'vitest';
import { exportSession, parseSessionFile } from './session-file';
import type { SavedSession } from './solo-session.svelte';

const session: SavedSession = {
	version: 1,
	scenarioId: 'quake-consulate-rumour',
	seed: 4,
	log: [{ kind: 'post', t: 60, id: 'p1', text: '<b>hello</b>' }],
	t: 120,
	speed: 5
};

describe('session files', () => {
	it('round-trip', () => {
		expect(parseSessionFile(exportSession(session), ['quake-consulate-rumour'])).toEqual({
			session
		});
	});
	it('reject bad input with a specific message and import nothing', () => {
		expect(parseSessionFile('nope', []).error).toMatch(/not JSON/);
		expect(parseSessionFile('{"format":"x"}', []).error).toMatch(/not a ddsim session/);
		expect(parseSessionFile(exportSession(session), ['other']).error).toMatch(/does not have/);
		const broken = {
			...session,
			log: [{ kind: 'post' as const, t: 60, id: 'p1', text: 'x'.repeat(10_001) }]
		};
		expect(parseSessionFile(exportSession(broken), ['quake-consulate-rumour']).error).toMatch(
			/10,000/
		);
		const unordered = {
			...session,
			log: [
				{ kind: 'tick', t: 90 },
				{ kind: 'tick', t: 30 }
			]
		} as SavedSession;
		expect(parseSessionFile(exportSession(unordered), ['quake-consulate-rumour']).error).toMatch(
			/entry 2/
		);
	});
});
