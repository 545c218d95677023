import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../src/lib/server/content';
import Harness from './QuotePanelHarness.svelte';
import { attributeValues, clean, unescapeHtml } from './markup';

const analysis = loadAnalysis('altman-lightcap-20vc');
const paragraphsOf = (turns: typeof analysis.turns) => turns.flatMap((t) => t.paragraphs.map((p) => p.id));

function panel(props: Parameters<typeof render<typeof Harness>>[1]['props']): string {
	return clean(render(Harness, { props }).body);
}

describe('QuotePanel', () => {
	it('with nothing selected prompts for a click and lists the first page of every paragraph', () => {
		const html = panel({ analysis });
		expect(html).toContain('Click a bar, a cell or a section to see the quotes behind it.');
		expect(html).toContain(`All ${analysis.totals.turns} turns, ${analysis.totals.paragraphs} paragraphs`);
		expect(attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph')).toEqual(paragraphsOf(analysis.turns).slice(0, 50));
		expect(html).toMatch(/<button type="button" class="button show-more[^"]*">\s*Show more \(50 of 111 shown\)/);
		// Without JavaScript the rest is one link away: the reader, at the 51st quote's paragraph.
		const next = paragraphsOf(analysis.turns)[50];
		expect(attributeValues(html, /<a class="continue-reading[^>]*>/, 'href')).toEqual([`/t/${analysis.id}/read/#${next}`]);
		expect(html).toMatch(/<section class="quote-panel[^"]*" aria-labelledby="quotes-title"/);
		expect(html).toMatch(/<h2 id="quotes-title"[^>]*>Quotes<\/h2>/);
	});

	it('for a speaker lists only their paragraphs, counted in turns, each linked to its anchor', () => {
		const altman = analysis.speakers.find((s) => s.id === 'altman')!;
		const own = analysis.turns.filter((t) => t.speaker === 'altman');
		const html = panel({ analysis, selected: { speaker: 'altman' }, pageSize: 1000 });
		const ids = attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph');
		expect(ids).toEqual(paragraphsOf(own));
		expect(new Set(attributeValues(html, /<li class="quote[^>]*>/, 'data-speaker'))).toEqual(new Set(['altman']));
		expect(html).toContain(`${altman.turns} turns, ${ids.length} paragraphs`);
		expect(html).not.toContain('show-more');
		expect(html).not.toContain('continue-reading');
		expect(attributeValues(html, /<a class="quote-link[^>]*>/, 'href')).toEqual(ids.map((id) => `/t/${analysis.id}/read/#${id}`));
		// Speaker as written, with the English name as secondary text.
		expect(html).toMatch(/<span class="speaker-label[^"]*" lang="zh">奥特曼<\/span>\s*<span class="speaker-name[^"]*">Sam Altman<\/span>/);
	});

	it('for a section × theme cell counts mentions and marks exactly the theme’s terms, emphasised', () => {
		const cell = [...analysis.themeBySection].sort((a, b) => b.count - a.count)[0]!;
		const html = panel({ analysis, selected: { section: cell.section, theme: cell.theme }, pageSize: 1000 });
		const ids = attributeValues(html, /<li class="quote[^>]*>/, 'data-paragraph');
		const mentions = analysis.mentions.filter((m) => m.section === cell.section && m.theme === cell.theme);
		expect(ids).toEqual([...new Set(mentions.map((m) => m.paragraph))]);
		expect(html).toContain(`${cell.count} mentions in ${ids.length} paragraphs`);
		const emphasised = [...html.matchAll(/<mark class="mention[^"]*emphasised[^"]*"[^>]*data-theme="([^"]+)"[^>]*>([^<]*)<\/mark>/g)];
		expect(emphasised.map((m) => m[1])).toEqual(mentions.map(() => cell.theme));
		expect(emphasised.map((m) => unescapeHtml(m[2]!))).toEqual(mentions.map((m) => m.text));
	});

	it('for every non-zero heatmap cell, marks as many mentions of the theme as the cell counts (nested ones too)', () => {
		for (const cell of analysis.themeBySection.filter((c) => c.count > 0)) {
			const html = panel({ analysis, selected: { section: cell.section, theme: cell.theme }, pageSize: 1000 });
			const marked = attributeValues(html, /<mark class="mention[^>]*>/, 'data-theme').filter((t) => t === cell.theme);
			expect(marked.length, `${cell.section} × ${cell.theme}`).toBe(cell.count);
			expect(html).toContain(`${cell.count} ${cell.count === 1 ? 'mention' : 'mentions'} in `);
		}
	});

	it('says so when nothing matches every clause', () => {
		// A section where the host never mentions a theme: pick one from the analysis.
		const section = analysis.sections.find(
			(s) => !analysis.mentions.some((m) => m.section === s.index && m.speaker === 'stebbings' && m.theme === 'gpt-n')
		)!;
		const html = panel({ analysis, selected: { speaker: 'stebbings', section: section.index, theme: 'gpt-n' } });
		expect(html).toContain('No paragraph matches every part of the selection.');
		expect(html).not.toContain('<li class="quote');
	});
});
