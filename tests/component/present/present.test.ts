/**
 * Present mode's route and slides, server-rendered: one prerendered deck per transcript sent what
 * the dashboard is sent, no masthead, and each kind of slide (a chart in its slide frame, a pull
 * quote, the slide for a selection with no quotes).
 */
import { unpackDashboard, type PackedDashboard } from '../../../src/lib/packed-analysis';
import { describe, expect, it } from 'vitest';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { CHART_SLIDES } from '../../../src/lib/present/deck';
import PresentSlide from '../../../src/lib/present/PresentSlide.svelte';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';
import * as present from '../../../src/routes/[[lang=locale]]/present/[slug]/+page.server';
import { renderWithSelection } from '../render';

const SLUG = 'altman-lightcap-20vc';
const full = loadAnalysis(SLUG);
const analysis = dashboardAnalysis(full);
type PresentArgs = Parameters<typeof present.load>[0];
const readerHref = (anchor: string) => `/t/${SLUG}/read/#${anchor}`;

describe('the present route', () => {
	it('prerenders one deck per transcript, sent what the dashboard is sent; an unknown slug is a 404', async () => {
		expect(await present.entries()).toEqual(listTranscripts().flatMap((slug) => [{ slug }, { slug, lang: 'en' }, { slug, lang: 'zh' }]));
		const parent = async () => ({ ui: { lang: 'zh' as const, urlLang: undefined } });
		const data = (await present.load({ params: { slug: SLUG }, parent } as unknown as PresentArgs)) as { analysis: PackedDashboard };
		expect({ ...data, analysis: unpackDashboard(data.analysis) }).toEqual({
			analysis,
			// The seed's 102 turns in sections 1–7: one reader page.
			readerPages: [{ number: 1, firstTurn: 1, lastTurn: 102, firstSection: 1, lastSection: 7 }]
		});
		await expect(present.load({ params: { slug: 'no-such-transcript' }, parent } as unknown as PresentArgs)).rejects.toMatchObject({ status: 404 });
	});
});

describe('slides', () => {
	it.each(CHART_SLIDES)('%s: the chart in its slide frame, titled, with no hint or controls', (chart) => {
		const html = renderWithSelection(PresentSlide, analysis, { analysis, slide: { kind: 'chart', chart }, title: `Slide ${chart}`, last: false, readerHref }, { speaker: 'altman' });
		expect(html).toContain(`data-chart="${chart}"`);
		expect(html).toContain('data-variant="slide"');
		expect(html).toMatch(new RegExp(`<h2[^>]*>Slide ${chart}(<!---->)?</h2>`));
		expect(html).not.toContain('class="hint');
		expect(html).not.toContain('class="controls');
		expect(html).not.toContain('turn-picker');
	});

	it('a quote slide: the paragraph, its speaker as written and in English, its section, a link to it', () => {
		const turn = full.turns.find((t) => t.speaker === 'altman')!;
		const paragraph = turn.paragraphs[0]!;
		const section = full.sections.find((s) => s.index === turn.section)!;
		const html = renderWithSelection(PresentSlide, analysis, { analysis, slide: { kind: 'quote', quote: 0 }, title: 'Quote 1 of 42', last: false, readerHref }, { speaker: 'altman' });
		expect(html).toContain(`data-paragraph="${paragraph.id}"`);
		expect(html.replace(/<[^>]+>/g, '')).toContain(paragraph.text);
		expect(html).toMatch(/class="speaker-label[^"]*"[^>]*>奥特曼</);
		expect(html).toContain('Sam Altman');
		expect(html).toContain(section.title);
		expect(html).toContain(`href="/t/${SLUG}/read/#${paragraph.id}"`);
		expect(html).not.toContain('Read on in the transcript');
	});

	it('the last quote slide of a capped deck links on to the next quote in the transcript', () => {
		const html = renderWithSelection(PresentSlide, analysis, { analysis, slide: { kind: 'quote', quote: 1 }, title: 'Quote 2', last: true, readerHref }, { speaker: 'altman' });
		const third = full.turns.filter((t) => t.speaker === 'altman').flatMap((t) => t.paragraphs)[2]!;
		expect(html).toContain('These slides show the first 2 of 42 quotes.');
		expect(html).toContain(`href="/t/${SLUG}/read/#${third.id}"`);
	});

	it('a selection with no quotes gets a slide that says so', () => {
		const html = renderWithSelection(PresentSlide, analysis, { analysis, slide: { kind: 'no-quotes' }, title: 'No quotes', last: true, readerHref }, { speaker: 'altman' });
		expect(html).toContain('No paragraph matches every part of the selection.');
	});
});
