/**
 * Nothing moves when a page starts (no layout shift at hydration). Each checked element's box in
 * the prerendered page as it stands before any of the app's scripts has run (they are blocked)
 * is compared with its box once the page has hydrated: the oracle is the server's own page, not
 * the code that lays it out in the browser. Checked where a shift was measured: the index (its
 * sorting hint appeared above the table once interactive) and an embedded heatmap on a phone
 * (its rows were drawn at the desktop layout's height until the plot was measured).
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { PHONE, openHydrated } from './browser';
import { useBrowser } from './use-browser';
import { SLUG } from './dashboard-page';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Box = { top: number; height: number };

const boxesOf = (page: Page, selectors: string[]): Promise<Box[]> =>
	page.evaluate((all) => all.map((selector) => {
		const box = document.querySelector(selector)!.getBoundingClientRect();
		return { top: Math.round(box.top), height: Math.round(box.height) };
	}), selectors);

/** Every box (left, top, width, height, unrounded) of the elements `selector` finds, in order. */
const allBoxesOf = (page: Page, selector: string): Promise<number[][]> =>
	page.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => {
		const box = element.getBoundingClientRect();
		return [box.left, box.top, box.width, box.height];
	}), selector);

/** The boxes in the page as prerendered, with the app's scripts blocked. */
async function beforeScripts(path: string, options: BrowserContextOptions, selectors: string[]): Promise<Box[]> {
	const context = await browser().newContext(options);
	await context.route('**/_app/**/*.js', (route) => route.abort());
	const page = await context.newPage();
	await page.goto(`${baseUrl}${path}`);
	const boxes = await boxesOf(page, selectors);
	expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
	await context.close();
	return boxes;
}

const CASES = [
	{ name: 'the index', path: '/en/', selectors: ['.table-scroll', 'h1'] },
	{
		name: 'an embedded heatmap on a phone',
		path: `/en/embed/${SLUG}/theme-heatmap/`,
		selectors: ['figure .plot', 'figure figcaption']
	}
];

describe('nothing moves when a page starts', () => {
	for (const { name, path, selectors } of CASES) {
		it(`${name}: every checked box is where the prerendered page put it`, async () => {
			const options = { viewport: PHONE, isMobile: true, hasTouch: true };
			const before = await beforeScripts(path, options, selectors);
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, options);
			const after = await boxesOf(page, selectors);
			selectors.forEach((selector, i) => expect(after[i], selector).toEqual(before[i]));
			assertClean();
			await close();
		});
	}
});

/**
 * The theme heatmap lays out its label column and its rows from the plot's width, which the
 * prerendered page does not know: its stylesheet works them out from the plot's own width the
 * way the chart will once measured. Checked at widths from a phone to a projector, for the three
 * shipped transcripts (Chinese and English titles, short and long), in both languages, as an
 * embed (the page of one chart that a host frames at any width): every cell and every row label
 * is where the prerendered page put it, within a pixel. Before the stylesheet did this, the
 * heatmap embed moved at 600 px and wider (at 1280 px its cells moved 160 px and the chart
 * shrank by 84 px: a layout shift of 0.13).
 */
describe("the heatmap (and the comparison's grid) keeps its layout when it starts, at any width", () => {
	const WIDTHS = [390, 600, 800, 1000, 1280, 1920];
	const PAGES = [`/en/embed/${SLUG}/theme-heatmap/`, `/zh/embed/${SLUG}/theme-heatmap/`, '/en/embed/en-ai-costs-panel/theme-heatmap/', '/zh/embed/zh-chip-roundtable/theme-heatmap/', '/en/compare/', '/zh/compare/'];
	// The comparison's themes by transcript is a grid of the same kind (its label column a share of the plot).
	const CELLS = 'figure[data-chart="theme-heatmap"] .plot button, figure[data-chart="compare-themes"] .plot :is(rect.cell, a)';
	const LABELS = 'figure:is([data-chart="theme-heatmap"], [data-chart="compare-themes"]) .plot .tick';
	for (const path of PAGES) {
		it(`${path}: cells and labels stay put from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px`, { timeout: 120_000 }, async () => {
			for (const width of WIDTHS) {
				const options = { viewport: { width, height: 900 } };
				const context = await browser().newContext(options);
				await context.route('**/_app/**/*.js', (route) => route.abort());
				const prerendered = await context.newPage();
				await prerendered.goto(`${baseUrl}${path}`);
				const before = { cells: await allBoxesOf(prerendered, CELLS), labels: await allBoxesOf(prerendered, LABELS) };
				await context.close();
				const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, options);
				const after = { cells: await allBoxesOf(page, CELLS), labels: await allBoxesOf(page, LABELS) };
				// The default transcript: 7 sections x 4 themes, 7 row and 4 column labels; the comparison:
				// 3 transcripts x 4 themes, each a shaded cell and a link, 3 row and 4 column labels.
				if (path.includes(SLUG)) expect([after.cells.length, after.labels.length], `${width} px`).toEqual([28, 11]);
				if (path.includes('compare')) expect([after.cells.length, after.labels.length], `${width} px`).toEqual([24, 7]);
				for (const part of ['cells', 'labels'] as const) {
					expect(after[part].length, `${width} px ${part}`).toBe(before[part].length);
					after[part].forEach((box, i) => {
						const moved = box.map((value, side) => Math.abs(value - before[part][i]![side]!));
						expect(Math.max(...moved), `${width} px, ${part} ${i}: ${before[part][i]} -> ${box}`).toBeLessThanOrEqual(1);
					});
				}
				assertClean();
				await close();
			}
		});
	}
});

