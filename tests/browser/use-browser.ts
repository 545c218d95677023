/**
 * One Chromium per test file, for vitest: launched before the file's tests, closed after.
 * Apart from browser.ts so scripts (the click benchmark) can launch Chromium without vitest.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

/** One Chromium for a test file: launched before its tests, closed after. Call at the top level. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): Chromium is not running (beforeAll failed?)');
		return browser;
	};
}
