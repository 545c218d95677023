/**
 * The type scale (README, "Type scale"): each size, weight and font a page draws is a font the
 * browser sets up before its first layout, so the dashboard keeps to a few. Measured on the
 * hydrated pages (the dashboard, an embed and the index): every piece of text drawn (not in a
 * closed disclosure, not display: none, not at a zero size) is regular or bold, never under 12 px, and chart text uses
 * the charts' three sizes, written here
 * per width (the chart base is clamp(14 px, 12.8 px + 0.25vw, 17 px): 14 px at 390, 16 px at 1280;
 * small is 0.857 of it and at least 12 px, the title 1.25 of it).
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openHydrated } from './browser';
import { SLUG } from './dashboard-page';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface DrawnText {
	size: number;
	weight: number;
	inChart: boolean;
	where: string;
}

/** Every drawn text node's size and weight, and whether it is in a chart frame. */
const DRAWN_TEXT = `(() => {
	const out = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!node.textContent.trim()) continue;
		const element = node.parentElement;
		if (!element || element.getClientRects().length === 0) continue;
		if (element.closest('noscript, script, style, template')) continue;
		const style = getComputedStyle(element);
		if (style.visibility === 'hidden') continue;
		// A zero font size draws nothing: how a heatmap not yet measured leaves out the row titles
		// or the key its stylesheet does not show (ThemeHeatmap's .plot-box.unmeasured).
		if (parseFloat(style.fontSize) === 0) continue;
		out.push({
			size: Math.round(parseFloat(style.fontSize) * 100) / 100,
			weight: Number(style.fontWeight),
			inChart: !!element.closest('.chart-frame'),
			where: element.tagName.toLowerCase() + '.' + [...element.classList].filter((c) => !c.startsWith('svelte-')).join('.') + ' "' + node.textContent.trim().slice(0, 30) + '"'
		});
	}
	return out;
})()`;

const CASES = [
	{ name: 'the English dashboard at 390 px', path: `/en/t/${SLUG}/`, viewport: PHONE, chartSizes: [12, 14, 17.5] },
	{ name: 'the Chinese dashboard at 1280 px', path: `/zh/t/${SLUG}/`, viewport: DESKTOP, chartSizes: [13.71, 16, 20] },
	{ name: 'an English embed at 390 px', path: `/en/embed/${SLUG}/theme-heatmap/`, viewport: PHONE, chartSizes: [12, 14, 17.5] },
	// No chart: the page text alone (its sort arrows were 10.5 px).
	{ name: 'the Chinese index at 390 px', path: '/zh/', viewport: PHONE, chartSizes: [] }
];

describe('the type scale', () => {
	CASES.forEach(({ name, path, viewport, chartSizes }) => {
		it(`${name}: two weights, nothing under 12 px${chartSizes.length ? ", chart text in the charts' three sizes" : ''}`, async () => {
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, { viewport });
			try {
				const drawn = (await page.evaluate(DRAWN_TEXT)) as DrawnText[];
				expect(drawn.length).toBeGreaterThan(chartSizes.length ? 80 : 30);
				expect(drawn.filter((text) => text.weight !== 400 && text.weight !== 700).map((text) => `${text.weight} ${text.where}`)).toEqual([]);
				expect(drawn.filter((text) => text.size < 12).map((text) => `${text.size} px ${text.where}`)).toEqual([]);
				const chartText = drawn.filter((text) => text.inChart);
				if (chartSizes.length) {
					expect(chartText.length).toBeGreaterThan(50);
					expect(chartText.filter((text) => !chartSizes.includes(text.size)).map((text) => `${text.size} px ${text.where}`)).toEqual([]);
					// Each chart size is used (the scale is not wider than it needs).
					expect([...new Set(chartText.map((text) => text.size))].sort((a, b) => a - b)).toEqual(chartSizes);
				} else expect(chartText.map((text) => text.where)).toEqual([]);
				// The whole page: the chart sizes, 12/14/16/20 px page text and the display headings.
				expect(new Set(drawn.map((text) => text.size)).size).toBeLessThanOrEqual(8);
				assertClean();
			} finally {
				await close();
			}
		});
	});
});
