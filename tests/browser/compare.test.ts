/**
 * The comparison page clicked through in Chromium: reached from the index and the masthead, its
 * two charts server-rendered, a theme cell leads to that transcript's dashboard with the theme
 * selected (and says so there), Back returns; a host segment leads to the dashboard with the
 * host selected; in Chinese at /zh/compare/; a phone has no horizontal overflow. Expected figures
 * are counted by hand in the transcripts written for the project.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadAnalysis } from '../../src/lib/server/content';
import { PHONE, openHydrated, openPage, seriousAxeViolations, waitForHydration } from './browser';
import { useBrowser } from './use-browser';
import { quotesSettled } from './dashboard-page';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const EN = 'en-ai-costs-panel';
const ZH = 'zh-chip-roundtable';

/** GPT-N in the English panel, counted by hand: "When GPT-4 arrived", "on GPT-4", "rumours of GPT-5" (headings are not turns). */
const EN_GPT_MENTIONS = 3;
/** The English panel's words, as the analysis counts them (its unit; word counting is tested with the analysis). */
const enWords = loadAnalysis(EN).totals.units;
const oneDecimal = (value: number) => value.toFixed(1);

describe('comparison page', () => {
	it('is linked from the index and the masthead, and draws both charts before JavaScript', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/`);
		expect(await page.locator('.masthead a.nav').getAttribute('href')).toBe('/en/compare/');
		await page.getByRole('link', { name: 'Compare the transcripts side by side' }).click();
		await page.waitForURL('**/en/compare/');
		expect(await page.locator('h1').innerText()).toBe('Transcripts side by side');
		assertClean();
		await close();

		const noJs = await openPage(browser(), { javaScriptEnabled: false });
		await noJs.page.goto(`${baseUrl}/en/compare/`);
		for (const kind of ['compare-share', 'compare-themes']) {
			expect(await noJs.page.locator(`figure[data-chart="${kind}"] svg rect`).count(), kind).toBeGreaterThan(0);
		}
		// Three transcripts × four themes, each a link.
		expect(await noJs.page.locator('figure[data-chart="compare-themes"] a.cell').count()).toBe(12);
		noJs.assertClean();
		await noJs.close();
	});

	it('a theme cell opens that transcript’s dashboard with the theme selected; Back returns', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/compare/`);
		const rate = oneDecimal((EN_GPT_MENTIONS * 10_000) / enWords);
		const cell = page.getByRole('link', { name: `GPT-N in “The price of intelligence: a panel on AI costs”: ${rate} mentions per 10,000 words, ${EN_GPT_MENTIONS} in all. Open with this theme selected` });
		expect(await cell.innerText()).toContain(rate);
		await cell.click();
		await page.waitForURL(`**/en/t/${EN}/?pair=gpt-n,gpt-n&rate=per10k`);
		await waitForHydration(page);
		// The selection is visible there: the status line, the pressed matrix cell, the quotes.
		expect(await page.locator('.status-line').innerText()).toContain('Selected: GPT-N');
		const diagonal = page.locator('figure[data-chart="cooccurrence-matrix"] button[aria-pressed="true"]');
		expect(await diagonal.count()).toBe(1);
		await quotesSettled(page);
		expect(await page.locator('.quote-panel li.quote').count()).toBe(EN_GPT_MENTIONS);

		await page.goBack();
		await page.waitForURL('**/en/compare/');
		await expect.poll(() => page.locator('h1').innerText()).toBe('Transcripts side by side');
		assertClean();
		await close();
	});

	it('a host segment opens the dashboard with the host selected (22 of 57 turns, counted by hand)', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/compare/`);
		const host = page.locator(`figure[data-chart="compare-share"] .chart a[href="/en/t/${ZH}/?speaker=host"]`);
		expect(await host.getAttribute('aria-label')).toMatch(/^主持人 \(host\) in “芯片圆桌：算力、成本与企业落地”: \d+% of speaking, 22 turns\./);
		// The moderator of the English panel is its host too, and guests are named as guests.
		expect(await page.locator(`figure[data-chart="compare-share"] .chart a[href="/en/t/${EN}/?speaker=moderator"]`).getAttribute('aria-label')).toContain('MODERATOR (host)');
		expect(await page.locator(`figure[data-chart="compare-share"] .chart a[href="/en/t/${EN}/?speaker=kerrigan"]`).getAttribute('aria-label')).toContain('KERRIGAN (guest)');
		await host.click();
		await page.waitForURL(`**/en/t/${ZH}/?speaker=host`);
		await waitForHydration(page);
		expect(await page.locator('.status-line').innerText()).toContain('Selected: 主持人');
		expect(await page.locator('figure[data-chart="speaker-share"] button[aria-pressed="true"]').count()).toBe(1);
		assertClean();
		await close();
	});

	it('in Chinese at /zh/compare/: Chinese wording, links that stay in Chinese, no serious axe violation', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/zh/compare/`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
		expect(await page.locator('h1').innerText()).toBe('各份实录并排比较');
		expect(await page.locator('figure[data-chart="compare-themes"] .title').innerText()).toBe('每万单位的主题提及');
		// Each row says its unit.
		expect(await page.locator('figure[data-chart="compare-themes"] .row-unit').allInnerTexts()).toEqual(expect.arrayContaining(['每万字', '每万词']));
		const cell = page.locator(`figure[data-chart="compare-themes"] .chart a[href="/zh/t/${ZH}/?pair=compute,compute&rate=per10k"]`);
		expect(await cell.getAttribute('aria-label')).toMatch(/^“芯片圆桌：算力、成本与企业落地”中的算力：每万字提及/);
		expect(await seriousAxeViolations(page)).toEqual([]);
		assertClean();
		await close();
	});

	it('fits a phone (390 px) in both languages', async () => {
		for (const path of ['/en/compare/', '/zh/compare/']) {
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, { viewport: PHONE });
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
			assertClean();
			await close();
		}
	});
});
