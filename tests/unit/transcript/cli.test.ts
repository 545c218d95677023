/**
 * The CLI as a user runs it: a child process through tsx, checking exit codes, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseMeta } from '../../../src/lib/transcript/schema';
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
		expect(speakers[1]).toBe('speaker,label,name_zh,name_en,host,turns,units,chars,share,estimated_minutes,longest_turn,longest_turn_units,questions');
		const altman = speakers.find((line) => line.startsWith('altman,'))!.split(',');
		// Minutes at 100 characters a minute, rounded to a tenth.
		expect(Number(altman[9])).toBe(Math.round(Number(altman[6]) / 10) / 10);
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

const DEBATE = resolve(ROOT, 'tests/fixtures/english-debate.txt');
/**
 * The debate's speakers table, written by hand from the counts in oracles.test.ts (75 words:
 * MODERATOR 22, SMITH 21, JONES 32; letters and digits 99 / 220 / 107): shares to 4 decimals
 * (22/75 = 0.29333…), minutes at 150 words a minute to 0.1 (22/150 = 0.1467 → 0.1), the longest turns
 * t1 (12 words), t2 (12) and t5 (14), MODERATOR's two questions, and the host from the metadata.
 */
const DEBATE_SPEAKERS_CSV = [
	'speaker,label,name_zh,name_en,host,turns,units,chars,share,estimated_minutes,longest_turn,longest_turn_units,questions',
	'moderator,MODERATOR,主持人,Moderator,1,3,22,99,0.2933,0.1,t1,12,2',
	'smith,SMITH,史密斯,Ms Smith,0,2,21,220,0.28,0.1,t2,12,0',
	'jones,JONES,琼斯,Mr Jones,0,3,32,107,0.4267,0.2,t5,14,0',
	''
].join('\r\n');

describe('one table as a spreadsheet opens it', { timeout: 120_000 }, () => {
	it('--format csv --table speakers prints that table alone, with no "# table:" line', () => {
		const { status, stdout } = run(DEBATE, '--format', 'csv', '--table', 'speakers');
		expect(status).toBe(0);
		expect(stdout).toBe(DEBATE_SPEAKERS_CSV);
	});

	it('--keywords sets how many keywords a section keeps; 0 leaves them out, the rest of the analysis unchanged', () => {
		const full = JSON.parse(run(SEED_PATH).stdout);
		const three = JSON.parse(run(SEED_PATH, '--keywords', '3').stdout);
		const none = JSON.parse(run(SEED_PATH, '--keywords', '0').stdout);
		// The seed's seven sections each have ten keywords by default.
		expect(full.keywords.map((section: { terms: unknown[] }) => section.terms.length)).toEqual([10, 10, 10, 10, 10, 10, 10]);
		expect(three.keywords.map((section: { terms: { term: string }[] }) => section.terms.map((term) => term.term))).toEqual(
			full.keywords.map((section: { terms: { term: string }[] }) => section.terms.slice(0, 3).map((term) => term.term))
		);
		expect(none.keywords).toEqual([1, 2, 3, 4, 5, 6, 7].map((section) => ({ section, terms: [] })));
		expect({ ...none, keywords: [] }).toEqual({ ...full, keywords: [] });
		for (const bad of ['-1', '2.5', 'many', '']) {
			const { status, stderr } = run(SEED_PATH, '--keywords', bad);
			expect(status).toBe(2);
			expect(stderr).toContain('--keywords');
		}
	});

	it('npx parley analyze prints exactly the CSV on stdout, no npm banner', () => {
		const result = spawnSync('npx', ['--offline', 'parley', 'analyze', DEBATE, '--format', 'csv', '--table', 'speakers'], { cwd: ROOT, encoding: 'utf8' });
		expect(result.stderr).not.toMatch(/error/i);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(DEBATE_SPEAKERS_CSV);
	});

	it('refuses an unknown table, and --table without --format csv', () => {
		const unknown = run(DEBATE, '--format', 'csv', '--table', 'nope');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('--table must be one of speakers, sections,');
		expect(run(DEBATE, '--table', 'speakers').stderr).toContain('--table needs --format csv');
	});

	it('gives each mention ±20 characters of context and leaves the diagonal’s lift empty', () => {
		const themes = file('debate.themes.json', JSON.stringify({ themes: [
			{ id: 'pricing', label: { zh: '定价', en: 'Pricing' }, terms: ['pricing'] },
			{ id: 'buses', label: { zh: '公交', en: 'Buses' }, terms: ['buses'] }
		] }));
		const mentions = run(DEBATE, '--format', 'csv', '--table', 'mentions', '--themes', themes).stdout.split('\r\n');
		expect(mentions[0]).toBe('theme,term,turn,paragraph,speaker,section,start,end,text,context');
		// "Good evening and welcome. Ms Smith, you argue for congestion pricing. Why?": "pricing" at 61
		// (counted: "Good " 5, "evening " 13, "and " 17, "welcome. " 26, "Ms " 29, "Smith, " 36, "you " 40,
		// "argue " 46, "for " 50, "congestion " 61); the 20 characters before it, the 5 after.
		expect(mentions[1]).toBe('pricing,pricing,t1,t1-p1,moderator,1,61,68,pricing,…rgue for congestion pricing. Why?');
		const cooccurrence = run(DEBATE, '--format', 'csv', '--table', 'cooccurrence', '--themes', themes).stdout.split('\r\n');
		// pricing is in t1 and t2, buses in t5 and t7: each diagonal has a count and no lift; the pair never meets (lift 0).
		expect(cooccurrence.slice(0, 4)).toEqual(['unit,a,b,count,lift,ids', 'turn,pricing,pricing,2,,t1 t2', 'turn,pricing,buses,0,0,', 'turn,buses,buses,2,,t5 t7']);
	});
});

