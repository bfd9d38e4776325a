import { describe, expect, it } from 'vitest';
import { postText } from '../text/post-text.ts';
import { deniedQuestions, inReportedQuestion, leadingQuestion } from './asked.ts';

const quoted = (t: string) => deniedQuestions(t).map((s) => t.slice(s.start, s.end));

describe('asked: the question a post quotes or reports', () => {
	it('reads a leading labelled question with any separator, @handles first', () => {
		const t = '@ana_p Q: What are you doing about it? A: Our team is at the airport.';
		expect(t.slice(leadingQuestion(t))).toBe('Our team is at the airport.');
		expect(leadingQuestion('Your question — is the border open? It is, until 18:00.')).toBe(
			'Your question — is the border open? '.length
		);
		// (a question in the middle is not the post's opening)
		expect(leadingQuestion('Update: Q: is it safe? A: yes')).toBe(0);
		expect(leadingQuestion('What are you doing about it?')).toBe(0);
	});

	it('keeps only questions the answer denies at once', () => {
		expect(quoted('Q: Is there a visa ban? A: No. Every file is processed.')).toEqual([
			'Q: Is there a visa ban?'
		]);
		expect(quoted('Question: Did Calvera fund a candidate? It did not.')).toEqual([
			'Question: Did Calvera fund a candidate?'
		]);
		expect(quoted('You ask whether Calvera funds a candidate: it does not.')).toEqual([
			'You ask whether Calvera funds a candidate:'
		]);
		// (answered without a denial: the question stays the post's words)
		expect(quoted('Q: Is there a visa ban? A: Applications take nine weeks.')).toEqual([]);
		expect(quoted('You ask whether the border is open: yes, until 18:00.')).toEqual([]);
		// (two quoted questions in one post)
		expect(
			quoted('Q: Is the port shut? A: No. Q: Were shots fired? A: Not true, none were.')
		).toEqual(['Q: Is the port shut?', 'Q: Were shots fired?']);
	});

	it('reads a sentence that reports the question, not one that merely mentions asking', () => {
		const pt = postText(
			'Journalists ask whether the minister should resign. We stay out of that debate.'
		);
		expect(inReportedQuestion(pt, 5)).toBe(true);
		expect(inReportedQuestion(pt, pt.text.indexOf('debate'))).toBe(false);
		const mentions = postText('We asked the authorities for an update and will share it.');
		expect(inReportedQuestion(mentions, 5)).toBe(false);
	});
});
