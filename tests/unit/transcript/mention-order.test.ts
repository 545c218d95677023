/**
 * The analysis collects a paragraph's mentions theme by theme, then puts them in reading order
 * with an insertion sort (a paragraph holds a few; Array.prototype.sort past 16). Compared here
 * with the plain way: every theme's matches with placeMatch, then the built-in stable sort by
 * start, on random paragraphs dense with overlapping terms of several themes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { compileTheme, placeMatch } from '../../../src/lib/transcript/themes';
import type { Analysis, Mention, ThemeDefinition } from '../../../src/lib/transcript/types';

const themes: ThemeDefinition[] = [
	{ id: 'compute', label: { zh: '算力', en: 'compute' }, terms: ['算力', '计算成本', '计算', 'GPU', 'GPUs'] },
	{ id: 'cost', label: { zh: '成本', en: 'cost' }, terms: ['成本', '算力成本', 'cost'] },
	{ id: 'gpt', label: { zh: 'GPT', en: 'GPT' }, terms: [], patterns: ['GPT{-?}{n}'] },
	{ id: 'short', label: { zh: '力', en: 'force' }, terms: ['力', '本'] }
];

function plainMentions(analysis: Analysis): Mention[] {
	const compiled = themes.map(compileTheme);
	const all: Mention[] = [];
	for (const turn of analysis.turns) {
		for (const paragraph of turn.paragraphs) {
			const here: Mention[] = [];
			for (const theme of compiled) {
				for (const match of theme.find(paragraph.text)) here.push({ theme: theme.id, term: match.term, ...placeMatch(turn, paragraph, match) });
			}
			here.sort((a, b) => a.start - b.start);
			all.push(...here);
		}
	}
	return all;
}

const piece = fc.constantFrom('算力', '计算成本', '成本', '算力成本', 'GPU', 'GPUs', 'GPT-4', 'GPT４', 'cost', '力', '本', '我们', '，', ' ', 'x');
const paragraph = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join('').trim() || '我们');

describe('mentions in reading order, theme order at one offset', () => {
	it('equal every theme found on its own, then a stable sort by start', () => {
		fc.assert(
			fc.property(fc.array(fc.array(paragraph, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 }), (turns) => {
				const text = turns.map((paragraphs, index) => `**${index % 2 ? '甲' : '乙'}：**\n${paragraphs.join('\n\n')}\n`).join('\n');
				const analysis = analyseTranscript(text, { id: 'order', themes, segmenter: () => () => [] });
				expect(analysis.mentions).toEqual(plainMentions(analysis));
				expect(JSON.stringify(analysis.mentions)).toBe(JSON.stringify(plainMentions(analysis)));
			}),
			{ numRuns: 150 }
		);
	});

	it('past 16 mentions in a paragraph too', () => {
		const text = `**甲：**\n${'算力成本GPT-4，'.repeat(30)}\n\n**乙：**\n算力\n`;
		const analysis = analyseTranscript(text, { id: 'order', themes, segmenter: () => () => [] });
		expect(analysis.mentions.length).toBeGreaterThan(16);
		expect(analysis.mentions).toEqual(plainMentions(analysis));
	});
});
