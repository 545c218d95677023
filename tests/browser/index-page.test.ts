/**
 * The index: a table of every transcript with its headline figures, sortable by each column by
 * click and by keyboard, the order kept in the URL (Back restores the previous order, reload keeps
 * it), in English at / and /en/ and in Chinese at /zh/; each transcript's data file is served.
 * Expected figures are counted by hand in the transcripts (the two sample ones were written for
 * the project: their labels counted with grep), and expected orders worked out from them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listTranscripts, loadAnalysis } from '../../src/lib/server/content';
import { PHONE, openHydrated, openPage, waitForHydration } from './browser';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const EN = 'en-ai-costs-panel';
const ZH = 'zh-chip-roundtable';
const DEFAULT = 'altman-lightcap-20vc';

/** Hand counts: speakers and turns (labels in the files: 22+12+12+10, 22+10+12+13; the default transcript's 102). */
const FIGURES: Record<string, { speakers: string; turns: string }> = {
	[EN]: { speakers: '4', turns: '56' },
	[ZH]: { speakers: '4', turns: '57' },
	[DEFAULT]: { speakers: '3', turns: '102' }
};

const order = (page: Page) => page.$$eval('table.transcripts tbody tr', (rows) => rows.map((row) => row.getAttribute('data-slug')));
const sortedColumn = (page: Page) =>
	page.$$eval('table.transcripts thead th[aria-sort]', (ths) => ths.map((th) => [th.querySelector('button')?.dataset.sort, th.getAttribute('aria-sort')]));
const header = (page: Page, key: string) => page.locator(`table.transcripts thead button[data-sort="${key}"]`);
const search = (page: Page) => new URL(page.url()).search;

