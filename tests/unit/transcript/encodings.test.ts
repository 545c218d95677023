/**
 * Encodings, end to end: the fixtures in tests/fixtures/encodings (made by make.ts there from
 * UTF-8 texts written for these tests) are decoded as the encoding they were written in and
 * analysed, or refused with a message that names the encoding found (or the best guess and its
 * confidence) and where the trouble starts. The oracle for a decoded file is its UTF-8 source;
 * turns per speaker are counted by hand.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTranscriptBytes, MIN_CONFIDENCE } from '../../../src/lib/server/decode';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { ROOT } from './seed';
import { refusal } from './refusal';

const FIXTURES = resolve(ROOT, 'tests/fixtures/encodings');
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const sourceOf = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');


describe('Big5: a Traditional Chinese interview', () => {
	const decoded = decodeTranscriptBytes(bytesOf('big5-interview.txt'), { file: 'big5-interview.txt' });

	it('is decoded as Big5, to exactly the text it was written from, with a note saying so', () => {
		expect(decoded.encoding).toBe('Big5');
		expect(decoded.text).toBe(sourceOf('big5-interview.utf8.txt'));
		expect(decoded.note).toMatch(/detected as Big5/);
	});

	it('is analysed: three speakers, turns per speaker and per section as counted by hand', () => {
		const analysis = analyseTranscript(decoded.text, { id: 'big5-interview', themes: [{ id: 'tea', label: { zh: '茶', en: 'Tea' }, terms: ['茶'] }] });
		expect(analysis.speakers.map((s) => [s.label, s.turns])).toEqual([
			['主持人', 5],
			['陳老闆', 5],
			['林小姐', 2]
		]);
		expect(analysis.sections.map((s) => [s.number, s.title, s.turns])).toEqual([
			['01', '開店的緣起', 4],
			['02', '年輕客人', 8]
		]);
		// 茶 in the turns, counted by hand (the title's two are front matter): 茶行 (turn 1), 種茶 and
		// 焙茶 (2), 買茶 (5), 老茶行 (8), 買茶 and 這批茶 (9), 茶是 (11).
		expect(analysis.themes[0]!.mentions).toBe(8);
	});
});

describe('short Chinese text is not mistaken for the other encoding', () => {
	const lines = ['甲：对。\n乙：嗯。\n甲：好。\n', '**甲：** 你好。\n\n**乙：** 好的。\n\n**甲：** 再見。\n', '主持人：請問您為什麼開店？\n\n陳老闆：因為喜歡茶。\n'];
	it.each(lines.flatMap((text) => (['gb18030', 'big5'] as const).filter((encoding) => encoding === 'gb18030' || !text.includes('对')).map((encoding) => ({ text, encoding }))))(
		'$encoding: $text',
		({ text, encoding }) => {
			const decoded = decodeTranscriptBytes(new Uint8Array(iconv.encode(text, encoding)), { file: 'short.txt' });
			expect(decoded.encoding).toBe(encoding === 'big5' ? 'Big5' : 'GB18030');
			expect(decoded.text).toBe(text);
		}
	);

	it('the GB18030 fixture is one chardet alone would read as EUC-JP: the plausibility step picks GB18030', () => {
		const bytes = bytesOf('gb18030-short.txt');
		expect(chardet.detect(bytes)).toBe('EUC-JP');
		const decoded = decodeTranscriptBytes(bytes, { file: 'gb18030-short.txt' });
		expect(decoded.encoding).toBe('GB18030');
		expect(decoded.text).toBe('甲：对。\n乙：嗯。\n甲：好。\n');
		// Read as EUC-JP the full-width colon (A3 BA) has no character: a replacement character.
		expect(iconv.decode(Buffer.from(bytes), 'EUC-JP')).toContain('\uFFFD');
	});
});

describe('Windows-1252', () => {
	it('an English debate with curly quotes, dashes, an ellipsis and a euro sign is read, not refused', () => {
		const decoded = decodeTranscriptBytes(bytesOf('windows-1252-debate.txt'), { file: 'windows-1252-debate.txt' });
		expect(decoded.encoding).toBe('windows-1252');
		expect(decoded.text).toBe(sourceOf('windows-1252-debate.utf8.txt'));
		const analysis = analyseTranscript(decoded.text, { id: 'w', themes: [] });
		// Counted by hand: MODERATOR 3, PRICE 2, OKAFOR 2.
		expect(analysis.speakers.map((s) => [s.label, s.turns])).toEqual([
			['MODERATOR', 3],
			['PRICE', 2],
			['OKAFOR', 2]
		]);
	});
});

describe('bytes that are mostly not text are refused, naming the guess and where the trouble starts', () => {
	it.each([
		{ name: 'random-bytes.txt', first: 'invalid byte 0xe8 at line 1, byte offset 4' },
		{ name: 'jpeg-without-nuls.txt', first: 'invalid byte 0xff at line 1, byte offset 0' },
		{ name: 'latin1-gibberish.txt', first: 'at line 1, byte offset 0' }
	])('$name', ({ name, first }) => {
		const bytes = bytesOf(name);
		const error = refusal(() => decodeTranscriptBytes(bytes, { file: name }));
		expect(error.code).toBe('encoding');
		expect(error.file).toBe(name);
		expect(error.message).toContain(first);
		// The guess named is chardet's own best, with its confidence, which is under the threshold.
		const best = chardet.analyse(bytes).find((guess) => !guess.name.startsWith('UTF'))!;
		expect(best.confidence).toBeLessThan(MIN_CONFIDENCE);
		expect(error.message).toContain(`best guess ${best.name} at ${best.confidence}% confidence`);
	});

	it('UTF-8 with three stray bytes is refused, naming the line and byte of the first (not read as Big5 noise)', () => {
		const bytes = bytesOf('utf8-damaged.txt');
		// Without the UTF-8 check chardet would have it read as a legacy encoding.
		expect(chardet.detect(bytes)).not.toBe('UTF-8');
		const error = refusal(() => decodeTranscriptBytes(bytes, { file: 'utf8-damaged.txt' }));
		expect(error.code).toBe('encoding');
		expect(error.line).toBe(2);
		// 0xff after line 1, which is 57 bytes long with its line feed (counted: 2 + 3×2 + 3 + 2 + 1 + 3×14 + 1).
		expect(error.message).toContain('has 3 invalid bytes, the first, 0xff, at line 2, byte offset 57');
	});

	it('UTF-8 cut in the middle of its last character is refused as cut short, naming the line', () => {
		const error = refusal(() => decodeTranscriptBytes(bytesOf('utf8-truncated.txt'), { file: 'utf8-truncated.txt' }));
		expect(error.code).toBe('encoding');
		expect(error.line).toBe(9);
		expect(error.message).toMatch(/ends in the middle of a character \(line 9, byte offset \d+\)/);
	});

	it('a UTF-16 byte-order mark before random bytes is refused naming UTF-16LE, not analysed', () => {
		const noise = bytesOf('random-bytes.txt');
		const error = refusal(() => decodeTranscriptBytes(new Uint8Array([0xff, 0xfe, ...noise]), { file: 'u16.txt' }));
		expect(['encoding', 'binary']).toContain(error.code);
		expect(error.message).toContain('read as UTF-16LE');
	});

	it('text decoded with a handful of private-use characters under 1% is kept', () => {
		const text = 'A: ' + 'word '.repeat(400) + '\uE000\n\nB: fine\n\nA: ok\n';
		expect(decodeTranscriptBytes(new TextEncoder().encode(text)).text).toBe(text);
		const noisy = 'A: ' + 'word \uE000 '.repeat(50) + '\n\nB: fine\n';
		expect(refusal(() => decodeTranscriptBytes(new TextEncoder().encode(noisy), { file: 'pua.txt' })).message).toMatch(/read as UTF-8, 50 characters .* private-use, the first, U\+E000, at line 1/);
	});
});

/**
 * `parley analyze <fixture>` through the package's bin (what `npx parley` runs; the CLI tests run
 * npx itself once), two at a time: the machine has two cores.
 */
