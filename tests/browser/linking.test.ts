/**
 * Journeys through the linked dashboard in Chromium, several steps deep: clicks, Back, Forward,
 * reload, a shared link in a fresh browser, a phone, the reader and back. After every step the
 * page must show what its URL says: the quote panel and every chart's numbers are compared with
 * oracle.ts, which works the figures out from the URL with plain loops, not the page's code.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, openHydrated, openPage, waitForHydration, type WatchedPage } from './browser';
import { useBrowser } from './use-browser';
import { DASHBOARD, SLUG, chartButton, chartButtons, englishAnalysis, heatmapCellName, listedQuotes, matrixCellName, sectionLabel, speakerBarName } from './dashboard-page';
import { expectedFor } from './oracle';

const analysis = englishAnalysis();
const baseUrl = inject('baseUrl');
const browser = useBrowser();
const section = (index: number) => analysis.sections.find((s) => s.index === index)!;
const theme = (id: string) => analysis.themes.find((t) => t.id === id)!;

const openDashboard = (search = '', options = {}): Promise<WatchedPage> =>
	openHydrated(browser(), `${baseUrl}${DASHBOARD}${search}`, options);

const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** Every figure on the page against the oracle for the page's current URL. */
async function expectPageMatchesUrl(page: Page): Promise<void> {
	const query = search(page);
	const expected = expectedFor(analysis, query);
	const context = `at ${query || '(nothing selected)'}`;
	await expect.poll(async () => (await listedQuotes(page)).map((q) => q.paragraph), { message: context }).toEqual(expected.quotes);

	for (const bar of await chartButtons(page, 'speaker-share')) {
		const speaker = analysis.speakers.find((s) => bar.name.startsWith(speakerBarName(analysis, s.id)))!;
		expect(bar.name, context).toMatch(new RegExp(`, ${expected.speakerTurns.get(speaker.id)} turns?,`));
	}
	const heatmap = await chartButtons(page, 'theme-heatmap');
	const terms = new URLSearchParams(query).getAll('term');
	// Drawn as mentions, or as a rate per 10,000: then the count is read from the cell's name.
	const perTenThousand = new URLSearchParams(query).get('rate') === 'per10k';
	const count = (cell: { name: string; figure: string }) => (perTenThousand ? /: (\d+) mentions?,/.exec(cell.name)?.[1] : cell.figure);
	for (const s of analysis.sections) {
		for (const t of analysis.themes) {
			const cell = heatmap.find((b) => b.name.startsWith(heatmapCellName(s, t)))!;
			expect(count(cell), `${context}: ${cell.name}`).toBe(String(expected.heatmap.get(`${s.index}|${t.id}`)));
		}
		for (const term of terms) {
			const cell = heatmap.find((b) => b.name.startsWith(`${sectionLabel(s)} × “${term}”:`))!;
			expect(cell, `${context}: ${term} in ${s.index}`).toBeDefined();
			expect(count(cell), `${context}: ${cell.name}`).toBe(String(expected.heatmap.get(`${s.index}|term:${term}`)));
		}
	}
	const matrix = await chartButtons(page, 'cooccurrence-matrix');
	for (const [key, count] of expected.matrix) {
		const [a, b] = key.split('|') as [string, string];
		const cell = matrix.find((m) => m.name.startsWith(matrixCellName(theme(a), theme(b))))!;
		expect(cell.figure, `${context}: ${cell.name}`).toBe(String(count));
	}
	// The conversation chart marks exactly the selected turns (dims the rest).
	const inSelection = await page.$$eval('[data-chart="conversation"] .turn-marks rect:not(.dimmed)', (marks) => marks.length);
	expect(inSelection, context).toBe(expected.turns);
}

const statusText = async (page: Page) => ((await page.locator('.selection-status [role="status"]').textContent()) ?? '').trim();

