/**
 * A timed transcript in the built site: a test-only content folder with one WebVTT file
 * (tests/fixtures/subtitles/panel.vtt; no transcript is added to src/content) is built into its
 * own folder and served. Its dashboard's conversation chart has a time axis, its minutes say
 * "measured", the axis labels do not overlap and the page does not scroll sideways, at 1280 and
 * 390 px, in both languages. Screenshots go to test-results/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openHydrated, PHONE, seriousAxeViolations } from './browser';
import { buildSite, ROOT } from './build-site';
import { serveStatic, type StaticServer } from './static-server';
import { useBrowser } from './use-browser';

const browser = useBrowser();
const content = mkdtempSync(join(tmpdir(), 'parley-measured-'));
const buildDir = resolve(ROOT, 'tmp/build-measured');
let server: StaticServer;

beforeAll(() => {
	mkdirSync(join(content, 'transcripts'));
	copyFileSync(resolve(ROOT, 'src/content/themes.json'), join(content, 'themes.json'));
	copyFileSync(resolve(ROOT, 'tests/fixtures/subtitles/panel.vtt'), join(content, 'transcripts/panel.vtt'));
	rmSync(buildDir, { recursive: true, force: true });
	buildSite(relative(ROOT, buildDir), content);
	return serveStatic(buildDir).then((started) => {
		server = started;
	});
}, 240_000);

afterAll(async () => {
	await server?.close();
	rmSync(content, { recursive: true, force: true });
	rmSync(buildDir, { recursive: true, force: true });
});

describe('a WebVTT transcript’s dashboard', () => {
	for (const [size, viewport] of [
		['1280', DESKTOP],
		['390', PHONE]
	] as const) {
		for (const lang of ['en', 'zh'] as const) {
			it(`draws the conversation on a time axis and says "measured" (${lang}, ${size} px)`, async () => {
				const { page, assertClean, close } = await openHydrated(browser(), `${server.url}/${lang === 'zh' ? 'zh/' : ''}t/panel/`, { viewport });
				const chart = page.locator('figure[data-chart="conversation"]');
				// 65.25 s of recording: a tick every 10 s.
				expect(await chart.locator('.axis-time .time-label').allTextContents()).toEqual(['0:00', '0:10', '0:20', '0:30', '0:40', '0:50', '1:00']);
				const measured = lang === 'zh' ? '分钟（实测）' : 'Minutes (measured)';
				expect(await page.locator('[data-figure="minutes"] dt').textContent()).toBe(measured);
				expect(await page.locator('figure[data-chart="speaker-share"] th').allTextContents()).toContain(measured);

				// No tick label shown overlaps the next one, and all sit inside the chart; on a phone every
				// other label of this 7-tick axis is left out.
				const boxes = await chart
					.locator('.axis-time .time-label')
					.evaluateAll((labels) => labels.filter((label) => label.getClientRects().length > 0).map((label) => label.getBoundingClientRect().toJSON()));
				expect(boxes).toHaveLength(viewport === PHONE ? 4 : 7);
				const frame = await chart.evaluate((figure) => figure.getBoundingClientRect().toJSON());
				for (const [i, box] of boxes.entries()) {
					expect(box.left).toBeGreaterThanOrEqual(frame.left - 1);
					expect(box.right).toBeLessThanOrEqual(frame.right + 1);
					if (i > 0) expect(box.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
				}
				// The axis sits below the last lane and above the turn picker.
				const lanesBottom = await chart.locator('.plot').evaluate((plot) => plot.getBoundingClientRect().bottom);
				const axis = await chart.locator('.axis-time').evaluate((a) => a.getBoundingClientRect().toJSON());
				expect(axis.top).toBeGreaterThanOrEqual(lanesBottom - 1);
				const picker = await chart.locator('.turn-picker').evaluate((p) => p.getBoundingClientRect().top);
				expect(picker).toBeGreaterThanOrEqual(axis.bottom - 1);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

				await chart.screenshot({ path: resolve(ROOT, `test-results/measured-conversation-${lang}-${size}.png`) });
				await page.locator('figure[data-chart="speaker-share"]').screenshot({ path: resolve(ROOT, `test-results/measured-speaker-share-${lang}-${size}.png`) });
				if (lang === 'en' && viewport === DESKTOP) expect(await seriousAxeViolations(page)).toEqual([]);
				assertClean();
				await close();
			});
		}
	}
});
