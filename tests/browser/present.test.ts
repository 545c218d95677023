/**
 * Present mode in Chromium: stepping through the slides with keys and buttons, the slide in the
 * hash (kept on reload), the selection carried in and out (Esc lands on the dashboard at the same
 * selection), the quote slides against the transcript itself (loadAnalysis), a phone without
 * horizontal scrolling, the start (one slide drawn until the code runs; a slide opened by its hash
 * hydrates late and answers clicks), and the slides as one document without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART_SLIDES, MAX_QUOTE_SLIDES } from '../../src/lib/present/deck';
import { PHONE, openPage, seriousAxeViolations, waitForHydration, type WatchedPage } from './browser';
import { DASHBOARD, SLUG, chartButton, englishAnalysis, heatmapCellName, sectionLabel, speakerBarName } from './dashboard-page';
import { expectChartCodeAfterPage, openHydratedWatchingScripts } from './late-code';
import { useBrowser } from './use-browser';

const analysis = englishAnalysis();
const baseUrl = inject('baseUrl');
const browser = useBrowser();
const PRESENT = `/en/present/${SLUG}/`;
const PROJECTOR = { width: 1920, height: 1080 };

/** Every paragraph by a speaker, in transcript order: the quotes behind `?speaker=<id>`. */
const paragraphsBy = (speaker: string) => analysis.turns.filter((t) => t.speaker === speaker).flatMap((t) => t.paragraphs);
const altmanParagraphs = paragraphsBy('altman');
const slideCount = CHART_SLIDES.length + Math.min(altmanParagraphs.length, MAX_QUOTE_SLIDES);

async function openPresent(search: string, options: { viewport?: typeof PHONE; javaScriptEnabled?: boolean } = {}): Promise<WatchedPage> {
	const watched = await openPage(browser(), { viewport: PROJECTOR, ...options });
	await watched.page.goto(`${baseUrl}${PRESENT}${search}`);
	if (options.javaScriptEnabled !== false) await waitForHydration(watched.page);
	return watched;
}

/** The slide on screen: its number, its title (the heading the reader sees) and how many are shown. */
async function shownSlide(page: Page) {
	return page.evaluate(() => {
		const slides = [...document.querySelectorAll<HTMLElement>('.slide-deck .deck-slide')].filter((s) => s.offsetParent !== null);
		const slide = slides[0];
		return {
			shown: slides.length,
			number: Number(slide?.dataset.slide),
			title: slide?.querySelector('h2')?.textContent?.trim() ?? '',
			label: slide?.getAttribute('aria-label') ?? ''
		};
	});
}

const hash = (page: Page) => new URL(page.url()).hash;
const liveText = (page: Page) => page.locator('.slide-deck [aria-live="polite"]').textContent();

