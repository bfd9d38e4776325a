#!/usr/bin/env node
// The `ddsim` command. It runs the TypeScript sources under src/ directly through tsx,
// so the CLI and the app share one copy of the logic.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
