import { readerAnalysis } from '$lib/page-data';
import { loadAnalysis } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { transcriptEntries } from '../entries';

export const entries: EntryGenerator = transcriptEntries;

/** The reader draws the text, the speakers and the theme marks: nothing computed from them. */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	return { analysis: readerAnalysis(loadAnalysis(params.slug), ui.lang) };
};
