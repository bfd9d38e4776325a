import { describe, expect, it } from 'vitest';
import { yamlContext } from './yaml-context.ts';

const at = (doc: string) => {
	const pos = doc.indexOf('|');
	return yamlContext(doc.replace('|', ''), pos);
};

describe('yamlContext', () => {
	it('finds a key typed at the top level', () => {
		expect(at('format: ddsim/scenario@1\nti|')).toEqual({
			path: [],
			mode: 'key',
			siblings: ['format']
		});
	});
	it('finds a key inside a list item, with its siblings above and below', () => {
		const doc = 'id: x\nevents:\n  - id: a\n    at: 00:05\n    cha|\n    text: hi\n  - id: b\n';
		expect(at(doc)).toEqual({
			path: ['events', '[]'],
			mode: 'key',
			siblings: ['at', 'id', 'text']
		});
	});
	it('finds a value being typed', () => {
		const doc = 'events:\n  - id: a\n    channel: ne|';
		expect(at(doc)).toMatchObject({ path: ['events', '[]'], mode: 'value', key: 'channel' });
	});
	it('works in nested mappings and compact lists', () => {
		const doc = 'rubric:\n  timing:\n  - objective: a\n    window:\n      ide|';
		expect(at(doc)).toMatchObject({ path: ['rubric', 'timing', '[]', 'window'], mode: 'key' });
	});
	it('finds a new list item', () => {
		expect(at('events:\n  - id: a\n  - |')).toMatchObject({
			path: ['events', '[]'],
			mode: 'key',
			siblings: []
		});
	});
	it('finds a record entry (personas)', () => {
		expect(at('personas:\n  tomas:\n    name: T\n    ki|')).toMatchObject({
			path: ['personas', 'tomas'],
			siblings: ['name']
		});
	});
});
