/**
 * Labels a reader must be able to read, measured in Chromium on the built dashboard at desktop
 * and phone widths: no heatmap row label is clipped (its text fits its box, sideways and down),
 * the section chart's row labels are not cut short, every section title is on the page in full, and the heatmap's and matrix's column headers and
 * the matrix's lifts render at 12 px or more, with the headers level with each other.
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openPage, waitForHydration } from './browser';
import { DASHBOARD, SLUG, englishAnalysis } from './dashboard-page';
import { useBrowser } from './use-browser';

const analysis = englishAnalysis();
const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe.each([
	['desktop', DESKTOP],
	['phone', PHONE]
])('labels at %s width', (_, viewport) => {
	it.each(['', '?speaker=altman'])('heatmap row labels are not clipped, and every title is shown in full (%s)', async (search) => {
		const { page, assertClean, close } = await openPage(browser(), { viewport });
		await page.goto(`${baseUrl}${DASHBOARD}${search}`);
		await waitForHydration(page);
		// The left axis's ticks: one box per section; clipped text would make it scroll sideways, and
		// text taller than its row would stick out of it (the box's rendered text must lie inside).
		const rows = await page.$$eval('figure[data-chart="theme-heatmap"] .plot .tick:has(> .text)', (ticks) =>
			ticks.map((tick) => {
				const range = document.createRange();
				range.selectNodeContents(tick);
				const text = range.getBoundingClientRect();
				const box = tick.getBoundingClientRect();
				return {
					text: tick.textContent!.trim(),
					scrollWidth: tick.scrollWidth,
					clientWidth: tick.clientWidth,
					textTop: text.top,
					textBottom: text.bottom,
					top: box.top,
					bottom: box.bottom
				};
			})
		);
		expect(rows).toHaveLength(analysis.sections.length);
		for (const row of rows) {
			expect(row.text).not.toContain('…');
			expect(row.scrollWidth, row.text).toBeLessThanOrEqual(row.clientWidth);
			expect(row.textTop, row.text).toBeGreaterThanOrEqual(row.top - 1);
			expect(row.textBottom, row.text).toBeLessThanOrEqual(row.bottom + 1);
		}
		// The section chart's row labels fit their line (no ellipsis): the full title is on the bar.
		const sectionLabels = await page.$$eval('figure[data-chart="section-speakers"] .row-text .label', (labels) =>
			labels.map((label) => ({ text: label.textContent!.trim(), scrollWidth: label.scrollWidth, clientWidth: label.clientWidth }))
		);
		expect(sectionLabels).toHaveLength(analysis.sections.length);
		for (const label of sectionLabels) expect(label.scrollWidth, label.text).toBeLessThanOrEqual(label.clientWidth);
		// Each title in full, beside its row or in the numbered list under the chart.
		const shown = await page.locator('figure[data-chart="theme-heatmap"]').innerText();
		for (const section of analysis.sections) expect(shown).toContain(section.title);
		assertClean();
		await close();
	});

	it('matrix row labels show every line, English and Chinese, each glyph on its name’s line', async () => {
		const { page, assertClean, close } = await openPage(browser(), { viewport });
		await page.goto(`${baseUrl}/en/embed/${SLUG}/cooccurrence-matrix/`);
		await waitForHydration(page);
		const rows = await page.$$eval('figure[data-chart="cooccurrence-matrix"] .plot .tick:has(> .text)', (ticks) =>
			ticks.map((tick) => {
				const text = tick.querySelector('.text') as HTMLElement;
				const shape = text.querySelector('.shape')!.getBoundingClientRect();
				// The first letter of the name: the text node after the glyph.
				const range = document.createRange();
				const name = [...text.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!;
				range.setStart(name, name.textContent!.search(/\S/) + 1);
				range.setEnd(name, name.textContent!.search(/\S/) + 2);
				const letter = range.getBoundingClientRect();
				// A clamped line is laid out below the box, hidden: all of the text must end inside it.
				const all = document.createRange();
				all.selectNodeContents(text);
				const cut = all.getBoundingClientRect().bottom > text.getBoundingClientRect().bottom + 2;
				return { text: text.innerText.replace(/\s+/g, ' ').trim(), cut, sameLine: Math.abs(shape.bottom - letter.bottom) < 4 };
			})
		);
		// The themes' names, written here: English, then Chinese where it differs.
		expect(rows.map((row) => row.text)).toEqual(['● Compute 算力', '▲ Cost 成本', '■ GPT-N', '◆ Enterprise 企业']);
		expect(rows.filter((row) => row.cut || !row.sameLine)).toEqual([]);
		assertClean();
		await close();
	});

	it('column headers and lifts are at least 12 px, and headers sit level', async () => {
		const { page, assertClean, close } = await openPage(browser(), { viewport });
		await page.goto(`${baseUrl}${DASHBOARD}`);
		await waitForHydration(page);
		for (const chart of ['theme-heatmap', 'cooccurrence-matrix']) {
			const headers = await page.$$eval(`figure[data-chart="${chart}"] .column-label`, (spans) =>
				spans.map((span) => {
					const tick = span.closest('.tick') as HTMLElement;
					const range = document.createRange();
					range.selectNodeContents(tick);
					const text = range.getBoundingClientRect();
					const box = tick.getBoundingClientRect();
					return {
						text: span.textContent!.trim(),
						size: parseFloat(getComputedStyle(span).fontSize),
						primary: tick.querySelector('.column-label') === span,
						bottom: span.getBoundingClientRect().bottom,
						// Cut sideways, or text above the top of its box (headers sit on the plot and grow up).
						overflows: tick.scrollWidth > tick.clientWidth || text.top < box.top - 1
					};
				})
			);
			expect(headers.length).toBeGreaterThan(0);
			for (const header of headers) {
				expect(header.size, `${chart} ${header.text}`).toBeGreaterThanOrEqual(12);
				expect(header.overflows, `${chart} ${header.text}`).toBe(false);
			}
			// Every header's English line ends at the same height, GPT-N's (no Chinese line) included.
			const bottoms = new Set(headers.filter((h) => h.primary).map((h) => Math.round(h.bottom)));
			expect([...bottoms], chart).toHaveLength(1);
		}
		const lifts = await page.$$eval('figure[data-chart="cooccurrence-matrix"] .lift', (spans) =>
			spans.map((span) => parseFloat(getComputedStyle(span).fontSize))
		);
		expect(lifts.length).toBeGreaterThan(0);
		for (const size of lifts) expect(size).toBeGreaterThanOrEqual(12);
		assertClean();
		await close();
	});
});
