/**
 * The selection status on the real seed: the selection in words (labels and titles as written),
 * announced politely; a Clear button only when something is selected; the click prompt only once
 * JavaScript runs (inside `.needs-js`); a link to the quotes with their number; and a notice
 * naming every parameter of the link that was left out, as text.
 */
import { describe, expect, it } from 'vitest';
import SelectionStatus from '../../../src/lib/components/SelectionStatus.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { renderWithSelection, type Selected } from '../render';
import { clean, unescapeHtml } from './markup';

const analysis = dashboardAnalysis(loadAnalysis('altman-lightcap-20vc'));
const status = (selected: Selected = {}) => clean(renderWithSelection(SelectionStatus, analysis, { analysis, quotesId: 'quotes' }, selected));
const statusLine = (html: string) => /<p class="status-line[^"]*"([^>]*)>([\s\S]*?)<\/p>/.exec(html)!;
const textOf = (html: string) => unescapeHtml(html.replace(/<[^>]+>/g, '')).trim();
const droppedItems = (html: string) => [...html.matchAll(/<span class="dropped-item[^"]*">([^<]*)<\/span>/g)].map((m) => unescapeHtml(m[1]!));

describe('SelectionStatus', () => {
	it('with nothing selected says so, prompts inside .needs-js, and has no Clear button', () => {
		const html = status();
		const [, attributes, line] = statusLine(html);
		expect(attributes).toContain('role="status" aria-live="polite" aria-atomic="true"');
		expect(line).toMatch(
			/^<span lang="en">Nothing selected.<\/span> <span class="needs-js[^"]*" lang="en">\s*Click a bar, a cell, a section or a word to filter everything else.<\/span>$/
		);
		expect(html).not.toContain('<button');
		expect(html).not.toContain('class="dropped');
		expect(html).toMatch(new RegExp(`<a class="jump[^"]*" href="#quotes">Jump to the ${analysis.totals.paragraphs} quotes</a>`));
	});

	it('names a speaker and a section as written, offers Clear, and counts the quotes behind them', () => {
		const html = status({ speaker: 'altman', section: 3 });
		const [, attributes, line] = statusLine(html);
		expect(attributes).toContain('lang="zh"');
		expect(textOf(line!)).toBe('Selected: 奥特曼 · 03 高质量AI的成本将趋近于零');
		expect(html).toMatch(/<button type="button" class="button clear[^"]*"><span aria-hidden="true">×<\/span>Clear selection<\/button>/);
		const paragraphs = analysis.turns.filter((t) => t.speaker === 'altman' && t.section === 3).flatMap((t) => t.paragraphs);
		expect(paragraphs.length).toBeGreaterThan(0);
		expect(html).toContain(`Jump to the ${paragraphs.length} quotes`);
		expect(html).not.toContain('needs-js');
	});

	it('names a heatmap cell, a matrix pair and the terms', () => {
		const html = status({ cell: { section: 5, topic: 'enterprise' }, pair: ['compute', 'cost'], terms: ['人才', '创业'] });
		expect(textOf(statusLine(html)[2]!)).toBe(
			'Selected: 05 ChatGPT推出加速OpenAI扩张 × Enterprise (企业) · Compute (算力) × Cost (成本) · “人才” / “创业”'
		);
	});

	it('lists the parameters of a link it could not use, and selects nothing from them', () => {
		const html = status('?speaker=nobody&section=99');
		expect(html).toMatch(/<p class="dropped[^"]*" role="alert">Part of this link was left out:/);
		expect(droppedItems(html)).toEqual(['speaker “nobody” (no such speaker)', 'section “99” (no such section)']);
		// Nothing valid was left: nothing selected, no Clear button, the prompt waits for JavaScript.
		expect(statusLine(html)[2]).toMatch(/^<span lang="en">Nothing selected.<\/span> <span class="needs-js[^"]*" lang="en">/);
		expect(html).not.toContain('<button');
	});

	it('keeps what it could use from a link, beside the notice', () => {
		const html = status('?speaker=altman&theme=cost&cell=3,nothing');
		expect(textOf(statusLine(html)[2]!)).toBe('Selected: 奥特曼');
		expect(droppedItems(html)).toEqual(['theme “cost” (not something this page understands)', 'cell “3,nothing” (no such theme or term)']);
		expect(html).toContain('Clear selection');
	});

	it('shows a hostile or overlong value as text, cut to 40 characters', () => {
		const long = 'x'.repeat(50);
		const html = status(`?speaker=${encodeURIComponent('<img src=x onerror=alert(1)>')}&section=${long}`);
		expect(html).not.toMatch(/<img/i);
		expect(droppedItems(html)).toEqual([
			'speaker “<img src=x onerror=alert(1)>” (not a valid value)',
			`section “${'x'.repeat(40)}…” (not a valid value)`
		]);
	});
});
