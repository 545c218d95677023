import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../src/lib/server/content';
import { sharedPhrases } from '../../../src/lib/transcript/themeFigures';

const at = (theme: string, paragraph: string, start: number, text: string) => ({ theme, paragraph, start, end: start + text.length, text });

describe('phrases that count for two themes', () => {
	it('finds a match inside another theme’s, and a partial overlap, but not neighbours or one theme twice', () => {
		const mentions = [
			at('compute', 'p1', 10, '计算成本'),
			at('cost', 'p1', 12, '成本'),
			at('gpt', 'p2', 0, 'GPT-4o'),
			at('enterprise', 'p2', 4, '4o企业'),
			at('cost', 'p3', 0, '成本'),
			at('compute', 'p3', 2, '算力'),
			at('cost', 'p4', 0, '成本'),
			at('cost', 'p4', 0, '成本')
		];
		expect(sharedPhrases(mentions)).toEqual([
			{ text: '计算成本', themes: ['compute', 'cost'], paragraph: 'p1' },
			{ text: 'GPT-4o企业', themes: ['gpt', 'enterprise'], paragraph: 'p2' }
		]);
	});

	it('finds the one 计算成本 of the default transcript (counted by searching the text: it occurs once)', () => {
		const phrases = sharedPhrases(loadAnalysis('altman-lightcap-20vc').mentions);
		expect(phrases.filter((phrase) => phrase.text === '计算成本')).toHaveLength(1);
		expect(phrases.find((phrase) => phrase.text === '计算成本')?.themes).toEqual(['compute', 'cost']);
	});
});
