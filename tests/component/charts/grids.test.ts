/**
 * The theme heatmap and the co-occurrence matrix on the real seed: every cell is a button that
 * prints its number (colour is not the only cue) and is named with it; zero cells are disabled
 * but listed in the table; selection is outlined and pressed.
 */
import { describe, expect, it } from 'vitest';
import CooccurrenceMatrix from '../../../src/lib/charts/CooccurrenceMatrix.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { dashboardView } from '../../../src/lib/selection/view';
import { EMPTY_SELECTION } from '../../../src/lib/selection/state';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis, svgElements } from './ssr';

const analysis = seedAnalysis();
const cellButtons = (html: string) => elements(html, 'button').filter((b) => classes(b.attributes).includes('cell'));
/** The numbers printed in the cells, in cell order. */
const printed = (html: string) => elementsWithClass(html, 'span', 'figure').map((f) => f.text);

describe('ThemeHeatmap', () => {
	const html = renderChart(ThemeHeatmap, { analysis });
	const cells = cellButtons(html);
	const figures = printed(html);

	it('has a cell per section and theme, printing the seed’s mention counts', () => {
		expect(cells).toHaveLength(analysis.sections.length * analysis.themes.length);
		const expected = analysis.sections.flatMap((section) =>
			analysis.themes.map((theme) => analysis.themeBySection.find((c) => c.section === section.index && c.theme === theme.id)!.count)
		);
		expect(figures.map(Number)).toEqual(expected);
		expect(expected.reduce((a, b) => a + b, 0)).toBe(analysis.mentions.length);
	});

	it('names a cell with section, theme, count and rate', () => {
		const cell = cells.find((c) => c.attributes['aria-label']!.startsWith('Section 05'))!;
		expect(cells.filter((c) => c.attributes['aria-label']!.startsWith('Section 05'))[3]!.attributes['aria-label']).toBe(
			'Section 05 ChatGPT推出加速OpenAI扩张 × Enterprise (企业): 18 mentions, 81.8 per 10,000 characters'
		);
		expect(cell.attributes.title).toBe(cell.attributes['aria-label']);
	});

	it('disables zero cells and keeps the others focusable', () => {
		cells.forEach((cell, i) => expect('disabled' in cell.attributes).toBe(figures[i] === '0'));
	});

	it('has a toggle between counts and rates, counts pressed first', () => {
		const group = /<div class="mode[^"]*" role="group" aria-label="Show values as">([\s\S]*?)<\/div>/.exec(html);
		expect(group).not.toBeNull();
		const toggles = elements(group![1]!, 'button');
		expect(toggles.map((b) => [b.text, b.attributes['aria-pressed']])).toEqual([
			['Mentions', 'true'],
			['Per 10,000 characters', 'false']
		]);
	});

	it('presses and outlines the selected cell, and keeps a selected zero cell enabled', () => {
		const selected = renderChart(ThemeHeatmap, { analysis }, { section: 5, theme: 'enterprise' });
		const pressed = cellButtons(selected).flatMap((c, i) => (c.attributes['aria-pressed'] === 'true' ? [printed(selected)[i]] : []));
		expect(pressed).toEqual(['18']);
		expect(svgElements(selected, 'rect').filter((r) => classes(r).includes('strong'))).toHaveLength(1);

		// Filtered by speaker, Altman never mentions enterprise in section 05: the cell is 0 but still selected.
		const zero = renderChart(ThemeHeatmap, { analysis }, { speaker: 'altman', section: 5, theme: 'enterprise' });
		const index = cellButtons(zero).findIndex((c) => c.attributes['aria-pressed'] === 'true');
		expect(printed(zero)[index]).toBe('0');
		expect('disabled' in cellButtons(zero)[index]!.attributes).toBe(false);
	});

	it('outlines a selected section’s row and a selected theme’s column', () => {
		const row = renderChart(ThemeHeatmap, { analysis }, { section: 3 });
		expect(svgElements(row, 'rect').filter((r) => classes(r).includes('band-outline'))).toHaveLength(1);
		const column = renderChart(ThemeHeatmap, { analysis }, { theme: 'cost' });
		expect(svgElements(column, 'rect').filter((r) => classes(r).includes('band-outline'))).toHaveLength(1);
	});

	it('lists every cell, zeros included, in its data table', () => {
		const rows = elements(elements(html, 'tbody')[0]!.html, 'tr');
		expect(rows).toHaveLength(analysis.sections.length);
		expect(elements(rows[4]!.html, 'td').map((td) => td.text)).toEqual(['0 (0)', '1 (4.5)', '1 (4.5)', '18 (81.8)']);
	});
});

describe('CooccurrenceMatrix', () => {
	const html = renderChart(CooccurrenceMatrix, { analysis });
	const cells = cellButtons(html);
	const view = dashboardView(analysis, { ...EMPTY_SELECTION });

	it('has the upper triangle and diagonal, printing turn counts that match the analysis', () => {
		const n = analysis.themes.length;
		expect(cells).toHaveLength((n * (n + 1)) / 2);
		const turnCounts = analysis.cooccurrence.filter((c) => c.unit === 'turn');
		const figures = printed(html).map(Number);
		expect(figures).toEqual(turnCounts.map((c) => c.count));
		// The diagonal is the number of turns mentioning each theme.
		const diagonal = cells.filter((c) => !c.attributes['aria-label']!.includes(' and '));
		expect(diagonal.map((c) => c.attributes['aria-label'])).toEqual(
			analysis.themes.map((t) => `${t.label.en === t.label.zh ? t.label.en : `${t.label.en} (${t.label.zh})`}: ${t.turns} turns mention it`)
		);
		expect(view.matrix.map((c) => c.count)).toEqual(figures);
	});

	it('names a pair with its count and lift, and prints the lift', () => {
		const pair = cells.find((c) => c.attributes['aria-label']!.startsWith('Compute (算力) and Cost (成本)'))!;
		expect(pair.attributes['aria-label']).toBe('Compute (算力) and Cost (成本): 2 turns mention both, lift 10.20×');
		const lifts = elementsWithClass(html, 'span', 'lift').map((l) => l.text);
		expect(lifts).toContain('10.20×');
	});

	it('presses and outlines the selected pair in either order', () => {
		for (const pair of [['cost', 'enterprise'], ['enterprise', 'cost']] as [string, string][]) {
			const selected = renderChart(CooccurrenceMatrix, { analysis }, { pair });
			const pressed = cellButtons(selected).filter((c) => c.attributes['aria-pressed'] === 'true');
			expect(pressed.map((c) => c.attributes['aria-label'])).toEqual(['Cost (成本) and Enterprise (企业): 1 turn mentions both, lift 1.27×']);
			expect(svgElements(selected, 'rect').filter((r) => classes(r).includes('strong'))).toHaveLength(1);
		}
	});

	it('disables pairs no turn mentions', () => {
		const figures = printed(html);
		cells.forEach((cell, i) => expect('disabled' in cell.attributes).toBe(figures[i] === '0'));
	});
});
