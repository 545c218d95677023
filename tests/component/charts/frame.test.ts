/**
 * Every chart, server-rendered from the real seed analysis, sits in the shared frame: a figure
 * with an id and data-chart, a heading, its marks in the HTML (SVG, or for the keyword lists the
 * word buttons), a data table with caption and scoped headers behind "Data table", and the
 * source line.
 */
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import CooccurrenceMatrix from '../../../src/lib/charts/CooccurrenceMatrix.svelte';
import SectionKeywordsChart from '../../../src/lib/charts/SectionKeywordsChart.svelte';
import SectionSpeakersChart from '../../../src/lib/charts/SectionSpeakersChart.svelte';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis, svgElements } from './ssr';

const analysis = seedAnalysis();
const readerHref = (turnId: string) => `/t/seed/read/#${turnId}`;

const charts = [
	{ kind: 'speaker-share', title: 'Who spoke how much', svg: true, html: () => renderChart(SpeakerShareChart, { analysis }) },
	{ kind: 'section-speakers', title: 'Who spoke in each section', svg: true, html: () => renderChart(SectionSpeakersChart, { analysis }) },
	{ kind: 'theme-heatmap', title: 'Themes by section', svg: true, html: () => renderChart(ThemeHeatmap, { analysis }) },
	{ kind: 'section-keywords', title: 'Distinctive words by section', svg: false, html: () => renderChart(SectionKeywordsChart, { analysis }) },
	{ kind: 'cooccurrence-matrix', title: 'Themes mentioned together', svg: true, html: () => renderChart(CooccurrenceMatrix, { analysis }) },
	{ kind: 'conversation', title: 'The conversation, turn by turn', svg: true, html: () => renderChart(ConversationChart, { analysis, readerHref }) }
];

describe.each(charts)('$kind in the shared frame', ({ kind, title, svg, html: renderHtml }) => {
	const html = renderHtml();
	const figure = elements(html, 'figure')[0]!;

	it('is one figure with its id, data-chart and a labelled heading', () => {
		expect(elements(html, 'figure')).toHaveLength(1);
		expect(figure.attributes.id).toBe(kind);
		expect(figure.attributes['data-chart']).toBe(kind);
		const heading = elements(html, 'h2')[0]!;
		expect(heading.text).toBe(title);
		expect(figure.attributes['aria-labelledby']).toBe(heading.attributes.id);
	});

	it('has its marks in the server-rendered HTML', () => {
		if (svg) {
			const svgs = elements(html, 'svg');
			expect(svgs.length).toBeGreaterThan(0);
			expect(svgElements(svgs[0]!.html, 'rect').length).toBeGreaterThan(0);
		} else {
			expect(elements(html, 'svg')).toHaveLength(0);
			expect(elements(html, 'button').length).toBeGreaterThan(0);
		}
	});

	it('has a data table behind "Data table", with caption and scoped headers', () => {
		const details = elements(html, 'details')[0]!;
		expect(elements(details.html, 'summary')[0]!.text).toBe('Data table');
		const table = elements(details.html, 'table')[0]!;
		expect(elements(table.html, 'caption')[0]!.text.length).toBeGreaterThan(0);
		const headers = elements(table.html, 'th');
		expect(headers.some((th) => th.attributes.scope === 'col')).toBe(true);
		expect(headers.some((th) => th.attributes.scope === 'row')).toBe(true);
		expect(headers.every((th) => th.attributes.scope === 'col' || th.attributes.scope === 'row')).toBe(true);
	});

	it('ends with the source line from the transcript metadata', () => {
		const source = elements(html, 'p').find((p) => classes(p.attributes).includes('source'))!;
		expect(source.text).toBe('Source: 腾讯科技 Tencent Tech, 16 April 2024. 编译/金鹿；译自 20VC 播客 (translated from the 20VC podcast)');
	});

	it('gives every button a type and a name, and every pressed state a value', () => {
		for (const button of elements(html, 'button')) {
			expect(button.attributes.type).toBe('button');
			expect((button.attributes['aria-label'] ?? button.text).length).toBeGreaterThan(0);
			if ('aria-pressed' in button.attributes) expect(['true', 'false']).toContain(button.attributes['aria-pressed']);
		}
	});
});

describe('frame options', () => {
	it('takes a heading level, an id, a title and a source line', () => {
		const html = renderChart(SpeakerShareChart, {
			analysis,
			id: 'share-2',
			headingLevel: 3,
			title: 'Speaking time',
			source: 'Source: test'
		});
		expect(elements(html, 'h2')).toHaveLength(0);
		const heading = elements(html, 'h3')[0]!;
		expect(heading.text).toBe('Speaking time');
		expect(heading.attributes.id).toBe('share-2-title');
		expect(elements(html, 'figure')[0]!.attributes.id).toBe('share-2');
		expect(html).toContain('Source: test');
	});

	it('speaks Chinese when asked, keeping transcript text as written', () => {
		const html = renderChart(SpeakerShareChart, { analysis, lang: 'zh' });
		expect(elements(html, 'h2')[0]!.text).toBe('谁说了多少');
		expect(elements(html, 'summary')[0]!.text).toBe('数据表');
		const names = elements(html, 'button').map((b) => b.attributes['aria-label']);
		expect(names).toContain('奥特曼：发言占比 53%，36 次发言，约 29 分钟（估算）');
	});
});

describe('a transcript’s own chart wording (metadata charts.<kind>.<lang>)', () => {
	const worded = {
		...analysis,
		meta: {
			...analysis.meta,
			charts: { 'theme-heatmap': { en: { title: 'Where cost comes up', subtitle: 'Mentions of four themes.', notes: ['Themes chosen by the desk.'] } } }
		}
	};

	it('replaces the title and description and adds its notes after the chart’s own', () => {
		const html = renderChart(ThemeHeatmap, { analysis: worded });
		expect(elements(html, 'h2')[0]!.text).toBe('Where cost comes up');
		expect(elementsWithClass(html, 'p', 'subtitle')[0]!.text).toBe('Mentions of four themes.');
		const notes = elementsWithClass(html, 'p', 'note').map((note) => note.text);
		expect(notes.at(-1)).toBe('Themes chosen by the desk.');
		// The chart's own notes (the colour scale, the zero cells) are still there, before it.
		expect(notes.length).toBeGreaterThan(1);
	});

	it('applies to its chart and language only', () => {
		expect(elements(renderChart(SpeakerShareChart, { analysis: worded }), 'h2')[0]!.text).toBe('Who spoke how much');
		expect(elements(renderChart(ThemeHeatmap, { analysis: worded, lang: 'zh' }), 'h2')[0]!.text).not.toBe('Where cost comes up');
	});
});