describe('present mode on a projector', () => {
	it('steps with the keys and buttons, keeps the slide in the hash, shows the selection and the quotes, and Esc goes back', async () => {
		const { page, assertClean, close } = await openPresent('?speaker=altman');
		// No site masthead: the slides are the page.
		expect(await page.locator('header.masthead').count()).toBe(0);
		expect(await page.locator('[aria-roledescription="carousel"]').count()).toBe(1);

		expect(await shownSlide(page)).toEqual({ shown: 1, number: 1, title: 'Who spoke how much', label: `1 of ${slideCount}` });
		// The selection from the link is on the slide: 奥特曼's bar is pressed, no hint is shown.
		expect(await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('.deck-slide .hint').count()).toBe(0);

		await page.keyboard.press('ArrowRight');
		await expect.poll(() => hash(page)).toBe('#2');
		expect((await shownSlide(page)).title).toBe('Who spoke in each section');
		await expect.poll(() => liveText(page)).toBe(`Slide 2 of ${slideCount}: Who spoke in each section`);

		await page.keyboard.press('Space');
		await expect.poll(() => hash(page)).toBe('#3');
		expect((await shownSlide(page)).title).toBe('Themes by section');

		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => hash(page)).toBe('#2');
		expect((await shownSlide(page)).title).toBe('Who spoke in each section');

		await page.keyboard.press('PageDown');
		await expect.poll(() => hash(page)).toBe('#3');
		await page.keyboard.press('PageUp');
		await expect.poll(() => hash(page)).toBe('#2');

		// The visible buttons do the same; the query (the selection) stays as it was.
		await page.getByRole('button', { name: 'Next' }).click();
		await expect.poll(() => hash(page)).toBe('#3');
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect.poll(() => hash(page)).toBe('#2');
		expect(new URL(page.url()).search).toBe('?speaker=altman');

		// End and Home jump; the ends stop, they do not wrap.
		await page.keyboard.press('End');
		await expect.poll(() => hash(page)).toBe(`#${slideCount}`);
		await page.keyboard.press('ArrowRight');
		expect(hash(page)).toBe(`#${slideCount}`);
		await page.keyboard.press('Home');
		await expect.poll(() => hash(page)).toBe('#1');
		await page.keyboard.press('ArrowLeft');
		expect((await shownSlide(page)).number).toBe(1);

		// The first quote slide follows the charts: 奥特曼's first paragraph, word for word.
		const quoteSlide = CHART_SLIDES.length + 1;
		for (let i = 1; i < quoteSlide; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => hash(page)).toBe(`#${quoteSlide}`);
		const checkQuote = async () => {
			const first = altmanParagraphs[0]!;
			const turn = analysis.turns.find((t) => t.paragraphs.includes(first))!;
			const section = analysis.sections.find((s) => s.index === turn.section)!;
			const quote = page.locator('.deck-slide .pull-quote');
			expect((await shownSlide(page)).title).toBe(`Quote 1 of ${altmanParagraphs.length}`);
			expect(await quote.getAttribute('data-paragraph')).toBe(first.id);
			expect(await quote.locator('.quote-text').textContent()).toBe(first.text);
			expect((await quote.locator('.speaker-label').textContent())?.trim()).toBe('奥特曼');
			expect((await quote.locator('.speaker-name').textContent())?.trim()).toBe('Sam Altman');
			expect(sectionLabel(section)).toContain((await quote.locator('.section').textContent())?.trim());
		};
		await checkQuote();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('.deck-slide .pull-quote').getAttribute('data-paragraph')).toBe(altmanParagraphs[1]!.id);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => hash(page)).toBe(`#${quoteSlide}`);

		// A reload stays on the slide, with the selection.
		await page.reload();
		await waitForHydration(page);
		await expect.poll(async () => (await shownSlide(page)).number).toBe(quoteSlide);
		await checkQuote();

		expect(await seriousAxeViolations(page)).toEqual([]);

		// The quote's source opens the reader at its paragraph, loaded whole (the reader is a
		// document without SvelteKit's client); Back returns to the same slide.
		const source = page.locator('.deck-slide .pull-quote a.source');
		expect(await source.evaluate((link) => link.closest('[data-sveltekit-reload]') !== null)).toBe(true);
		await source.click();
		await page.waitForURL(`${baseUrl}/en/t/${SLUG}/read/?speaker=altman#${altmanParagraphs[0]!.id}`);
		await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), altmanParagraphs[0]!.id);
		expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')))).toBe(false);
		await page.goBack();
		await page.waitForURL(`${baseUrl}${PRESENT}?speaker=altman#${quoteSlide}`);
		await waitForHydration(page);
		await expect.poll(async () => (await shownSlide(page)).number).toBe(quoteSlide);

		await page.keyboard.press('Escape');
		await page.waitForURL(`${baseUrl}${DASHBOARD}?speaker=altman`);
		await waitForHydration(page);
		await expect
			.poll(() => chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).getAttribute('aria-pressed'))
			.toBe('true');
		assertClean();
		await close();
	});

	it('the dashboard’s Present link carries the selection; a chart click on a slide keeps the slide; Exit goes back', async () => {
		const { page, assertClean, close } = await openPage(browser(), { viewport: PROJECTOR });
		await page.goto(`${baseUrl}${DASHBOARD}?speaker=altman&section=3`);
		await waitForHydration(page);
		await page.getByRole('link', { name: 'Present', exact: true }).click();
		await page.waitForURL(`${baseUrl}${PRESENT}?speaker=altman&section=3`);
		await waitForHydration(page);
		expect((await page.locator('.deck-selection').textContent())?.replace(/\s+/g, ' ')).toContain('奥特曼 · 03');

		await page.keyboard.press('ArrowRight');
		await expect.poll(() => hash(page)).toBe('#2');
		const s3 = analysis.sections.find((s) => s.index === 3)!;
		const s5 = analysis.sections.find((s) => s.index === 5)!;
		expect(await chartButton(page, 'section-speakers', sectionLabel(s3)).getAttribute('aria-pressed')).toBe('true');
		await chartButton(page, 'section-speakers', sectionLabel(s5)).click();
		await page.waitForURL(`${baseUrl}${PRESENT}?speaker=altman&section=5#2`);
		expect((await shownSlide(page)).number).toBe(2);

		await page.getByRole('link', { name: /^Exit/ }).click();
		await page.waitForURL(`${baseUrl}${DASHBOARD}?speaker=altman&section=5`);
		await waitForHydration(page);
		await expect.poll(() => chartButton(page, 'section-speakers', sectionLabel(s5)).getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});
});

