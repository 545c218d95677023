/**
 * The linked dashboard in a real Chromium against the production build: real clicks, figures
 * checked against the real analysis (loadAnalysis), never against copies of what the page shows.
 */
import { describe, expect, inject, it } from 'vitest';
import { openHydrated, openPage, waitForHydration, type WatchedPage } from './browser';
import { expectChartCodeAfterPage, openHydratedWatchingScripts } from './late-code';
import { useBrowser } from './use-browser';
import { DASHBOARD, SLUG, chartButton, chartButtons, englishAnalysis, heatmapCellName, listedQuotes, markNumber, matrixCellName, quoteCountLine, sectionLabel, speakerBarName } from './dashboard-page';

const analysis = englishAnalysis();
const baseUrl = inject('baseUrl');
const theme = (id: string) => analysis.themes.find((t) => t.id === id)!;
const turnsMentioning = (themeId: string) => new Set(analysis.mentions.filter((m) => m.theme === themeId).map((m) => m.turn));

const browser = useBrowser();

const openDashboard = (search = ''): Promise<WatchedPage> => openHydrated(browser(), `${baseUrl}${DASHBOARD}${search}`);

describe('dashboard', () => {
	it('the charts’ code is not in the first load: the prerendered page names it nowhere but links its styles; it is fetched after, and the charts then answer clicks', async () => {
		const lateParts = await expectChartCodeAfterPage(`${baseUrl}${DASHBOARD}`, 'src/lib/components/dashboard-late-parts.ts');

		const { page, scripts, assertClean, close } = await openHydratedWatchingScripts(browser(), `${baseUrl}${DASHBOARD}`);
		expect(scripts).toContain(lateParts);
		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).click();
		await page.waitForURL(/\?speaker=altman$/);
		await expect.poll(() => chartButton(page, 'speaker-share', '奥特曼:').getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});


	it('clicking the 奥特曼 bar lists only his paragraphs and turns the heatmap into his mentions', async () => {
		const { page, assertClean, close } = await openDashboard();
		const altman = analysis.speakers.find((s) => s.id === 'altman')!;
		const before = await chartButtons(page, 'theme-heatmap');

		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).click();
		await page.waitForURL(/\?speaker=altman$/);

		await expect.poll(() => chartButton(page, 'speaker-share', '奥特曼:').getAttribute('aria-pressed')).toBe('true');
		const quotes = await listedQuotes(page);
		expect(quotes.length).toBeGreaterThan(0);
		expect(new Set(quotes.map((q) => q.speakerLabel))).toEqual(new Set(['奥特曼']));
		const altmanParagraphs = analysis.turns.filter((t) => t.speaker === 'altman').flatMap((t) => t.paragraphs.map((p) => p.id));
		expect(quotes.map((q) => q.paragraph)).toEqual(altmanParagraphs);
		expect(new Set(quotes.map((q) => q.turn)).size).toBe(altman.turns);
		expect(await quoteCountLine(page)).toBe(`${altman.turns} turns, ${altmanParagraphs.length} paragraphs`);

		const after = await chartButtons(page, 'theme-heatmap');
		let changed = 0;
		for (const section of analysis.sections) {
			for (const t of analysis.themes) {
				const expected = analysis.mentions.filter(
					(m) => m.speaker === 'altman' && m.section === section.index && m.theme === t.id
				).length;
				const name = heatmapCellName(section, t);
				const cell = after.find((b) => b.name.startsWith(name));
				expect(cell, name).toBeDefined();
				expect(cell!.figure, name).toBe(String(expected));
				expect(cell!.name, name).toContain(`: ${expected} ${expected === 1 ? 'mention' : 'mentions'}`);
				if (before.find((b) => b.name.startsWith(name))!.figure !== cell!.figure) changed++;
			}
		}
		// Someone else mentions themes too, so some cells must have changed.
		expect(changed).toBeGreaterThan(0);
		assertClean();
		await close();
	});

	it('clicking a heatmap cell lists that section’s paragraphs mentioning the theme, terms marked', async () => {
		const { page, assertClean, close } = await openDashboard();
		// The busiest section × theme cell of the analysis.
		const busiest = [...analysis.themeBySection].sort((a, b) => b.count - a.count)[0]!;
		const section = analysis.sections.find((s) => s.index === busiest.section)!;
		const cellTheme = theme(busiest.theme);
		const cell = chartButton(page, 'theme-heatmap', heatmapCellName(section, cellTheme));
		const number = await markNumber(cell);
		expect(number).toBe(busiest.count);

		await cell.click();
		await page.waitForURL(new RegExp(`\\?cell=${section.index},${busiest.theme}$`));
		await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');

		const quotes = await listedQuotes(page);
		expect(quotes.length).toBeGreaterThan(0);
		let marked = 0;
		for (const quote of quotes) {
			expect(quote.section).toBe(section.index);
			const expectedTexts = analysis.mentions
				.filter((m) => m.paragraph === quote.paragraph && m.theme === busiest.theme)
				.sort((a, b) => a.start - b.start)
				.map((m) => m.text);
			expect(expectedTexts.length, quote.paragraph).toBeGreaterThan(0);
			expect(quote.marks.filter((m) => m.theme === busiest.theme).map((m) => m.text)).toEqual(expectedTexts);
			marked += expectedTexts.length;
		}
		expect(marked).toBe(number);
		expect(await quoteCountLine(page)).toBe(`${number} mentions in ${quotes.length} paragraphs`);
		// The selected theme's marks are emphasised; others are not.
		const emphasised = await page.$$eval('.quote-panel mark.emphasised', (marks) => marks.map((m) => m.getAttribute('data-theme')));
		expect(new Set(emphasised)).toEqual(new Set([busiest.theme]));
		assertClean();
		await close();
	});

	it('clicking the compute × cost matrix cell lists turns that mention both', async () => {
		const { page, assertClean, close } = await openDashboard();
		const cell = chartButton(page, 'cooccurrence-matrix', matrixCellName(theme('compute'), theme('cost')));
		const number = await markNumber(cell);
		const compute = turnsMentioning('compute');
		const cost = turnsMentioning('cost');
		expect(number).toBe([...compute].filter((id) => cost.has(id)).length);
		expect(number).toBeGreaterThan(0);

		await cell.click();
		await page.waitForURL(/\?pair=compute,cost$/);
		const quotes = await listedQuotes(page);
		const turns = new Set(quotes.map((q) => q.turn));
		for (const turn of turns) {
			expect(compute.has(turn) && cost.has(turn), turn).toBe(true);
		}
		expect(turns.size).toBe(number);
		expect(await quoteCountLine(page)).toBe(`${number} ${number === 1 ? 'turn' : 'turns'}, ${quotes.length} ${quotes.length === 1 ? 'paragraph' : 'paragraphs'}`);
		assertClean();
		await close();
	});

	it('clicking a quote opens the reader at that paragraph', async () => {
		const { page, assertClean, close } = await openDashboard('?speaker=lightcap');
		await expect.poll(async () => (await listedQuotes(page))[0]?.turn).toBe(analysis.turns.find((t) => t.speaker === 'lightcap')!.id);
		const quotes = await listedQuotes(page);
		// A quote further down, so the reader has to scroll to it.
		const target = quotes[Math.floor(quotes.length / 2)]!;
		await page.locator(`.quote-panel li[data-paragraph="${target.paragraph}"] a.quote-link`).click();
		await page.waitForURL(`**/t/${SLUG}/read/?speaker=lightcap#${target.paragraph}`);
		await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), target.paragraph);
		await expect
			.poll(() =>
				page.evaluate((id) => {
					const box = document.getElementById(id)!.getBoundingClientRect();
					return box.top >= 0 && box.top < window.innerHeight;
				}, target.paragraph)
			)
			.toBe(true);
		const paragraph = analysis.turns.flatMap((t) => t.paragraphs).find((p) => p.id === target.paragraph)!;
		expect(await page.locator(`#${target.paragraph}`).textContent()).toBe(paragraph.text);
		assertClean();
		await close();
	});

	it('a link with a selection opens that view, and Back undoes a click', async () => {
		const { page, assertClean, close } = await openDashboard('?speaker=altman&section=3');
		const section = analysis.sections.find((s) => s.index === 3)!;
		const expectedTurns = analysis.turns.filter((t) => t.speaker === 'altman' && t.section === 3);
		const speakerBar = chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman'));
		const sectionBar = chartButton(page, 'section-speakers', sectionLabel(section));

		const checkAltmanInSection3 = async () => {
			await expect.poll(() => speakerBar.getAttribute('aria-pressed')).toBe('true');
			expect(await sectionBar.getAttribute('aria-pressed')).toBe('true');
			const quotes = await listedQuotes(page);
			expect(quotes.map((q) => q.paragraph)).toEqual(expectedTurns.flatMap((t) => t.paragraphs.map((p) => p.id)));
			expect(await page.locator('.selection-status [role="status"]').textContent()).toContain(
				`奥特曼 · ${section.number} ${section.title}`
			);
		};
		await checkAltmanInSection3();

		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'lightcap')).click();
		await page.waitForURL(/\?speaker=lightcap&section=3$/);
		await expect.poll(async () => new Set((await listedQuotes(page)).map((q) => q.speakerLabel))).toEqual(new Set(['莱特卡普']));
		expect(await speakerBar.getAttribute('aria-pressed')).toBe('false');

		await page.goBack();
		await page.waitForURL(/\?speaker=altman&section=3$/);
		await checkAltmanInSection3();

		await page.getByRole('button', { name: 'Clear selection' }).click();
		await page.waitForURL((url) => url.search === '');
		await expect.poll(() => speakerBar.getAttribute('aria-pressed')).toBe('false');
		expect((await listedQuotes(page)).length).toBe(analysis.totals.paragraphs);
		assertClean();
		await close();
	});

	it('works with the keyboard alone: Tab to a bar, Enter, skip the turn links, Tab to a quote, Enter', async () => {
		const { page, assertClean, close } = await openDashboard();
		const focusedName = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return `${el?.getAttribute('aria-label') ?? ''}|${el?.classList.contains('quote-link') ? 'quote-link' : ''}`;
			});
		const tabUntil = async (done: (name: string) => boolean, limit = 400) => {
			for (let i = 0; i < limit; i++) {
				await page.keyboard.press('Tab');
				if (done(await focusedName())) return;
			}
			throw new Error('never reached by Tab');
		};

		await tabUntil((name) => name.startsWith(speakerBarName(analysis, 'altman')));
		await page.keyboard.press('Enter');
		await page.waitForURL(/\?speaker=altman$/);
		// Focus stays on the bar, so Tab carries on from there.
		expect(await focusedName()).toMatch(/^奥特曼:/);
		await expect.poll(async () => new Set((await listedQuotes(page)).map((q) => q.speakerLabel))).toEqual(new Set(['奥特曼']));

		// The conversation chart's turn links are passed in one keystroke with its skip link.
		const turnLinkCount = () => page.locator('[data-chart="conversation"] a[data-turn]').count();
		expect(await turnLinkCount()).toBe(analysis.turns.length);
		let skipped = false;
		for (let i = 0; i < 400 && !skipped; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
			if (text === `Skip the ${analysis.turns.length} turn links`) {
				await page.keyboard.press('Enter');
				await page.keyboard.press('Tab');
				const next = await page.evaluate(() => document.activeElement?.closest('[data-chart="conversation"] .plot') === null && document.activeElement?.tagName !== 'BODY');
				expect(next).toBe(true);
				skipped = true;
			}
		}
		expect(skipped).toBe(true);

		await tabUntil((name) => name.endsWith('|quote-link'));
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
		const paragraphId = href.split('#')[1]!;
		expect(analysis.turns.find((t) => t.paragraphs.some((p) => p.id === paragraphId))?.speaker).toBe('altman');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/t/${SLUG}/read/?speaker=altman#${paragraphId}`);
		await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), paragraphId);
		assertClean();
		await close();
	});
});
