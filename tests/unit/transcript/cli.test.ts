/**
 * The CLI as a user runs it: a child process through tsx, checking exit codes, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH } from './seed';

const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const CLI = resolve(ROOT, 'scripts/analyze.ts');
const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));

function run(...args: string[]) {
	const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

describe('npm run analyze', { timeout: 30_000 }, () => {
	it('prints the seed analysis as JSON, finding its metadata beside it', () => {
		const { status, stdout, stderr } = run(SEED_PATH);
		expect(status).toBe(0);
		const analysis = JSON.parse(stdout);
		expect(analysis.turns).toHaveLength(102);
		expect(analysis.speakers.map((s: { id: string }) => s.id)).toEqual(['stebbings', 'altman', 'lightcap']);
		expect(stderr).toContain('warning [text-before-first-speaker]');
		expect(stdout).toBe(readFileSync(resolve(ROOT, 'tests/fixtures/golden/altman-lightcap-20vc.json'), 'utf8'));
	});

	it('prints tidy CSV tables, each after a "# table:" line, and honours --rate-zh', () => {
		const { status, stdout } = run(SEED_PATH, '--format', 'csv', '--rate-zh', '100');
		expect(status).toBe(0);
		const names = stdout.split('\r\n').filter((line) => line.startsWith('# table: ')).map((line) => line.slice(9));
		expect(names).toEqual(['speakers', 'sections', 'section_speakers', 'turns', 'themes', 'theme_by_section', 'theme_by_section_speaker', 'cooccurrence', 'mentions', 'keywords', 'corrections', 'warnings']);
		const speakers = stdout.split('# table: sections')[0]!.split('\r\n');
		expect(speakers[1]).toBe('speaker,label,name_zh,name_en,turns,units,chars,share,estimated_minutes,longest_turn,longest_turn_units,questions');
		const altman = speakers.find((line) => line.startsWith('altman,'))!.split(',');
		expect(Number(altman[8])).toBeCloseTo(Number(altman[5]) / 100, 5);
	});

	it('writes one CSV file per table when --out is a directory', () => {
		const out = join(dir, 'tables') + '/';
		expect(run(SEED_PATH, '--format', 'csv', '--out', out).status).toBe(0);
		expect(readFileSync(join(out, 'themes.csv'), 'utf8').split('\r\n')[0]).toBe('theme,label_zh,label_en,mentions,turns');
	});

	it('works without metadata: speakers from labels, language detected', () => {
		const path = file('debate.txt', 'MODERATOR: Welcome. What do you think?\n\nSMITH: Costs matter.\n\nMODERATOR: Why?\n\nSMITH: Because.\n');
		const { status, stdout } = run(path);
		expect(status).toBe(0);
		const analysis = JSON.parse(stdout);
		expect(analysis.unit).toBe('word');
		expect(analysis.speakers.map((s: { id: string; label: string }) => [s.id, s.label])).toEqual([
			['speaker-1', 'MODERATOR'],
			['speaker-2', 'SMITH']
		]);
		// Words are the unit in English; characters (letters and digits) are counted as well.
		expect(analysis.totals.units).toBe('Welcome What do you think Costs matter Why Because'.split(' ').length);
		expect(analysis.totals.chars).toBe('WelcomeWhatdoyouthinkCostsmatterWhyBecause'.length);
		expect(analysis.speakers.map((s: { chars: number }) => s.chars)).toEqual(['WelcomeWhatdoyouthinkWhy'.length, 'CostsmatterBecause'.length]);
	});

	it.each([
		{ name: 'an empty file', fileName: 'empty.txt', content: '', message: /empty\.txt: the file is empty/ },
		{ name: 'a binary file', fileName: 'binary.txt', content: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), message: /binary\.txt: this is a binary file/ },
		{ name: 'text with no speaker labels', fileName: 'nolabels.txt', content: 'An essay.\n\nNo labels: none at all.\n', message: /nolabels\.txt: no speaker labels found/ },
		{ name: 'bytes that are no text encoding', fileName: 'noise.txt', content: new Uint8Array([0x41, 0x3a, 0x20, 0xff, 0xfe, 0xfd, 0x0a, 0xc3, 0x28, 0x80, 0x81]), message: /noise\.txt(:\d+)?: (this is a binary file|not valid UTF-8)/ }
	])('exits 1 on $name with a message naming the file, no stack trace', ({ fileName, content, message }) => {
		const path = file(fileName, content);
		const { status, stdout, stderr } = run(path);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('decodes a Latin-1 file and says so', () => {
		const path = file('latin1.txt', iconv.encode('MODERATOR: Café crème, naïve façade?\n\nSMITH: Déjà vu, señor.\n\nMODERATOR: Très bien. Encore une fois, merci.\n\nSMITH: Ça va.\n', 'latin1'));
		const { status, stdout, stderr } = run(path);
		expect(status).toBe(0);
		expect(JSON.parse(stdout).turns[0].paragraphs[0].text).toBe('Café crème, naïve façade?');
		expect(stderr).toMatch(/warning \[encoding\]: latin1\.txt: not UTF-8/);
	});

	it('decodes a GBK file and says so on stderr', () => {
		const path = file('gbk.txt', iconv.encode(readFileSync(SEED_PATH, 'utf8'), 'gbk'));
		const { status, stdout, stderr } = run(path, '--meta', SEED_PATH.replace(/\.txt$/, '.meta.json'));
		expect(status).toBe(0);
		expect(JSON.parse(stdout).turns).toHaveLength(102);
		expect(stderr).toMatch(/warning \[encoding\]: gbk\.txt: not UTF-8 .* detected as GB18030/);
	});

	it('refuses a file over --max-mb with the limit in the message', () => {
		const { status, stderr } = run(SEED_PATH, '--max-mb', '0.01');
		expect(status).toBe(1);
		expect(stderr).toMatch(/altman-lightcap-20vc\.txt: the file is 47,367 bytes; the limit for a transcript is 10,485 bytes\./);
	});

	it('reports a bad metadata file with the field path', () => {
		const meta = file('bad.meta.json', JSON.stringify({ title: 't', language: 'fr', source: { publisher: { zh: '', en: '' }, date: '2024-01-01' }, speakers: [] }));
		const { status, stderr } = run(SEED_PATH, '--meta', meta);
		expect(status).toBe(1);
		expect(stderr).toContain('bad.meta.json: invalid metadata: language: must be "zh" or "en"');
	});

	it('reports invalid JSON and a missing file', () => {
		const broken = file('broken.themes.json', '{ "themes": [ }');
		expect(run(SEED_PATH, '--themes', broken).stderr).toMatch(/broken\.themes\.json: themes file is not valid JSON/);
		const missing = run(join(dir, 'nope.txt'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/nope\.txt: transcript not found/);
	});

	it('exits 2 on wrong usage', () => {
		const { status, stderr } = run(SEED_PATH, '--format', 'xml');
		expect(status).toBe(2);
		expect(stderr).toContain('--format must be json or csv');
		expect(run().status).toBe(2);
	});
});
