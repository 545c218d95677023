/**
 * Transcript text is data: a speaker called `<img src=x onerror=alert(1)>` and markup in the
 * text must come out as text, in the quote panel and in the reader, from the real analysis.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import QuotePanel from '../../../src/lib/components/QuotePanel.svelte';
import TranscriptReader from '../../../src/lib/components/TranscriptReader.svelte';
import { dashboardAnalysis, readerAnalysis } from '../../../src/lib/page-data';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { renderWithSelection, type Selected } from '../render';
import { clean } from './markup';

const HOSTILE = '<img src=x onerror=alert(1)>';
const TEXT = `# 标题 <script>alert(1)</script>

01 开场 <b>粗体</b>

**${HOSTILE}：**
我们谈谈算力和成本。${HOSTILE} 还有 GPT-4。

**主持人：**
企业客户呢？<script>alert(2)</script>

02 第二节

**${HOSTILE}：**
成本会下降。
`;

const analysis = analyseTranscript(TEXT, {
	id: 'hostile',
	themes: [
		{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['算力'] },
		{ id: 'cost', label: { zh: '成本 <i>', en: 'Cost <i>' }, terms: ['成本'] }
	]
});

const quotePanel = (selected: Selected) =>
	clean(renderWithSelection(QuotePanel, dashboardAnalysis(analysis), { analysis, readerHref: (id: string) => `#${id}` }, selected));

function expectInert(html: string): void {
	expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	expect(html).not.toMatch(/<img/i);
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toMatch(/<b>|<i>/);
}

describe('hostile transcript text', () => {
	it('the analysis really has the hostile label as a speaker and in the text', () => {
		expect(analysis.speakers.map((s) => s.label)).toContain(HOSTILE);
		expect(analysis.turns[0]!.paragraphs[0]!.text).toContain(HOSTILE);
		expect(analysis.mentions.length).toBeGreaterThan(0);
	});

	it('renders as text in the quote panel', () => {
		const hostileSpeaker = analysis.speakers.find((s) => s.label === HOSTILE)!;
		const html = quotePanel({ speaker: hostileSpeaker.id });
		expectInert(html);
		expect(html).toContain('<mark');
	});

	it('marks a search term that is itself markup, as text', () => {
		const html = quotePanel({ terms: ['<script>alert(2)</script>'] });
		expect(html).not.toMatch(/<script/i);
		// The host's one paragraph with it, the term marked where it occurs and named in the legend.
		expect(html).toContain('1 mention in 1 paragraph');
		expect(html).toMatch(/<mark class="mention[^"]*"[^>]*data-theme="term:&lt;script>alert\(2\)&lt;\/script>"(?:[^>"]|"[^"]*")*>&lt;script>alert\(2\)&lt;\/script><\/mark>/);
		expect(html).toContain('“&lt;script>alert(2)&lt;/script>”');
	});

	it('renders as text in the reader', () => {
		const html = render(TranscriptReader, { props: { analysis: readerAnalysis(analysis), dashboardHref: (search: string) => `/t/hostile/${search}` } }).body;
		expectInert(html);
		expect(html).toContain('&lt;script>alert(2)&lt;/script>');
		expect(html).toContain('&lt;b>粗体&lt;/b>');
	});
});