describe('CSV of a timed transcript', { timeout: 30_000 }, () => {
	const PANEL = resolve(ROOT, 'tests/fixtures/subtitles/panel.vtt');

	it('adds measured minutes and time shares to the speakers, and start and end seconds to the turns', () => {
		// Cue times by hand: Ana 1–7 and 20.5–23.5 s (9 s), Ben 7.5–20 and 60–65.25 s (17.75 s); shares of 26.75 s.
		expect(run(PANEL, '--format', 'csv', '--table', 'speakers').stdout.split('\r\n').map((line) => line.split(',').slice(-2))).toEqual([
			['measured_minutes', 'time_share'],
			['0.1', String(Math.round((9 / 26.75) * 1e4) / 1e4)],
			['0.3', String(Math.round((17.75 / 26.75) * 1e4) / 1e4)],
			['']
		]);
		expect(run(PANEL, '--format', 'csv', '--table', 'turns').stdout.split('\r\n').map((line) => line.split(',').slice(-2).join(' '))).toEqual([
			'start_seconds end_seconds',
			'1 7',
			'7.5 20',
			'20.5 23.5',
			'60 65.25',
			''
		]);
	});

	it('leaves an estimated transcript’s tables without time columns', () => {
		expect(run(SEED_PATH, '--format', 'csv', '--table', 'speakers').stdout).not.toContain('measured_minutes');
	});
});

