/**
 * LateHydration on the server: the component's own markup, in place, between the block markers
 * `hydrate()` looks for, with the page's contexts (the selection a query shows reaches it).
 */
import { describe, expect, it } from 'vitest';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import { renderWithSelection } from '../render';
import { seedAnalysis } from '../charts/ssr';
import LateSpeakerShare from './LateSpeakerShare.svelte';

const analysis = seedAnalysis();
const figure = (html: string) => html.slice(html.indexOf('<figure'), html.lastIndexOf('</figure>') + '</figure>'.length);

describe('LateHydration', () => {
	for (const selected of [{}, { speaker: 'altman' }]) {
		it(`renders the chart as the page would, ready for hydrate() (${JSON.stringify(selected)})`, () => {
			const direct = renderWithSelection(SpeakerShareChart, analysis, { analysis }, selected);
			const late = renderWithSelection(LateSpeakerShare, analysis, { analysis }, selected);
			expect(figure(late)).toBe(figure(direct));
			expect(figure(late).length).toBeGreaterThan(1000);
			// {@html}'s anchors (a hash in development), then the component between Svelte's block
			// markers, in one wrapper.
			expect(late).toMatch(/<div class="late-hydration[^"]*"><!--[a-z0-9]*--><!--\[--><figure[\s\S]*<\/figure><!--\]--><!----><\/div>/);
		});
	}

	it('shows the selection from the page context: the pressed bar', () => {
		const late = renderWithSelection(LateSpeakerShare, analysis, { analysis }, { speaker: 'altman' });
		expect(late.match(/aria-pressed="true"/g)).toHaveLength(1);
	});
});
