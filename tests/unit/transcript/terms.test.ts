/**
 * Any-term matching: what a reader types becomes a filter with the themes' literal rules.
 * Expected matches are written out by hand; the seed counts come from grep over the raw text.
 */
import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../src/lib/server/content';
import { findTerm, MAX_TERM_LENGTH, normaliseTerm, termKey, type TermTurn } from '../../../src/lib/transcript/terms';

/** One turn, one paragraph per text. */
function turnOf(...texts: string[]): TermTurn {
	return { id: 't1', speaker: 'host', section: 1, paragraphs: texts.map((text, p) => ({ id: `t1-p${p + 1}`, text })) };
}
const found = (term: string, text: string) => findTerm([turnOf(text)], term).map((o) => o.text);

describe('findTerm: the literal rules of themes', () => {
	it.each([
		{ name: 'Chinese term anywhere in Chinese text', term: '成本', text: '计算成本和成本，低成本', expected: ['成本', '成本', '成本'] },
		{ name: 'Chinese phrase, not its parts', term: '机器人', text: '机器和人，机器人，人形机器人', expected: ['机器人', '机器人'] },
		{ name: 'English on word boundaries', term: 'cost', text: 'costume cost, costs; (cost) Cost', expected: ['cost', 'cost', 'Cost'] },
		{ name: 'Latin next to Chinese is a boundary', term: 'gpu', text: '用GPU训练，GPUs', expected: ['GPU'] },
		{ name: 'case-insensitive', term: 'gpt', text: 'GPT-4, ChatGPT and gpt', expected: ['GPT', 'gpt'] },
		{ name: 'a phrase, whitespace normalised', term: ' data \t center ', text: 'Data Center, data centers, data  center', expected: ['Data Center'] },
		{ name: 'regex characters literal: C++', term: 'C++', text: 'C++ and C and CC++ c++', expected: ['C++', 'c++'] },
		{ name: 'regex characters literal: (x)', term: '(x)', text: 'x (x) ((x)) (X)', expected: ['(x)', '(x)', '(X)'] },
		{ name: 'regex characters literal: .*', term: '.*', text: 'ab .* cd .** ef', expected: ['.*', '.*'] },
		{ name: 'regex characters literal: $^|[]{}\\', term: 'a$^|[]{}\\', text: 'a a$^|[]{}\\ b', expected: ['a$^|[]{}\\'] },
		{ name: 'pattern syntax literal: GPT{n}', term: 'GPT{n}', text: 'GPT4 GPT{n}', expected: ['GPT{n}'] },
		{ name: 'markup literal: <b>', term: '<b>', text: '<b>bold</b> and <B> and b', expected: ['<b>', '<B>'] },
		{ name: 'a refused term finds nothing', term: 'a\u0000', text: 'a\u0000 a', expected: [] }
	])('$name', ({ term, text, expected }) => {
		expect(found(term, text)).toEqual(expected);
	});

	it('reports turn, paragraph, speaker, section and UTF-16 offsets that slice to the text', () => {
		const turns: TermTurn[] = [
			{ id: 't1', speaker: 'host', section: 1, paragraphs: [{ id: 't1-p1', text: 'No match here.' }] },
			{ id: 't2', speaker: 'ceo', section: 2, paragraphs: [{ id: 't2-p1', text: 'a😀b' }, { id: 't2-p2', text: 'Compute and compute.' }] }
		];
		expect(findTerm(turns, ' COMPUTE ')).toEqual([
			{ term: 'COMPUTE', turn: 't2', paragraph: 't2-p2', speaker: 'ceo', section: 2, start: 0, end: 7, text: 'Compute' },
			{ term: 'COMPUTE', turn: 't2', paragraph: 't2-p2', speaker: 'ceo', section: 2, start: 12, end: 19, text: 'compute' }
		]);
		// The emoji is two UTF-16 code units: b is at 3.
		expect(findTerm(turns, 'b')).toEqual([{ term: 'b', turn: 't2', paragraph: 't2-p1', speaker: 'ceo', section: 2, start: 3, end: 4, text: 'b' }]);
	});
});

