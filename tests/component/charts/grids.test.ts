/**
 * The theme heatmap and the co-occurrence matrix on the real seed: every cell is a button that
 * prints its number (colour is not the only cue) and is named with it; zero cells are disabled
 * but listed in the table; selection is outlined and pressed. The heatmap is filtered by every
 * clause but its own cell (a section comes from the section chart); a term adds a column.
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
		const selected = renderChart(ThemeHeatmap, { analysis }, { cell: { section: 5, topic: 'enterprise' } });
		const pressed = cellButtons(selected).flatMap((c, i) => (c.attributes['aria-pressed'] === 'true' ? [printed(selected)[i]] : []));
		expect(pressed).toEqual(['18']);
		expect(svgElements(selected, 'rect').filter((r) => classes(r).includes('strong'))).toHaveLength(1);

		// Filtered by speaker, Altman never mentions enterprise in section 05: the cell is 0 but still selected.
		const zero = renderChart(ThemeHeatmap, { analysis }, { speaker: 'altman', cell: { section: 5, topic: 'enterprise' } });
		const index = cellButtons(zero).findIndex((c) => c.attributes['aria-pressed'] === 'true');
		expect(printed(zero)[index]).toBe('0');
		expect('disabled' in cellButtons(zero)[index]!.attributes).toBe(false);
	});

	it('is filtered by a section chosen in the section chart: every row but that one shows 0, and that row is outlined', () => {
		const section5 = renderChart(ThemeHeatmap, { analysis }, { section: 5 });
		const shown = printed(section5);
		const rows = analysis.sections.map((section, i) => ({
			section,
			figures: shown.slice(i * analysis.themes.length, (i + 1) * analysis.themes.length)
		}));
		for (const row of rows.filter((r) => r.section.index !== 5)) expect(row.figures, row.section.number).toEqual(['0', '0', '0', '0']);
		// Section 05's own row keeps its figures (compute, cost, GPT-N, enterprise), counted by hand.
		expect(rows.find((r) => r.section.index === 5)!.figures).toEqual(['0', '1', '1', '18']);
		// The section's row is outlined as a whole; no cell is (the section is not a heatmap mark).
		expect(svgElements(section5, 'rect').filter((r) => classes(r).includes('band-outline'))).toHaveLength(1);
		expect(svgElements(section5, 'rect').filter((r) => classes(r).includes('cell-outline'))).toHaveLength(0);
		expect(svgElements(html, 'rect').filter((r) => classes(r).includes('band-outline'))).toHaveLength(0);
	});

	it('is never filtered by its own cell: with a cell selected every row keeps its figures', () => {
		const selected = renderChart(ThemeHeatmap, { analysis }, { cell: { section: 3, topic: 'cost' } });
		expect(printed(selected)).toEqual(figures);
		expect(printed(selected).filter((f) => f !== '0').length).toBeGreaterThan(analysis.themes.length);
	});

	it('shows rates when the selection says so, with the rate toggle pressed', () => {
		const rates = renderChart(ThemeHeatmap, { analysis }, { heatmapMode: 'per10k' });
		const group = /<div class="mode[^"]*" role="group" aria-label="Show values as">([\s\S]*?)<\/div>/.exec(rates)!;
		expect(elements(group[1]!, 'button').map((b) => b.attributes['aria-pressed'])).toEqual(['false', 'true']);
		const row5 = printed(rates).slice(4 * analysis.themes.length, 5 * analysis.themes.length);
		expect(row5).toEqual(['0', '4.5', '4.5', '81.8']);
	});

	it('adds a column for a term in the selection, counting it per section', () => {
		const withTerm = renderChart(ThemeHeatmap, { analysis }, { terms: ['OpenAI'] });
		const columns = analysis.themes.length + 1;
		expect(cellButtons(withTerm)).toHaveLength(analysis.sections.length * columns);
		expect(withTerm).toContain('“OpenAI”');
		// The oracle: a plain, case-insensitive whole-word scan of each section's paragraphs.
		const perSection = analysis.sections.map((section) =>
			analysis.turns
				.filter((t) => t.section === section.index)
				.flatMap((t) => t.paragraphs)
				.reduce((sum, p) => sum + (p.text.match(/(?<![A-Za-z0-9])openai(?![A-Za-z0-9])/gi) ?? []).length, 0)
		);
		expect(perSection.some((n) => n > 0)).toBe(true);
		const shown = printed(withTerm);
		expect(analysis.sections.map((_, i) => Number(shown[i * columns + columns - 1]))).toEqual(perSection);
		const names = cellButtons(withTerm).map((c) => c.attributes['aria-label']!);
		expect(names[columns - 1]).toMatch(/^Section 01 .* × “OpenAI”: \d+ mentions?, /);
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
		// Two turns: the lift is printed, and marked as resting on few turns (see few-turns.test.ts).
		expect(pair.attributes['aria-label']).toBe(
			'Compute (算力) and Cost (成本): 2 turns mention both, lift 10.20×; few turns (fewer than 3): the lift is uncertain'
		);
		const lifts = elementsWithClass(html, 'span', 'lift').map((l) => l.text);
		expect(lifts).toContain('10.20× †');
	});

	it('presses and outlines the selected pair in either order', () => {
		for (const search of ['?pair=cost,enterprise', '?pair=enterprise,cost']) {
			const selected = renderChart(CooccurrenceMatrix, { analysis }, search);
			const pressed = cellButtons(selected).filter((c) => c.attributes['aria-pressed'] === 'true');
			expect(pressed.map((c) => c.attributes['aria-label'])).toEqual([
				// Lift 1 × 102 turns / (5 × 16) = 1.275 exactly, rounded half up.
				'Cost (成本) and Enterprise (企业): 1 turn mentions both, lift 1.28×; few turns (fewer than 3): the lift is uncertain'
			]);
			expect(svgElements(selected, 'rect').filter((r) => classes(r).includes('strong'))).toHaveLength(1);
		}
	});

	it('with a heatmap cell selected, counts that cell’s turns and outlines the pairs with its theme', () => {
		const selected = renderChart(CooccurrenceMatrix, { analysis }, { cell: { section: 5, topic: 'enterprise' } });
		const enterpriseTurns = new Set(analysis.mentions.filter((m) => m.section === 5 && m.theme === 'enterprise').map((m) => m.turn));
		const diagonal = cellButtons(selected).find((c) => c.attributes['aria-label']!.startsWith('Enterprise (企业): '))!;
		expect(enterpriseTurns.size).toBeGreaterThan(1);
		expect(diagonal.attributes['aria-label']).toBe(`Enterprise (企业): ${enterpriseTurns.size} turns mention it`);
		// Enterprise with compute, cost, GPT-N and itself: four cells, outlined weakly; none pressed.
		expect(svgElements(selected, 'rect').filter((r) => classes(r).includes('weak'))).toHaveLength(4);
		expect(cellButtons(selected).filter((c) => c.attributes['aria-pressed'] === 'true')).toHaveLength(0);
	});

	it('disables pairs no turn mentions', () => {
		const figures = printed(html);
		cells.forEach((cell, i) => expect('disabled' in cell.attributes).toBe(figures[i] === '0'));
	});
});
