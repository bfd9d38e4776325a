import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../scenario/index.ts';
import { hoverInfo, suggestions } from './schema-assist.ts';

const SCHEMA = scenarioJsonSchema();
const QUAKE = readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8');
const cursor = (doc: string) => ({ text: doc.replace('|', ''), pos: doc.indexOf('|') });

describe('completion from the schema', () => {
	it('offers the event keys not yet written, with their descriptions', () => {
		const { text, pos } = cursor('events:\n  - id: a\n    at: 00:05\n    |');
		const s = suggestions(SCHEMA, text, pos);
		const labels = s.map((x) => x.label);
		expect(labels).toContain('channel');
		expect(labels).toContain('spreads');
		expect(labels).not.toContain('id');
		expect(s.find((x) => x.label === 'text')?.detail).toBe('string · required');
		expect(s.find((x) => x.label === 'when')?.info).toContain('Condition');
	});
	it('offers allowed values', () => {
		const { text, pos } = cursor('events:\n  - id: a\n    channel: |');
		expect(suggestions(SCHEMA, text, pos).map((x) => x.label)).toEqual([
			'feed',
			'news',
			'dm',
			'internal'
		]);
	});
	it('offers the names the document defines where a reference is expected', () => {
		const doc = QUAKE.replace(
			'    from: lena\n    channel: feed\n    when: "not corrected',
			'    from: |\n    channel: feed\n    when: "not corrected'
		);
		const { text, pos } = cursor(doc);
		expect(suggestions(SCHEMA, text, pos).map((x) => x.label)).toEqual([
			'wire-agency',
			'tomas',
			'lena',
			'consul',
			'ops-centre',
			'truthseeker',
			'amplifiers'
		]);
	});
	it('offers top-level keys in an empty document', () => {
		const labels = suggestions(SCHEMA, '', 0).map((x) => x.label);
		expect(labels.slice(0, 3)).toEqual(['format', 'id', 'title']);
	});
});

describe('hover', () => {
	it('explains a key', () => {
		const pos = QUAKE.indexOf('    channel: news') + 6;
		expect(hoverInfo(SCHEMA, QUAKE, pos)?.text).toBe(
			'channel (feed | news | dm | internal): Where the inject appears: feed (public social feed), news (wire), dm (private message to the trainee) or internal (a cable from colleagues). One of: feed, news, dm, internal. Default: feed.'
		);
	});
	it('says nothing off a key', () => {
		expect(hoverInfo(SCHEMA, QUAKE, QUAKE.indexOf('Porto Veyra'))).toBeUndefined();
	});
});
