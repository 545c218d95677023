/**
 * Charts out of sight follow a click a frame late (LateHydration's lateOutOfSight): the click's
 * own frame updates the charts in the viewport, a chart below the fold takes the click in a task
 * after the paint, and the address changes once every chart has (deferredHistory). Counted from
 * the analysis: the turns outside 奥特曼's, dimmed in the conversation chart. Back and Forward then
 * walk the two clicks' entries, each written once.
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, openHydrated } from './browser';
import { useBrowser } from './use-browser';
import { DASHBOARD, englishAnalysis, quotesSettled, speakerBarName } from './dashboard-page';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('a click and the charts out of sight', () => {
	it('the bar in view answers in the click’s frame, the conversation below a frame later, and the URL last; in view, the conversation answers at once', async () => {
		const analysis = englishAnalysis();
		const altmanTurns = analysis.turns.filter((turn) => turn.speaker === 'altman').length;
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${DASHBOARD}`, { viewport: DESKTOP });
		const bar = `figure[data-chart="speaker-share"] button[aria-label^="${speakerBarName(analysis, 'altman')}"]`;
		// Let the observers report where each chart is.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const timeline = await page.evaluate(
			async ({ bar }) => {
				const dimmed = () => document.querySelectorAll('[data-chart="conversation"] .turn-marks rect.dimmed').length;
				const before = location.search;
				const entries = history.length;
				const button = document.querySelector<HTMLButtonElement>(bar)!;
				const inView = (selector: string) => {
					const box = document.querySelector(selector)!.getBoundingClientRect();
					return box.bottom > 0 && box.top < innerHeight;
				};
				const conversationInView = inView('figure[data-chart="conversation"]');
				// What the page shows at the very moment the address changes.
				let atWrite: { dimmed: number; search: string } | undefined;
				const push = history.pushState.bind(history);
				history.pushState = (state, unused, url) => {
					push(state, unused, url);
					atWrite ??= { dimmed: dimmed(), search: location.search };
				};
				button.click();
				await new Promise<void>((done) => queueMicrotask(done));
				const inClick = { pressed: button.getAttribute('aria-pressed'), dimmed: dimmed(), search: location.search };
				// Task by task until the address has changed: the conversation had its dimming by then.
				let tasks = 0;
				while (location.search === before && tasks < 1000) {
					await new Promise((done) => setTimeout(done, 0));
					tasks++;
				}
				return { conversationInView, inClick, atUrl: atWrite, entries };
			},
			{ bar }
		);
		expect(timeline.conversationInView).toBe(false);
		expect(timeline.inClick).toEqual({ pressed: 'true', dimmed: 0, search: '' });
		expect(timeline.atUrl).toEqual({ dimmed: analysis.turns.length - altmanTurns, search: '?speaker=altman' });
		await quotesSettled(page);

		// Scrolled into view, the conversation takes the next click in its own frame.
		await page.locator('figure[data-chart="conversation"]').scrollIntoViewIfNeeded();
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		const inClick = await page.evaluate(async ({ bar }) => {
			document.querySelector<HTMLButtonElement>(bar)!.click();
			await new Promise<void>((done) => queueMicrotask(done));
			return document.querySelectorAll('[data-chart="conversation"] .turn-marks rect.dimmed').length;
		}, { bar });
		expect(inClick).toBe(0);
		await page.waitForURL((url) => url.search === '');
		expect(await page.evaluate(() => history.length)).toBe(timeline.entries + 2);

		// Both clicks reached the history, each once: Back returns to 奥特曼's turns, Forward clears them.
		const dimmedCount = () => page.locator('[data-chart="conversation"] .turn-marks rect.dimmed').count();
		await page.goBack();
		await page.waitForURL((url) => url.search === '?speaker=altman');
		await expect.poll(dimmedCount).toBe(analysis.turns.length - altmanTurns);
		await expect.poll(() => page.locator(bar).getAttribute('aria-pressed')).toBe('true');
		await page.goForward();
		await page.waitForURL((url) => url.search === '');
		await expect.poll(dimmedCount).toBe(0);
		assertClean();
		await close();
	});
});