describe('normaliseTerm: URL and text-box input, validated in one place', () => {
	it.each([
		{ raw: '  机器人 ', expected: '机器人' },
		{ raw: 'data \t\n  center', expected: 'data center' },
		{ raw: 'e\u0301t\u00e9', expected: '\u00e9t\u00e9' },
		{ raw: 'C++', expected: 'C++' },
		{ raw: 'a'.repeat(MAX_TERM_LENGTH), expected: 'a'.repeat(64) },
		// 64 code points, 128 UTF-16 code units: the limit is in characters.
		{ raw: '😀'.repeat(64), expected: '😀'.repeat(64) },
		{ raw: '', expected: null },
		{ raw: ' \t\n ', expected: null },
		{ raw: 'a'.repeat(65), expected: null },
		{ raw: '模'.repeat(65), expected: null },
		{ raw: 'a\u0000b', expected: null },
		{ raw: 'a\u001bb', expected: null },
		{ raw: 'a\u007fb', expected: null },
		{ raw: 'a\u0085b', expected: null },
		{ raw: 'a\ud800b', expected: null }
	])('$raw → $expected', ({ raw, expected }) => {
		expect(normaliseTerm(raw)).toBe(expected);
	});
});

describe('termKey: one key for terms the matcher does not tell apart', () => {
	it.each([
		{ a: 'GPT', b: ' gpt ', same: true },
		{ a: 'Gpt', b: 'gPT', same: true },
		{ a: 'Data Center', b: 'data center', same: true },
		{ a: '机器人', b: '机器人', same: true },
		{ a: '机器人', b: '机器', same: false },
		{ a: 'ΟΔΟΣ', b: 'οδος', same: true },
		{ a: 'οδοσ', b: 'οδος', same: true },
		{ a: 'K', b: '\u212a', same: true },
		{ a: 'cost', b: 'costs', same: false },
		{ a: 'I', b: 'ı', same: false },
		{ a: 'straße', b: 'STRASSE', same: false }
	])('$a and $b: same is $same', ({ a, b, same }) => {
		expect(termKey(a) === termKey(b)).toBe(same);
		// The key agrees with the matcher: each term finds the other exactly when they share a key.
		expect(found(a, b).length === 1 && found(b, a).length === 1).toBe(same);
	});

	it('is lower case and tidied: spacing never makes a second key', () => {
		expect(termKey('  Data\tCENTER ')).toBe('data center');
		expect(termKey('Data  Center')).toBe(termKey('data center'));
		expect(termKey('GPT-4')).toBe('gpt-4');
	});
});

describe('findTerm on the seed transcript', () => {
	const analysis = loadAnalysis('altman-lightcap-20vc');

	// Counted with grep over the raw file, turns only: lines 19-317 (lines 1-18 are the title,
	// highlights and introduction), headings (`NN title`) removed; the closing credit (编译/金鹿)
	// holds neither term.
	//   sed -n '19,$p' altman-lightcap-20vc.txt | grep -Ev '^[0-9]{2} ' | grep -o 机器人 | wc -l  → 3
	//   … | grep -o 模型 | wc -l → 42 (44 in the whole file: 1 in the introduction, 1 in heading 04)
	//   … | grep -o OpenAI | wc -l → 27 (35 in the file: 5 in the title and introduction, 3 in headings);
	//   every one stands between Chinese characters, punctuation or spaces, so all are on word boundaries.
	it.each([
		{ term: '机器人', count: 3 },
		{ term: '模型', count: 42 },
		{ term: 'openai', count: 27 }
	])('finds $term $count times, each slicing to its paragraph text', ({ term, count }) => {
		const occurrences = findTerm(analysis.turns, term);
		expect(occurrences).toHaveLength(count);
		const paragraphs = new Map(analysis.turns.flatMap((t) => t.paragraphs.map((p) => [p.id, p.text] as const)));
		for (const o of occurrences) {
			expect(termKey(paragraphs.get(o.paragraph)!.slice(o.start, o.end))).toBe(termKey(term));
			expect(o.paragraph.startsWith(`${o.turn}-p`)).toBe(true);
		}
	});
});
