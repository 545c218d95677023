/**
 * The route modules on their own: what the index sends (a summary, not the analysis), what the
 * transcript pages load, which pages are prerendered, and the analysis.json endpoint's body.
 */
import { describe, expect, it } from 'vitest';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';
import * as index from '../../../src/routes/+page.server';
import * as layout from '../../../src/routes/+layout';
import * as transcript from '../../../src/routes/t/[slug]/+layout.server';
import * as dashboard from '../../../src/routes/t/[slug]/+page.server';
import * as reader from '../../../src/routes/t/[slug]/read/+page.server';
import * as endpoint from '../../../src/routes/t/[slug]/analysis.json/+server';

const SLUG = 'altman-lightcap-20vc';
type AnyArgs = Parameters<typeof transcript.load>[0];

describe('routes', () => {
	it('prerenders every page, with trailing slashes (dir/index.html)', () => {
		expect(layout.prerender).toBe(true);
		expect(layout.trailingSlash).toBe('always');
		expect(endpoint.prerender).toBe(true);
		expect(endpoint.trailingSlash).toBe('never');
	});

	it('has one dashboard, reader and data file per transcript', async () => {
		const slugs = listTranscripts().map((slug) => ({ slug }));
		expect(slugs).toContainEqual({ slug: SLUG });
		expect(await dashboard.entries()).toEqual(slugs);
		expect(await reader.entries()).toEqual(slugs);
		expect(await endpoint.entries()).toEqual(slugs);
	});

	it('the index sends a summary of each transcript with speaking shares', async () => {
		const data = (await index.load({} as Parameters<typeof index.load>[0])) as { transcripts: index.TranscriptSummary[] };
		const analysis = loadAnalysis(SLUG);
		const summary = data.transcripts.find((t) => t.slug === SLUG)!;
		expect(summary.title).toBe(analysis.meta.title);
		expect(summary.turns).toBe(analysis.totals.turns);
		expect(summary.speakers.map((s) => [s.label, s.share])).toEqual(analysis.speakers.map((s) => [s.label, s.share]));
		expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(analysis).length / 10);
	});

	it('the transcript pages load the analysis, and an unknown slug is a 404', async () => {
		const data = await transcript.load({ params: { slug: SLUG } } as AnyArgs);
		expect(data).toEqual({ analysis: loadAnalysis(SLUG) });
		expect(() => transcript.load({ params: { slug: 'no-such-transcript' } } as AnyArgs)).toThrow(
			expect.objectContaining({ status: 404 })
		);
	});

	it('analysis.json is the analysis, as JSON', async () => {
		const response = await endpoint.GET({ params: { slug: SLUG } } as Parameters<typeof endpoint.GET>[0]);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual(loadAnalysis(SLUG));
	});
});
