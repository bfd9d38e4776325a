/** Engagement on a post: a self-exciting process that fades and stops at its horizon. */
import { describe, expect, it } from 'vitest';
import { ENGAGEMENT, startEngagement, startOther, stepEngagement } from './engagement.ts';
import { stream } from './rng.ts';

const play = (reception: number, outrage: number, minutes = 120, rand?: () => number) => {
	let e = startEngagement('p1', 0, 20_000, reception, outrage);
	for (let m = 0; m <= minutes; m++) e = stepEngagement(e, m, rand);
	return e;
};

describe('engagement', () => {
	it('a better-received post draws more; an outrage draws shares and replies rather than likes', () => {
		const good = play(0.9, 0);
		const weak = play(0.1, 0);
		expect(good.likes).toBeGreaterThan(weak.likes);
		const gaffe = play(0.3, 0.8);
		expect(gaffe.shares / gaffe.likes).toBeGreaterThan(good.shares / good.likes);
		expect(gaffe.replies / gaffe.likes).toBeGreaterThan(good.replies / good.likes);
	});

	it('fades: later minutes add less, and nothing changes before the post or past the horizon', () => {
		let e = startEngagement('p1', 600, 20_000, 0.5, 0);
		expect(stepEngagement(e, 5)).toBe(e);
		const gains: number[] = [];
		for (let m = 10; m <= 10 + ENGAGEMENT.horizon; m++) {
			const next = stepEngagement(e, m);
			gains.push(next.likes - e.likes);
			e = next;
		}
		expect(gains[100]).toBeLessThan(gains[0]);
		expect(stepEngagement(e, 10 + ENGAGEMENT.horizon + 1)).toBe(e);
	});

	it('draws whole numbers of reactions with a stream, and is reproducible', () => {
		const a = play(0.6, 0.1, 60, stream(1, 'engagement', 'p1'));
		const b = play(0.6, 0.1, 60, stream(1, 'engagement', 'p1'));
		expect(a).toEqual(b);
		expect(Number.isInteger(a.last)).toBe(true);
		expect(startOther('w1', 0, 2000)).toMatchObject({ postId: 'w1', other: true, outrage: 0.2 });
	});
});
