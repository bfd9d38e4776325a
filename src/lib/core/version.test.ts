/** ENGINE_VERSION is the fingerprint of today's engine output: a change that alters any replay changes it. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../scenario/index.ts';
import { replay } from './engine.ts';
import { ENGINE_VERSION } from './version.ts';
import { variedSession } from '../../../tests/fixtures/sessions.ts';

describe('ENGINE_VERSION', () => {
	it('is the fingerprint of varied sessions of every shipped scenario, in both modes', () => {
		const hash = createHash('sha256');
		for (const f of readdirSync('scenarios')
			.filter((x) => x.endsWith('.yaml'))
			.sort()) {
			const sc = compileScenario(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario!;
			const log = variedSession(sc, 30, { seed: 5 });
			for (const mode of ['expected', 'stochastic'] as const)
				hash.update(JSON.stringify(replay(sc, 3, log, { mode })));
		}
		const now = `e-${hash.digest('hex').slice(0, 16)}`;
		expect(
			ENGINE_VERSION,
			`the engine's output changed: saved worlds of the old engine must not be resumed — set ENGINE_VERSION in src/lib/core/version.ts to '${now}'`
		).toBe(now);
	});
});
