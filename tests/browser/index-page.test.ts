/**
 * The index lists the transcripts in the content folder, with a speaking-share bar whose legend
 * carries the figures, and links to each dashboard; each transcript's data file is served.
 */
import { describe, expect, inject, it } from 'vitest';
import { listTranscripts, loadAnalysis } from '../../src/lib/server/content';
import { openPage, waitForHydration } from './browser';
import { useBrowser } from './use-browser';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

describe('prerendered data', () => {
	it('t/<slug>/analysis.json is the analysis the pages render', async () => {
		for (const slug of listTranscripts()) {
			const response = await fetch(`${baseUrl}/t/${slug}/analysis.json`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toContain('application/json');
			expect(await response.json()).toEqual(loadAnalysis(slug));
		}
	});
});

describe('index page', () => {
	it('lists every transcript with its speakers’ shares and links to its charts', async () => {
		const { page, assertClean, close } = await openPage(browser());
		await page.goto(`${baseUrl}/`);
		await waitForHydration(page);
		const slugs = listTranscripts();
		expect(await page.$$eval('li.transcript', (items) => items.map((i) => i.getAttribute('data-slug')))).toEqual(slugs);

		const analysis = loadAnalysis(slugs[0]!);
		const item = page.locator(`li.transcript[data-slug="${analysis.id}"]`);
		expect((await item.locator('h2').textContent())?.trim()).toBe(analysis.meta.title);
		const legend = await item.locator('.share-bar li').evaluateAll((items) =>
			items.map((li) => [li.querySelector('.label')?.textContent, li.querySelector('.share')?.textContent])
		);
		expect(legend).toEqual(analysis.speakers.map((s) => [s.label, `${Math.round(s.share * 100)}%`]));
		expect(await item.locator('svg rect').count()).toBe(analysis.speakers.length);

		await item.getByRole('link', { name: 'Explore the charts' }).click();
		await page.waitForURL(`**/t/${analysis.id}/`);
		expect(await page.locator('figure[data-chart]').count()).toBeGreaterThan(0);
		assertClean();
		await close();
	});
});