describe('prerendered data', () => {
	it('t/<slug>/analysis.json is the analysis the pages render', async () => {
		expect(listTranscripts()).toEqual([DEFAULT, EN, ZH]);
		for (const slug of listTranscripts()) {
			const response = await fetch(`${baseUrl}/t/${slug}/analysis.json`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toContain('application/json');
			expect(await response.json()).toEqual(loadAnalysis(slug));
		}
	});
});

describe('index page', () => {
	it('lists the three transcripts with their figures, sorted by title, each linking to its dashboard', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/`);
		// By title: the Latin title first, then 奥 (U+5965) before 芯 (U+82AF), as rendered before JavaScript too.
		expect(await order(page)).toEqual([EN, DEFAULT, ZH]);
		expect(await sortedColumn(page)).toEqual([['title', 'ascending']]);
		for (const [slug, figures] of Object.entries(FIGURES)) {
			const row = page.locator(`tr[data-slug="${slug}"]`);
			expect(await row.locator('.col-speakers').innerText()).toBe(figures.speakers);
			expect(await row.locator('.col-turns').innerText()).toBe(figures.turns);
		}
		// Top themes: the English panel talks most about cost, the Chinese roundtable about compute.
		expect(await page.locator(`tr[data-slug="${EN}"] .col-theme .theme`).innerText()).toBe('Cost');
		expect(await page.locator(`tr[data-slug="${ZH}"] .col-theme .theme`).innerText()).toBe('Compute');
		expect(await page.locator(`tr[data-slug="${ZH}"] .translation`).innerText()).toBe('Chip roundtable: compute, cost and putting AI to work in companies');

		await page.locator(`tr[data-slug="${ZH}"] a.title`).click();
		await page.waitForURL(`**/t/${ZH}/`);
		// A navigation inside the site: the dashboard is drawn in the browser once its charts' code
		// is in (the URL changes first), then marked interactive: its six charts are all there.
		await waitForHydration(page);
		expect(await page.locator('figure[data-chart]').count()).toBe(6);
		assertClean();
		await close();
	});

	it('on a slow network, a dashboard reached from the index appears with its charts, never as a page without them', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/`);
		// From here every script the browser asks for (the dashboard's route and its charts' code) takes a second.
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await route.continue();
		});
		const indexHeading = await page.locator('h1').innerText();
		await page.locator(`tr[data-slug="${ZH}"] a.title`).click();
		await page.waitForURL(`**/en/t/${ZH}/`);
		// The URL changes before the page is drawn: what shows is the index still, or the whole dashboard.
		const shown = await page.evaluate(() => ({ heading: document.querySelector('h1')?.textContent ?? '', charts: document.querySelectorAll('figure[data-chart]').length }));
		if (shown.heading !== indexHeading) expect(shown.charts).toBe(6);
		await waitForHydration(page);
		expect(await page.locator('figure[data-chart]').count()).toBe(6);
		expect(await page.locator('h1').innerText()).not.toBe(indexHeading);
		assertClean();
		await close();
	});

	it('sorts by a click and by the keyboard; Back restores the previous order and reload keeps it', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/`);
		// Click: turns, most first (102, 57, 56).
		await header(page, 'turns').click();
		await page.waitForURL('**/en/?sort=turns&dir=desc');
		expect(await order(page)).toEqual([DEFAULT, ZH, EN]);
		expect(await sortedColumn(page)).toEqual([['turns', 'descending']]);
		expect(await page.locator('.status').innerText()).toBe('Sorted by Turns, descending');

		// Keyboard: Enter on the Speakers heading, then Space on it again.
		await header(page, 'speakers').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL('**/en/?sort=speakers&dir=desc');
		// 4, 4, 3: the two with four speakers in title order.
		expect(await order(page)).toEqual([EN, ZH, DEFAULT]);
		await page.keyboard.press('Space');
		await page.waitForURL('**/en/?sort=speakers&dir=asc');
		expect(await order(page)).toEqual([DEFAULT, EN, ZH]);
		expect(await sortedColumn(page)).toEqual([['speakers', 'ascending']]);

		// Back: the previous orders, one at a time.
		await page.goBack();
		await expect.poll(() => search(page)).toBe('?sort=speakers&dir=desc');
		await expect.poll(() => order(page)).toEqual([EN, ZH, DEFAULT]);
		await page.goBack();
		await expect.poll(() => search(page)).toBe('?sort=turns&dir=desc');
		await expect.poll(() => order(page)).toEqual([DEFAULT, ZH, EN]);
		expect(await sortedColumn(page)).toEqual([['turns', 'descending']]);

		// Reload: the address keeps the order.
		await page.reload();
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		expect(await order(page)).toEqual([DEFAULT, ZH, EN]);
		expect(await sortedColumn(page)).toEqual([['turns', 'descending']]);
		assertClean();
		await close();
	});

	it('in Chinese at /zh/: Chinese headings, Chinese order (奥 ào before 芯 xīn, Latin after Han), and sorting', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/zh/`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
		expect(await page.locator('h1').innerText()).toBe('文字实录');
		expect(await page.locator('table.transcripts caption').innerText()).toBe('所有实录及其主要数字');
		expect(await order(page)).toEqual([DEFAULT, ZH, EN]);
		expect(await page.locator(`tr[data-slug="${ZH}"] .col-theme .theme`).innerText()).toBe('算力');
		expect(await page.locator(`tr[data-slug="${EN}"] .translation`).innerText()).toBe('智能的价格：关于 AI 成本的小组讨论');
		await page.getByRole('button', { name: '发言人' }).click();
		await page.waitForURL('**/zh/?sort=speakers&dir=desc');
		// 4, 4, 3: the two with four speakers in the Chinese order of their titles.
		expect(await order(page)).toEqual([ZH, EN, DEFAULT]);
		expect(await page.locator('.status').innerText()).toBe('按发言人降序排列');
		// Dates as Chinese readers write them.
		expect(await page.locator(`tr[data-slug="${ZH}"] .col-date`).innerText()).toBe('2025年9月18日');
		// The dashboard links stay in Chinese.
		expect(await page.locator(`tr[data-slug="${EN}"] a.title`).getAttribute('href')).toBe(`/zh/t/${EN}/`);
		assertClean();
		await close();
	});

	it('sorts text columns by the order the server wrote down, never making a collator, in both languages', async () => {
		// Pinyin in Chinese: 成本 chéng, 企业 qǐ, 算力 suàn; in English: Compute, Cost, Enterprise.
		const themeOrder = { zh: [EN, DEFAULT, ZH], en: [ZH, EN, DEFAULT] };
		for (const lang of ['zh', 'en'] as const) {
			const { page, assertClean, close } = await openPage(browser());
			await page.addInitScript(() => {
				const made = { count: 0 };
				(window as unknown as { collators: typeof made }).collators = made;
				const Native = Intl.Collator;
				Intl.Collator = new Proxy(Native, {
					construct: (target, args) => (made.count++, Reflect.construct(target, args)),
					apply: (target, self, args) => (made.count++, Reflect.apply(target, self, args))
				});
			});
			await page.goto(`${baseUrl}/${lang}/`);
			await waitForHydration(page);
			await header(page, 'theme').click();
			await page.waitForURL(`**/${lang}/?sort=theme&dir=asc`);
			expect(await order(page)).toEqual(themeOrder[lang]);
			await header(page, 'theme').click();
			await page.waitForURL(`**/${lang}/?sort=theme&dir=desc`);
			expect(await order(page)).toEqual([...themeOrder[lang]].reverse());
			await header(page, 'title').click();
			// Title A to Z is the default order, written as the plain address.
			await expect.poll(() => search(page)).toBe('');
			// Title order as rendered before JavaScript: Han first in Chinese (奥 ào before 芯 xīn), Latin first in English.
			expect(await order(page)).toEqual(lang === 'zh' ? [DEFAULT, ZH, EN] : [EN, DEFAULT, ZH]);
			expect(await page.evaluate(() => (window as unknown as { collators: { count: number } }).collators.count)).toBe(0);
			assertClean();
			await close();
		}
	});

	it('fits a phone (390 px) in both languages, with every row’s figures shown', async () => {
		for (const path of ['/en/', '/zh/']) {
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${path}`, { viewport: PHONE });
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
			// Nothing cut inside the table either.
			expect(await page.$eval('.table-scroll', (region) => region.scrollWidth - region.clientWidth), path).toBe(0);
			expect(await page.locator(`tr[data-slug="${DEFAULT}"] .col-turns`).isVisible()).toBe(true);
			// Still a table to assistive technology, rows and headings and all, though laid out as a
			// grid; the date column is hidden (each title cell gives the date), so five headings.
			expect(await page.getByRole('table').count()).toBe(1);
			expect(await page.getByRole('rowheader').count()).toBe(3);
			expect(await page.getByRole('columnheader').count()).toBe(5);
			assertClean();
			await close();
		}
	});
});
