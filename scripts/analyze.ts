/**
 * parley analyze: a transcript → its analysis, on stdout; diagnostics on stderr.
 *
 *   npx parley analyze <transcript> [options]      (bin/parley.js; no npm banner on stdout)
 *   npm run analyze -- <transcript> [--check] [--meta <file>] [--themes <file>] [--format json|csv]
 *                      [--table <name>] [--out <path>] [--rate-zh N] [--rate-en N] [--max-mb N] [--keywords N]
 *
 * --check prints a report for a person instead (language, speakers with their first words,
 * sections, front and back matter, warnings by code with lines) and a suggested `<slug>.meta.json`.
 * --table <name> (with --format csv) prints that one table alone, with no `# table:` line, as a
 * spreadsheet opens it. --keywords N keeps N keywords a section (default 10); --keywords 0 leaves
 * keywords out and skips word segmentation, the slowest part of the analysis.
 *
 * Without --meta: `<transcript-without-ext>.meta.json` beside the file if it exists, else none
 * (speakers from labels, language detected). Without --themes: `<transcript-without-ext>.themes.json`
 * beside the file if it exists, else src/content/themes.json.
 *
 * JSON output is validated against the Analysis schema before it is written.
 * CSV output is a set of tidy tables (speakers, sections, section_speakers, turns, themes,
 * theme_by_section, theme_by_section_speaker, cooccurrence, mentions, keywords, corrections,
 * warnings):
 *   - on stdout or into one --out file: each table preceded by a `# table: <name>` line, tables
 *     separated by a blank line;
 *   - with --out naming a directory (existing, or ending in `/`): one `<name>.csv` per table.
 *
 * Exit status: 0 analysed (warnings may have been printed), 1 the input cannot be analysed (the
 * message names the file and, where it applies, the line), 2 wrong command-line usage.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseFile } from '../src/lib/server/files';
import { checkReport } from '../src/lib/transcript/check';
import { analysisTables, toCsv } from '../src/lib/transcript/csv';
import { isParleyInputError } from '../src/lib/transcript/errors';
import { assertAnalysis } from '../src/lib/transcript/schema';
import { terminalSafe } from '../src/lib/transcript/terminal';
import type { SpeakingRate } from '../src/lib/transcript/types';

const USAGE = `usage: parley analyze <transcript> [--check] [--meta <file>] [--themes <file>] [--format json|csv] [--table <name>] [--out <path>] [--rate-zh N] [--rate-en N] [--max-mb N] [--keywords N]`;

class UsageError extends Error {}


function positiveNumber(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${flag} must be a positive number, got "${value}"`);
	return number;
}

function wholeNumber(value: string | undefined, flag: string): number | undefined {
	if (value === undefined) return undefined;
	const number = Number(value);
	if (value.trim() === '' || !Number.isInteger(number) || number < 0) throw new UsageError(`${flag} must be a whole number, 0 or more, got "${value}"`);
	return number;
}

function main(argv: string[]): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				meta: { type: 'string' },
				themes: { type: 'string' },
				format: { type: 'string', default: 'json' },
				check: { type: 'boolean' },
				table: { type: 'string' },
				out: { type: 'string' },
				'rate-zh': { type: 'string' },
				'rate-en': { type: 'string' },
				'max-mb': { type: 'string' },
				keywords: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no transcript given' : `one transcript at a time (got ${positionals.length})`);
	const format = values.format;
	if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
	const rate: Partial<SpeakingRate> = {};
	const charsPerMinute = positiveNumber(values['rate-zh'], '--rate-zh');
	const wordsPerMinute = positiveNumber(values['rate-en'], '--rate-en');
	if (charsPerMinute !== undefined) rate.charsPerMinute = charsPerMinute;
	if (wordsPerMinute !== undefined) rate.wordsPerMinute = wordsPerMinute;
	const maxMb = positiveNumber(values['max-mb'], '--max-mb');
	if (values.table !== undefined && format !== 'csv') throw new UsageError('--table needs --format csv');
	const keywords = wholeNumber(values.keywords, '--keywords');

	const transcript = positionals[0]!;
	const { analysis, parsed: findings, metaPath } = analyseFile(transcript, {
		metaPath: values.meta,
		themesPath: values.themes,
		defaultThemesPath: resolve(import.meta.dirname, '../src/content/themes.json'),
		rate,
		maxBytes: maxMb === undefined ? undefined : Math.floor(maxMb * 1024 * 1024),
		keywordsPerSection: keywords
	});
	assertAnalysis(analysis);

	const out = values.out;
	if (values.check) {
		const report = checkReport(analysis, { file: transcript, metaPath }, findings);
		if (out) writeFileSync(out, report);
		else process.stdout.write(report);
		return 0;
	}
	// The report lists them; otherwise they go to stderr, apart from the data.
	for (const warning of analysis.warnings) {
		process.stderr.write(terminalSafe(`${transcript}${warning.line ? `:${warning.line}` : ''}: warning [${warning.code}]: ${warning.message}`) + '\n');
	}
	if (format === 'json') {
		const json = JSON.stringify(analysis, null, '\t') + '\n';
		if (out) writeFileSync(out, json);
		else process.stdout.write(json);
		return 0;
	}
	const tables = analysisTables(analysis);
	if (values.table !== undefined) {
		const table = tables.find((candidate) => candidate.name === values.table);
		if (!table) throw new UsageError(`--table must be one of ${tables.map((candidate) => candidate.name).join(', ')}; got "${values.table}"`);
		const csv = toCsv(table);
		if (out) writeFileSync(out, csv);
		else process.stdout.write(csv);
		return 0;
	}
	if (out && (out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory()))) {
		mkdirSync(out, { recursive: true });
		for (const table of tables) writeFileSync(join(out, `${table.name}.csv`), toCsv(table));
		return 0;
	}
	const csv = tables.map((table) => `# table: ${table.name}\r\n${toCsv(table)}`).join('\r\n');
	if (out) writeFileSync(out, csv);
	else process.stdout.write(csv);
	return 0;
}

// `npm run analyze -- x | head`: a closed pipe is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw error;
});

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) {
		process.stderr.write(`parley analyze: ${terminalSafe(error.message)}\n${USAGE}\n`);
		process.exitCode = 2;
	} else if (isParleyInputError(error)) {
		process.stderr.write(`parley analyze: error: ${terminalSafe(error.message)}\n`);
		process.exitCode = 1;
	} else throw error;
}