describe('present mode while it starts', () => {
	it('builds only its first slide until the code runs; opened on #3, draws that slide alone, which answers the click', async () => {
		// The code never arrives: the prerendered deck, as a slow phone shows it at first.
		const blocked = await browser().newPage({ viewport: PHONE });
		await blocked.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
		await blocked.goto(`${baseUrl}${PRESENT}`);
		const drawn = () =>
			blocked.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slide-deck .deck-slide')].map((slide) => (slide.offsetParent !== null ? slide.dataset.slide : '-')).join(' '));
		// The first slide is the only one built: with scripts on, the rest stay text inside <noscript>.
		expect(await drawn()).toBe('1');
		// Nothing selected: every paragraph is a quote, so the page holds the full set, slides 2 on in there.
		const later = await blocked.evaluate(() =>
			[...document.querySelectorAll('.slides noscript')].flatMap((element) => [...element.textContent!.matchAll(/data-slide="(\d+)"/g)].map((match) => match[1])).join(' ')
		);
		expect(later).toBe(Array.from({ length: CHART_SLIDES.length + MAX_QUOTE_SLIDES - 1 }, (_, i) => String(i + 2)).join(' '));
		await blocked.close();

		// With its code, on slide 3 (Themes by section), which was not drawn while the page loaded.
		const { page, assertClean, close } = await openPresent('#3', { viewport: PHONE });
		expect(await shownSlide(page)).toMatchObject({ shown: 1, number: 3, title: 'Themes by section' });
		expect(await page.locator('.slide-deck .deck-slide').count()).toBe(1);
		// Slide 3 was never an element of the page (it sat in <noscript>): the deck draws it, with
		// its code, in place of the first, the heatmap as SVG and nothing left waiting.
		await expect.poll(() => page.locator('.deck-slide figure[data-chart="theme-heatmap"] svg rect').count()).toBeGreaterThan(0);
		expect(await page.locator('.late-hydration[data-waiting]').count()).toBe(0);
		const section = analysis.sections[4]!;
		const theme = analysis.themes.find((t) => t.id === 'enterprise')!;
		const cell = chartButton(page, 'theme-heatmap', heatmapCellName(section, theme));
		await cell.click();
		await expect.poll(() => new URL(page.url()).search).toBe(`?cell=${section.index},enterprise`);
		expect(await page.locator('.late-hydration[data-waiting]').count()).toBe(0);
		expect(hash(page)).toBe('#3');
		expect(await cell.getAttribute('aria-pressed')).toBe('true');
		// Back undoes the click; the slide stays.
		await page.goBack();
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(await cell.getAttribute('aria-pressed')).toBe('false');
		expect((await shownSlide(page)).number).toBe(3);
		// No Svelte warning (a hydration mismatch would draw the deck a second time): assertClean.
		assertClean();
		await close();
	});
});

