import { describe, expect, it } from 'vitest';
import { postText } from './post-text.ts';
import { quantitiesIn } from './quantities.ts';

const q = (t: string) => quantitiesIn(postText(t)).map((x) => `${x.cls}:${x.value}`);

describe('quantities', () => {
	it('reads numbers in words, times, dates and durations', () => {
		expect(q('one hundred and forty people')).toEqual(['count:140']);
		expect(q('closed at 02:40 for 15 minutes')).toEqual(['time:160', 'duration:15']);
		expect(q('after about four hours online')).toEqual(['duration:240']);
		expect(q('up to nine weeks')).toEqual(['duration:90720']);
		expect(q('the dinner on 12 May')).toEqual(['date:512']);
		expect(q('staffed 24h')).toEqual(['duration:1440']);
		expect(q('half an hour later')).toEqual(['duration:30']);
		expect(q('2 pm')).toEqual(['time:840']);
	});
});
