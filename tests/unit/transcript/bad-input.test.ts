/**
 * Bad and unusual input: each is analysed or refused with a ParleyInputError whose message says
 * what is wrong (and where).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTranscriptBytes } from '../../../src/lib/server/decode';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { ParleyInputError } from '../../../src/lib/transcript/errors';
import { parseMeta, parseThemesFile } from '../../../src/lib/transcript/schema';
import { seedText } from './seed';
import { refusal } from './refusal';

const SAMPLE = '**甲：** 你好，这是第一段。\n\n**乙：** 好的，谢谢。\n\n**甲：** 再见。\n';
const utf8 = (text: string) => new TextEncoder().encode(text);


describe('decoding bytes', () => {
	it.each([
		{ name: 'UTF-8', bytes: utf8(SAMPLE), encoding: 'UTF-8' },
		{ name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), encoding: 'UTF-8' },
		{ name: 'UTF-16LE with BOM', bytes: new Uint8Array(iconv.encode('\uFEFF' + SAMPLE, 'utf-16le')), encoding: 'UTF-16LE' },
		{ name: 'UTF-16BE with BOM', bytes: new Uint8Array(iconv.encode('\uFEFF' + SAMPLE, 'utf-16be')), encoding: 'UTF-16BE' },
		{ name: 'UTF-16LE without BOM (mostly ASCII)', bytes: new Uint8Array(iconv.encode('A: hello there\n\nB: hi\n\nA: bye\n', 'utf-16le')), encoding: 'UTF-16LE' },
		{ name: 'GB18030', bytes: new Uint8Array(iconv.encode(seedText, 'gb18030')), encoding: 'GB18030' },
		{ name: 'GBK', bytes: new Uint8Array(iconv.encode(seedText, 'gbk')), encoding: 'GB18030' }
	])('$name is recognised and decoded', ({ bytes, encoding }) => {
		const decoded = decodeTranscriptBytes(bytes, { file: 'x.txt' });
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
		const expected = bytes.length > 5000 ? seedText : decoded.text.startsWith('A:') ? 'A: hello there\n\nB: hi\n\nA: bye\n' : SAMPLE;
		expect(decoded.text).toBe(expected);
		if (encoding !== 'UTF-8') expect(decoded.note).toContain(encoding);
	});

	it('refuses an empty file, naming it', () => {
		const error = refusal(() => decodeTranscriptBytes(new Uint8Array(0), { file: 'empty.txt' }));
		expect(error.code).toBe('empty');
		expect(error.message).toBe('empty.txt: the file is empty (0 bytes).');
	});

	it('refuses a binary file (NUL bytes)', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 7]);
		const error = refusal(() => decodeTranscriptBytes(png, { file: 'image.png' }));
		expect(error.code).toBe('binary');
		expect(error.message).toMatch(/^image\.png: this is a binary file/);
	});

	it('refuses control-character soup that happens to be valid UTF-8', () => {
		const bytes = new Uint8Array(4000).map((_, i) => (i % 7 === 0 ? 1 + (i % 8) : 0x41));
		expect(refusal(() => decodeTranscriptBytes(bytes, { file: 'x.bin' })).code).toBe('binary');
	});

	it('refuses bytes over the size limit, stating the limit', () => {
		const error = refusal(() => decodeTranscriptBytes(utf8(SAMPLE), { file: 'big.txt', maxBytes: 10 }));
		expect(error.code).toBe('too-large');
		expect(error.message).toContain('limit');
	});
});

describe('analysing text', () => {
	const themes = [{ id: 'x', label: { zh: 'x', en: 'x' }, terms: ['C++', 'a.b', '(x)'] }];

	it('refuses whitespace-only text as empty', () => {
		expect(refusal(() => analyseTranscript(' \n\r\n\t\n', { id: 'e', themes })).code).toBe('empty');
	});

	it('refuses text with no speaker labels, saying what a label looks like', () => {
		const error = refusal(() => analyseTranscript('Just an essay.\n\nWith: colons here and there.\n', { id: 'n', themes }));
		expect(error.code).toBe('no-speakers');
		expect(error.message).toContain('no speaker labels found');
	});

	it('refuses text over the size limit, stating the limit', () => {
		const error = refusal(() => analyseTranscript(SAMPLE.repeat(10), { id: 'big', themes, maxChars: 100 }));
		expect(error.code).toBe('too-large');
		expect(error.message).toMatch(/limit is 100/);
	});

	it('keeps markup as plain text data and matches regex-character terms literally', () => {
		const text = '**<img src=x onerror=alert(1)>：** I use C++ and a.b (x) <script>alert("x")</script>\n\n**B:** axb ab C+\n\n**B:** x';
		const analysis = analyseTranscript(text, { id: 'm', themes });
		expect(analysis.speakers[0]!.label).toBe('<img src=x onerror=alert(1)>');
		expect(analysis.turns[0]!.paragraphs[0]!.text).toBe('I use C++ and a.b (x) <script>alert("x")</script>');
		expect(analysis.mentions.map((m) => m.text)).toEqual(['C++', 'a.b', '(x)']);
	});

	it('warns about text before the first speaker and a label seen only once', () => {
		const analysis = analyseTranscript('Preface.\n\nA: one\nZED: aside\n\nB: two\n\nA: three\n\nB: four', { id: 'w', themes });
		const codes = analysis.warnings.map((w) => [w.code, w.line]);
		expect(codes).toContainEqual(['text-before-first-speaker', 1]);
		expect(codes).toContainEqual(['label-once-ignored', 4]);
	});
});

describe('pathological input stays linear', () => {
	it.each([
		{ name: 'a title line of "# # # …"', line: '# ' + '# '.repeat(200_000) + 'x' },
		{ name: 'a heading-like line of "## ## …"', line: '## ' + '## '.repeat(200_000) + 'x' },
		{ name: 'one huge line of colons', line: ':'.repeat(400_000) },
		{ name: 'one huge line of asterisks', line: '**' + '*'.repeat(400_000) },
		{ name: 'an unclosed bold label', line: '**' + 'a'.repeat(400_000) + '：' },
		{ name: 'many bold pairs in front matter', line: '** **'.repeat(100_000) },
		{ name: 'a credit-like ending', line: '（编译/'.repeat(100_000) }
	])(
		'$name',
		({ line }) => {
			// Speed is measured by `npm run bench`; here a super-linear pass would run into the
			// test's timeout, and the three turns must still be found.
			const text = `${line}\n\n**A：** x\n\n**B：** y\n\n**A：** ${line}`;
			const analysis = analyseTranscript(text, { id: 'p', themes: [{ id: 'x', label: { zh: 'x', en: 'x' }, terms: ['x', 'a', '#'] }] });
			expect(analysis.turns.map((turn) => turn.speaker)).toHaveLength(3);
		},
		30_000
	);

	it('caps warnings at 20 per kind with a summary of the rest', () => {
		const lines = Array.from({ length: 500 }, (_, i) => `LABEL${String.fromCharCode(65 + (i % 26))}${i}: aside`);
		const analysis = analyseTranscript(['A: x', 'B: y', 'A: z', 'B: w', ...lines].join('\n\n'), { id: 'w', themes: [] });
		const ignored = analysis.warnings.filter((w) => w.code === 'label-once-ignored');
		expect(ignored).toHaveLength(21);
		expect(ignored.at(-1)!.message).toContain('and 480 more');
	});
});

describe('metadata and themes files', () => {
	it('refuses a label given to two speakers, and duplicate ids', () => {
		const speaker = (id: string, labels: string[]) => ({ id, labels, name: { zh: '', en: '' }, role: { zh: '', en: '' } });
		const meta = (speakers: unknown[]) => ({ title: 't', language: 'zh', source: { publisher: { zh: '', en: '' }, date: '2024-01-01' }, speakers });
		expect(refusal(() => parseMeta(meta([speaker('a', ['甲']), speaker('b', ['甲 '])]))).message).toContain('speakers: a label may belong to one speaker only');
		expect(refusal(() => parseMeta(meta([speaker('a', ['甲']), speaker('a', ['乙'])]))).message).toContain('speakers: speaker ids must be unique');
	});

	it('reports the exact field path of a metadata error', () => {
		const meta = {
			title: 't',
			language: 'zh',
			source: { publisher: { zh: 'a', en: 'b' }, date: '2024-4-16' },
			speakers: [{ id: 'ok', labels: ['甲'], name: { zh: '', en: '' }, role: { zh: '', en: '' } }, { id: 'Bad Id', labels: [], name: { zh: '' }, role: { zh: '', en: '' } }]
		};
		const error = refusal(() => parseMeta(meta));
		expect(error.code).toBe('invalid-meta');
		expect(error.message).toContain('source.date: must be a date YYYY-MM-DD');
		expect(error.message).toContain('speakers[1].id: must be lowercase');
		expect(error.message).toContain('speakers[1].labels: must list at least one label');
		expect(error.message).toContain('speakers[1].name.en');
	});

	it('reads translations and chart wording from the metadata, and names the field of a bad one', () => {
		const base = { title: 't', language: 'zh', source: { publisher: { zh: 'a', en: 'b' }, date: '2024-04-16', translatedFrom: 'en' }, speakers: [] };
		const good = parseMeta({
			...base,
			translations: { en: { by: 'Editors', sections: { '01': 'One' } } },
			charts: { 'theme-heatmap': { en: { title: 'Where each theme comes up', notes: ['A note.'] } } }
		});
		expect(good.translations?.en?.sections).toEqual({ '01': 'One' });
		expect(good.charts?.['theme-heatmap']?.en?.title).toBe('Where each theme comes up');
		expect(good.source.translatedFrom).toBe('en');
		expect(refusal(() => parseMeta({ ...base, charts: { heatmap: { en: { title: 'x' } } } })).message).toContain('must be a chart kind: speaker-share');
		expect(refusal(() => parseMeta({ ...base, charts: { 'theme-heatmap': { fr: { title: 'x' } } } })).message).toContain('charts.theme-heatmap');
		expect(refusal(() => parseMeta({ ...base, translations: { en: { sections: { '01': 'One' } } } })).message).toContain('translations.en.by');
		expect(refusal(() => parseMeta({ ...base, translations: { en: { by: 'x', sections: { one: 'One' } } } })).message).toContain('must be a section number as written');
		expect(refusal(() => parseMeta({ ...base, source: { ...base.source, translatedFrom: 'English' } })).message).toContain('source.translatedFrom: must be a language code');
	});

	it('reports the exact field path of a themes error, and duplicate ids', () => {
		expect(refusal(() => parseThemesFile({ themes: [{ id: 'a', label: { zh: 'a', en: 'a' }, terms: ['ok', ''] }] })).message).toContain('themes[0].terms[1]: must not be empty');
		expect(refusal(() => parseThemesFile({ themes: [{ id: 'a', label: { zh: 'a', en: 'a' }, terms: [], patterns: ['GPT{n}', '{-?}{-?}'] }] })).message).toContain('themes[0].patterns[1]: must match at least one character');
		const dup = { id: 'a', label: { zh: 'a', en: 'a' }, terms: ['x'] };
		expect(refusal(() => parseThemesFile({ themes: [dup, dup] })).message).toContain('theme ids must be unique');
	});
});
