/**
 * The charts in a real browser (Debian's Chromium): all six are bundled with Svelte, mounted on
 * the real seed analysis and driven by real clicks and keys. A click in one chart must change
 * the figures in the others to what tests/browser/oracle.ts works out for that selection with
 * plain loops (not the view code under test); the keyboard
 * must reach and toggle marks with a visible focus ring; axe-core must find nothing serious.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, type SelectionState } from '../../../src/lib/selection/state';
import { launchBrowser } from '../../browser/browser';
import { expectedFor } from '../../browser/oracle';
import { seedAnalysis } from './ssr';


const analysis = seedAnalysis();
let outDir: string;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
	outDir = mkdtempSync(join(tmpdir(), 'parley-charts-'));
	await build({
		configFile: false,
		logLevel: 'warn',
		root: import.meta.dirname,
		plugins: [
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				compilerOptions: { runes: ({ filename }) => (filename?.split(/[/\\]/).includes('node_modules') ? undefined : true) }
			})
		],
		build: {
			outDir,
			emptyOutDir: true,
			minify: false,
			cssCodeSplit: false,
			lib: { entry: resolve(import.meta.dirname, 'browser-entry.ts'), formats: ['iife'], name: 'charts', fileName: () => 'charts.js', cssFileName: 'charts' }
		}
	});
	// JSON inside <script type="application/json">: only '<' could end the element early.
	const json = JSON.stringify(analysis).replace(/</g, '\\u003c');
	// Inline, not linked: axe-core re-reads linked stylesheets, which a file:// page may not fetch.
	const css = readFileSync(join(outDir, 'charts.css'), 'utf8');
	writeFileSync(
		join(outDir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Charts</title><link rel="icon" href="data:,"><style>${css}</style></head>` +
			`<body><div id="app"></div><script type="application/json" id="analysis">${json}</script><script src="charts.js"></script></body></html>`
	);
	pageUrl = pathToFileURL(join(outDir, 'index.html')).href;
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function open(viewport = { width: 1280, height: 800 }): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage({ viewport });
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
	await page.goto(pageUrl);
	await page.waitForSelector('html[data-mounted="true"]');
	return { page, problems };
}

const selectionOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { selection: { state: SelectionState } }).selection.state);
const heatmapFigures = (page: Page) => page.locator('#theme-heatmap .cell-text').allTextContents().then((t) => t.map((s) => s.trim()));
/** The heatmap's figures, row by row, for a selection written as its URL query. */
const expectedHeatmap = (query: string) => {
	const { heatmap } = expectedFor(analysis, query);
	const topics = [...analysis.themes.map((t) => t.id), ...new URLSearchParams(query).getAll('term').map((t) => `term:${t}`)];
	return analysis.sections.flatMap((s) => topics.map((topic) => heatmap.get(`${s.index}|${topic}`)!.toLocaleString('en-US')));
};

