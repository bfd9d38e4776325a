/** Text typed in a hurry (./textspeak.ts): spelled out for the detectors, spans mapped back to what was typed. */
import { describe, expect, it } from 'vitest';
import { expandTextspeak, typedSpan } from './textspeak.ts';
import { expectFinding, scenarios } from '../../../../tests/fixtures/shipped.ts';
import { score } from '../index.ts';
import { ctxAt } from '../test-fixtures.ts';
import { parseTime } from '../../scenario/index.ts';

const { quake, deepfake, envoy } = scenarios();

describe('text typed in a hurry', () => {
	it('spells out unambiguous forms only, as whole words outside links, handles and hashtags', () => {
		expect(expandTextspeak('pls dont share it, ur ppl r safe w/ us & the govt')?.text).toBe(
			"please don't share it, your people are safe with us and the government"
		);
		expect(expandTextspeak('Pls call us b4 noon')?.text).toBe('Please call us before noon');
		// a capital makes a one- or two-letter form a name; links, handles, hashtags and "Q&A" stay
		expect(expandTextspeak('U Thant and Ur of the Chaldees')).toBeUndefined();
		expect(expandTextspeak('@ur_news see gov.example/ppl and #pls at the Q&A')).toBeUndefined();
	});

	it('maps every span back to the typed text', () => {
		const typed = 'we wont be commenting, pls read ur DMs';
		const e = expandTextspeak(typed)!;
		const at = (w: string) => {
			const i = e.text.indexOf(w);
			const s = typedSpan(e, { start: i, end: i + w.length });
			return typed.slice(s.start, s.end);
		};
		expect(at("won't be commenting")).toBe('wont be commenting');
		expect(at('please read your')).toBe('pls read ur');
		expect(at('DMs')).toBe('DMs');
	});

	it('finds the usual mistakes through the spelling, and reports them on what was typed', () => {
		expectFinding(
			deepfake,
			'01:12',
			'no-comment',
			['@tgeller we wont be commenting on that clip rn'],
			['@tgeller its a deepfake, the full recording is on our website'],
			'journalist-question'
		);
		expectFinding(
			envoy,
			'02:05',
			'taking-sides',
			['a govt that needs a distraction b4 its own elections will always find one'],
			['we note the govt has summoned our ambassador; our policy is unchanged']
		);
		const text =
			'ppl pls stop sharing the clip, we wont be commenting on it. full recording on our site';
		const t = parseTime('01:12')!;
		const r = score({ id: 'p', t, text, replyTo: 'journalist-question' }, ctxAt(deepfake, t));
		for (const f of r.findings)
			for (const s of f.spans) {
				expect(s.start).toBeGreaterThanOrEqual(0);
				expect(s.end).toBeLessThanOrEqual(text.length);
			}
		const nc = r.findings.find((f) => f.id === 'no-comment')!;
		expect(text.slice(nc.spans[0].start, nc.spans[0].end)).toMatch(/wont be commenting/);
	});

	it('counts the platform limit on what was typed, not on the spelled-out words', () => {
		const text = `${'r u ok? '.repeat(34)}pls call`; // 280 characters typed, far more spelled out
		expect(text.length).toBeLessThanOrEqual(280);
		const t = parseTime('01:00')!;
		const ids = score({ id: 'p', t, text }, ctxAt(quake, t)).findings.map((f) => f.id);
		expect(ids).not.toContain('over-limit');
	});
});

describe('a finding on text typed in a hurry', () => {
	const { deepfake } = scenarios();
	it('quotes the words as they were typed', () => {
		const t = parseTime('01:12')!;
		const text = '@tgeller we wont be commenting on that clip';
		const r = score({ id: 'p', t, text, replyTo: 'journalist-question' }, ctxAt(deepfake, t));
		const nc = r.findings.find((f) => f.id === 'no-comment')!;
		expect(nc.message).toContain('“we wont be commenting”');
		expect(nc.message).not.toContain("won't");
	});
});