describe('--check', { timeout: 30_000 }, () => {
	const TOWN_HALL = resolve(ROOT, 'tests/fixtures/town-hall.txt');

	it('reports a heading-less file with no metadata for a person, and suggests a valid metadata file', () => {
		const { status, stdout } = run(TOWN_HALL, '--check');
		expect(status).toBe(0);
		expect(stdout).toContain('Language: English (en, detected); counted in words');
		// Turns and questions counted by hand in the fixture; first words as written.
		expect(stdout).toContain('  CHAIR [host]: 6 turns, 5 questions; first: “Good evening, everyone. Tonight we talk…” (line 5)');
		expect(stdout).toContain('  PATEL: 5 turns, 0 questions; first: “I will. The route runs past…” (line 7)');
		expect(stdout).toContain('  OKAFOR: 5 turns, 0 questions; first: “It also runs through the market…” (line 9)');
		expect(stdout).toContain('Sections (5, no headings: segments at the host’s questions):');
		expect(stdout).toContain('  02 Let us turn to money. How… (line 11): 3 turns');
		// Lines 1-3: "Town hall on the new tram line" + "Source: Riverside Gazette" + "2025-03-14", joined with spaces.
		expect(stdout).toContain(`Front matter: 1 paragraph, ${'Town hall on the new tram line Source: Riverside Gazette 2025-03-14'.length} characters (from line 1)`);
		expect(stdout).toContain('  [text-before-first-speaker] 1 warning\n    line 1: ');
		const json = stdout.slice(stdout.indexOf('{'));
		const meta = parseMeta(JSON.parse(json));
		expect(meta.title).toBe('Town hall on the new tram line');
		expect(meta.source).toEqual({ publisher: { zh: 'Riverside Gazette', en: 'Riverside Gazette' }, date: '2025-03-14' });
		expect(meta.speakers.map((s) => [s.id, s.labels, s.host])).toEqual([
			['chair', ['CHAIR'], true],
			['patel', ['PATEL'], false],
			['okafor', ['OKAFOR'], false]
		]);
	});

	it('suggests a metadata file that, saved beside the transcript, gives the same speakers and host', () => {
		const transcript = file('town-hall.txt', readFileSync(TOWN_HALL, 'utf8'));
		const report = run(transcript, '--check').stdout;
		writeFileSync(transcript.replace(/\.txt$/, '.meta.json'), report.slice(report.indexOf('{')));
		const again = run(transcript, '--check');
		expect(again.status).toBe(0);
		expect(again.stdout).toContain(`Metadata: ${transcript.replace(/\.txt$/, '.meta.json')}`);
		expect(again.stdout).toContain('  CHAIR [host]: 6 turns');
	});

	it('gives a Chinese file with no date a placeholder date that still validates', () => {
		const path = file('nodate.txt', '主持人：你好吗？今天聊什么？还有呢？\n\n嘉宾：聊茶。\n\n主持人：好的。\n\n嘉宾：谢谢。\n');
		const { status, stdout } = run(path, '--check');
		expect(status).toBe(0);
		expect(stdout).toContain('Language: Chinese (zh, detected); counted in characters');
		expect(stdout).toContain('replace the date 0000-00-00');
		expect(parseMeta(JSON.parse(stdout.slice(stdout.indexOf('{')))).source.date).toBe('0000-00-00');
	});

	it('lists the clipping noise it removed by kind, and folds a likely typo into the speaker it suggests', () => {
		const clipping = run(resolve(ROOT, 'tests/fixtures/formats/wechat-clipping.md'), '--check').stdout;
		// Counted by hand in the fixture: 4 account lines, 2 image links, 1 "，赞 56", 3 reading-list lines, 1 footer.
		expect(clipping).toContain('Noise removed (11 lines, kept out of every speaker\'s text):');
		expect(clipping).toContain('  image: 2 lines, first at line 6: ');
		expect(clipping).toContain('  reading-list: 3 lines, first at line 20: 推荐阅读');
		const typo = run(resolve(ROOT, 'tests/fixtures/formats/typo-label.md'), '--check').stdout;
		expect(typo).toContain('Likely typo: "Priors" (line 11, seen once) is probably "NoPriors"');
		expect(typo).toContain('Noise removed: none');
		const meta = parseMeta(JSON.parse(typo.slice(typo.indexOf('{'))));
		// Three labels in the text, two people: "Priors" joins NoPriors' labels.
		expect(meta.speakers.map((s) => s.labels)).toEqual([['NoPriors', 'Priors'], ['嘉宾']]);
	});

	it('says when the minutes are measured: the shipped English panel runs from 0:04 to 9:42 plus a 4 s last turn', () => {
		const { stdout } = run(resolve(ROOT, 'src/content/transcripts/en-ai-costs-panel.txt'), '--check');
		expect(stdout).toContain('Timing: measured from the transcript\'s times, 9.7 minutes of speech');
	});

	it('exits 1 on a file that cannot be analysed, naming it', () => {
		const path = file('essay.txt', 'An essay.\n\nNo labels: none at all.\n');
		const { status, stdout, stderr } = run(path, '--check');
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/essay\.txt: no speaker labels found/);
	});
});
