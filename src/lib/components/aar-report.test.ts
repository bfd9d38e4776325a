import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import AarReport from './AarReport.svelte';
import { compileScenario } from '../scenario/index.ts';
import { runHeadless } from '../core/headless.ts';
import { cohortAar, type AarParticipant } from '../academy/aar.ts';

const { scenario } = compileScenario(
	readFileSync('scenarios/quake-consulate-rumour.yaml', 'utf8'),
	'quake-consulate-rumour.yaml'
);

function participant(id: string, posts: { at: number; text: string }[]): AarParticipant {
	const { state, report } = runHeadless(scenario!, scenario!.seed, posts);
	return { id, name: `Team ${id}`, members: [id], state, report, overrides: [], comments: [] };
}

describe('AarReport', () => {
	const aar = cohortAar(scenario!, [
		participant('a', [{ at: 1800, text: '<img src=x onerror=alert(1)> so sad 😢' }]),
		participant('b', [])
	]);

	it('renders every section, escapes post text and links the drill-down', () => {
		const { body } = render(AarReport, {
			props: { aar, drillHref: (id: string) => `/academy/x/${id}` }
		});
		for (const h of ['Overall ratings', 'Objectives', 'First response', 'faux pas', 'Participants'])
			expect(body).toContain(h);
		expect(body).not.toContain('<img src=x');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('href="/academy/x/a"');
		expect(body).toContain('Cohort results');
		expect(body).toMatch(/style="width: 50%;?"/);
		expect(body).toContain('From the first claim spread (rumour-video)');
	});

	it('renders names without links when no drillHref is given', () => {
		const { body } = render(AarReport, { props: { aar } });
		expect(body).toContain('Team b');
		expect(body).not.toContain('href=');
	});
});
