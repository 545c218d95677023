/**
 * The keyword lists on the real seed: each section's keywords, in the analysis's order, as
 * buttons (typed, named with the word, its count and the section, pressed when the word is a
 * term of the selection) that add the word as a search term; the same figures in the data table.
 * The keywords themselves are the analysis's (tested in tests/unit/transcript/keywords.test.ts):
 * here they are the input, and what is checked is how they are shown.
 */
import { describe, expect, it } from 'vitest';
import SectionKeywordsChart from '../../../src/lib/charts/SectionKeywordsChart.svelte';
import { classes, elements, renderChart, seedAnalysis } from './ssr';

const analysis = seedAnalysis();
const keywordButtons = (html: string) => elements(html, 'button').filter((b) => classes(b.attributes).includes('keyword'));
const withKeywords = analysis.sections.filter((s) => analysis.keywords.some((k) => k.section === s.index && k.terms.length > 0));
const keywordsOf = (index: number) => analysis.keywords.find((k) => k.section === index)?.terms ?? [];

describe('SectionKeywordsChart', () => {
	const html = renderChart(SectionKeywordsChart, { analysis });
	const buttons = keywordButtons(html);

	it('lists each section with keywords under its number and title, as written', () => {
		expect(withKeywords.length).toBeGreaterThan(0);
		const headings = elements(html, 'dt');
		expect(headings.map((dt) => dt.text)).toEqual(withKeywords.map((s) => `${s.number} ${s.title}`));
		expect(headings.every((dt) => dt.attributes.lang === 'zh')).toBe(true);
	});

	it('has a button per keyword, in the analysis’s order, named with the word, its count and the section', () => {
		const expected = withKeywords.flatMap((section) => keywordsOf(section.index).map((keyword) => ({ section, keyword })));
		expect(buttons.map((b) => b.text)).toEqual(expected.map((e) => e.keyword.term));
		buttons.forEach((button, i) => {
			const { section, keyword } = expected[i]!;
			expect(button.attributes.type).toBe('button');
			expect(button.attributes.lang).toBe('zh');
			expect(button.attributes['aria-pressed']).toBe('false');
			expect(button.attributes['aria-label']).toBe(
				`${keyword.term}: ${keyword.count} ${keyword.count === 1 ? 'time' : 'times'} in Section ${section.number} ${section.title}. Add it as a search term`
			);
		});
	});

	it('presses every button for a word that is a term of the selection, and only those', () => {
		const term = keywordsOf(withKeywords[0]!.index)[0]!.term;
		const selected = keywordButtons(renderChart(SectionKeywordsChart, { analysis }, { terms: [term] }));
		expect(selected.map((b) => b.attributes['aria-pressed'])).toEqual(buttons.map((b) => String(b.text === term)));
		expect(selected.filter((b) => b.attributes['aria-pressed'] === 'true').length).toBeGreaterThanOrEqual(1);
	});

	it('lists the same words with their counts in its data table, one row per section', () => {
		const rows = elements(elements(html, 'tbody')[0]!.html, 'tr');
		expect(rows.map((tr) => elements(tr.html, 'th')[0]!.text)).toEqual(withKeywords.map((s) => `Section ${s.number} ${s.title}`));
		expect(rows.map((tr) => elements(tr.html, 'td')[0]!.text)).toEqual(
			withKeywords.map((s) => keywordsOf(s.index).map((k) => `${k.term} (${k.count})`).join(', '))
		);
	});

	it('escapes a keyword, in its text and its name', () => {
		const attack = '<img src=x onerror=alert(1)>';
		const hostile = { ...analysis, keywords: [{ section: withKeywords[0]!.index, terms: [{ term: attack, score: 1, count: 2 }] }] };
		const escaped = renderChart(SectionKeywordsChart, { analysis: hostile });
		expect(escaped).not.toMatch(/<img/i);
		expect(escaped).toContain('&lt;img src=x onerror=alert(1)>');
		const button = keywordButtons(escaped)[0]!;
		expect(button.text).toBe(attack);
		expect(button.attributes['aria-label']!.startsWith(`${attack}: 2 times in Section `)).toBe(true);
	});
});
