/**
 * With JavaScript off, the prerendered pages still carry the charts (server-rendered SVG), the
 * figures, and quote links that land on their paragraph.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './browser';
import { useBrowser } from './use-browser';
import { DASHBOARD, READER, SLUG, chartButton, englishAnalysis, speakerBarName } from './dashboard-page';

const analysis = englishAnalysis();
const baseUrl = inject('baseUrl');

const browser = useBrowser();

describe('without JavaScript', () => {
	it('the dashboard shows every chart as SVG, and a quote link opens its paragraph', async () => {
		const { page, assertClean, close } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(`${baseUrl}${DASHBOARD}`);

		const charts = await page.$$eval('figure[data-chart]', (figures) =>
			figures.map((figure) => ({
				kind: figure.getAttribute('data-chart'),
				marks: figure.querySelectorAll('svg rect, svg path, svg line').length,
				visible: (figure.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 0
			}))
		);
		expect(charts.map((c) => c.kind)).toEqual([
			'speaker-share',
			'section-speakers',
			'theme-heatmap',
			'section-keywords',
			'cooccurrence-matrix',
			'conversation'
		]);
		for (const chart of charts.filter((c) => c.kind !== 'section-keywords')) {
			expect(chart.marks, chart.kind!).toBeGreaterThan(0);
			expect(chart.visible, chart.kind!).toBe(true);
		}
		// The page does not claim to be interactive: no click prompts, no Clear button, no search
		// box or turn picker; it says once that filtering needs JavaScript.
		const visibleText = await page.evaluate(() => document.body.innerText);
		expect(visibleText).not.toMatch(/click a bar|Click a bar/);
		expect(await page.getByRole('button', { name: 'Clear selection' }).count()).toBe(0);
		for (const control of ['.term-search', '.turn-picker', '.heatmap-mode, [data-chart="theme-heatmap"] .mode']) {
			expect(await page.locator(control).first().isVisible(), control).toBe(false);
		}
		// Nor do they keep an empty place (static/no-js.css, linked from a <noscript>; with
		// JavaScript they are hidden in place until the page is interactive, so nothing moves).
		for (const control of ['.term-search', '.turn-picker']) {
			expect(await page.locator(control).first().evaluate((element) => getComputedStyle(element).display), control).toBe('none');
		}
		// The text alternative is in the HTML: one row per speaker, named as written.
		const speakerRows = await page.$$eval('figure[data-chart="speaker-share"] details tbody th[scope="row"]', (cells) => cells.map((cell) => cell.textContent));
		expect(speakerRows).toHaveLength(analysis.speakers.length);
		expect(speakerRows.join(' ')).toContain(analysis.speakers.find((s) => s.id === 'altman')!.label);
		expect(visibleText.split('Filtering the charts needs JavaScript').length - 1).toBe(1);
		// The figures are in the HTML, as the accessible names of the bars.
		const altman = analysis.speakers.find((s) => s.id === 'altman')!;
		expect(await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).getAttribute('aria-label')).toContain(
			`${altman.turns} turns`
		);
		expect(await page.locator('.headline-figures [data-figure="turns"] dd').textContent()).toBe(String(analysis.totals.turns));

		const firstParagraph = analysis.turns[0]!.paragraphs[0]!;
		const link = page.locator(`.quote-panel li[data-paragraph="${firstParagraph.id}"] a.quote-link`);
		await link.click();
		await page.waitForURL(`**/t/${SLUG}/read/#${firstParagraph.id}`);
		expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), firstParagraph.id)).toBe(true);
		const outline = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).outlineStyle, firstParagraph.id);
		expect(outline).toBe('solid');
		assertClean();
		await close();
	});

	it('a dashboard link from the reader opens the dashboard', async () => {
		const { page, assertClean, close } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(`${baseUrl}${READER}`);
		const turn = analysis.turns.find((t) => t.speaker === 'altman' && t.section === 3)!;
		await page.locator(`#${turn.id} a.turn-dashboard`).click();
		await page.waitForURL(`**/t/${SLUG}/?speaker=altman&section=3`);
		expect(await page.locator('figure[data-chart="speaker-share"] svg').count()).toBe(1);
		assertClean();
		await close();
	});
});
