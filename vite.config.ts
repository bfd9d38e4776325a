import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		alias: [
			// `seedrandom`'s index also bundles five other generators (alea, xor4096, …) that we never use; its
			// default export is this file's ARC4 generator, the only one our rng streams call (issue 13: the
			// exercise page's JavaScript). Exact specifier only.
			{ find: /^seedrandom$/, replacement: 'seedrandom/seedrandom.js' }
		]
	},
	build: {
		// Images stay files: an SVG inlined into a script would be counted, parsed and kept as JavaScript.
		assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined)
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// Property tests run many cases; on a busy 2-core CI box (or under `npm run test:stress`) they need
					// far more than the 5 s default. A hang guard, not a speed limit: speed lives in `npm run bench`.
					testTimeout: 90_000,
					include: ['src/**/*.{test,spec}.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'db',
					environment: 'node',
					include: ['tests/db/**/*.test.ts'],
					// hang guards sized for a busy machine (`npm run test:stress`), not speed limits
					testTimeout: 180_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
