/**
 * axe-core on every page, at desktop and phone sizes, with and without a selection: no serious
 * or critical violations. Violations are printed so a failure says what to fix.
 */
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openPage, seriousAxeViolations, waitForHydration } from './browser';
import { useBrowser } from './use-browser';
import { DASHBOARD, READER } from './dashboard-page';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

const PAGES = ['/', '/zh/?sort=turns&dir=desc', '/en/compare/', '/zh/compare/', DASHBOARD, `${DASHBOARD}?speaker=altman&section=3`, `${DASHBOARD}?pair=compute,cost`, READER];

describe('accessibility (axe-core)', () => {
	for (const [size, viewport] of [
		['desktop', DESKTOP],
		['phone', PHONE]
	] as const) {
		for (const path of PAGES) {
			it(`${path} at ${size} size has no serious or critical violations`, async () => {
				const { page, assertClean, close } = await openPage(browser(), { viewport });
				await page.goto(`${baseUrl}${path}`);
				await waitForHydration(page);
				const violations = await seriousAxeViolations(page);
				if (violations.length > 0) console.error(JSON.stringify(violations, null, 2));
				expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
				assertClean();
				await close();
			});
		}
	}
});
