import { describe, expect, it } from 'vitest';
import { highlightSegments, type Marked } from '../../../src/lib/components/highlight';

const mention = (start: number, end: number, topic = 'cost'): Marked => ({ topic, start, end });

type Segments = ReturnType<typeof highlightSegments>;
const plain = (segments: Segments): string =>
	segments.map((s) => (s.mention ? `[${s.children.length ? plain(s.children) : s.text}]` : s.text)).join('');
const flat = (segments: Segments): string => segments.map((s) => s.text).join('');

describe('highlightSegments', () => {
	const cases: { name: string; text: string; mentions: Marked[]; expected: string }[] = [
		{ name: 'no mentions', text: '成本会下降', mentions: [], expected: '成本会下降' },
		{ name: 'one at the start', text: '成本会下降', mentions: [mention(0, 2)], expected: '[成本]会下降' },
		{ name: 'one at the end', text: '降低成本', mentions: [mention(2, 4)], expected: '降低[成本]' },
		{ name: 'two, given out of order', text: '算力和成本', mentions: [mention(3, 5), mention(0, 2, 'compute')], expected: '[算力]和[成本]' },
		{ name: 'a mention inside another is nested', text: '计算的成本高', mentions: [mention(3, 5), mention(0, 5, 'compute')], expected: '[计算的[成本]]高' },
		{ name: 'two inside one, with text between', text: '甲乙丙丁戊', mentions: [mention(0, 5, 'compute'), mention(1, 2), mention(3, 4)], expected: '[甲[乙]丙[丁]戊]' },
		{ name: 'a crossing mention is skipped', text: '计算成本高', mentions: [mention(0, 4, 'compute'), mention(2, 5)], expected: '[计算成本]高' },
		{ name: 'offsets past the end are clamped', text: 'GPT-4', mentions: [mention(0, 99, 'gpt-n')], expected: '[GPT-4]' },
		{ name: 'empty mentions are skipped', text: '成本', mentions: [mention(1, 1)], expected: '成本' },
		{ name: 'UTF-16 offsets around an astral character', text: '😀成本', mentions: [mention(2, 4)], expected: '😀[成本]' },
		{ name: 'markup is just text', text: '<b>成本</b>', mentions: [mention(3, 5)], expected: '<b>[成本]</b>' },
		{ name: 'a term inside a theme mention is nested too', text: '计算的成本高', mentions: [mention(0, 5, 'compute'), mention(0, 2, 'term:计算')], expected: '[[计算]的成本]高' }
	];
	for (const { name, text, mentions, expected } of cases) {
		it(name, () => {
			const segments = highlightSegments(text, mentions);
			expect(plain(segments)).toBe(expected);
			expect(flat(segments)).toBe(text);
			for (const segment of segments) if (segment.children.length) expect(flat(segment.children)).toBe(segment.text);
		});
	}
});
