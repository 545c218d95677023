/**
 * The interface in two languages, as a reader meets it: the default transcript (Chinese) opens in
 * Chinese at its plain address; the switch carries the selection to /en/…, where titles, speaker
 * names, section titles and the date are English; Back returns; links stay in the language; a
 * shared /zh/ link opens in Chinese in a fresh browser, on a phone too. Expected wording is
 * written here (and the English section titles read from the metadata), not taken from the page
 * code.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, openHydrated, waitForHydration } from './browser';
import { useBrowser } from './use-browser';
import { SLUG, chartButton, quotesSettled } from './dashboard-page';
import { loadAnalysis } from '../../src/lib/server/content';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const meta = loadAnalysis(SLUG).meta;

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const heading = (page: Page, kind: string) => page.locator(`figure[data-chart="${kind}"] .title`).innerText();
const statusLine = (page: Page) => page.locator('.status-line').innerText();
const currentLanguage = (page: Page) => page.locator('.language-switch [aria-current="page"]').innerText();

describe('two languages', () => {
	it('opens in the transcript’s language, switches with the selection, comes Back, and keeps links in the language', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/t/${SLUG}/`);
		expect(await htmlLang(page)).toBe('zh');
		expect(await currentLanguage(page)).toBe('中文');
		expect(await heading(page, 'speaker-share')).toBe('谁说了多少');
		expect(await statusLine(page)).toContain('尚未选择');
		expect(await page.locator('.dashboard-head time').innerText()).toBe('2024年4月16日');
		// Speakers: the label as written and the Chinese full name from the metadata.
		await expect.poll(() => page.locator('figure[data-chart="speaker-share"]').innerText()).toContain('山姆·奥特曼');
		// Section titles as the transcript writes them.
		expect(await page.locator('figure[data-chart="theme-heatmap"] .section-title').first().innerText()).toBe('七年前创建OpenAI');

		// A selection in Chinese …
		await chartButton(page, 'speaker-share', '奥特曼').click();
		await page.waitForURL(`**/t/${SLUG}/?speaker=altman`);
		expect(await statusLine(page)).toContain('已选：奥特曼');

		// … carried into English by the switch.
		await page.locator('.language-switch a[hreflang="en"]').click();
		await page.waitForURL(`**/en/t/${SLUG}/?speaker=altman`);
		await waitForHydration(page);
		expect(await htmlLang(page)).toBe('en');
		expect(await currentLanguage(page)).toBe('English');
		expect(await heading(page, 'speaker-share')).toBe('Who spoke how much');
		expect(await heading(page, 'theme-heatmap')).toBe('Themes by section');
		expect(await statusLine(page)).toContain('Selected: 奥特曼');
		expect(await chartButton(page, 'speaker-share', '奥特曼').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('.dashboard-head time').innerText()).toBe('16 April 2024');
		expect(await page.locator('figure[data-chart="speaker-share"]').innerText()).toContain('Sam Altman');
		// The English title the metadata gives section 01, the original on hover and in the table.
		const english = meta.translations!.en!.sections!['01']!;
		expect(english).toBe('Founding OpenAI seven years ago');
		const rowLabel = page.locator('figure[data-chart="theme-heatmap"] .section-title').first();
		expect(await rowLabel.innerText()).toBe(english);
		expect(await rowLabel.getAttribute('lang')).toBe('en');
		expect(await page.locator('figure[data-chart="theme-heatmap"] [title*="七年前创建OpenAI"]').count()).toBeGreaterThan(0);
		// The notes say the titles are translations, and the estimate rests on a translation.
		const notes = await page.locator('figure[data-chart="theme-heatmap"] figcaption').innerText();
		expect(notes).toContain(`Section titles translated from the Chinese by ${meta.translations!.en!.by}`);
		// Turn 29 says 计算的成本 before 计算成本: both are compute terms that hold cost's 成本.
		expect(notes).toContain('“计算的成本” counts once for Compute (算力) and once for Cost (成本)');
		expect(await page.locator('figure[data-chart="speaker-share"] figcaption').innerText()).toContain('translation from English');
		// Links stay in English, with the selection.
		await quotesSettled(page);
		expect(await page.locator('.quote-panel a[href*="/read/"]').first().getAttribute('href')).toMatch(new RegExp(`^/en/t/${SLUG}/read/\\?speaker=altman#t\\d+-p\\d+$`));
		expect(await page.locator('a.brand').getAttribute('href')).toBe('/en/');

		// Back: the Chinese page, still at the selection.
		await page.goBack();
		await page.waitForURL(`**/t/${SLUG}/?speaker=altman`);
		await waitForHydration(page);
		expect(await htmlLang(page)).toBe('zh');
		expect(await statusLine(page)).toContain('已选：奥特曼');

		// The reader follows the language too: the English reader keeps the transcript's own
		// section headings, with the translation under them.
		await page.goto(`${baseUrl}/en/t/${SLUG}/read/`);
		await waitForHydration(page);
		const firstSection = page.locator('.reader-section').first();
		expect(await firstSection.locator('.section-heading').innerText()).toContain('七年前创建OpenAI');
		expect(await firstSection.locator('.section-translation').innerText()).toBe(english);
		expect(await page.locator('a.back-to-charts').getAttribute('href')).toBe(`/en/t/${SLUG}/`);
		// Opened at a paragraph with a selection, the switch keeps both (the reader's own script):
		// the same place in Chinese, and the way back to the same view.
		await page.goto(`${baseUrl}/en/t/${SLUG}/read/?speaker=altman#t12-p1`);
		await waitForHydration(page);
		await page.locator('.language-switch a[hreflang="zh"]').click();
		await page.waitForURL(`${baseUrl}/zh/t/${SLUG}/read/?speaker=altman#t12-p1`);
		await waitForHydration(page);
		expect(await htmlLang(page)).toBe('zh');
		expect(await page.evaluate(() => document.getElementById('t12-p1')?.matches(':target'))).toBe(true);
		expect(await page.locator('a.back-to-charts').getAttribute('href')).toBe(`/zh/t/${SLUG}/?speaker=altman`);
		assertClean();
		await close();
	});

	it('a shared /zh/ link opens in Chinese in a fresh browser on a phone, slides and embeds included', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/zh/t/${SLUG}/?section=3`, { viewport: PHONE });
		expect(await htmlLang(page)).toBe('zh');
		expect(await heading(page, 'section-speakers')).toBe('各章节谁在发言');
		// The switch fits the phone's width and is a comfortable target.
		const link = await page.locator('.language-switch a').boundingBox();
		expect(link!.x + link!.width).toBeLessThanOrEqual(PHONE.width);
		expect(link!.height).toBeGreaterThanOrEqual(44);
		// Present mode in Chinese, with the selection and its own switch.
		await page.goto(`${baseUrl}/zh/present/${SLUG}/?section=3`);
		await waitForHydration(page);
		expect(await htmlLang(page)).toBe('zh');
		expect(await page.locator('.language-switch [aria-current="page"]').innerText()).toBe('中文');
		// An embed in Chinese, its link back to the Chinese dashboard at the same selection.
		await page.goto(`${baseUrl}/zh/embed/${SLUG}/theme-heatmap/?section=3`);
		await waitForHydration(page);
		expect(await heading(page, 'theme-heatmap')).toBe('各章节的主题');
		expect(await page.locator('.open a').getAttribute('href')).toBe(`/zh/t/${SLUG}/?section=3`);
		assertClean();
		await close();
	});
});
