#!/usr/bin/env node
/**
 * `npx parley analyze <file> [options]`: runs scripts/analyze.ts through tsx, in this process's
 * Node, with the analysis's Node flags for the transcript's size (analysis-node-flags.js) and stdout and stderr passed
 * straight through (no npm banner on stdout, so `npx parley analyze f --format csv --table
 * speakers > speakers.csv` is the CSV alone). `npm run analyze` runs it too.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysisNodeFlags, largestFileNamed } from './analysis-node-flags.js';

const [command, ...rest] = process.argv.slice(2);
const USAGE = 'usage: parley analyze <transcript> [options] (parley analyze --help for the options)\n';

if (command !== 'analyze') {
	process.stderr.write(command === undefined || command === '--help' || command === '-h' ? USAGE : `parley: unknown command "${command}"\n${USAGE}`);
	process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

const script = fileURLToPath(new URL('../scripts/analyze.ts', import.meta.url));
// The young generation's size follows the transcript's (analysis-node-flags.js).
const flags = analysisNodeFlags(largestFileNamed(rest, statSync));
const result = spawnSync(process.execPath, [...flags, '--import', import.meta.resolve('tsx'), script, ...rest], { stdio: 'inherit' });
if (result.error) {
	process.stderr.write(`parley: could not run the analysis: ${result.error.message}\n`);
	process.exit(1);
}
process.exit(result.status ?? 1);
