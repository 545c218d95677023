import { describe, expect, it } from 'vitest';
import QuotePanel from '../../../src/lib/components/QuotePanel.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { renderWithSelection, type Selected } from '../render';
import { attributeValues, clean, unescapeHtml } from './markup';

const full = loadAnalysis('altman-lightcap-20vc');
const analysis = dashboardAnalysis(full);
const paragraphsOf = (turns: typeof analysis.turns) => turns.flatMap((t) => t.paragraphs.map((p) => p.id));
const readerHref = (id: string) => `/t/${analysis.id}/read/#${id}`;

function panel(selected: Selected = {}, pageSize?: number): string {
	return clean(renderWithSelection(QuotePanel, analysis, { analysis, readerHref, pageSize }, selected));
}

describe('QuotePanel', () => {
	it('with nothing selected prompts for a click (once JavaScript runs) and lists the first page of every paragraph', () => {
		const html = panel();
		expect(html).toMatch(
			/<p class="panel-prompt needs-js[^"]*">Click a bar, a cell, a section or a word to see the quotes behind it.<\/p>/
		);
		expect(html).toContain(`All ${analysis.totals.turns} turns, ${analysis.totals.paragraphs} paragraphs`);
		expect(attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph')).toEqual(paragraphsOf(analysis.turns).slice(0, 20));
		expect(html).toMatch(/<button type="button" class="button show-more[^"]*">\s*Show more \(20 of 111 shown\)/);
		// Without JavaScript the rest is one link away: the reader, at the 21st quote's paragraph.
		const next = paragraphsOf(analysis.turns)[20];
		expect(attributeValues(html, /<a class="continue-reading[^>]*>/, 'href')).toEqual([readerHref(next!)]);
		expect(html).toMatch(/<section class="quote-panel[^"]*" aria-labelledby="quotes-title"/);
		expect(html).toMatch(/<h2 id="quotes-title"[^>]*>Quotes<\/h2>/);
	});

	it('for a speaker lists only their paragraphs, counted in turns, each linked to its anchor and paragraph number', () => {
		const altman = analysis.speakers.find((s) => s.id === 'altman')!;
		const own = analysis.turns.filter((t) => t.speaker === 'altman');
		const html = panel({ speaker: 'altman' }, 1000);
		const ids = attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph');
		expect(ids).toEqual(paragraphsOf(own));
		expect(new Set(attributeValues(html, /<li class="quote[^>]*>/, 'data-speaker'))).toEqual(new Set(['altman']));
		expect(html).toContain(`${altman.turns} turns, ${ids.length} paragraphs`);
		expect(html).not.toContain('panel-prompt');
		expect(html).not.toContain('show-more');
		expect(html).not.toContain('continue-reading');
		expect(attributeValues(html, /<a class="quote-link[^>]*>/, 'href')).toEqual(ids.map(readerHref));
		// Each link names the turn and the paragraph's place in it ("t12-p3" is paragraph 3 of turn 12).
		const names = [...html.matchAll(/<a class="quote-link[^>]*>([^<]*)</g)].map((m) => m[1]);
		expect(names).toEqual(ids.map((id) => `Turn ${/^t(\d+)-p(\d+)$/.exec(id)![1]}, paragraph ${/^t(\d+)-p(\d+)$/.exec(id)![2]}`));
		// Speaker as written, with the English name as secondary text.
		expect(html).toMatch(/<span class="speaker-label[^"]*" lang="zh">奥特曼<\/span>\s*<span class="speaker-name[^"]*" lang="en">Sam Altman<\/span>/);
	});

	it('for a section × theme cell counts mentions and marks exactly the theme’s terms, emphasised', () => {
		const cell = [...full.themeBySection].sort((a, b) => b.count - a.count)[0]!;
		const html = panel({ cell: { section: cell.section, topic: cell.theme } }, 1000);
		const ids = attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph');
		const mentions = analysis.mentions.filter((m) => m.section === cell.section && m.theme === cell.theme);
		expect(ids).toEqual([...new Set(mentions.map((m) => m.paragraph))]);
		expect(html).toContain(`${cell.count} mentions in ${ids.length} paragraphs`);
		const emphasised = [...html.matchAll(/<mark class="mention[^"]*emphasised[^"]*"[^>]*data-theme="([^"]+)"[^>]*>([^<]*)<\/mark>/g)];
		expect(emphasised.map((m) => m[1])).toEqual(mentions.map(() => cell.theme));
		expect(emphasised.map((m) => unescapeHtml(m[2]!))).toEqual(mentions.map((m) => m.text));
	});

	it('for every non-zero heatmap cell, marks as many mentions of the theme as the cell counts (nested ones too)', () => {
		for (const cell of full.themeBySection.filter((c) => c.count > 0)) {
			const html = panel({ cell: { section: cell.section, topic: cell.theme } }, 1000);
			const marked = attributeValues(html, /<mark class="mention[^>]*>/, 'data-theme').filter((t) => t === cell.theme);
			expect(marked.length, `${cell.section} × ${cell.theme}`).toBe(cell.count);
			expect(html).toContain(`${cell.count} ${cell.count === 1 ? 'mention' : 'mentions'} in `);
		}
	});

	it('for a term lists the paragraphs that contain it, counted in mentions, the term marked and emphasised', () => {
		// 人才 (talent) occurs 4 times in the transcript, in 4 paragraphs, all in turns (counted by hand).
		const html = panel({ terms: ['人才'] }, 1000);
		const ids = attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph');
		const containing = analysis.turns.flatMap((t) => t.paragraphs.filter((p) => p.text.includes('人才')).map((p) => p.id));
		expect(containing).toHaveLength(4);
		expect(ids).toEqual(containing);
		expect(html).toContain('4 mentions in 4 paragraphs');
		const marks = [...html.matchAll(/<mark class="mention([^"]*)"[^>]*data-theme="term:人才"[^>]*>([^<]*)<\/mark>/g)];
		expect(marks.map((m) => m[2])).toEqual(['人才', '人才', '人才', '人才']);
		expect(marks.every((m) => m[1]!.includes('emphasised'))).toBe(true);
		// Theme marks in the same paragraphs stay marked, not emphasised.
		expect(html).not.toMatch(/<mark class="mention[^"]*emphasised[^"]*"[^>]*data-theme="(compute|cost|gpt-n|enterprise)"/);
		// The legend keys the term after the themes.
		expect(attributeValues(html, /<li data-theme="[^"]*"[^>]*>/, 'data-theme')).toEqual([...analysis.themes.map((t) => t.id), 'term:人才']);
	});

	it('says so when nothing matches every clause', () => {
		// A section where the host never mentions GPT-N: pick one from the analysis.
		const section = analysis.sections.find(
			(s) => !analysis.mentions.some((m) => m.section === s.index && m.speaker === 'stebbings' && m.theme === 'gpt-n')
		)!;
		const html = panel({ speaker: 'stebbings', cell: { section: section.index, topic: 'gpt-n' } });
		expect(html).toContain('No paragraph matches every part of the selection.');
		expect(html).not.toContain('<li class="quote');
	});
});
