/**
 * ChartByKind draws each chart kind in the embed frame: the chart the dashboard shows, with
 * data-variant="embed" and no interaction hint, server-rendered (SVG in the HTML).
 */
import { describe, expect, it } from 'vitest';
import ChartByKind from '../../../src/lib/charts/ChartByKind.svelte';
import { EMBED_CHARTS } from '../../../src/lib/embed/charts';
import { elements, renderChart, seedAnalysis } from '../charts/ssr';

const analysis = seedAnalysis();
const readerHref = (turnId: string) => `/t/seed/read/#${turnId}`;

describe.each(EMBED_CHARTS)('the %s embed', (chart) => {
	const html = renderChart(ChartByKind, { analysis, chart, readerHref, variant: 'embed' }, { speaker: 'altman' });
	const figures = elements(html, 'figure');

	it('is that one chart, in the embed frame', () => {
		expect(figures).toHaveLength(1);
		expect(figures[0]!.attributes['data-chart']).toBe(chart);
		expect(figures[0]!.attributes['data-variant']).toBe('embed');
	});

	it('has no how-to-click hint, and is drawn on the server', () => {
		expect(html).not.toMatch(/class="hint/);
		if (chart !== 'section-keywords') expect(html).toContain('<svg');
	});
});
