/**
 * The scoring module as the app ships it: built by Vite (an SSR build of src/lib/scoring, ES module, one file;
 * its npm dependencies stay imports) under node_modules/.cache, for the scoring benchmark. The app and the
 * academy server run bundled code; the benchmark's own imports run the source modules through tsx, which turns
 * each module into CommonJS whose exports are getters, so every call into another module costs a getter call
 * that the shipped bundle does not have (≈ 1.2–1.4× on score()). Undefined when the build fails: the figures
 * are then printed for the source modules only.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Scoring from '../../src/lib/scoring/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}node_modules/.cache/ddsim-bench-scoring`;

export async function bundledScoring(): Promise<typeof Scoring | undefined> {
	try {
		const { build } = await import('vite');
		await build({
			configFile: false,
			logLevel: 'warn',
			root,
			build: {
				ssr: `${root}src/lib/scoring/index.ts`,
				outDir,
				emptyOutDir: true,
				minify: false,
				rollupOptions: { output: { format: 'es', entryFileNames: 'scoring.mjs' } }
			}
		});
		return (await import(pathToFileURL(`${outDir}/scoring.mjs`).href)) as typeof Scoring;
	} catch (e) {
		console.error(`scoring bench: the Vite build of src/lib/scoring failed (${String(e)})`);
		return undefined;
	}
}
