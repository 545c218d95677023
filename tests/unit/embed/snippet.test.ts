import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS, embedChartTitle, isEmbedChart } from '../../../src/lib/embed/charts';
import { embedSnippet, escapeAttribute } from '../../../src/lib/embed/snippet';

const SCRIPT = 'https://parley.example/embed/frames.js';

describe('the embed code', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['say "hi"', 'say &quot;hi&quot;'],
		['<script>', '&lt;script&gt;'],
		['奥特曼', '奥特曼']
	])('escapes %j for an attribute as %j', (text, expected) => {
		expect(escapeAttribute(text)).toBe(expected);
	});

	it.each([
		{
			src: 'https://parley.example/embed/x/speaker-share/',
			title: 'Who spoke how much · 奥特曼访谈',
			height: undefined,
			iframe:
				'<iframe src="https://parley.example/embed/x/speaker-share/" title="Who spoke how much · 奥特曼访谈" width="100%" height="480" frameborder="0" scrolling="no" loading="lazy" data-parley-embed></iframe>'
		},
		{
			src: 'https://parley.example/embed/x/theme-heatmap/?speaker=altman&section=3',
			title: 'Themes by section · "Quoted" <title>',
			height: 600,
			iframe:
				'<iframe src="https://parley.example/embed/x/theme-heatmap/?speaker=altman&amp;section=3" title="Themes by section · &quot;Quoted&quot; &lt;title&gt;" width="100%" height="600" frameborder="0" scrolling="no" loading="lazy" data-parley-embed></iframe>'
		}
	])('an iframe of $src, then the host script', ({ src, title, height, iframe }) => {
		const lines = embedSnippet({ src, title, scriptSrc: SCRIPT, height }).split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(`<div class="parley-embed">${iframe}</div>`);
		expect(lines[1]).toBe(`<script src="${SCRIPT}"></script>`);
		expect(lines[2]).toMatch(/^<script>.*newswireFrames\.observeIframe\(frame\).*<\/script>$/);
		// The iframe's src, read back as a browser would, is the URL given.
		const parsed = /src="([^"]*)"/.exec(lines[0]!)![1]!.replace(/&amp;/g, '&');
		expect(parsed).toBe(src);
	});

	it('knows the six chart kinds, each with its frame title in both languages', () => {
		expect(EMBED_CHARTS).toEqual(['speaker-share', 'section-speakers', 'theme-heatmap', 'section-keywords', 'cooccurrence-matrix', 'conversation']);
		for (const kind of EMBED_CHARTS) {
			expect(isEmbedChart(kind)).toBe(true);
			expect(embedChartTitle(kind, 'en')).toMatch(/\w/);
			expect(embedChartTitle(kind, 'zh')).toMatch(/\p{Script=Han}/u);
		}
		expect(isEmbedChart('quotes')).toBe(false);
	});
});