describe('the selection follows the URL', () => {
	it('section 05, then 莱特卡普, Back, Forward, another click, reload: the view is always what the URL says', async () => {
		const { page, assertClean, close } = await openDashboard();
		const s5 = section(5);
		await chartButton(page, 'section-speakers', sectionLabel(s5)).click();
		await page.waitForURL(/\?section=5$/);
		await expectPageMatchesUrl(page);
		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'lightcap')).click();
		await page.waitForURL(/\?speaker=lightcap&section=5$/);
		await expectPageMatchesUrl(page);
		// Counted in the transcript: 莱特卡普 has 5 turns in section 05.
		expect(expectedFor(analysis, search(page)).turns).toBe(5);

		await page.goBack();
		await page.waitForURL(/\?section=5$/);
		await expect.poll(() => statusText(page)).toBe(`Selected: ${s5.number} ${s5.title}`);
		await expectPageMatchesUrl(page);
		expect(await chartButton(page, 'speaker-share', speakerBarName(analysis, 'lightcap')).getAttribute('aria-pressed')).toBe('false');

		await page.goForward();
		await page.waitForURL(/\?speaker=lightcap&section=5$/);
		await expect.poll(() => statusText(page)).toBe(`Selected: 莱特卡普 · ${s5.number} ${s5.title}`);
		await expectPageMatchesUrl(page);

		// The next click builds on the view shown: the section stays.
		await chartButton(page, 'cooccurrence-matrix', matrixCellName(theme('enterprise'), theme('enterprise'))).click();
		await page.waitForURL(/\?speaker=lightcap&section=5&pair=enterprise,enterprise$/);
		await expectPageMatchesUrl(page);

		await page.reload();
		await waitForHydration(page);
		await expectPageMatchesUrl(page);
		assertClean();
		await close();
	});

	it('a long journey of clicks, Back and Forward matches the URL at every step', async () => {
		const { page, assertClean, close } = await openDashboard();
		const heatmapCell = chartButton(page, 'theme-heatmap', heatmapCellName(section(3), theme('cost')));
		const steps: [string, () => Promise<unknown>, RegExp][] = [
			['speaker', () => chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).click(), /\?speaker=altman$/],
			['cell', () => heatmapCell.click(), /\?speaker=altman&cell=3,cost$/],
			['rate', () => page.getByRole('button', { name: /Per 10,000/ }).click(), /&rate=per10k$/],
			['pair', () => chartButton(page, 'cooccurrence-matrix', matrixCellName(theme('compute'), theme('cost'))).click(), /pair=compute,cost/],
			['cell again', () => heatmapCell.click(), /\?speaker=altman&pair=compute,cost&rate=per10k$/]
		];
		const urls: string[] = [page.url()];
		for (const [name, act, url] of steps) {
			await act();
			await page.waitForURL(url);
			urls.push(page.url());
			await expectPageMatchesUrl(page);
		}
		// The count / per-10,000 switch is part of the URL, so a link keeps it.
		expect(await page.getByRole('button', { name: /Per 10,000/ }).getAttribute('aria-pressed')).toBe('true');
		for (let i = urls.length - 2; i >= 0; i--) {
			await page.goBack();
			await page.waitForURL(urls[i]!);
			await expectPageMatchesUrl(page);
		}
		for (let i = 1; i < 3; i++) {
			await page.goForward();
			await page.waitForURL(urls[i]!);
			await expectPageMatchesUrl(page);
		}
		assertClean();
		await close();
	});

	it('a shared link opens the same view in a fresh browser, count/rate switch included', async () => {
		const link = `?speaker=altman&section=3&rate=per10k`;
		const { page, assertClean, close } = await openDashboard(link);
		await expectPageMatchesUrl(page);
		expect(await page.getByRole('button', { name: /Per 10,000/ }).getAttribute('aria-pressed')).toBe('true');
		const s3 = section(3);
		expect(await statusText(page)).toBe(`Selected: 奥特曼 · ${s3.number} ${s3.title}`);
		assertClean();
		await close();
	});

	it('unknown or malformed parameters are dropped with a visible notice', async () => {
		const { page, assertClean, close } = await openDashboard('?speaker=nobody&section=99&theme=%3Cb%3Ex%3C%2Fb%3E');
		const notice = page.locator('.selection-status .dropped');
		await expect.poll(() => notice.isVisible()).toBe(true);
		const text = (await notice.textContent())!.replace(/\s+/g, ' ');
		expect(text).toContain('speaker “nobody” (no such speaker)');
		expect(text).toContain('section “99” (no such section)');
		// Markup from the URL is shown as text, never parsed.
		expect(text).toContain('theme “<b>x</b>” (not something this page understands)');
		expect(await page.locator('.selection-status .dropped b').count()).toBe(0);
		expect(await statusText(page)).toMatch(/^Nothing selected\./);
		await expectPageMatchesUrl(page);
		assertClean();
		await close();
	});
});