describe('charts in Chromium', { timeout: 30_000 }, () => {
	it('a click on a speaker bar filters the other charts to that speaker, and a second click undoes it', async () => {
		const { page, problems } = await open();
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap(''));

		const altman = page.getByRole('button', { name: '奥特曼: 53% of speaking, 36 turns, about 29 minutes (estimate)' });
		await altman.click();
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, speaker: 'altman' });
		await expect.poll(() => altman.getAttribute('aria-pressed')).toBe('true');
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap('?speaker=altman'));
		expect(await heatmapFigures(page)).not.toEqual(expectedHeatmap(''));
		const altmanTurns = analysis.turns.filter((t) => t.speaker === 'altman').length;
		expect(await page.locator('#conversation .turn-marks rect.dimmed').count()).toBe(analysis.turns.length - altmanTurns);

		await altman.click();
		expect(await selectionOf(page)).toEqual(EMPTY_SELECTION);
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap(''));
		expect(await page.locator('#conversation .turn-marks rect.dimmed').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	it('a heatmap cell selects its section and topic; the other charts show that cell’s turns', async () => {
		const { page, problems } = await open();
		await page.getByRole('button', { name: /^Section 05 .* × Enterprise \(企业\): 18 mentions/ }).click();
		const cell = { section: 5, topic: 'enterprise' };
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, cell });
		const expected = expectedFor(analysis, '?cell=5,enterprise');
		const names = await page.locator('#speaker-share button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		expect(names.map((n) => Number(/, (\d+) turns?,/.exec(n!)![1]))).toEqual(analysis.speakers.map((s) => expected.speakerTurns.get(s.id)));
		// The cell is not the section chart's clause: no section is pressed, but only section 05 has turns left.
		expect(await page.locator('#section-speakers button[aria-pressed="true"]').count()).toBe(0);
		const sectionTurns = await page.locator('#section-speakers button').evaluateAll((els) => els.map((e) => Number(/: (\d+) turns?,/.exec(e.getAttribute('aria-label')!)![1])));
		expect(sectionTurns.map((turns, i) => (i === 4 ? turns > 0 : turns === 0))).toEqual(analysis.sections.map(() => true));
		expect(await page.locator('#conversation button[aria-pressed="true"]').count()).toBe(0);
		// The heatmap keeps every row: it is never filtered by its own cell.
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap(''));
		const cellTurns = new Set(analysis.mentions.filter((m) => m.section === 5 && m.theme === 'enterprise').map((m) => m.turn));
		expect(await page.locator('#conversation .turn-marks rect.dimmed').count()).toBe(analysis.turns.length - cellTurns.size);
		expect(problems).toEqual([]);
	});

	it('a section chosen in the section chart filters the heatmap to that section’s row', async () => {
		const { page } = await open();
		await page.locator('#section-speakers').getByRole('button', { name: /^Section 05 / }).click();
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, section: 5 });
		const figures = await heatmapFigures(page);
		expect(figures).toEqual(expectedHeatmap('?section=5'));
		const columns = analysis.themes.length;
		expect(figures.filter((_, i) => Math.floor(i / columns) !== 4).every((f) => f === '0')).toBe(true);
		expect(figures.slice(4 * columns, 5 * columns)).toEqual(['0', '1', '1', '18']);
		await expect.poll(() => page.locator('#conversation button[aria-pressed="true"]').textContent()).toContain('05');
	});

	it('a matrix cell adds its pair to the heatmap cell; the heatmap is filtered by the pair', async () => {
		const { page } = await open();
		await page.getByRole('button', { name: /^Section 03 .* × Cost/ }).click();
		const cell = { section: 3, topic: 'cost' };
		// Within the cell's turns (the matrix is filtered by it), compute and cost still meet.
		const pair = { count: expectedFor(analysis, '?cell=3,cost').matrix.get('compute|cost')! };
		expect(pair.count).toBeGreaterThan(0);
		await page.getByRole('button', { name: new RegExp(`^Compute \\(算力\\) and Cost \\(成本\\): ${pair.count} turns? mentions? both`) }).click();
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, cell, pair: ['compute', 'cost'] });
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap('?cell=3,cost&pair=compute,cost'));
	});

	it('a keyword adds a search term: the heatmap gains its column, and a second press removes it', async () => {
		const { page } = await open();
		const keyword = page.locator('#section-keywords button.keyword').first();
		const term = (await keyword.textContent())!.trim();
		await keyword.click();
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, terms: [term] });
		await expect.poll(() => keyword.getAttribute('aria-pressed')).toBe('true');
		const figures = await heatmapFigures(page);
		expect(figures).toHaveLength(analysis.sections.length * (analysis.themes.length + 1));
		expect(figures).toEqual(expectedHeatmap(`?term=${encodeURIComponent(term)}`));
		await keyword.click();
		expect(await selectionOf(page)).toEqual(EMPTY_SELECTION);
		expect(await heatmapFigures(page)).toEqual(expectedHeatmap(''));
	});

	it('the keyboard reaches the marks, toggles them with Enter and Space, and shows a focus ring', async () => {
		const { page } = await open();
		await page.locator('#speaker-share h2').click();
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		expect(await focused.getAttribute('aria-label')).toMatch(/^斯特宾斯, host: /);
		const outline = await focused.evaluate((el) => getComputedStyle(el).outlineWidth);
		expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
		await page.keyboard.press('Space');
		expect((await selectionOf(page)).speaker).toBe('stebbings');
		await page.keyboard.press('Enter');
		expect((await selectionOf(page)).speaker).toBeNull();

		// Every turn link is in the tab order, in transcript order.
		const first = page.locator('#conversation a.turn').first();
		await first.focus();
		await page.keyboard.press('Tab');
		expect(await page.locator(':focus').getAttribute('href')).toBe('#reader-t2');
	});

	it('pointing at a cell or a bar underlines its own printed figure or label, and only that one; a click there reaches the mark', async () => {
		const { page } = await open();
		const underlined = (selector: string) =>
			page.locator(selector).evaluateAll((all) => all.filter((el) => getComputedStyle(el).textDecorationLine === 'underline').map((el) => el.textContent!.trim()));
		// Counted in the transcript: 18 mentions of enterprise in section 05.
		const cell = page.getByRole('button', { name: /^Section 05 .* × Enterprise \(企业\): 18 mentions/ });
		await cell.hover();
		expect(await underlined('#theme-heatmap .cell-text')).toEqual(['18']);
		const bar = page.getByRole('button', { name: '奥特曼: 53% of speaking, 36 turns, about 29 minutes (estimate)' });
		await bar.hover();
		expect(await underlined('#theme-heatmap .cell-text')).toEqual([]);
		const labels = await underlined('#speaker-share .row-text .label');
		expect(labels).toHaveLength(1);
		expect(labels[0]).toMatch(/^奥特曼\s/);
		// The printed text lies over the button and lets the pointer through: a click on it selects.
		const label = (await page.locator('#speaker-share .row-text .label', { hasText: '奥特曼' }).boundingBox())!;
		await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
		expect((await selectionOf(page)).speaker).toBe('altman');
	});

	it('switches the heatmap between counts and rates', async () => {
		const { page } = await open();
		await page.getByRole('button', { name: 'Per 10,000 characters', exact: true }).click();
		expect(await selectionOf(page)).toEqual({ ...EMPTY_SELECTION, heatmapMode: 'per10k' });
		// Mentions per 10,000 of the section's characters, from the oracle's counts.
		const { heatmap } = expectedFor(analysis, '');
		const rates = analysis.sections.flatMap((s) =>
			analysis.themes.map((t) => {
				const count = heatmap.get(`${s.index}|${t.id}`)!;
				return count === 0 ? '0' : ((count * 10_000) / s.units).toFixed(1);
			})
		);
		expect(await heatmapFigures(page)).toEqual(rates);
		expect(await page.getByRole('button', { name: 'Mentions', exact: true }).getAttribute('aria-pressed')).toBe('false');
	});

	it.each([
		['desktop', { width: 1280, height: 800 }],
		['phone', { width: 390, height: 844 }]
	])('has no serious or critical axe-core violations (%s, with a selection, tables open)', async (_, viewport) => {
		const { page, problems } = await open(viewport);
		await page.getByRole('button', { name: /^奥特曼: / }).click();
		await page.getByRole('button', { name: /^Section 03 .* × Cost/ }).click();
		for (const summary of await page.locator('summary').all()) await summary.click();
		await page.addScriptTag({ content: readFileSync(resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8') });
		const violations = await page.evaluate(async () => {
			const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
			const result = await axe.run(document);
			return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: JSON.stringify(v.nodes[0]).slice(0, 600) }));
		});
		expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
		expect(problems).toEqual([]);
	});
});
