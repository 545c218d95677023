/**
 * The speaker-share chart on the real seed: one pressed-state button per speaker, named with its
 * label as written and the seed's figures, bars as long as the shares, selection shown by
 * aria-pressed plus an outline and a check mark (not by colour alone).
 */
import { describe, expect, it } from 'vitest';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { analyseSmall } from '../../fixtures/small-transcript';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis, svgElements } from './ssr';

const analysis = seedAnalysis();

describe('SpeakerShareChart', () => {
	const html = renderChart(SpeakerShareChart, { analysis });
	const buttons = elements(html, 'button');

	it('has one button per speaker, named with the seed figures', () => {
		expect(buttons.map((b) => b.attributes['aria-label'])).toEqual([
			// The host (Harry Stebbings, by the metadata) is named as one.
			'斯特宾斯, host: 19% of speaking, 47 turns, about 10 minutes (estimate)',
			'奥特曼: 53% of speaking, 36 turns, about 29 minutes (estimate)',
			'莱特卡普: 27% of speaking, 19 turns, about 15 minutes (estimate)'
		]);
		expect(buttons.every((b) => b.attributes['aria-pressed'] === 'false')).toBe(true);
	});

	it('prints each label as written, the English name and role, the share and an estimate', () => {
		const printed = elementsWithClass(html, 'div', 'row-text');
		expect(printed[1]!.text).toBe('奥特曼 Sam Altman · CEO, OpenAI 53% ≈ 29 min, estimate');
		// The button's name says it all; the printed copy is hidden so it is not read twice.
		expect(printed.every((text) => text.attributes['aria-hidden'] === 'true')).toBe(true);
		expect(buttons.every((button) => button.text === '')).toBe(true);
	});

	it('tags the host by the label, in words, in both languages', () => {
		const printed = elementsWithClass(html, 'div', 'row-text').map((t) => t.text);
		expect(printed.map((text) => text.includes(' host '))).toEqual([true, false, false]);
		const zh = renderChart(SpeakerShareChart, { analysis, lang: 'zh' });
		expect(elementsWithClass(zh, 'span', 'host-tag').map((t) => t.text)).toEqual(['主持人']);
		expect(elements(zh, 'button')[0]!.attributes['aria-label']).toMatch(/^斯特宾斯（主持人）：/);
	});

	it('draws each bar as long as the speaker’s share of the 100-wide track', () => {
		const bars = svgElements(html, 'rect').filter((r) => classes(r).includes('segment'));
		const widths = bars.map((r) => Number(r.width));
		analysis.speakers.forEach((speaker, i) => expect(widths[i]).toBeCloseTo(speaker.share * 100, 2));
		expect(bars.map((r) => r.fill)).toEqual(['#0072B2', '#E69F00', '#009E73']);
	});

	it('marks the selected speaker with aria-pressed, a check and an outline, and dims the others', () => {
		const selected = renderChart(SpeakerShareChart, { analysis }, { speaker: 'altman' });
		expect(elements(selected, 'button').map((b) => b.attributes['aria-pressed'])).toEqual(['false', 'true', 'false']);
		expect(elementsWithClass(selected, 'div', 'row-text').map((t) => t.text.startsWith('✓'))).toEqual([false, true, false]);
		const rects = svgElements(selected, 'rect');
		expect(rects.filter((r) => classes(r).includes('selected'))).toHaveLength(1);
		expect(rects.filter((r) => classes(r).includes('dimmed')).map((r) => r.fill)).toEqual(['#0072B2', '#009E73']);
	});

	it('is cross-filtered by a section: figures are the section’s', () => {
		const filtered = renderChart(SpeakerShareChart, { analysis }, { section: 1 });
		const section = analysis.sections.find((s) => s.index === 1)!;
		const altman = section.speakers.find((s) => s.speaker === 'altman')!;
		expect(elements(filtered, 'button')[1]!.attributes['aria-label']).toBe(
			`奥特曼: ${Math.round(altman.share * 100)}% of speaking, ${altman.turns} turns, about ${Math.round(altman.estimatedMinutes)} minutes (estimate)`
		);
	});

	it('lists the same figures in its data table', () => {
		const rows = elements(elements(html, 'tbody')[0]!.html, 'tr').map((tr) => tr.text);
		const [stebbings, altman, lightcap] = analysis.speakers.map((s) => s.units.toLocaleString('en-US'));
		expect(rows).toEqual([
			`斯特宾斯, host (Harry Stebbings, Host, 20VC) 19% 47 ${stebbings} 10`,
			`奥特曼 (Sam Altman, CEO, OpenAI) 53% 36 ${altman} 29`,
			`莱特卡普 (Brad Lightcap, COO, OpenAI) 27% 19 ${lightcap} 15`
		]);
	});
});

describe('SpeakerShareChart after corrections in the metadata', () => {
	// Two turns of 3 and 4 characters; the metadata gives turn 2 (labelled 乙) to 甲.
	const corrected = dashboardAnalysis(
		analyseSmall(['**甲：** 你好吗', '', '**乙：** 我很好的', ''], [{ turn: 2, speaker: 'jia', reason: 'the recording' }])
	);
	const html = renderChart(SpeakerShareChart, { analysis: corrected });

	it('draws the corrected figures and says in its method note that they were corrected', () => {
		expect(elements(html, 'button').map((b) => b.attributes['aria-label']!.split(',')[0])).toEqual(['甲: 100% of speaking', '乙: 0% of speaking']);
		expect(elementsWithClass(html, 'p', 'note').map((p) => p.text)).toContain(
			'Counted after 1 correction to the source’s speaker labels; each, with its reason, is listed in the transcript.'
		);
	});

	it('adds the name and role under the label, and nothing when there are none', () => {
		const seedLines = elementsWithClass(renderChart(SpeakerShareChart, { analysis }), 'span', 'secondary').map((span) => span.text).filter((text) => text.includes('·'));
		expect(seedLines).toContain('Sam Altman · CEO, OpenAI');
		// Without metadata a speaker's name is the label and there is no role: no " · " left hanging.
		const bare = analyseTranscript('**甲：** 第一段。\n\n**乙：** 第二段。\n\n**甲：** 第三段。\n\n**乙：** 第四段。', { id: 'bare', themes: [] });
		const bareHtml = renderChart(SpeakerShareChart, { analysis: bare });
		expect(elementsWithClass(bareHtml, 'span', 'speaker-label').map((span) => span.text)).toEqual(['甲', '乙']);
		expect(elementsWithClass(bareHtml, 'span', 'secondary').filter((span) => !/\d/.test(span.text))).toEqual([]);
		expect(bareHtml).not.toContain(' · <');
	});
});
