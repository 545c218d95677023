/**
 * A transcript with no headings and no metadata on the dashboard: the theme-by-section chart has a
 * row per segment and says how the segments were made; no chart prints an empty source line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { elementsWithClass, renderChart } from './ssr';

const ROOT = resolve(import.meta.dirname, '../../..');
const text = readFileSync(resolve(ROOT, 'tests/fixtures/english-debate.txt'), 'utf8').replace(/^## .*\n\n/gm, '');
const themes = [{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['pricing'] }];
const analysis = dashboardAnalysis(analyseTranscript(text, { id: 'debate', themes }), 'en');

describe('the English debate without headings or metadata', () => {
	it('draws one heatmap row per segment and says they are equal parts', () => {
		const html = renderChart(ThemeHeatmap, { analysis });
		expect(elementsWithClass(html, 'p', 'note').map((p) => p.text)).toContain(
			'The transcript has no headings: its sections here are parts of about equal length, each titled by its first words.'
		);
		expect(analysis.sections).toHaveLength(4);
	});

	it.each(['en', 'zh'] as const)('prints no source line (it has no publisher, date or credit) in %s', (lang) => {
		const html = renderChart(SpeakerShareChart, { analysis, lang });
		expect(elementsWithClass(html, 'p', 'source')).toEqual([]);
		expect(html).not.toMatch(/Source: ,|来源：，/);
	});
});
