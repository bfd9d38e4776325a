/** How a post landed, computed once from its score and the engine's record. */
import { describe, expect, it } from 'vitest';
import type { PostScore } from '../scoring/types.ts';
import { GOOD, outcomeOf, WEAK } from './outcome.ts';

function scored(over: Partial<PostScore> = {}): PostScore {
	return { findings: [], repeatsClaims: [], answers: [], overall: 0.7, ...over } as PostScore;
}
const finding = (id: string, severity: string) => ({ id, severity }) as PostScore['findings'][0];
const base = { corrected: [], trollReply: false };

describe('outcomeOf', () => {
	it('a major or critical finding makes a gaffe: no praise, its ids listed once, the worst severity', () => {
		const o = outcomeOf({
			...base,
			score: scored({
				findings: [
					finding('humour-in-tragedy', 'major'),
					finding('emoji', 'minor'),
					finding('humour-in-tragedy', 'major')
				]
			})
		});
		expect(o).toMatchObject({
			situation: 'gaffe',
			praise: false,
			severity: 'major',
			gaffes: ['humour-in-tragedy']
		});
	});

	it('a repeated or amplified myth is a myth, without praise even when corrected', () => {
		const o = outcomeOf({
			...base,
			corrected: ['turned-away'],
			score: scored({ repeatsClaims: ['turned-away'] })
		});
		expect(o).toMatchObject({ situation: 'myth', praise: false, repeated: ['turned-away'] });
		const shared = outcomeOf({
			...base,
			amplified: { itemId: 'e4', claim: 'turned-away', unverified: false },
			score: scored()
		});
		expect(shared).toMatchObject({ situation: 'myth', amplified: 'e4', repeated: ['turned-away'] });
		const plain = outcomeOf({
			...base,
			amplified: { itemId: 'e2', unverified: false },
			score: scored()
		});
		expect(plain.amplified).toBeUndefined();
	});

	it('a working correction, an answer, a good, a weak and a middling post', () => {
		expect(outcomeOf({ ...base, corrected: ['c'], score: scored({ overall: 0.3 }) })).toMatchObject(
			{
				situation: 'correction',
				praise: true
			}
		);
		expect(outcomeOf({ ...base, score: scored({ answers: ['q1'] }) })).toMatchObject({
			situation: 'answer',
			answered: ['q1']
		});
		expect(outcomeOf({ ...base, score: scored({ overall: GOOD }) })).toMatchObject({
			situation: 'good',
			praise: true
		});
		expect(outcomeOf({ ...base, score: scored({ overall: WEAK - 0.01 }) })).toMatchObject({
			situation: 'weak',
			praise: false
		});
		expect(outcomeOf({ ...base, score: scored({ overall: (GOOD + WEAK) / 2 }) })).toMatchObject({
			situation: 'good',
			praise: false
		});
		expect(outcomeOf({ ...base, trollReply: true, score: scored() }).trollReply).toBe(true);
	});
});
