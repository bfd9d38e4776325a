import prettier from 'eslint-config-prettier';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

/**
 * Every source file the `ddsim` command can load: the relative imports (static, `export … from` and dynamic
 * `import('…')`) followed from bin/ddsim.js. Computed at each lint, so a new import is covered at once.
 */
function reachedFrom(entry) {
	const root = import.meta.dirname;
	const seen = new Set();
	const stack = [path.resolve(root, entry)];
	while (stack.length) {
		const file = stack.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const m of source.matchAll(
			/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm
		)) {
			const target = path.resolve(path.dirname(file), m[1]);
			const found = [target, `${target}.ts`, `${target}/index.ts`].find(
				(f) => /\.(ts|js|mjs)$/.test(f) && existsSync(f)
			);
			if (found) stack.push(found);
		}
	}
	return [...seen].map((f) => path.relative(root, f).split(path.sep).join('/'));
}

const KIT_ONLY = {
	group: ['$app/*', '$env/*', '@sveltejs/kit', '@sveltejs/kit/*'],
	message:
		'The ddsim command (src/cli) loads this file outside SvelteKit: no $app, $env or @sveltejs/kit here.'
};

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
		// Everything the CLI reaches runs under plain Node (tsx): SvelteKit's modules are not there. The pure
		// layers below repeat this pattern (their block replaces this rule's options for their files).
		files: reachedFrom('bin/ddsim.js'),
		rules: { 'no-restricted-imports': ['error', { patterns: [KIT_ONLY] }] }
	},
	{
		// House rule (ARCHITECTURE.md): the pure layers import no Svelte, no $app, no Node I/O,
		// and never read the wall clock or Math.random. Time is scenario time; randomness comes
		// from seeded streams (src/lib/sim/rng.ts).
		files: [
			'src/lib/scenario/**/*.ts',
			'src/lib/core/**/*.ts',
			'src/lib/sim/**/*.ts',
			'src/lib/scoring/**/*.ts',
			'src/lib/academy/**/*.ts'
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
						KIT_ONLY,
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
