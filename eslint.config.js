import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser
			}
		}
	},
	{
		// House rule (ARCHITECTURE.md): the pure layers import no Svelte, no $app, no Node I/O,
		// and never read the wall clock or Math.random. Time is scenario time; randomness comes
		// from seeded streams (src/lib/sim/rng.ts).
		files: [
			'src/lib/scenario/**/*.ts',
			'src/lib/core/**/*.ts',
			'src/lib/sim/**/*.ts',
			'src/lib/scoring/**/*.ts'
		],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '*.svelte'],
							message: 'The pure core must not import Svelte or $app.'
						},
						{
							group: [
								'node:*',
								'fs',
								'fs/*',
								'path',
								'child_process',
								'http',
								'https',
								'net',
								'os',
								'worker_threads'
							],
							message: 'The pure core must not do Node I/O; pass data in.'
						}
					]
				}
			],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Use a seeded stream from sim/rng.ts.' },
				{ object: 'Date', property: 'now', message: 'Use scenario time passed in by the caller.' },
				{
					object: 'performance',
					property: 'now',
					message: 'Use scenario time passed in by the caller.'
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'No wall clock in the pure core.'
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'fetch', message: 'No network I/O in the pure core.' },
				{ name: 'localStorage', message: 'No storage in the pure core.' }
			]
		}
	},
	// Folders point one way (ARCHITECTURE.md): scenario ← scoring ← sim ← core. A lower folder never imports
	// a higher one. A separate rule name (typescript-eslint's copy of no-restricted-imports) so these
	// patterns add to the purity block above instead of replacing it.
	...layers({
		'src/lib/scenario': ['scoring', 'sim', 'core'],
		'src/lib/scoring': ['sim', 'core'],
		'src/lib/sim': ['core']
	})
);

/** One block per folder, forbidding imports of the folders above it (relative or through `$lib`). */
function layers(above) {
	return Object.entries(above).map(([folder, higher]) => ({
		files: [`${folder}/**/*.ts`],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `^(\\$lib/|(\\.\\./)+)(${higher.join('|')})(/|$)`,
							message: `${folder} sits below ${higher.join(', ')}: move what both need down instead.`
						}
					]
				}
			]
		}
	}));
}
