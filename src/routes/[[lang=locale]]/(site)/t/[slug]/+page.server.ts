import { dashboardAnalysis, readerPages } from '$lib/page-data';
import { loadAnalysis, readerPageBudget } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { transcriptEntries } from './entries';

export const entries: EntryGenerator = transcriptEntries;

/** The dashboard draws from turns and mentions; the precomputed tables stay in analysis.json. */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	return { analysis: dashboardAnalysis(analysis, ui.lang), readerPages: readerPages(analysis, readerPageBudget()) };
};
