import { firstParagraphTexts, QUOTE_PAGE_SIZE, readerPages } from '$lib/page-data';
import { chartPageAnalysis, chartPagesGetText, loadAnalysis, readerPageBudget } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { transcriptEntries } from './entries';

export const entries: EntryGenerator = transcriptEntries;

/**
 * The dashboard draws from turns and mentions; the precomputed tables stay in analysis.json. A
 * very long transcript's paragraphs come without their text (see DASHBOARD_TEXT_LIMIT).
 */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	const withText = chartPagesGetText(analysis);
	return {
		analysis: chartPageAnalysis(analysis, ui.lang),
		readerPages: readerPages(analysis, readerPageBudget()),
		// A very long transcript comes without its text: the quotes listed before any selection
		// (the first paragraphs) still come with theirs, so the prerendered page shows them.
		...(withText ? {} : { quoteTexts: firstParagraphTexts(analysis, QUOTE_PAGE_SIZE) })
	};
};
