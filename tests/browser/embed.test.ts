/**
 * Embeds as a newsroom would use them: a host page on another origin (a second static server)
 * pastes the embed code of every chart, and @newswire/frames sizes each iframe from the height
 * messages the embed posts. At 320, 600 and 1000 px the frame is as tall as its content (no inner
 * scroll bar); the selection in the iframe's URL is shown and carried by "Open the full dashboard";
 * "Copy embed code" on the dashboard gives the embed URL at the current selection. Screenshots go
 * to test-results/embed/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/lib/embed/charts';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { openHydrated, openPage, seriousAxeViolations, waitForHydration } from './browser';
import { chunkOf } from './built-chunks';
import { DASHBOARD, SLUG, englishAnalysis, heatmapCellName } from './dashboard-page';
import { expectChartCodeAfterPage, openHydratedWatchingScripts } from './late-code';
import { serveStatic, type StaticServer } from './static-server';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const analysis = englishAnalysis();
const browser = useBrowser();
const SHOTS = resolve(import.meta.dirname, '../../test-results/embed');
const WIDTHS = [320, 600, 1000];
/** A loaded machine can take seconds to load and hydrate a frame. */
const POLL = { timeout: 15_000 };
/** The selection each chart is embedded at: the speaker share at Altman, the rest at none. */
const SEARCH: Record<string, string> = { 'speaker-share': '?speaker=altman' };

const embedUrl = (chart: string) => `${baseUrl}/en/embed/${SLUG}/${chart}/${SEARCH[chart] ?? ''}`;

let host: StaticServer;
let hostDir: string;

