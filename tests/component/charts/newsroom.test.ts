/**
 * Charts that read right on their own: small numbers are drawn as uncertain, the heatmap has a
 * colour key whose range is stated and does not change meaning under a filter, and section titles
 * are given in full (nothing cut by code). Figures are checked against the seed, counted by hand
 * where noted.
 */
import { describe, expect, it } from 'vitest';
import CooccurrenceMatrix from '../../../src/lib/charts/CooccurrenceMatrix.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { rowLabelLayout, textWidthEm } from '../../../src/lib/charts/label-layout';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis } from './ssr';

const analysis = seedAnalysis();
const cellButtons = (html: string) => elements(html, 'button').filter((b) => classes(b.attributes).includes('cell'));
const cellTexts = (html: string) => elementsWithClass(html, 'span', 'cell-text');

describe('co-occurrence matrix: pairs on few turns', () => {
	const html = renderChart(CooccurrenceMatrix, { analysis });
	const buttons = cellButtons(html);
	const texts = cellTexts(html);
	const marked = buttons.filter((_, i) => classes(texts[i]!.attributes).includes('hatched')).map((b) => b.attributes['aria-label']!);

	it('marks exactly the pairs with 1 or 2 turns (compute×cost 2, GPT-N×enterprise 2, cost×enterprise 1)', () => {
		expect(marked.map((name) => name.split(':')[0])).toEqual([
			'Compute (算力) and Cost (成本)',
			'Cost (成本) and Enterprise (企业)',
			'GPT-N and Enterprise (企业)'
		]);
		for (const name of marked) expect(name).toContain('few turns');
		// Unmarked cells never say so: the diagonal (4 to 16 turns) and the pairs no turn mentions.
		const others = buttons.map((b) => b.attributes['aria-label']!).filter((name) => !marked.includes(name));
		expect(others).toHaveLength(7);
		for (const name of others) expect(name).not.toContain('few turns');
	});

	it('never draws a few-turn pair dark: its fill is the palest of the scale and its figures dark', () => {
		const rects = [...html.matchAll(/<rect class="cell[^"]*"[^>]*fill="([^"]+)"/g)].map((match) => match[1]!);
		const hatchedIndexes = texts.flatMap((t, i) => (classes(t.attributes).includes('hatched') ? [i] : []));
		expect(hatchedIndexes).toHaveLength(3);
		for (const i of hatchedIndexes) {
			expect(rects[i]).toBe('#eef3fa');
			expect(texts[i]!.attributes.style).toContain('color: #000000');
		}
		// Their lifts carry the note's mark, and no other lift does.
		const lifts = elementsWithClass(html, 'span', 'lift').map((lift) => lift.text);
		expect(lifts.filter((lift) => lift.endsWith('†'))).toEqual(['10.20× †', '1.28× †', '3.19× †']);
	});

	it('says "few turns" in the data table row and explains the mark under the chart', () => {
		const rows = elements(html, 'tr').map((row) => row.text);
		const fewRows = rows.filter((row) => row.includes('few turns'));
		expect(fewRows.map((row) => row.split(' ')[0])).toEqual(['Compute', 'Cost', 'GPT-N']);
		expect(fewRows[0]).toContain('Compute (算力) + Cost (成本) 2 10.20× few turns (fewer than 3): lift uncertain');
		const notes = elementsWithClass(html, 'p', 'note').map((note) => note.text);
		expect(notes.some((note) => note.includes('fewer than 3 turns'))).toBe(true);
	});

	it('follows the filter: for Altman alone, every pair he mentions together rests on few turns', () => {
		const altman = renderChart(CooccurrenceMatrix, { analysis }, { speaker: 'altman' });
		const altmanButtons = cellButtons(altman);
		const altmanTexts = cellTexts(altman);
		altmanButtons.forEach((button, i) => {
			const name = button.attributes['aria-label']!;
			const count = Number(/: (\d+) turns? mention/.exec(name)![1]);
			const pair = name.includes(' and ');
			expect(classes(altmanTexts[i]!.attributes).includes('hatched'), name).toBe(pair && count > 0 && count < 3);
		});
	});
});

describe('heatmap colour key', () => {
	const key = (html: string) => elementsWithClass(html, 'div', 'colour-key')[0]!;

	it('shows the scale from 0 to the largest count (18: section 05 × enterprise)', () => {
		const html = renderChart(ThemeHeatmap, { analysis });
		expect(key(html).attributes['data-max']).toBe('18');
		const keySteps = html.slice(html.indexOf('<ol class="steps'));
		const printed = elements(keySteps.slice(0, keySteps.indexOf('</ol>')), 'li').map((li) => li.text);
		expect(printed[0]).toBe('0');
		expect(printed).toContain('18');
		expect(html).toContain('aria-label="Mentions: 0–18"');
	});

	it('keeps the unfiltered range under a filter, and says so', () => {
		const html = renderChart(ThemeHeatmap, { analysis }, { speaker: 'altman' });
		// Altman's own largest cell is far below 18; the key and the shades stay on 0–18.
		expect(key(html).attributes['data-max']).toBe('18');
		const notes = elementsWithClass(html, 'p', 'note').map((note) => note.text);
		expect(notes[0]).toContain('Shading runs from 0 to 18, the largest figure with nothing selected');
	});

	it('in rates, states the rate range', () => {
		const html = renderChart(ThemeHeatmap, { analysis }, { heatmapMode: 'per10k' });
		const max = Math.max(...analysis.themeBySection.map((c) => c.per10k));
		expect(key(html).attributes['data-max']).toBe(max.toFixed(1));
		expect(html).toContain(`aria-label="Per 10,000 characters: 0–${max.toFixed(1)}"`);
	});

	it('extends the key, and says so, when a filtered rate is above the unfiltered range (Lightcap: 98.6 > 81.8)', () => {
		const html = renderChart(ThemeHeatmap, { analysis }, { speaker: 'lightcap', heatmapMode: 'per10k' });
		expect(key(html).attributes['data-max']).toBe('98.6');
		const notes = elementsWithClass(html, 'p', 'note').map((note) => note.text);
		expect(notes[0]).toContain('Shading runs from 0 to 98.6');
		expect(notes[0]).toContain('above 81.8, the largest with nothing selected');
		// Counts can only fall under a filter: Lightcap's counts keep the 0–18 key.
		const counts = renderChart(ThemeHeatmap, { analysis }, { speaker: 'lightcap' });
		expect(key(counts).attributes['data-max']).toBe('18');
	});
});

describe('section labels are never cut by code', () => {
	const titles = analysis.sections.map((section) => section.title);

	it('prints every section title in full beside its row, with no ellipsis added', () => {
		const html = renderChart(ThemeHeatmap, { analysis });
		const labels = elementsWithClass(html, 'span', 'section-title').map((label) => label.text);
		expect(labels).toEqual(titles);
		for (const label of labels) expect(label).not.toMatch(/…|\.\.\.$/);
		expect(html).not.toMatch(/line-clamp|text-overflow/);
	});

	it('gives the longest title a column that holds it on at most three lines', () => {
		const labels = analysis.sections.map((s) => `${s.number} ${s.title}`);
		const desktop = rowLabelLayout({ plotWidth: 712, columns: 4, labels, fontPx: 14 });
		expect(desktop.mode).toBe('beside');
		expect(desktop.width).toBeGreaterThan(160);
		const longest = Math.max(...labels.map(textWidthEm)) * 14;
		expect(desktop.width * desktop.lines).toBeGreaterThanOrEqual(longest);
		// A phone leaves too little for the cells: numbers only, titles listed under the chart.
		expect(rowLabelLayout({ plotWidth: 358, columns: 4, labels, fontPx: 14 }).mode).toBe('numbers');
	});

	it('estimates CJK as full-width and Latin as narrower', () => {
		expect(textWidthEm('七年前')).toBe(3);
		expect(textWidthEm('GPT')).toBeCloseTo(1.8);
	});
});