describe('any term', () => {
	it('a typed term becomes a heatmap column, a conversation track and the quotes; a keyword adds another; Back removes it', async () => {
		const { page, assertClean, close } = await openDashboard();
		await page.getByRole('searchbox', { name: 'Find a word or phrase' }).fill('芯片');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await page.waitForURL(/\?term=%E8%8A%AF%E7%89%87$/);
		await expectPageMatchesUrl(page);
		const quotes = await listedQuotes(page);
		for (const quote of quotes) expect(quote.marks.filter((m) => m.theme === 'term:芯片').map((m) => m.text)).toContain('芯片');
		await expect.poll(() => page.locator('[data-chart="conversation"] .tick', { hasText: '“芯片”' }).count()).toBe(1);

		// A keyword of section 07, read in the transcript: 机器人 (robots) comes up there.
		const keyword = page.locator('[data-chart="section-keywords"] button', { hasText: /^机器人$/ });
		await keyword.click();
		await page.waitForURL(/&term=%E6%9C%BA%E5%99%A8%E4%BA%BA$/);
		expect(await keyword.getAttribute('aria-pressed')).toBe('true');
		await expectPageMatchesUrl(page);
		// Counted in the transcript: 机器人 three times, 芯片 once... by the oracle's plain search.
		const robots = expectedFor(analysis, search(page)).heatmap;
		expect([...robots].filter(([key]) => key.endsWith('|term:机器人')).reduce((n, [, c]) => n + c, 0)).toBe(3);

		await page.goBack();
		await page.waitForURL(/\?term=%E8%8A%AF%E7%89%87$/);
		await expect.poll(() => keyword.getAttribute('aria-pressed')).toBe('false');
		await expectPageMatchesUrl(page);
		assertClean();
		await close();
	});
});

describe('the reader and back', () => {
	it('a quote opens its paragraph with the speaker line in view, and “Back to the charts” keeps the selection', async () => {
		const { page, assertClean, close } = await openDashboard('?speaker=lightcap&section=5');
		// The reader is a document without SvelteKit's client: every link to it on the dashboard
		// (quotes, the transcript link, each turn of the conversation chart and its table) loads it
		// whole, so the app neither preloads its data on hover nor draws it itself.
		const readerLinks = await page.$$eval('a[href*="/read/"]', (links) => links.map((link) => ({ href: link.getAttribute('href'), whole: link.closest('[data-sveltekit-reload]') !== null })));
		expect(readerLinks.length).toBeGreaterThan(analysis.turns.length);
		expect(readerLinks.filter((link) => !link.whole)).toEqual([]);
		await page.evaluate(() => ((window as unknown as { drawnByTheApp: boolean }).drawnByTheApp = true));
		const quotes = await listedQuotes(page);
		const target = quotes.at(-1)!;
		await page.locator(`.quote-panel li[data-paragraph="${target.paragraph}"] a.quote-link`).click();
		await page.waitForURL(`**/t/${SLUG}/read/?speaker=lightcap&section=5#${target.paragraph}`);
		// A new document: the dashboard's window is gone, and no SvelteKit client came with it.
		expect(await page.evaluate(() => ({ app: 'drawnByTheApp' in window, kit: Object.keys(window).some((key) => key.startsWith('__sveltekit')) }))).toEqual({ app: false, kit: false });
		await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), target.paragraph);
		const boxes = await page.evaluate((id) => {
			const paragraph = document.getElementById(id)!;
			const head = paragraph.closest('.turn')!.querySelector('.turn-head')!;
			return { paragraph: paragraph.getBoundingClientRect().toJSON(), head: head.getBoundingClientRect().toJSON(), label: head.textContent };
		}, target.paragraph);
		// Both in view, the speaker line above the paragraph, not over it.
		expect(boxes.head.top).toBeGreaterThanOrEqual(0);
		expect(boxes.head.bottom).toBeLessThanOrEqual(boxes.paragraph.top);
		expect(boxes.paragraph.top).toBeLessThan(800);
		expect(boxes.label).toContain('莱特卡普');

		await waitForHydration(page);
		await page.getByRole('link', { name: 'Back to the charts' }).click();
		await page.waitForURL(/\/t\/altman-lightcap-20vc\/\?speaker=lightcap&section=5$/);
		await waitForHydration(page);
		await expectPageMatchesUrl(page);
		assertClean();
		await close();
	});

	it('the app\'s start reads the link options of its own links only, not of the two hundred that load the reader whole', async () => {
		// SvelteKit's start walks every link that it would route itself, reading six data-sveltekit-*
		// options from the link and each of its ancestors: some 236 links, 15 deep, when it walked the
		// reader's too (10-20 ms of the hydration task). A link marked rel="external" it leaves to the browser.
		const { page, assertClean, close } = await openPage(browser());
		await page.addInitScript(() => {
			const read = Element.prototype.getAttribute;
			const counted = window as unknown as { linkOptionReads: number };
			counted.linkOptionReads = 0;
			Element.prototype.getAttribute = function (this: Element, name: string) {
				if (name.startsWith('data-sveltekit-')) counted.linkOptionReads++;
				return read.call(this, name);
			};
		});
		await page.goto(`${baseUrl}${DASHBOARD}`);
		await waitForHydration(page);
		const reads = await page.evaluate(() => (window as unknown as { linkOptionReads: number }).linkOptionReads);
		// At most six reads per element from each of the app's own links up to the root.
		const links = await page.$$eval('a[href]', (anchors) =>
			(anchors as HTMLAnchorElement[]).map((a) => {
				let depth = 0;
				for (let element: Element | null = a; element && element !== document.documentElement; element = element.parentElement) depth++;
				return { reader: a.pathname.includes('/read/'), sameOrigin: a.origin === location.origin, depth };
			})
		);
		const own = links.filter((link) => link.sameOrigin && !link.reader);
		expect(links.filter((link) => link.reader).length).toBeGreaterThan(analysis.turns.length);
		expect(own.length).toBeGreaterThan(0);
		expect(reads).toBeGreaterThan(0);
		expect(reads).toBeLessThanOrEqual(own.reduce((sum, link) => sum + 6 * link.depth, 0));
		assertClean();
		await close();
	});

	it('a turn link opens the reader on the selection clicked since the page loaded, with the mouse and with the keyboard', async () => {
		const { page, assertClean, close } = await openDashboard();
		const turnLink = (id: string) => page.locator(`[data-chart="conversation"] a[data-turn="${id}"]`);
		// Turns picked from the transcript: 莱特卡普's first in section 05, 奥特曼's first there.
		const lightcapTurn = analysis.turns.find((t) => t.speaker === 'lightcap' && t.section === 5)!;
		const altmanTurn = analysis.turns.find((t) => t.speaker === 'altman' && t.section === 5)!;
		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'lightcap')).click();
		await page.waitForURL(/\?speaker=lightcap$/);
		await chartButton(page, 'section-speakers', sectionLabel(section(5))).click();
		await page.waitForURL(/\?speaker=lightcap&section=5$/);
		await turnLink(lightcapTurn.id).click();
		await page.waitForURL(`**/t/${SLUG}/read/?speaker=lightcap&section=5#${lightcapTurn.id}`);

		await page.goBack();
		await page.waitForURL(/\?speaker=lightcap&section=5$/);
		await waitForHydration(page);
		await chartButton(page, 'speaker-share', speakerBarName(analysis, 'altman')).click();
		await page.waitForURL(/\?speaker=altman&section=5$/);
		await turnLink(altmanTurn.id).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/t/${SLUG}/read/?speaker=altman&section=5#${altmanTurn.id}`);
		assertClean();
		await close();
	});
});