function parley(name: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [resolve(ROOT, 'bin/parley.js'), 'analyze', resolve(FIXTURES, name)], { cwd: ROOT });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
}

describe('parley analyze on each fixture', () => {
	it('prints the encoding note for a decoded file and the refusal, with the file name, for the rest', { timeout: 180_000 }, async () => {
		const expected: Record<string, RegExp> = {
			'big5-interview.txt': /warning \[encoding\]: big5-interview\.txt: not UTF-8 .*detected as Big5/,
			'windows-1252-debate.txt': /warning \[encoding\]: windows-1252-debate\.txt: not UTF-8 .*detected as windows-1252/,
			'gb18030-short.txt': /warning \[encoding\]: gb18030-short\.txt: not UTF-8 .*detected as GB18030/,
			'random-bytes.txt': /error: .*random-bytes\.txt:1: not valid UTF-8 .*best guess \S+ at \d+% confidence/,
			'jpeg-without-nuls.txt': /error: .*jpeg-without-nuls\.txt:1: not valid UTF-8 .*best guess \S+ at \d+% confidence/,
			'latin1-gibberish.txt': /error: .*latin1-gibberish\.txt:1: not valid UTF-8 .*best guess \S+ at \d+% confidence/,
			'utf8-damaged.txt': /error: .*utf8-damaged\.txt:2: the file is UTF-8 .* 3 invalid bytes/,
			'utf8-truncated.txt': /error: .*utf8-truncated\.txt:9: the file is UTF-8 but ends in the middle of a character/
		};
		const names = Object.keys(expected);
		const results: Awaited<ReturnType<typeof parley>>[] = [];
		for (let i = 0; i < names.length; i += 2) results.push(...(await Promise.all(names.slice(i, i + 2).map(parley))));
		names.forEach((name, i) => {
			const { status, stdout, stderr } = results[i]!;
			expect(stderr, name).toMatch(expected[name]!);
			expect(stderr, name).not.toMatch(/\n\s+at /);
			if (stderr.includes('error:')) {
				expect([name, status, stdout]).toEqual([name, 1, '']);
			} else {
				expect([name, status]).toEqual([name, 0]);
				expect(JSON.parse(stdout).id).toBe(name.replace(/\.txt$/, ''));
			}
		});
	});
});
