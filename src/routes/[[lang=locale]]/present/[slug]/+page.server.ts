import { error } from '@sveltejs/kit';
import { firstParagraphTexts, readerPages } from '$lib/page-data';
import { MAX_QUOTE_SLIDES } from '$lib/present/deck';
import { chartPageAnalysis, chartPagesGetText, listTranscripts, loadAnalysis, readerPageBudget } from '$lib/server/content';
import { transcriptEntries } from '../../(site)/t/[slug]/entries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = transcriptEntries;

/**
 * The slides draw the dashboard's charts and quotes, so they get what the dashboard gets: a very
 * long transcript's paragraphs without their text (chartPagesGetText), except the quote slides'
 * before any selection (the first paragraphs), so the prerendered slides show them.
 */
export const load: PageServerLoad = async ({ params, parent }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	const withText = chartPagesGetText(analysis);
	return {
		analysis: chartPageAnalysis(analysis, ui.lang),
		readerPages: readerPages(analysis, readerPageBudget()),
		...(withText ? {} : { quoteTexts: firstParagraphTexts(analysis, MAX_QUOTE_SLIDES) })
	};
};
