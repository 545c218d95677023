/**
 * The route modules on their own: what the index sends (a summary, not the analysis), what each
 * transcript page loads (only the part of the analysis it draws), which pages are prerendered,
 * and the analysis.json endpoint's body (the whole analysis).
 */
import { unpackDashboard, type PackedDashboard } from '../../../src/lib/packed-analysis';
import { describe, expect, it } from 'vitest';
import { dashboardAnalysis, readerAnalysis } from '../../../src/lib/page-data';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';
import * as index from '../../../src/routes/[[lang=locale]]/(site)/+page.server';
import * as layout from '../../../src/routes/+layout';
import * as languageLayout from '../../../src/routes/[[lang=locale]]/+layout.server';
import * as transcript from '../../../src/routes/[[lang=locale]]/(site)/t/[slug]/+layout.server';
import * as dashboard from '../../../src/routes/[[lang=locale]]/(site)/t/[slug]/+page.server';
import * as reader from '../../../src/routes/[[lang=locale]]/(site)/t/[slug]/read/[[page=readerpage]]/+page.server';
import * as endpoint from '../../../src/routes/t/[slug]/analysis.json/+server';
import * as embed from '../../../src/routes/[[lang=locale]]/embed/[slug]/[chart]/+page.server';
import * as framesScript from '../../../src/routes/embed/frames.js/+server';
import { EMBED_CHARTS } from '../../../src/lib/embed/charts';
import type { TranscriptRow } from '../../../src/lib/compare/summary';

const SLUG = 'altman-lightcap-20vc';
type LayoutArgs = Parameters<typeof transcript.load>[0];
type DashboardArgs = Parameters<typeof dashboard.load>[0];
type ReaderArgs = Parameters<typeof reader.load>[0];
type EmbedArgs = Parameters<typeof embed.load>[0];

