/**
 * The dashboard's charts out of sight wait to hydrate (LateHydration's deferWhileFar): on a phone
 * the start hydrates what is near the viewport, and a chart far below hydrates when it comes near
 * or is used. The journey checks what a reader sees: a tap on a waiting chart selects at once, the
 * other charts follow, Back undoes it; and a link that selects something hydrates every chart.
 * An embed's one chart waits until it is used, in full view or not (deferUntilUsed).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, openHydrated } from './browser';
import { useBrowser } from './use-browser';
import { SLUG, englishAnalysis, heatmapCellName, quotesSettled, speakerBarName } from './dashboard-page';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const touch = { viewport: PHONE, isMobile: true, hasTouch: true };
const part = (chart: string) => `.late-hydration:has(> figure[data-chart="${chart}"])`;

describe('charts out of sight hydrate when needed', () => {
	it('on a phone the far charts wait; a tap on one selects at once, every chart follows, Back undoes it', async () => {
		const analysis = englishAnalysis();
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/`, touch);
		// More than a screen below the first at 390 px: the heatmap, the keywords, the matrix, the conversation.
		for (const chart of ['theme-heatmap', 'section-keywords', 'cooccurrence-matrix', 'conversation']) {
			expect(await page.locator(`${part(chart)}[data-waiting]`).count(), chart).toBe(1);
		}
		const section = analysis.sections.find((s) => s.index === 3)!;
		const theme = analysis.themes.find((t) => t.id === 'cost')!;
		const cell = page.locator(`figure[data-chart="theme-heatmap"] button[aria-label^="${heatmapCellName(section, theme)}"]`);
		await cell.tap();
		await page.waitForURL((url) => url.searchParams.get('cell') === '3,cost');
		await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
		// The selection moved on from the prerendered view: nothing waits any more, and the
		// conversation far below dims every turn outside section 3 that does not mention cost.
		expect(await page.locator('.late-hydration[data-waiting]').count()).toBe(0);
		const costTurns = new Set(analysis.mentions.filter((m) => m.theme === 'cost' && m.section === 3).map((m) => m.turn));
		expect(costTurns.size).toBeGreaterThan(0);
		await expect.poll(() => page.locator('[data-chart="conversation"] .turn-marks rect.dimmed').count()).toBe(analysis.turns.length - costTurns.size);
		await quotesSettled(page);
		await page.goBack();
		await page.waitForURL((url) => url.search === '');
		await expect.poll(() => page.locator('[data-chart="conversation"] .turn-marks rect.dimmed').count()).toBe(0);
		await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('false');
		assertClean();
		await close();
	});

	it('a click elsewhere leaves the waiting charts to hydrate after its frame, and before the address names the selection', async () => {
		// On a long transcript the far charts hydrating inside the click made the first click a
		// 400-500 ms task; after the paint they are no one's wait, and the address comes after them.
		const analysis = englishAnalysis();
		const outside = analysis.turns.filter((turn) => turn.speaker !== 'altman').length;
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/`, touch);
		const bar = `figure[data-chart="speaker-share"] button[aria-label^="${speakerBarName(analysis, 'altman')}"]`;
		const timeline = await page.evaluate(
			async ({ bar }) => {
				const waiting = () => document.querySelectorAll('.late-hydration[data-waiting]').length;
				const dimmed = () => document.querySelectorAll('[data-chart="conversation"] .turn-marks rect.dimmed').length;
				const before = { waiting: waiting() };
				let atWrite: { waiting: number; dimmed: number; search: string } | undefined;
				const push = history.pushState.bind(history);
				history.pushState = (state, unused, url) => {
					push(state, unused, url);
					atWrite ??= { waiting: waiting(), dimmed: dimmed(), search: location.search };
				};
				const button = document.querySelector<HTMLButtonElement>(bar)!;
				button.click();
				await new Promise<void>((done) => queueMicrotask(done));
				const inClick = { pressed: button.getAttribute('aria-pressed'), waiting: waiting() };
				for (let tasks = 0; !atWrite && tasks < 1000; tasks++) await new Promise((done) => setTimeout(done, 0));
				return { before, inClick, atWrite };
			},
			{ bar }
		);
		// The charts below the first screen (at least the four of the first journey) wait before the
		// click and through it: the clicked bar is pressed in that same flush.
		expect(timeline.before.waiting).toBeGreaterThanOrEqual(4);
		expect(timeline.inClick).toEqual({ pressed: 'true', waiting: timeline.before.waiting });
		// When the address changes, none waits and the conversation shows the selection.
		expect(timeline.atWrite).toEqual({ waiting: 0, dimmed: outside, search: '?speaker=altman' });
		await quotesSettled(page);

		// The entry was written once: Back returns to the page as it loaded, Forward to 奥特曼's turns.
		const dimmedCount = () => page.locator('[data-chart="conversation"] .turn-marks rect.dimmed').count();
		await page.goBack();
		await page.waitForURL((url) => url.search === '');
		await expect.poll(dimmedCount).toBe(0);
		await expect.poll(() => page.locator(bar).getAttribute('aria-pressed')).toBe('false');
		await page.goForward();
		await page.waitForURL((url) => url.search === '?speaker=altman');
		await expect.poll(dimmedCount).toBe(outside);
		await expect.poll(() => page.locator(bar).getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});

	it('a chart hydrates as it is scrolled near, before any use', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/`, touch);
		const conversation = page.locator(part('conversation'));
		expect(await conversation.getAttribute('data-waiting')).toBe('');
		await page.locator('figure[data-chart="conversation"]').scrollIntoViewIfNeeded();
		await expect.poll(() => conversation.getAttribute('data-waiting')).toBeNull();
		assertClean();
		await close();
	});

	it('a waiting chart reached by the keyboard hydrates on focus: Enter selects at once', async () => {
		const analysis = englishAnalysis();
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/`, touch);
		const section = analysis.sections.find((s) => s.index === 3)!;
		const theme = analysis.themes.find((t) => t.id === 'cost')!;
		const cell = page.locator(`figure[data-chart="theme-heatmap"] button[aria-label^="${heatmapCellName(section, theme)}"]`);
		expect(await page.locator(`${part('theme-heatmap')}[data-waiting]`).count()).toBe(1);
		// Focus without scrolling, so that only the focus (not the viewport) can wake the chart.
		await cell.evaluate((button: HTMLElement) => button.focus({ preventScroll: true }));
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.searchParams.get('cell') === '3,cost');
		expect(await cell.getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});

	it('a link that selects something hydrates every chart: none waits', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}/en/t/${SLUG}/?speaker=altman`, touch);
		expect(await page.locator('.late-hydration[data-waiting]').count()).toBe(0);
		expect(await page.locator('[data-chart="conversation"] .turn-marks rect.dimmed').count()).toBeGreaterThan(0);
		assertClean();
		await close();
	});
});

describe("an embed's chart hydrates when it is first used", () => {
	const embed = `${baseUrl}/en/embed/${SLUG}/theme-heatmap/`;
	const waitingCount = (page: Page) => page.locator('.late-hydration[data-waiting]').count();
	const cellOf = (page: Page, sectionIndex: number, themeId: string) => {
		const analysis = englishAnalysis();
		const section = analysis.sections.find((s) => s.index === sectionIndex)!;
		const theme = analysis.themes.find((t) => t.id === themeId)!;
		return page.locator(`figure[data-chart="theme-heatmap"] button[aria-label^="${heatmapCellName(section, theme)}"]`);
	};

	it('in full view on a desktop it waits; the first click selects at once, Back and Forward follow, the dashboard link carries the selection', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), embed, { viewport: DESKTOP });
		const cell = cellOf(page, 3, 'cost');
		// The whole chart is in the viewport and the page is interactive, yet the chart keeps its
		// server markup: nothing has used it.
		expect(await cell.isVisible()).toBe(true);
		await page.waitForTimeout(300);
		expect(await waitingCount(page)).toBe(1);
		// Clicked as soon as the page says it is interactive: the code is in, and the chart does
		// not move as it hydrates, so the click selects.
		await cell.click();
		await page.waitForURL((url) => url.searchParams.get('cell') === '3,cost');
		expect(await cell.getAttribute('aria-pressed')).toBe('true');
		expect(await waitingCount(page)).toBe(0);
		await expect.poll(() => page.locator('p.open a').getAttribute('href')).toContain('cell=3,cost');
		await page.goBack();
		await page.waitForURL((url) => url.search === '');
		await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('false');
		await page.goForward();
		await page.waitForURL((url) => url.searchParams.get('cell') === '3,cost');
		await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});

	it('on a phone a tap, and from the keyboard a focus and Enter, each select on a waiting chart', async () => {
		const phone = await openHydrated(browser(), embed, touch);
		expect(await waitingCount(phone.page)).toBe(1);
		await cellOf(phone.page, 5, 'enterprise').tap();
		await phone.page.waitForURL((url) => url.searchParams.get('cell') === '5,enterprise');
		expect(await cellOf(phone.page, 5, 'enterprise').getAttribute('aria-pressed')).toBe('true');
		phone.assertClean();
		await phone.close();

		const keyboard = await openHydrated(browser(), embed, { viewport: DESKTOP });
		expect(await waitingCount(keyboard.page)).toBe(1);
		await cellOf(keyboard.page, 5, 'enterprise').focus();
		await keyboard.page.keyboard.press('Enter');
		await keyboard.page.waitForURL((url) => url.searchParams.get('cell') === '5,enterprise');
		expect(await cellOf(keyboard.page, 5, 'enterprise').getAttribute('aria-pressed')).toBe('true');
		keyboard.assertClean();
		await keyboard.close();
	});

	it('an embed link that selects something hydrates its chart at once', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${embed}?cell=3,cost`, { viewport: DESKTOP });
		expect(await waitingCount(page)).toBe(0);
		expect(await cellOf(page, 3, 'cost').getAttribute('aria-pressed')).toBe('true');
		assertClean();
		await close();
	});
});