beforeAll(async () => {
	hostDir = mkdtempSync(join(tmpdir(), 'parley-host-'));
	const snippets = EMBED_CHARTS.map((chart) =>
		embedSnippet({ src: embedUrl(chart), title: `${chart} (test)`, scriptSrc: `${baseUrl}/embed/frames.js` })
	);
	writeFileSync(
		join(hostDir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
			`<title>Host page</title><link rel="icon" href="data:,"><style>body{margin:0;font-family:serif}h1,p{margin:12px}</style></head>` +
			`<body><h1>A news story</h1><p>Paragraph before the charts.</p>\n${snippets.join('\n<p>Text between charts.</p>\n')}\n<p>The end.</p></body></html>`
	);
	// A page for a pym-style parent that adds its own iframe.
	writeFileSync(join(hostDir, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank host</title><link rel="icon" href="data:,"></head><body></body></html>');
	host = await serveStatic(hostDir);
	mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
	await host?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function frameOf(page: Page, chart: string): Promise<Frame> {
	const handle = await page.locator(`iframe[src*="/embed/${SLUG}/${chart}/"]`).elementHandle();
	const frame = await handle!.contentFrame();
	if (!frame) throw new Error(`no frame for ${chart}`);
	return frame;
}

interface Measure {
	frameHeight: number;
	contentHeight: number;
	scrollHeight: number;
	clientHeight: number;
}

async function measure(page: Page, chart: string): Promise<Measure> {
	const iframe = page.locator(`iframe[src*="/embed/${SLUG}/${chart}/"]`);
	const frameHeight = (await iframe.boundingBox())!.height;
	const frame = await frameOf(page, chart);
	const inner = await frame.evaluate(() => ({
		contentHeight: document.documentElement.getBoundingClientRect().height,
		scrollHeight: document.scrollingElement!.scrollHeight,
		clientHeight: document.scrollingElement!.clientHeight
	}));
	return { frameHeight, ...inner };
}

describe('embeds in a host page', () => {
	const measured: Record<string, Record<number, number>> = {};

	for (const width of WIDTHS) {
		it(`at ${width} px, each iframe is as tall as its chart, with no inner scroll bar`, async () => {
			const { page, assertClean, close } = await openPage(browser(), { viewport: { width, height: 900 } });
			await page.goto(`${host.url}/`);
			for (const chart of EMBED_CHARTS) {
				const iframe = page.locator(`iframe[src*="/embed/${SLUG}/${chart}/"]`);
				// The frames are lazy: bring each near the viewport so it loads.
				await iframe.scrollIntoViewIfNeeded();
				const frame = await frameOf(page, chart);
				await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
				await expect
					.poll(async () => {
						const m = await measure(page, chart);
						return Math.abs(m.frameHeight - m.contentHeight) <= 2 && m.scrollHeight <= m.clientHeight;
					}, POLL)
					.toBe(true);
				const m = await measure(page, chart);
				(measured[chart] ??= {})[width] = Math.round(m.frameHeight);
				// No masthead in an embed; the kicker, the frame and the dashboard link are there.
				expect(await frame.locator('.masthead').count()).toBe(0);
				expect(await frame.locator(`figure[data-chart="${chart}"][data-variant="embed"]`).count()).toBe(1);
				expect(await frame.locator('figure .hint').count()).toBe(0);
			}
			// Out-of-viewport cross-origin frames are painted blank in a full-page shot: make the
			// viewport as tall as the page first.
			const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
			await page.setViewportSize({ width, height: pageHeight });
			await page.evaluate(() => scrollTo(0, 0));
			await page.waitForTimeout(500);
			await page.screenshot({ path: join(SHOTS, `host-${width}.png`) });
			assertClean();
			await close();
		});
	}

	it('reports the heights it measured', () => {
		console.log('embed heights (px) by width:', JSON.stringify(measured));
		expect(Object.keys(measured)).toHaveLength(EMBED_CHARTS.length);
	});

	it('the chart’s code is not in the embed’s first load: its styles are linked, it is fetched after, and the chart then answers a click', async () => {
		const url = `${baseUrl}/en/embed/${SLUG}/theme-heatmap/`;
		const lateParts = await expectChartCodeAfterPage(url, 'src/lib/embed/embed-late-parts.ts');
		const { page, scripts, assertClean, close } = await openHydratedWatchingScripts(browser(), url, { viewport: { width: 390, height: 844 } });
		expect(scripts).toContain(lateParts);
		const cell = page.getByRole('button', { name: heatmapCellName(analysis.sections[4]!, analysis.themes.find((t) => t.id === 'enterprise')!) });
		await cell.click();
		await expect.poll(() => new URL(page.url()).search, POLL).toBe(`?cell=${analysis.sections[4]!.index},enterprise`);
		expect(await cell.getAttribute('aria-pressed')).toBe('true');
		await page.goBack();
		await expect.poll(() => cell.getAttribute('aria-pressed'), POLL).toBe('false');
		assertClean();
		await close();
	});

	it('shows the selection in its URL, links to the dashboard with it, and clicks change the embed’s own URL', async () => {
		const { page, assertClean, close } = await openPage(browser(), { viewport: { width: 1000, height: 900 } });
		await page.goto(`${host.url}/`);
		const frame = await frameOf(page, 'speaker-share');
		await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const altman = frame.getByRole('button', { name: /^奥特曼:/ });
		expect(await altman.getAttribute('aria-pressed')).toBe('true');
		const link = frame.getByRole('link', { name: 'Open the full dashboard' });
		expect(await link.getAttribute('href')).toMatch(new RegExp(`/t/${SLUG}/\\?speaker=altman$`));
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await link.getAttribute('rel')).toContain('noopener');

		// Opening the data table makes the embed taller: the host's frame follows.
		const before = await measure(page, 'speaker-share');
		await frame.getByText('Data table').click();
		await expect
			.poll(async () => {
				const m = await measure(page, 'speaker-share');
				return m.contentHeight > before.contentHeight + 50 && Math.abs(m.frameHeight - m.contentHeight) <= 2;
			}, POLL)
			.toBe(true);

		await altman.click();
		await expect.poll(() => altman.getAttribute('aria-pressed'), POLL).toBe('false');
		// The history entry is written once the click's frame is painted (deferredHistory), so the
		// address follows the bar a moment later.
		await expect.poll(() => new URL(frame.url()).search, POLL).toBe('');
		await expect.poll(() => link.getAttribute('href'), POLL).toMatch(new RegExp(`/t/${SLUG}/$`));
		// The host page did not navigate.
		expect(page.url()).toBe(`${host.url}/`);

		// A turn in the conversation opens the reader in a new tab, not inside the host's frame.
		const conversation = await frameOf(page, 'conversation');
		await conversation.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const frameUrl = conversation.url();
		const [reader] = await Promise.all([
			page.context().waitForEvent('page'),
			conversation.getByRole('link', { name: /^Read turn \d+ in the transcript/ }).click()
		]);
		await reader.waitForLoadState();
		expect(reader.url()).toMatch(new RegExp(`/t/${SLUG}/read/#t\\d+`));
		expect(conversation.url()).toBe(frameUrl);
		assertClean();
		await close();
	});

	it('ignores the parameters pym.js adds, and posts pym’s height message with its child id', async () => {
		const { page, assertClean, close } = await openPage(browser(), { viewport: { width: 600, height: 900 } });
		// A pym-style parent: records every message its child posts.
		await page.goto(`${host.url}/blank.html`);
		await page.evaluate((src) => {
			(window as unknown as { seen: unknown[] }).seen = [];
			addEventListener('message', (event) => (window as unknown as { seen: unknown[] }).seen.push(event.data));
			const frame = document.createElement('iframe');
			frame.src = src;
			frame.width = '100%';
			document.body.append(frame);
		}, `${baseUrl}/en/embed/${SLUG}/section-speakers/?section=3&initialWidth=600&childId=story-1&parentTitle=News&parentUrl=${encodeURIComponent(host.url)}`);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.filter((m) => typeof m === 'string')), POLL)
			.toContainEqual(expect.stringMatching(/^pymxPYMxstory-1xPYMxheightxPYMx\d+$/));
		const frame = page.frames().find((f) => f.url().includes('/section-speakers/'))!;
		const link = frame.getByRole('link', { name: 'Open the full dashboard' });
		expect(await link.getAttribute('href')).toMatch(/\?section=3$/);
		assertClean();
		await close();
	});

	it('says which parameters of its link it could not use, and shows the rest', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/embed/${SLUG}/speaker-share/?speaker=nobody&section=3`);
		await expect.poll(() => page.locator('.dropped').innerText()).toBe('Part of this link was left out: speaker “nobody” (no such speaker).');
		// The usable part (section 3) is kept: the link out carries it, not the unknown speaker.
		expect(await page.getByRole('link', { name: 'Open the full dashboard' }).getAttribute('href')).toBe(`/en/t/${SLUG}/?section=3`);
		assertClean();
		await close();
	});

	it('without JavaScript, an embed is its server-rendered chart', async () => {
		// A page per chart: going on before the favicon loads would abort its request.
		for (const chart of EMBED_CHARTS) {
			const { page, assertClean, close } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 600, height: 900 } });
			await page.goto(`${baseUrl}/en/embed/${SLUG}/${chart}/`);
			expect(await page.locator(`figure[data-chart="${chart}"]`).count()).toBe(1);
			if (chart !== 'section-keywords') expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
			expect(await page.locator('.masthead, .skip-link').count()).toBe(0);
			assertClean();
			await close();
		}
	});

	it('every embed passes axe-core with no serious or critical violation', async () => {
		for (const chart of EMBED_CHARTS) {
			const { page, assertClean, close } = await openPage(browser(), { viewport: { width: 600, height: 900 } });
			await page.goto(`${baseUrl}/en/embed/${SLUG}/${chart}/?speaker=altman`);
			await waitForHydration(page);
			expect(await seriousAxeViolations(page), chart).toEqual([]);
			assertClean();
			await close();
		}
	});

	for (const width of [320, 1000]) {
		it(`screenshot of an embed alone at ${width} px`, async () => {
			const { page, assertClean, close } = await openPage(browser(), { viewport: { width, height: 700 } });
			for (const chart of ['theme-heatmap', 'conversation', 'speaker-share']) {
				await page.goto(`${baseUrl}/en/embed/${SLUG}/${chart}/?speaker=altman`);
				await waitForHydration(page);
				await page.screenshot({ path: join(SHOTS, `embed-${chart}-${width}.png`), fullPage: true });
			}
			assertClean();
			await close();
		});
	}
});

describe('"Copy embed code" on the dashboard', () => {
	it('gives the embed URL of the chosen chart at the current selection', async () => {
		const { page, assertClean, close } = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
		// The inside of the dialog is fetched when it is first opened (or pointed at), not with the page.
		const body = chunkOf('src/lib/embed/EmbedCodeBody.svelte');
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(`${baseUrl}${DASHBOARD}?speaker=altman&section=3`);
		await waitForHydration(page);
		expect(scripts).not.toContain(body);
		await page.getByText('Embed a chart').click();
		await expect.poll(() => scripts, POLL).toContain(body);
		await page.locator('details.embed-code select').selectOption('theme-heatmap');
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count(), POLL).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('details.embed-code textarea').inputValue());
		const src = /<iframe src="([^"]*)"/.exec(copied)![1]!.replace(/&amp;/g, '&');
		expect(src).toBe(`${baseUrl}/en/embed/${SLUG}/theme-heatmap/?speaker=altman&section=3`);
		expect(copied).toContain(`<script src="${baseUrl}/embed/frames.js"></script>`);
		await page.locator('details.embed-code').screenshot({ path: join(SHOTS, 'embed-code.png') });
		assertClean();
		await close();
	});
});
