/**
 * Transcript text is data: a speaker label, name, section title or theme label full of markup
 * renders as text in every chart (names, labels, tables), never as elements.
 */
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import CooccurrenceMatrix from '../../../src/lib/charts/CooccurrenceMatrix.svelte';
import SectionSpeakersChart from '../../../src/lib/charts/SectionSpeakersChart.svelte';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import type { Analysis } from '../../../src/lib/transcript/types';
import { miniAnalysis } from '../../fixtures/mini-analysis';
import { elements, renderChart } from './ssr';

const ATTACK = '<img src=x onerror=alert(1)>';

function hostile(): Analysis {
	const analysis = miniAnalysis();
	analysis.speakers[0]!.label = ATTACK;
	analysis.speakers[0]!.name.en = `"><script>alert(2)</script>`;
	analysis.sections[1]!.title = `</button>${ATTACK}`;
	analysis.themes[0]!.label.en = `<b>bold</b>`;
	analysis.meta.source.credit = ATTACK;
	return analysis;
}

describe('escaping transcript text', () => {
	const analysis = hostile();
	const pages = [
		renderChart(SpeakerShareChart, { analysis }),
		renderChart(SectionSpeakersChart, { analysis }),
		renderChart(ThemeHeatmap, { analysis }),
		renderChart(CooccurrenceMatrix, { analysis }),
		renderChart(ConversationChart, { analysis, readerHref: (id: string) => `#${id}` })
	];

	it.each(pages.map((html, i) => [i, html]))('chart %i renders the markup as text', (_, html) => {
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<b>/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('keeps the hostile label, unchanged, in the accessible name', () => {
		const button = elements(pages[0]!, 'button')[0]!;
		expect(button.attributes['aria-label']).toBe(`${ATTACK}: 10% of speaking, 4 turns, about 1 minute (estimate)`);
	});
});
