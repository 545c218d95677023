/**
 * The comparison's figures for the shipped transcripts, against counts made by hand in the two
 * written for the project (labels counted with grep, GPT-N mentions read off the text), and the
 * rate per 10,000 units on figures worked out here.
 */
import { describe, expect, it } from 'vitest';
import { comparison, per10k } from '../../../src/lib/compare/figures';
import { topTheme } from '../../../src/lib/compare/summary';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';

const analyses = listTranscripts().map((slug) => loadAnalysis(slug));

describe('comparison', () => {
	const figures = comparison(analyses, 'en');
	const of = (slug: string) => figures.transcripts.find((t) => t.slug === slug)!;

	it('rates per 10,000 units', () => {
		expect(per10k(3, 1500)).toBe(20);
		expect(per10k(27, 10_000)).toBe(27);
		expect(per10k(5, 0)).toBe(0);
	});

	it('puts hosts first: the moderators named in the metadata, with the turns counted by hand', () => {
		expect(of('zh-chip-roundtable').speakers.map((s) => [s.id, s.host, s.turns])).toEqual([
			['host', true, 22],
			['he', false, 10],
			['su', false, 12],
			['qian', false, 13]
		]);
		expect(of('en-ai-costs-panel').speakers.map((s) => [s.id, s.host, s.turns])).toEqual([
			['moderator', true, 22],
			['adeyemi-vance', false, 12],
			['kerrigan', false, 12],
			['lindqvist', false, 10]
		]);
		// A host listed last in the analysis still comes first.
		const reversed = analyses.map((a) => ({ ...a, speakers: [...a.speakers].reverse() }));
		expect(comparison(reversed, 'en').transcripts.map((t) => t.speakers[0]!.id)).toEqual(figures.transcripts.map((t) => t.speakers[0]!.id));
		expect(comparison(reversed, 'en').transcripts.find((t) => t.slug === 'zh-chip-roundtable')!.speakers.map((s) => s.id)).toEqual(['host', 'qian', 'su', 'he']);
		for (const transcript of figures.transcripts) {
			expect(transcript.hostShare + transcript.guestShare).toBeCloseTo(1, 10);
			expect(transcript.hostShare).toBeCloseTo(transcript.speakers.filter((s) => s.host).reduce((sum, s) => sum + s.share, 0), 10);
		}
	});

	it('has one rate per theme and transcript, in the themes file’s order, with the unit of its language', () => {
		expect(figures.themes.map((t) => t.id)).toEqual(['compute', 'cost', 'gpt-n', 'enterprise']);
		expect(of('zh-chip-roundtable').unit).toBe('char');
		expect(of('en-ai-costs-panel').unit).toBe('word');
		const gpt = of('en-ai-costs-panel').themes.find((t) => t.theme === 'gpt-n')!;
		expect(gpt.mentions).toBe(3);
		expect(gpt.per10k).toBeCloseTo((3 * 10_000) / of('en-ai-costs-panel').units, 10);
		// The Chinese roundtable: GPT-4 twice and GPT-5 once in turns (the 三、 heading does not count).
		expect(of('zh-chip-roundtable').themes.find((t) => t.theme === 'gpt-n')!.mentions).toBe(3);
	});

	it('names speakers in the interface language', () => {
		const zh = comparison(analyses, 'zh').transcripts.find((t) => t.slug === 'en-ai-costs-panel')!;
		expect(zh.speakers[0]).toMatchObject({ label: 'MODERATOR', name: '莉娜·马什（主持人）' });
		expect(zh.titleTranslation).toBe('智能的价格：关于 AI 成本的小组讨论');
	});
});

describe('top theme', () => {
	const theme = (id: string, mentions: number) => ({ id, label: { zh: id, en: id }, terms: [], mentions, turns: mentions });
	it.each([
		[[theme('a', 2), theme('b', 5), theme('c', 5)], 'b'],
		[[theme('a', 0), theme('b', 1)], 'b'],
		[[theme('a', 0), theme('b', 0)], null],
		[[], null]
	])('%#', (themes, expected) => {
		expect(topTheme(themes)?.id ?? null).toBe(expected);
	});
});
