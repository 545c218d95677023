import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksFor, fontChunks, parseUnicodeRange } from '../../../src/lib/export/font-chunks';

describe('unicode-range', () => {
	it('reads single code points, ranges and ? wildcards', () => {
		expect(parseUnicodeRange('U+20, U+4e00-4e0f,U+3??')).toEqual([
			[0x20, 0x20],
			[0x4e00, 0x4e0f],
			[0x300, 0x3ff]
		]);
	});
	it('refuses what is not a range', () => {
		expect(() => parseUnicodeRange('U+zz')).toThrow(/not a unicode-range/);
	});
});

describe('which chunks an export needs', () => {
	const chunks = fontChunks({ '[1]': 'U+4e00-4e10', '[2]': 'U+41-5a,U+4e05', latin: 'U+0-ff' });

	it('takes each needed chunk once, in the font’s order, the first that covers a character', () => {
		const { chunks: needed, uncovered } = chunksFor('一ABz 丅', chunks);
		// 一 U+4E00 and 丅 U+4E05 are in [1] (first, though [2] also has U+4E05); A, B in [2]; z only in latin.
		expect(needed.map((c) => c.key)).toEqual(['[1]', '[2]', 'latin']);
		expect(uncovered).toEqual([]);
	});

	it('needs no chunk for white space, and lists characters nothing covers', () => {
		expect(chunksFor(' \n\t', chunks).chunks).toEqual([]);
		expect(chunksFor('中A', chunks)).toEqual({ chunks: [chunks[1]], uncovered: ['中'] });
	});

	// Noto Sans SC as installed: which chunk holds a character was looked up by hand in the
	// package's unicode.json (奥 U+5965 in [114], 特 U+7279 in [118], 曼 U+66FC in [111]).
	const noto = fontChunks(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../node_modules/@fontsource/noto-sans-sc/unicode.json'), 'utf8')));

	it('finds the three chunks of 奥特曼 in Noto Sans SC, and covers every character of the default transcript’s labels', () => {
		expect(noto).toHaveLength(101);
		expect(chunksFor('奥特曼', noto).chunks.map((c) => c.key)).toEqual(['[111]', '[114]', '[118]']);
		expect(chunksFor('Selected: 奥特曼 · ● ▲ ■ ◆ ✓ ≈ † × “”，', noto).uncovered).toEqual([]);
	});
});
