import { listTranscripts, loadAnalysis } from '$lib/server/content';
import { comparison, type Comparison } from '$lib/compare/figures';
import { withLangEntries } from '$lib/i18n/url-language';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => withLangEntries([{}]);

/** The comparison's figures for every transcript (shares and theme rates), not the analyses. */
export const load: PageServerLoad = async ({ parent }): Promise<{ comparison: Comparison }> => {
	const { ui } = await parent();
	return { comparison: comparison(listTranscripts().map((slug) => loadAnalysis(slug)), ui.lang) };
};
