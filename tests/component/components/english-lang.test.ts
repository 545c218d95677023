/**
 * English transcript text is marked lang="en" wherever it is printed (quotes, reader paragraphs,
 * speaker labels in the charts), so app.css sets it in a Latin font first; the interface's
 * language does not change the mark. The English debate fixture was written for the tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import SpeakerShareChart from '../../../src/lib/charts/SpeakerShareChart.svelte';
import QuotePanel from '../../../src/lib/components/QuotePanel.svelte';
import TranscriptReader from '../../../src/lib/components/TranscriptReader.svelte';
import { dashboardAnalysis, readerAnalysis } from '../../../src/lib/page-data';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { parseMeta } from '../../../src/lib/transcript/schema';
import { render } from 'svelte/server';
import { renderWithSelection } from '../render';
import { clean } from './markup';

const ROOT = resolve(import.meta.dirname, '../../..');
const full = analyseTranscript(readFileSync(resolve(ROOT, 'tests/fixtures/english-debate.txt'), 'utf8'), {
	id: 'english-debate',
	meta: parseMeta(JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/english-debate.meta.json'), 'utf8'))),
	themes: []
});
const langOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => /\blang="([^"]*)"/.exec(match[0])?.[1]);

describe.each(['en', 'zh'] as const)('English transcript text in a %s interface', (lang) => {
	it('marks every quote lang="en"', () => {
		const analysis = dashboardAnalysis(full, lang);
		const html = clean(renderWithSelection(QuotePanel, analysis, { analysis, readerHref: (id: string) => `#${id}`, lang }, {}));
		const quotes = langOf(html, /<blockquote class="quote-text[^>]*>/g);
		// 8 turns in the debate, 9 paragraphs (JONES's "Fares stay low." is a second paragraph).
		expect(quotes).toHaveLength(9);
		expect(new Set(quotes)).toEqual(new Set(['en']));
	});

	it('marks every reader paragraph lang="en"', () => {
		const analysis = readerAnalysis(full, lang);
		const html = clean(render(TranscriptReader, { props: { analysis, lang, dashboardHref: (search: string) => `/${search}` } }).body);
		const paragraphs = langOf(html, /<p class="paragraph[^>]*>/g);
		expect(paragraphs).toHaveLength(9);
		expect(new Set(paragraphs)).toEqual(new Set(['en']));
	});

	it('marks the speaker labels in the share chart lang="en"', () => {
		const analysis = dashboardAnalysis(full, lang);
		const html = clean(renderWithSelection(SpeakerShareChart, analysis, { analysis, lang }, {}));
		expect(langOf(html, /<span class="speaker-label[^>]*>/g)).toEqual(['en', 'en', 'en']);
	});
});