describe('present mode’s code', () => {
	it('the slides’ code is not in the first load: their styles are linked, it is fetched after, and a slide then answers a click', async () => {
		const lateParts = await expectChartCodeAfterPage(`${baseUrl}${PRESENT}`, 'src/lib/present/present-late-parts.ts');
		const { page, scripts, assertClean, close } = await openHydratedWatchingScripts(browser(), `${baseUrl}${PRESENT}`, { viewport: PHONE });
		expect(scripts).toContain(lateParts);
		// Slide 1 is the speaker chart.
		expect(await shownSlide(page)).toMatchObject({ number: 1, title: 'Who spoke how much' });
		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).click();
		await expect.poll(() => new URL(page.url()).search).toBe('?speaker=altman');
		await expect.poll(() => chartButton(page, 'speaker-share', '奥特曼:').getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});
});

describe('present mode on a phone and without JavaScript', () => {
	it('every slide fits the width of a phone: no horizontal scrolling', async () => {
		const { page, assertClean, close } = await openPresent('?speaker=altman', { viewport: PHONE });
		for (let slide = 1; slide <= slideCount; slide++) {
			await expect.poll(async () => (await shownSlide(page)).number).toBe(slide);
			const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
			expect(widths.scroll, `slide ${slide}`).toBeLessThanOrEqual(widths.inner);
			if (slide === 1) expect(await seriousAxeViolations(page)).toEqual([]);
			if (slide < slideCount) await page.getByRole('button', { name: 'Next' }).click();
		}
		assertClean();
		await close();
	});

	it('without JavaScript every slide is on the page, one after another, charts as SVG', async () => {
		const { page, assertClean, close } = await openPresent('', { javaScriptEnabled: false });
		const slides = await page.locator('.slide-deck .deck-slide').count();
		// Nothing selected: every paragraph is a quote, so the deck has its full set of quote slides.
		expect(slides).toBe(CHART_SLIDES.length + MAX_QUOTE_SLIDES);
		// And every one drawn: slides 2 on are elements here, in <noscript>, with a rule above each.
		expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slide-deck .deck-slide')].filter((slide) => slide.offsetParent !== null).length)).toBe(slides);
		const order = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.slide-deck .deck-slide')].map((slide) => ({ number: Number(slide.dataset.slide), top: slide.getBoundingClientRect().top, rule: getComputedStyle(slide).borderTopWidth }))
		);
		expect(order.map((slide) => slide.number)).toEqual(Array.from({ length: slides }, (_, i) => i + 1));
		expect(order.every((slide, i) => i === 0 || slide.top > order[i - 1]!.top)).toBe(true);
		expect(order.map((slide) => parseFloat(slide.rule) > 0)).toEqual([false, ...Array.from({ length: slides - 1 }, () => true)]);
		// Every chart is drawn in the HTML (the keyword lists are text, not SVG).
		for (const chart of CHART_SLIDES) {
			const drawn = chart === 'section-keywords' ? 'li' : 'svg';
			expect(await page.locator(`.deck-slide figure[data-chart="${chart}"] ${drawn}`).count(), chart).toBeGreaterThan(0);
		}
		expect(await page.locator('.deck-slide .pull-quote').count()).toBe(MAX_QUOTE_SLIDES);
		// No step buttons that cannot work.
		expect(await page.locator('.deck-nav').isVisible()).toBe(false);
		assertClean();
		await close();
	});
});
