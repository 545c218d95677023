/**
 * The section chart on the real seed: one button per section named with its full title and
 * speaker shares, segments as long as each speaker's units, and a selected speaker filtering the
 * bars to that speaker's segments (the section chart is filtered by every clause but its own).
 */
import { describe, expect, it } from 'vitest';
import SectionSpeakersChart from '../../../src/lib/charts/SectionSpeakersChart.svelte';
import { classes, elements, renderChart, seedAnalysis, svgElements } from './ssr';

const analysis = seedAnalysis();
const pct = (share: number) => `${Math.round(share * 100)}%`;

describe('SectionSpeakersChart', () => {
	const html = renderChart(SectionSpeakersChart, { analysis });
	const buttons = elements(html, 'button');

	it('says in its legend who hosts (Harry Stebbings, by the metadata)', () => {
		const items = elements(elements(html, 'ul').find((ul) => ul.attributes.class?.includes('legend'))!.html, 'li').map((li) => li.text);
		expect(items).toEqual(['斯特宾斯 Harry Stebbings host', '奥特曼 Sam Altman', '莱特卡普 Brad Lightcap']);
	});

	it('has one button per section, named with number, full title, turns and speaker shares', () => {
		expect(buttons).toHaveLength(7);
		const section = analysis.sections[3]!;
		const shares = section.speakers
			.filter((s) => s.units > 0)
			.map((s) => `${analysis.speakers.find((p) => p.id === s.speaker)!.label} ${pct(s.share)}`)
			.join(', ');
		expect(buttons[3]!.attributes['aria-label']).toBe(
			`Section 04 人工智能模型还不够聪明，GPT-6将成为通用工具: ${section.turns} turns, ${section.units.toLocaleString('en-US')} characters; ${shares}`
		);
		// The visible label may be truncated by CSS; the tooltip keeps the whole title.
		expect(buttons[3]!.attributes.title).toBe('Section 04 人工智能模型还不够聪明，GPT-6将成为通用工具');
	});

	it('draws one segment per speaker with units, as long as the units, longest section full width', () => {
		// A speaker with nothing in a section keeps a zero-wide segment there, which draws nothing.
		const segments = svgElements(html, 'rect').filter((r) => classes(r).includes('segment') && Number(r.width) > 0);
		const expected = analysis.sections.flatMap((s) => s.speakers.filter((p) => p.units > 0));
		expect(segments).toHaveLength(expected.length);
		const longest = Math.max(...analysis.sections.map((s) => s.units));
		segments.forEach((segment, i) => expect(Number(segment.width)).toBeCloseTo((expected[i]!.units / longest) * 100, 3)); // written to a thousandth (charts/coordinates.ts)
	});

	it('prints the share inside segments wide enough to hold it', () => {
		const labels = elements(html, 'span').filter((s) => classes(s.attributes).includes('segment-label') && !('hidden' in s.attributes));
		expect(labels.length).toBeGreaterThan(0);
		expect(labels.every((l) => l.attributes['aria-hidden'] === 'true' && /^\d+%$/.test(l.text))).toBe(true);
	});

	it('is cross-filtered by a selected speaker: only their segments, outlined, as long as their units', () => {
		const selected = renderChart(SectionSpeakersChart, { analysis }, { speaker: 'altman' });
		const segments = svgElements(selected, 'rect').filter((r) => classes(r).includes('segment') && Number(r.width) > 0);
		// The build's per-section figures for Altman, independent of the view.
		const altman = analysis.sections.map((s) => s.speakers.find((p) => p.speaker === 'altman')!).filter((p) => p.units > 0);
		expect(segments).toHaveLength(altman.length);
		expect(segments.every((r) => classes(r).includes('outlined') && !classes(r).includes('dimmed'))).toBe(true);
		const longest = Math.max(...altman.map((p) => p.units));
		segments.forEach((segment, i) => expect(Number(segment.width)).toBeCloseTo((altman[i]!.units / longest) * 100, 3)); // written to a thousandth (charts/coordinates.ts)
		const section = analysis.sections[3]!;
		const own = section.speakers.find((p) => p.speaker === 'altman')!;
		expect(elements(selected, 'button')[3]!.attributes['aria-label']).toBe(
			`Section 04 人工智能模型还不够聪明，GPT-6将成为通用工具: ${own.turns} turns, ${own.units.toLocaleString('en-US')} characters; 奥特曼 100%`
		);
	});

	it('presses the selected section', () => {
		const selected = renderChart(SectionSpeakersChart, { analysis }, { section: 3 });
		expect(elements(selected, 'button').map((b) => b.attributes['aria-pressed'])).toEqual(
			analysis.sections.map((s) => String(s.index === 3))
		);
	});
});
