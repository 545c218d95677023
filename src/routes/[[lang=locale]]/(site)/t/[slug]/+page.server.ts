import { dashboardAnalysis } from '$lib/page-data';
import { loadAnalysis } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { transcriptEntries } from './entries';

export const entries: EntryGenerator = transcriptEntries;

/** The dashboard draws from turns and mentions; the precomputed tables stay in analysis.json. */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	return { analysis: dashboardAnalysis(loadAnalysis(params.slug), ui.lang) };
};
