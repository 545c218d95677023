import { error } from '@sveltejs/kit';
import { readerPages } from '$lib/page-data';
import { chartPageAnalysis, listTranscripts, loadAnalysis, readerPageBudget } from '$lib/server/content';
import { transcriptEntries } from '../../(site)/t/[slug]/entries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = transcriptEntries;

/** The slides draw the dashboard's charts and quotes, so they get what the dashboard gets. */
export const load: PageServerLoad = async ({ params, parent }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	return { analysis: chartPageAnalysis(analysis, ui.lang), readerPages: readerPages(analysis, readerPageBudget()) };
};
