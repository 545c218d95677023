/**
 * Charts of a timed transcript (tests/fixtures/subtitles/panel.vtt): the conversation chart sits
 * on a time axis and every minute figure says "measured". Oracles: the cue times of the fixture,
 * by hand (turns 1–7 s, 7.5–20 s, 20.5–23.5 s, 60–65.25 s; Ana 9 s, Ben 17.75 s), and the
 * estimated seed, which must look as it always has.
 */
import { join, resolve } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import HeadlineFigures from '../../../src/lib/components/HeadlineFigures.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { analyseFile } from '../../../src/lib/server/files';
import { THEMES_PATH } from '../../unit/transcript/seed';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis, svgElements } from './ssr';

const panel = dashboardAnalysis(
	analyseFile(join(resolve(import.meta.dirname, '../../fixtures/subtitles'), 'panel.vtt'), { defaultThemesPath: THEMES_PATH }).analysis
);
const readerHref = (turnId: string) => `/t/panel/read/#${turnId}`;

describe('ConversationChart of a timed transcript', () => {
	const html = renderChart(ConversationChart, { analysis: panel, readerHref });

	it('has a time axis in m:ss, 0:00 to 1:00 every 10 s for a 65.25 s recording', () => {
		const axis = elementsWithClass(html, 'div', 'axis-time');
		expect(axis).toHaveLength(1);
		expect(elementsWithClass(html, 'span', 'time-label').map((label) => label.text)).toEqual(['0:00', '0:10', '0:20', '0:30', '0:40', '0:50', '1:00']);
		const left = elementsWithClass(html, 'div', 'time-tick').map((tick) => Number(/left: ([\d.]+)%/.exec(tick.attributes.style!)![1]));
		[0, 10, 20, 30, 40, 50, 60].forEach((seconds, i) => expect(left[i]).toBeCloseTo((seconds / 65.25) * 100, 3)); // written to a thousandth (charts/coordinates.ts)
		expect(html).toContain('Time in the recording (minutes:seconds)');
	});

	it('places each turn at its start and as wide as it lasts, leaving the pauses open', () => {
		const marks = svgElements(elements(html, 'g').find((g) => classes(g.attributes).includes('turn-marks'))!.html, 'rect');
		const spans = [
			[1, 7],
			[7.5, 20],
			[20.5, 23.5],
			[60, 65.25]
		];
		expect(marks).toHaveLength(4);
		marks.forEach((mark, i) => {
			expect(Number(mark.x)).toBeCloseTo((spans[i]![0]! / 65.25) * 100, 3);
			expect(Number(mark.width)).toBeCloseTo(((spans[i]![1]! - spans[i]![0]!) / 65.25) * 100, 3);
		});
	});

	it('says when each turn is, in its name, its subtitle and its table', () => {
		const links = elements(html, 'a').filter((a) => classes(a.attributes).includes('turn'));
		expect(links[1]!.attributes.title).toMatch(/^Turn 2, Ben Okafor, 15 words, section .*, 0:07 to 0:20$/);
		expect(html).toContain('Every turn at its time in the recording; width is how long it lasts.');
		const header = elements(html, 'th').map((th) => th.text);
		expect(header.slice(0, 7)).toEqual(['Turn', 'Speaker', 'Section', 'Start', 'End', 'Words', 'Themes mentioned']);
		const lastRow = elements(html, 'tr').at(-1)!;
		expect(elements(lastRow.html, 'td').map((td) => td.text).slice(2, 4)).toEqual(['1:00', '1:05']);
	});
});

describe('minutes of a timed transcript say "measured"', () => {
	it('in the speaker-share chart: names, printed figures, note and table', () => {
		const html = renderChart(SpeakerShareChart, { analysis: panel });
		const names = elements(html, 'button').map((b) => b.attributes['aria-label']);
		// Ben: 16 of 28 words = 57%; 17.75 s = 0.2958 min → 0.3.
		expect(names[1]).toBe('Ben Okafor: 57% of speaking, 2 turns, 0.3 minutes (measured)');
		expect(names[0]).toMatch(/^Ana Ruiz: 43% of speaking, 2 turns, 0\.\d minutes \(measured\)$/);
		expect(html).toContain('0.3 min, measured');
		expect(html).not.toContain('(estimate)');
		expect(html).not.toContain('min, estimate');
		expect(html).toContain('Minutes are measured from the transcript');
		expect(elements(html, 'th').map((th) => th.text)).toContain('Minutes (measured)');
		// Share of time: 9 / 26.75 = 34%, 17.75 / 26.75 = 66%.
		const rows = elements(html, 'tr').slice(1);
		expect(rows.map((row) => elements(row.html, 'td').at(-1)!.text)).toEqual(['34%', '66%']);
	});

	it('in the headline figures: 26.75 s = 0.4 minutes (measured)', () => {
		const { body } = render(HeadlineFigures, { props: { analysis: panel, lang: 'en' } });
		const minutes = elements(body, 'div').find((d) => d.attributes['data-figure'] === 'minutes')!;
		expect(minutes.text).toBe('Minutes (measured) 0.4');
		const zh = render(HeadlineFigures, { props: { analysis: panel, lang: 'zh' } }).body;
		expect(zh).toContain('分钟（实测）');
	});

	it('and an estimated transcript keeps its estimates and no time axis', () => {
		const seed = seedAnalysis();
		const conversation = renderChart(ConversationChart, { analysis: seed, readerHref });
		expect(elementsWithClass(conversation, 'div', 'axis-time')).toHaveLength(0);
		expect(conversation).not.toContain('Start');
		expect(renderChart(SpeakerShareChart, { analysis: seed })).not.toContain('measured');
		const { body } = render(HeadlineFigures, { props: { analysis: seed, lang: 'en' } });
		expect(body).toContain('Minutes (estimate)');
	});
});
