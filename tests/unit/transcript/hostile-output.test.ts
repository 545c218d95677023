/**
 * Hostile text through the non-page outputs: the metadata's source URL (http(s) only, refused
 * with the field path), the CLI's `--check` report and CSV (no control characters reach the
 * terminal; formulas defused), on the hostile content folder tests/fixtures/hostile. Expected
 * cells and lines are written out by hand from the fixture files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/lib/transcript/csv';
import { isHttpUrl, parseMeta } from '../../../src/lib/transcript/schema';
import { terminalSafe } from '../../../src/lib/transcript/terminal';

const ROOT = resolve(import.meta.dirname, '../../..');
const HOSTILE = resolve(ROOT, 'tests/fixtures/hostile');
const EN = join(HOSTILE, 'transcripts/hostile-en.txt');
const THEMES = join(HOSTILE, 'themes.json');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const CLI = resolve(ROOT, 'scripts/analyze.ts');

function run(...args: string[]) {
	const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const meta = (url: string) => ({
	title: 'T',
	language: 'en',
	source: { publisher: { zh: 'p', en: 'p' }, date: '2025-01-01', url },
	speakers: []
});

describe('the source URL of a metadata file', () => {
	const refused = [
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'\tjavascript:alert(1)',
		'\u0001javascript:alert(1)',
		'java\tscript:alert(1)',
		'&#106;avascript:alert(1)',
		'&#x6A;avascript:alert(1)',
		'javascript&colon;alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'DATA:text/html;base64,PHNjcmlwdD4=',
		'vbscript:msgbox(1)',
		'//evil.example/x',
		'/relative/path',
		'ftp://example.org/file',
		'https://',
		'https://exa mple.org/',
		' https://example.org/',
		'https://example.org/\n',
		'http:\\\\example.org'
	];
	it.each(refused)('refuses %j with the field path', (url) => {
		expect(isHttpUrl(url)).toBe(false);
		expect(() => parseMeta(meta(url))).toThrow('invalid metadata: source.url: must be an http:// or https:// address');
	});

	const accepted = ['https://example.org/', 'http://example.org/a?b=c#d', 'HTTPS://Example.org/x', "https://example.org/?q=\"><svg/onload=alert(3)>&x='"];
	it.each(accepted)('accepts %j', (url) => {
		expect(isHttpUrl(url)).toBe(true);
		expect(parseMeta(meta(url)).source.url).toBe(url);
	});

	it('stops the CLI with the metadata file and the field named', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-hostile-url-'));
		writeFileSync(join(dir, 'x.txt'), readFileSync(EN));
		const hostileMeta = JSON.parse(readFileSync(join(HOSTILE, 'transcripts/hostile-en.meta.json'), 'utf8'));
		hostileMeta.source.url = ' JaVaScRiPt:alert(1)';
		writeFileSync(join(dir, 'x.meta.json'), JSON.stringify(hostileMeta));
		const { status, stderr } = run(join(dir, 'x.txt'), '--check');
		expect(status).toBe(1);
		expect(stderr).toContain(`${join(dir, 'x.meta.json')}: invalid metadata: source.url: must be an http:// or https:// address`);
	});
});

describe('text for a terminal', () => {
	it.each([
		['\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
		['\u001b]8;;http://x\u0007link\u001b]8;;\u0007', '\\u001b]8;;http://x\\u0007link\\u001b]8;;\\u0007'],
		['a\rb', 'a\\u000db'],
		['a\bb', 'a\\u0008b'],
		['\u009b31m', '\\u009b31m'],
		['abc\u202edcba', 'abc\\u202edcba'],
		['\u2066x\u2069', '\\u2066x\\u2069'],
		['tab\tand\nnewline stay', 'tab\tand\nnewline stay'],
		['中文 and <b>markup</b>', '中文 and <b>markup</b>']
	])('%j → %j', (input, expected) => {
		expect(terminalSafe(input)).toBe(expected);
	});
});

describe('CSV cells', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1', "'+1"],
		['-1+2', "'-1+2"],
		['@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', "'=1+1"],
		['\u001b[2J=1', '[2J=1'],
		['a\u009bb', 'ab'],
		['plain', 'plain'],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['-0.5', "'-0.5"],
		['＝HYPERLINK("http://x")', `"'＝HYPERLINK(""http://x"")"`],
		['＋1', "'＋1"],
		['－1', "'－1"],
		['＠SUM(A1)', "'＠SUM(A1)"],
		['全角＝在中间', '全角＝在中间']
	])('text %j → %j', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('leaves numbers as numbers, negative ones too', () => {
		expect(csvCell(-0.5)).toBe('-0.5');
		expect(csvCell(-12)).toBe('-12');
		expect(csvCell(0.2573)).toBe('0.2573');
	});
});

describe('the CLI on the hostile transcript', { timeout: 30_000 }, () => {
	it('--format csv defuses every formula in names, titles, labels and mentions', () => {
		const { status, stdout } = run(EN, '--themes', THEMES, '--format', 'csv');
		expect(status).toBe(0);
		const lines = stdout.split('\r\n');
		const row = (prefix: string) => lines.find((line) => line.startsWith(prefix));
		expect(row('formula,CELL,')).toMatch(/^formula,CELL,"'=HYPERLINK\(""http:\/\/x"",""y""\)","'=HYPERLINK\(""http:\/\/x"",""y""\)",0,/);
		expect(row('quote,QUOTE,')).toMatch(/^quote,QUOTE,'\t=1\+1,""" onmouseover=""alert\(11\)",0,/);
		expect(row('carriage,CR,')).toMatch(/^carriage,CR,'=1\+1,'=1\+1,0,/);
		expect(row('3,,')).toBe(`3,,"'=SUM(1,2) +1",25,4,36,153`);
		expect(row('formula,"')).toMatch(/^formula,"'=HYPERLINK\(""http:\/\/x"",""公式""\)","'=HYPERLINK\(""http:\/\/x"",""y""\)",3,3$/);
		expect(row('formula,\'=cmd,t2,')).toBeDefined();
		expect(row('formula,\'@SUM,t5,')).toBeDefined();
		// No field anywhere starts with a live formula character.
		for (const line of lines) expect(line, line).not.toMatch(/(?:^|,)"?[=+@\t\r]/);
		expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
	});

	it('--check writes escape sequences in the text as visible \\u escapes, never raw', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-hostile-check-'));
		const pad = 'An introduction long enough that a few control characters are not a binary file. '.repeat(20);
		const text = `Title\n\n${pad}\n\n## Sec \u001b[31mred\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007\n\nBOB: hello \u202eevil\n\nANN: =HYPERLINK("http://x","y")\n\nBOB: again\n\nANN: ok\n`;
		writeFileSync(join(dir, 'esc.txt'), text);
		const { status, stdout, stderr } = run(join(dir, 'esc.txt'), '--check');
		expect(status, stderr).toBe(0);
		expect(stdout).toContain('  01 Sec \\u001b[31mred\\u001b[0m \\u001b]8;;http://x\\u0007link\\u001b]8;;\\u0007 (line 5): 4 turns');
		expect(stdout).toContain('hello \\u202eevil');
		expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
	});

	it('--check on the hostile fixture echoes markup as the text it is', () => {
		const { status, stdout } = run(EN, '--themes', THEMES, '--check');
		expect(status).toBe(0);
		expect(stdout).toContain("  01 Opening <script>window.__pwned='section';alert(1)</script> (line 5): 4 turns");
		expect(stdout).toContain('  03 =SUM(1,2) +1 (line 25): 4 turns');
	});
});