/**
 * An embed's chart hydrates only when a reader first uses it (LateHydration's deferUntilUsed), so
 * it must not move then: the click that woke it has to land on what the reader aimed at. For
 * each of the six charts, at widths from a phone to a projector, every button, link and row
 * label is where the page put it before the chart hydrated, within a pixel.
 */
describe("an embed's chart does not move when it hydrates, at any width", () => {
	const WIDTHS = [390, 600, 1000, 1280, 1920];
	const KINDS = ['speaker-share', 'section-speakers', 'theme-heatmap', 'section-keywords', 'cooccurrence-matrix', 'conversation'];
	const MARKS = 'figure .chart :is(button, a, .tick)';
	for (const kind of KINDS) {
		it(`${kind}: marks stay put from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px`, { timeout: 120_000 }, async () => {
			for (const width of WIDTHS) {
				const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/embed/${SLUG}/${kind}/`, { viewport: { width, height: 900 } });
				expect(await page.locator('.late-hydration[data-waiting]').count(), `${kind} at ${width} px waits for use`).toBe(1);
				const before = await allBoxesOf(page, MARKS);
				// At least the default transcript's 3 speakers (speaking share), 4 themes or 7 sections.
				expect(before.length, `${kind} at ${width} px`).toBeGreaterThanOrEqual(3);
				// Used, as a pointer would (on the part's box, not on a mark): it hydrates at once.
				await page.locator('.late-hydration').dispatchEvent('pointerdown');
				expect(await page.locator('.late-hydration[data-waiting]').count()).toBe(0);
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				const after = await allBoxesOf(page, MARKS);
				expect(after.length, `${kind} at ${width} px`).toBe(before.length);
				after.forEach((box, i) => {
					const moved = box.map((value, side) => Math.abs(value - before[i]![side]!));
					expect(Math.max(...moved), `${kind} at ${width} px, mark ${i}: ${before[i]} -> ${box}`).toBeLessThanOrEqual(1);
				});
				assertClean();
				await close();
			}
		});
	}
});

/**
 * The speaking-share chart prints two lines over each bar (the speaker, then the figures): the
 * lines must end above the bar at every size the chart is shown, including a projector's larger
 * text (present mode). The figures' line ran into the bar on a desktop once the chart's text was
 * over 16 px (the plot's height was in rem while its text is in em).
 */
describe('the speaking-share bars leave room for their text', () => {
	const SIZES = [
		{ name: 'a phone', path: `/zh/t/${SLUG}/?speaker=lightcap`, options: { viewport: PHONE, isMobile: true, hasTouch: true } },
		{ name: 'a desktop', path: `/en/t/${SLUG}/?speaker=altman`, options: { viewport: { width: 1400, height: 1000 } } },
		{ name: 'present mode on a projector', path: `/en/present/${SLUG}/?speaker=altman`, options: { viewport: { width: 1920, height: 1080 } } }
	];
	for (const { name, path, options } of SIZES) {
		it(`on ${name}, each speaker's lines end above the speaker's bar`, async () => {
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, options);
			const rows = await page.evaluate(() => {
				const chart = document.querySelector('figure[data-chart="speaker-share"]')!;
				const tracks = [...chart.querySelectorAll('rect.track')].map((rect) => rect.getBoundingClientRect());
				return [...chart.querySelectorAll('.row-text')].map((text, i) => ({
					textBottom: Math.max(...[...text.children].map((line) => line.getBoundingClientRect().bottom)),
					barTop: tracks[i]!.top
				}));
			});
			expect(rows).toHaveLength(3);
			for (const [i, row] of rows.entries()) expect(row.textBottom, `speaker ${i + 1}`).toBeLessThanOrEqual(row.barTop);
			assertClean();
			await close();
		});
	}
});
