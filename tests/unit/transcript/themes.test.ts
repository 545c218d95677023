import { describe, expect, it } from 'vitest';
import { compileTheme, patternSource } from '../../../src/lib/transcript/themes';
import type { ThemeDefinition } from '../../../src/lib/transcript/types';

function theme(terms: string[], patterns?: string[]): ThemeDefinition {
	return { id: 't', label: { zh: 't', en: 't' }, terms, ...(patterns ? { patterns } : {}) };
}
const found = (definition: ThemeDefinition, text: string) => compileTheme(definition).find(text).map((m) => m.text);

describe('theme matching', () => {
	it.each([
		{ name: 'case-insensitive', terms: ['GPU'], text: 'gpus? no: gpu and GPU', expected: ['gpu', 'GPU'] },
		{ name: 'Latin terms on word boundaries', terms: ['cost'], text: 'costume cost, costs; (cost)', expected: ['cost', 'cost'] },
		{ name: 'Chinese terms anywhere', terms: ['成本'], text: '计算成本和成本', expected: ['成本', '成本'] },
		{ name: 'Latin next to Chinese is a boundary', terms: ['GPU'], text: '用GPU训练', expected: ['GPU'] },
		{ name: 'longest match wins, no overlap', terms: ['data center', 'data centers', 'data'], text: 'data centers and data', expected: ['data centers', 'data'] },
		{ name: 'regex characters are literal: C++', terms: ['C++'], text: 'C++ and C and CC++', expected: ['C++'] },
		{ name: 'regex characters are literal: a.b', terms: ['a.b'], text: 'a.b axb a.b', expected: ['a.b', 'a.b'] },
		{ name: 'regex characters are literal: (x)', terms: ['(x)'], text: 'x (x) ((x))', expected: ['(x)', '(x)'] },
		{ name: 'regex characters are literal: $^|[]{}\\', terms: ['$^|[]{}\\'], text: 'a $^|[]{}\\ b', expected: ['$^|[]{}\\'] },
		{ name: 'a pattern-looking term is literal', terms: ['GPT{n}'], text: 'GPT4 GPT{n}', expected: ['GPT{n}'] }
	])('$name', ({ terms, text, expected }) => {
		expect(found(theme(terms), text)).toEqual(expected);
	});

	it.each([
		{ text: 'GPT-4 GPT4 GPT‑4 GPT—5 GPT－6 GPT-４', expected: ['GPT-4', 'GPT4', 'GPT‑4', 'GPT—5', 'GPT－6', 'GPT-４'] },
		{ text: 'GPT-40 GPT-4o ChatGPT ChatGPT4 GPT--4 GPT-', expected: [] },
		{ text: '使用GPT-4进行，到了GPT6时代', expected: ['GPT-4', 'GPT6'] }
	])('GPT{-?}{n} in $text', ({ text, expected }) => {
		expect(found(theme([], ['GPT{-?}{n}']), text)).toEqual(expected);
	});

	it('reports the term or pattern as written in the themes file, and offsets that slice to the text', () => {
		const text = 'Compute costs: COMPUTING POWER, GPT-5.';
		const matches = compileTheme(theme(['compute', 'computing power'], ['GPT{-?}{n}'])).find(text);
		expect(matches.map((m) => [m.term, m.text])).toEqual([
			['compute', 'Compute'],
			['computing power', 'COMPUTING POWER'],
			['GPT{-?}{n}', 'GPT-5']
		]);
		for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('of two terms as long as each other at one place, the first listed is the one reported', () => {
		// Case-insensitive: both match "gpu"; a term and a pattern both match "GPT-5".
		expect(compileTheme(theme(['GPU', 'gpu'])).find('a gpu').map((m) => m.term)).toEqual(['GPU']);
		expect(compileTheme(theme(['gpu', 'GPU'])).find('a GPU').map((m) => m.term)).toEqual(['gpu']);
		expect(compileTheme(theme(['GPT-5'], ['GPT{-?}{n}'])).find('GPT-5').map((m) => m.term)).toEqual(['GPT-5']);
	});

	it('only {n} and {-?} are special in patterns', () => {
		expect(new RegExp(`^${patternSource('a.b{n}')}$`, 'u').test('a.b7')).toBe(true);
		expect(new RegExp(`^${patternSource('a.b{n}')}$`, 'u').test('axb7')).toBe(false);
		expect(new RegExp(`^${patternSource('x{-?}y+')}$`, 'u').test('x–y+')).toBe(true);
	});

	it('a pattern that can match nothing at all moves on by whole characters, emoji included (it hung there)', () => {
		const emptyOnly = compileTheme(theme([], ['{-?}']));
		expect(emptyOnly.find('😀a😀')).toEqual([]);
		const mixed = compileTheme(theme([], ['{-?}', 'GPT{-?}{n}']));
		// 😀 is two UTF-16 units: the match starts at offset 2.
		expect(mixed.find('😀GPT-5𠀀')).toEqual([{ term: 'GPT{-?}{n}', start: 2, end: 7, text: 'GPT-5' }]);
	});

	it(
		'finishes on adversarial input (no catastrophic backtracking: that would run into the timeout)',
		() => {
			const compiled = compileTheme(theme(['aaaaaaaaab', 'a a a a b', 'aaa'], ['a{-?}{n}']));
			const text = 'a'.repeat(200_000) + '-'.repeat(200_000);
			// One 200,000-letter word: a Latin term never matches inside a longer word.
			expect(compiled.find(text)).toEqual([]);
			// The same terms still match where they stand as words.
			expect(compiled.find(`${text} aaa a-7`).map((m) => m.text)).toEqual(['aaa', 'a-7']);
		},
		30_000
	);
});
