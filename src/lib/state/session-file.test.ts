import { describe, expect, it } from 'vitest';
import { exportSession, parseSessionFile } from './session-file';
import type { SavedSession } from './solo-runs';

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
		// values that would break the play page or the engine are refused before any replay
		const notText = {
			...session,
			log: [{ kind: 'inject-text', t: 60, id: 'x1', channel: 'feed', text: { evil: true } }]
		} as unknown as SavedSession;
		expect(parseSessionFile(exportSession(notText), ['quake-consulate-rumour']).error).toMatch(
			/entry 1.*inject text/
		);
		const nanTime = { ...session, t: 'soon' } as unknown as SavedSession;
		expect(parseSessionFile(exportSession(nanTime), ['quake-consulate-rumour']).error).toMatch(
			/time is not a number/
		);
		const badKind = { ...session, log: [{ kind: 'explode', t: 1 }] } as unknown as SavedSession;
		expect(parseSessionFile(exportSession(badKind), ['quake-consulate-rumour']).error).toMatch(
			/not a kind of entry/
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
