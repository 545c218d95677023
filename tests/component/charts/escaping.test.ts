/**
 * Transcript text is data: a speaker label, name, section title, theme label, credit line,
 * keyword or search term full of markup renders as text in every chart (names, labels, tables),
 * never as elements. The hostile analysis is a real one, made by the analysis from a text and
 * metadata that carry the markup; only the keyword is put in by hand (the word segmenter never
 * yields markup).
 */
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import CooccurrenceMatrix from '../../../src/lib/charts/CooccurrenceMatrix.svelte';
import SectionKeywordsChart from '../../../src/lib/charts/SectionKeywordsChart.svelte';
import SectionSpeakersChart from '../../../src/lib/charts/SectionSpeakersChart.svelte';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import ThemeHeatmap from '../../../src/lib/charts/ThemeHeatmap.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { elements, renderChart } from './ssr';

const ATTACK = '<img src=x onerror=alert(1)>';
const TERM = '<script>alert(3)</script>';

// The guest speaks 9 + 5 = 14 characters of 22 (64%) in 2 turns; the host 5 + 3 = 8.
const TEXT = `# 标题

01 开场

**${ATTACK}：**
我们谈谈算力和成本。

**主持人：**
企业客户呢？

02 </button>${ATTACK}

**${ATTACK}：**
成本会下降。

**主持人：**
为什么？
`;

const analysed = analyseTranscript(TEXT, {
	id: 'hostile',
	themes: [
		{ id: 'compute', label: { zh: '算力', en: '<b>bold</b>' }, terms: ['算力'] },
		{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['成本'] }
	],
	meta: {
		title: '标题',
		language: 'zh',
		source: { publisher: { zh: '测试', en: 'Test' }, date: '2024-01-01', credit: ATTACK },
		speakers: [
			{ id: 'guest', labels: [ATTACK], name: { zh: '嘉宾', en: `"><script>alert(2)</script>` }, role: { zh: '嘉宾', en: 'Guest' } },
			{ id: 'host', labels: ['主持人'], name: { zh: '主持人', en: 'Host' }, role: { zh: '主持人', en: 'Host' } }
		]
	}
});
const analysis = {
	...dashboardAnalysis(analysed),
	keywords: [{ section: 2, terms: [{ term: ATTACK, score: 1, count: 1 }] }]
};

describe('escaping transcript text', () => {
	it('the analysis really carries the markup', () => {
		expect(analysis.speakers.map((s) => s.label)).toEqual([ATTACK, '主持人']);
		expect(analysis.sections.map((s) => s.title)).toEqual(['开场', `</button>${ATTACK}`]);
		expect(analysis.mentions.map((m) => m.theme)).toEqual(['compute', 'cost', 'cost']);
	});

	const readerHref = (id: string) => `#${id}`;
	const pages = [
		['speaker share', renderChart(SpeakerShareChart, { analysis })],
		['section speakers', renderChart(SectionSpeakersChart, { analysis })],
		['heatmap', renderChart(ThemeHeatmap, { analysis })],
		['heatmap with a hostile term', renderChart(ThemeHeatmap, { analysis }, { terms: [TERM] })],
		['keywords', renderChart(SectionKeywordsChart, { analysis })],
		['matrix', renderChart(CooccurrenceMatrix, { analysis })],
		['conversation', renderChart(ConversationChart, { analysis, readerHref })],
		['conversation with a hostile term', renderChart(ConversationChart, { analysis, readerHref }, { terms: [TERM] })]
	] as const;

	it.each(pages)('%s renders the markup as text', (_, html) => {
		expect(html).not.toMatch(/<img/i);
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<b>/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('shows a hostile search term as text in the heatmap column and the conversation track', () => {
		for (const [name, html] of pages.filter(([name]) => name.endsWith('hostile term'))) {
			expect(html, name).toContain('“&lt;script>alert(3)&lt;/script>”');
		}
	});

	it('keeps the hostile label, unchanged, in the accessible name', () => {
		const button = elements(pages[0][1], 'button')[0]!;
		expect(button.attributes['aria-label']).toBe(`${ATTACK}: 64% of speaking, 2 turns, under a minute (estimate)`);
		const keyword = elements(pages[4][1], 'button')[0]!;
		expect(keyword.attributes['aria-label']).toBe(`${ATTACK}: 1 time in Section 02 </button>${ATTACK}. Add it as a search term`);
		expect(keyword.text).toBe(ATTACK);
	});
});
