/**
 * Dark mode, as the system asks for it (Chromium's prefers-color-scheme emulation): the page goes
 * dark, each chart stays on a light card, and axe-core finds no serious contrast or other
 * violation on the dashboard (with a selection, a term and the dropped-parameter notice) or in
 * the reader at a linked paragraph.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, seriousAxeViolations, waitForHydration, PHONE } from './browser';
import { DASHBOARD, READER } from './dashboard-page';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Relative luminance of a computed 'rgb(r, g, b)' colour. */
function luminance(rgb: string): number {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
		const v = Number(c) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('dark mode', () => {
	it.each([
		['dashboard', `${DASHBOARD}?speaker=altman&term=%E8%8A%AF%E7%89%87&speaker=x`, 'desktop'],
		['dashboard', `${DASHBOARD}?cell=3,cost`, 'phone'],
		['reader', `${READER}#t13-p3`, 'desktop']
	])('%s (%s, %s): a dark page, light chart cards, no serious axe violation', async (_, path, size) => {
		const { page, assertClean, close } = await openPage(browser(), { colorScheme: 'dark', ...(size === 'phone' ? { viewport: PHONE } : {}) });
		await page.goto(`${baseUrl}${path}`);
		await waitForHydration(page);
		const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(luminance(body)).toBeLessThan(0.05);
		const cards = await page.$$eval('figure.chart-frame', (figures) => figures.map((f) => getComputedStyle(f).backgroundColor));
		for (const card of cards) expect(luminance(card)).toBeGreaterThan(0.9);
		for (const summary of await page.locator('summary').all()) if (await summary.isVisible()) await summary.click();
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.screenshot({ path: `test-results/dark-${path.includes('read') ? 'reader' : 'dashboard'}-${size}.png` });
		assertClean();
		await close();
	});
});