describe('routes', () => {
	it('prerenders every page, with trailing slashes (dir/index.html)', () => {
		expect(layout.prerender).toBe(true);
		expect(layout.trailingSlash).toBe('always');
		expect(endpoint.prerender).toBe(true);
		expect(endpoint.trailingSlash).toBe('never');
	});

	it('has one dashboard and reader per transcript without a language prefix and under each language, one data file', async () => {
		const slugs = listTranscripts().map((slug) => ({ slug }));
		expect(slugs).toContainEqual({ slug: SLUG });
		const pages = listTranscripts().flatMap((slug) => [{ slug }, { slug, lang: 'en' }, { slug, lang: 'zh' }]);
		expect(await dashboard.entries()).toEqual(pages);
		expect(await reader.entries()).toEqual(pages);
		expect(await endpoint.entries()).toEqual(slugs);
	});

	it('has one embed per chart of every transcript in each address; an unknown chart or slug is a 404', async () => {
		expect(await embed.entries()).toHaveLength(listTranscripts().length * 6 * 3);
		expect(await embed.entries()).toContainEqual({ slug: SLUG, chart: 'theme-heatmap' });
		expect(await embed.entries()).toContainEqual({ slug: SLUG, chart: 'theme-heatmap', lang: 'en' });
		const zh = async () => ({ ui: { lang: 'zh' as const, urlLang: undefined } });
		const en = async () => ({ ui: { lang: 'en' as const, urlLang: 'en' as const } });
		const data = (await embed.load({ params: { slug: SLUG, chart: 'theme-heatmap' }, parent: zh } as unknown as EmbedArgs)) as { analysis: PackedDashboard };
		// In Chinese: the transcript's own section titles.
		expect({ ...data, analysis: unpackDashboard(data.analysis) }).toEqual({
			chart: 'theme-heatmap',
			analysis: dashboardAnalysis(loadAnalysis(SLUG)),
			readerPages: [{ number: 1, firstTurn: 1, lastTurn: 102, firstSection: 1, lastSection: 7 }]
		});
		const english = (await embed.load({ params: { slug: SLUG, chart: 'theme-heatmap', lang: 'en' }, parent: en } as unknown as EmbedArgs)) as { analysis: PackedDashboard };
		expect(english.analysis.sections[2]).toMatchObject({ title: 'The cost of high-quality AI will approach zero', originalTitle: '高质量AI的成本将趋近于零' });
		expect(english.analysis.sections.every((section) => section.originalTitle)).toBe(true);
		await expect(embed.load({ params: { slug: SLUG, chart: 'quotes' }, parent: zh } as unknown as EmbedArgs)).rejects.toMatchObject({ status: 404 });
		await expect(embed.load({ params: { slug: 'nope', chart: 'speaker-share' }, parent: zh } as unknown as EmbedArgs)).rejects.toMatchObject({ status: 404 });
	});

	it('serves the host script (@newswire/frames, UMD) as a prerendered file', async () => {
		expect(framesScript.prerender).toBe(true);
		expect(framesScript.trailingSlash).toBe('never');
		const response = await framesScript.GET({} as Parameters<typeof framesScript.GET>[0]);
		expect(response.headers.get('content-type')).toMatch(/javascript/);
		const source = await response.text();
		expect(source).toContain('newswireFrames');
		expect(source).toContain('observeIframe');
	});

	it('the index sends each transcript’s headline figures (counted by hand in the files), sorted by title', async () => {
		const parent = async () => ({ ui: { lang: 'en' as const, urlLang: undefined } });
		const data = (await index.load({ params: {}, parent } as unknown as Parameters<typeof index.load>[0])) as { transcripts: TranscriptRow[] };
		// Labels counted in the files (`grep -c '^主持人：'` …): 22 + 10 + 12 + 13 and 22 + 12 + 12 + 10.
		const figures = data.transcripts.map(({ slug, speakers, turns, topTheme }) => [slug, speakers, turns, topTheme?.id]);
		expect(figures).toEqual([
			// English titles before Chinese ones under an English collation: "The price…", then 奥… and 芯… .
			['en-ai-costs-panel', 4, 56, 'cost'],
			['altman-lightcap-20vc', 3, 102, expect.any(String)],
			['zh-chip-roundtable', 4, 57, 'compute']
		]);
		expect(data.transcripts.find((t) => t.slug === 'zh-chip-roundtable')).toMatchObject({
			title: '芯片圆桌：算力、成本与企业落地',
			titleTranslation: 'Chip roundtable: compute, cost and putting AI to work in companies',
			language: 'zh',
			date: '2025-09-18'
		});
		// The panel is timed ([00:00:04] … [00:09:42]; its last turn, 10 words at 150 a minute, 4 s):
		// 586 − 4 = 582 s = 9.7 minutes, measured. The others are estimated from their length.
		expect(data.transcripts.map(({ slug, minutes, measured }) => [slug, measured ? minutes : 'estimate'])).toEqual([
			['en-ai-costs-panel', 9.7],
			['altman-lightcap-20vc', 'estimate'],
			['zh-chip-roundtable', 'estimate']
		]);
		// Only the figures: the whole index is smaller than a tenth of one analysis.
		expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(loadAnalysis(SLUG)).length / 10);
	});

	it('a transcript numbered 一、二、… gets the English section titles its metadata gives, keyed by those numbers', async () => {
		const parent = async () => ({ ui: { lang: 'en' as const, urlLang: 'en' as const } });
		const data = (await dashboard.load({ params: { slug: 'zh-chip-roundtable', lang: 'en' }, parent } as unknown as DashboardArgs)) as { analysis: PackedDashboard };
		expect(data.analysis.sections.map((s) => [s.number, s.title, s.originalTitle])).toEqual([
			['一', 'Where compute comes from', '算力从哪里来'],
			['二', 'How prices are set', '价格怎么定'],
			['三', 'From GPT-4 to the next generation of models', '从 GPT-4 到下一代模型'],
			['四', 'How companies put it to work', '企业怎么落地'],
			['五', 'The next three years', '接下来三年']
		]);
	});

	it('an unknown slug is a 404 for every page under it; the layout itself sends nothing', async () => {
		expect(await transcript.load({ params: { slug: SLUG } } as LayoutArgs)).toEqual({});
		expect(() => transcript.load({ params: { slug: 'no-such-transcript' } } as LayoutArgs)).toThrow(expect.objectContaining({ status: 404 }));
	});

	it('every page speaks the address’s language, else its transcript’s (this one is Chinese), else English', async () => {
		const ui = async (params: Record<string, string>) => {
			const data = await languageLayout.load({ params } as Parameters<typeof languageLayout.load>[0]);
			return { ui: (data as { ui: unknown }).ui };
		};
		expect(await ui({ slug: SLUG })).toEqual({ ui: { lang: 'zh', urlLang: undefined } });
		expect(await ui({ slug: SLUG, lang: 'zh' })).toEqual({ ui: { lang: 'zh', urlLang: 'zh' } });
		expect(await ui({ slug: SLUG, lang: 'en' })).toEqual({ ui: { lang: 'en', urlLang: 'en' } });
		expect(await ui({})).toEqual({ ui: { lang: 'en', urlLang: undefined } });
		expect(await ui({ lang: 'zh' })).toEqual({ ui: { lang: 'zh', urlLang: 'zh' } });
		expect(await ui({ slug: 'no-such-transcript' })).toEqual({ ui: { lang: 'en', urlLang: undefined } });
	});

	it('the dashboard loads what it draws from: turns and mentions, not the precomputed tables or the front matter', async () => {
		const analysis = loadAnalysis(SLUG);
		const parent = async () => ({ ui: { lang: 'zh' as const, urlLang: undefined } });
		const data = (await dashboard.load({ params: { slug: SLUG }, parent } as unknown as DashboardArgs)) as { analysis: PackedDashboard };
		// The seed is 102 turns in sections 1–7, well within one reader page.
		expect({ ...data, analysis: unpackDashboard(data.analysis) }).toEqual({ analysis: dashboardAnalysis(analysis), readerPages: [{ number: 1, firstTurn: 1, lastTurn: 102, firstSection: 1, lastSection: 7 }] });
		// Turns and mentions come packed in columns (packed-analysis.ts).
		expect(Object.keys(data.analysis).sort()).toEqual(
			['id', 'meta', 'unit', 'rate', 'timing', 'sectioning', 'totals', 'speakers', 'sections', 'packed', 'themes', 'keywords', 'corrections'].sort()
		);
		expect(unpackDashboard(data.analysis).turns).toEqual(analysis.turns);
		expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(analysis).length);
	});

	it('the reader loads the text, the speakers and the theme marks, with the front matter grouped, and the ids a selection may name', async () => {
		const analysis = loadAnalysis(SLUG);
		const parent = async () => ({ ui: { lang: 'zh' as const, urlLang: undefined } });
		const data = (await reader.load({ params: { slug: SLUG }, parent } as unknown as ReaderArgs)) as { analysis: Record<string, unknown> };
		// With the ids the reader's script keeps of a selection on the way back: the transcript's,
		// written here from its seven sections, three speakers and four default themes.
		expect(data).toEqual({
			analysis: readerAnalysis(analysis),
			knownIds: { speakers: ['stebbings', 'altman', 'lightcap'], sections: [1, 2, 3, 4, 5, 6, 7], themes: ['compute', 'cost', 'gpt-n', 'enterprise'] }
		});
		expect(Object.keys(data.analysis).sort()).toEqual(['id', 'meta', 'speakers', 'sections', 'turns', 'themes', 'mentions', 'back', 'front', 'corrections', 'page', 'pages'].sort());
		// The title is the page's heading: the grouped front matter leaves it out, and keeps every other line.
		const front = data.analysis.front as { kind: string; items: unknown[] }[];
		expect(front.map((group) => group.kind)).toEqual(['highlights', 'introduction']);
		expect(front.flatMap((group) => group.items)).toEqual(analysis.front.filter((m) => m.kind === 'highlights' || m.kind === 'introduction'));
	});

	it('analysis.json is the analysis, as JSON', async () => {
		const response = await endpoint.GET({ params: { slug: SLUG } } as Parameters<typeof endpoint.GET>[0]);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual(loadAnalysis(SLUG));
	});
});