describe('on a phone', () => {
	it('“Jump to the quotes” shows the Quotes heading below the sticky status bar', async () => {
		const { page, assertClean, close } = await openDashboard('?speaker=altman', { viewport: PHONE });
		await page.locator('.selection-status a.jump').click();
		await page.waitForURL(/#quotes$/);
		await expect
			.poll(() =>
				page.evaluate(() => {
					const bar = document.querySelector('.status-bar')!.getBoundingClientRect();
					const heading = document.getElementById('quotes-title')!.getBoundingClientRect();
					return heading.top >= bar.bottom && heading.bottom <= window.innerHeight;
				})
			)
			.toBe(true);
		assertClean();
		await close();
	});

	it('a tap on the conversation chart picks the turn under the finger; the picker opens it', async () => {
		const { page, assertClean, close } = await openDashboard('', { viewport: PHONE, hasTouch: true, isMobile: true });
		const turn = analysis.turns[40]!;
		// On a touch screen the turn links are not drawn (too narrow for a finger): the turn's bar is
		// found by its place among them, as the marks are drawn in the links' order.
		const links = page.locator('[data-chart="conversation"] a.turn');
		expect(await links.nth(0).isVisible()).toBe(false);
		const place = await links.evaluateAll((all, id) => all.findIndex((a) => a.getAttribute('data-turn') === id), turn.id);
		const mark = page.locator('[data-chart="conversation"] .turn-marks rect').nth(place);
		await mark.scrollIntoViewIfNeeded();
		const box = (await mark.boundingBox())!;
		// The drawn mark is a few pixels wide: far below a usable touch target...
		expect(box.width).toBeLessThan(24);
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		const read = page.locator('[data-chart="conversation"] a.read-turn');
		await expect.poll(() => read.textContent()).toContain(`Read turn ${turn.index} in the transcript`);
		// ...so the picker's controls are the targets: at least 24 px each way (44 px tall here).
		for (const target of [read, page.locator('[data-chart="conversation"] .turn-picker select')]) {
			const size = (await target.boundingBox())!;
			expect(size.height).toBeGreaterThanOrEqual(24);
			expect(size.width).toBeGreaterThanOrEqual(24);
		}
		await read.tap();
		await page.waitForURL(`**/t/${SLUG}/read/#${turn.id}`);
		assertClean();
		await close();
	});
});
