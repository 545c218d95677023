/**
 * The dashboard printed (Chromium's print media emulation): the charts, their figures, notes and
 * source lines and the status line print; the controls that are for clicking do not; the quotes
 * follow the charts whole instead of in a clipped side panel.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, waitForHydration } from './browser';
import { DASHBOARD, quotesSettled } from './dashboard-page';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('printing the dashboard', () => {
	it('prints the charts whole with their sources and the selection, and none of the controls', async () => {
		const { page, assertClean, close } = await openPage(browser());
		await page.goto(`${baseUrl}${DASHBOARD}?speaker=altman&term=%E8%8A%AF%E7%89%87`);
		await waitForHydration(page);
		// On screen the controls are there...
		const controls = ['.term-search', '.embed-code', '.selection-status button', '.turn-picker', '[data-chart="theme-heatmap"] .mode', 'details.text-alternative'];
		for (const control of controls) expect(await page.locator(control).first().isVisible(), control).toBe(true);

		await page.emulateMedia({ media: 'print' });
		// ...on paper they are not.
		for (const control of controls) expect(await page.locator(control).first().isVisible(), control).toBe(false);
		const charts = await page.$$eval('figure[data-chart]', (figures) =>
			figures.map((figure) => ({
				kind: figure.getAttribute('data-chart'),
				source: (figure.querySelector('figcaption .source') as HTMLElement | null)?.offsetHeight ?? 0,
				drawn: (figure.querySelector('svg')?.getBoundingClientRect().height ?? 1) > 0
			}))
		);
		expect(charts).toHaveLength(6);
		for (const chart of charts) {
			expect(chart.source, `${chart.kind} source line`).toBeGreaterThan(0);
			expect(chart.drawn, `${chart.kind} drawn`).toBe(true);
		}
		// What the charts show is said on paper too.
		expect(await page.locator('.selection-status [role="status"]').textContent()).toContain('奥特曼');
		// The quotes are in the page's flow, not cut off by a scrolling panel.
		const quotes = await page.locator('aside.quotes').evaluate((el) => ({ position: getComputedStyle(el).position, clipped: el.scrollHeight > el.clientHeight + 1 }));
		expect(quotes).toEqual({ position: 'static', clipped: false });
		// Every listed quote is rendered (none skipped as off-screen): its text has a height.
		await quotesSettled(page);
		const heights = await page.$$eval('.quote-panel li.quote .quote-text', (els) => els.map((el) => (el as HTMLElement).offsetHeight));
		expect(heights.length).toBeGreaterThan(0);
		for (const height of heights) expect(height).toBeGreaterThan(0);
		expect(await page.$$eval('.quote-panel li.quote', (els) => els.map((el) => getComputedStyle(el).contentVisibility))).not.toContain('auto');
		await page.screenshot({ path: 'test-results/print-dashboard.png', fullPage: true });
		assertClean();
		await close();
	});
});
