/**
 * An English debate, analysed for real: the charts speak of words (not characters), estimate
 * minutes at 150 words a minute, keep the labels as written, and resolve a long first label.
 */
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import SectionSpeakersChart from '../../../src/lib/charts/SectionSpeakersChart.svelte';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { classes, elements, renderChart } from './ssr';

const DEBATE = `## Opening

MODERATOR: Good evening. Our first question is about the cost of energy. What would you do?

SENATOR JANE ROE, CANDIDATE FOR GOVERNOR: Energy costs too much. We will build data centers and cut the price.

MODERATOR: Senator, how will you pay for it?

ROE: With private investment, not taxes.

## Closing

MODERATOR: Closing statements, please.

ROE: Thank you all for listening tonight.
`;

const analysis = analyseTranscript(DEBATE, {
	id: 'debate',
	themes: [
		{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['cost', 'costs', 'price'] },
		{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['data centers'] }
	]
});

describe('an English debate in the charts', () => {
	it('is analysed in words, with the long first label and the short one as one speaker', () => {
		expect(analysis.unit).toBe('word');
		expect(analysis.speakers.map((s) => [s.label, s.turns])).toEqual([
			['MODERATOR', 3],
			// ROE labels 2 of her 3 turns: the short form is shown, the long one gives the role.
			['ROE', 3]
		]);
		expect(analysis.speakers[1]!.role.en).toBe('Candidate for Governor');
		expect(analysis.sections.map((s) => s.title)).toEqual(['Opening', 'Closing']);
	});

	it('names speaker bars with words and minutes at 150 words a minute', () => {
		const html = renderChart(SpeakerShareChart, { analysis });
		const names = elements(html, 'button').map((b) => b.attributes['aria-label']);
		const roe = analysis.speakers[1]!;
		expect(roe.estimatedMinutes).toBeCloseTo(roe.units / 150, 5);
		// A short debate: about 0.2 minutes each, which the name says as "under a minute".
		expect(roe.estimatedMinutes).toBeLessThan(0.5);
		expect(names).toContain(
			`ROE: ${Math.round(roe.share * 100)}% of speaking, 3 turns, under a minute (estimate)`
		);
	});

	it('labels sections, the heatmap and the turns in words', () => {
		const sections = renderChart(SectionSpeakersChart, { analysis });
		expect(sections).toContain('words');
		expect(sections).not.toContain('characters');
		const heatmap = renderChart(ThemeHeatmap, { analysis });
		expect(heatmap).toContain('Per 10,000 words');
		const conversation = renderChart(ConversationChart, { analysis, readerHref: (id: string) => `#${id}` });
		const turnNames = elements(conversation, 'a')
			.filter((a) => classes(a.attributes).includes('turn'))
			.map((a) => a.attributes.title);
		expect(turnNames).toHaveLength(analysis.turns.length);
		expect(turnNames[1]).toContain(`${analysis.turns[1]!.units} words`);
	});
});
