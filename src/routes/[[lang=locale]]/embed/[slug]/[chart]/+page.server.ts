import { error } from '@sveltejs/kit';
import { EMBED_CHARTS, isEmbedChart } from '$lib/embed/charts';
import { withLangEntries } from '$lib/i18n/url-language';
import { readerPages } from '$lib/page-data';
import { chartPageAnalysis, listTranscripts, loadAnalysis, readerPageBudget } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One chart-only page per chart of every transcript, unprefixed and in each language. */
export const entries: EntryGenerator = () =>
	withLangEntries(listTranscripts().flatMap((slug) => EMBED_CHARTS.map((chart) => ({ slug, chart }))));

/** The chart draws from what the dashboard draws from (its figures follow the selection). */
export const load: PageServerLoad = async ({ params, parent }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	if (!isEmbedChart(params.chart)) error(404, `No chart "${params.chart}"`);
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	// No chart shows paragraph text: a very long transcript's is left out, as on its dashboard.
	return { chart: params.chart, analysis: chartPageAnalysis(analysis, ui.lang), readerPages: readerPages(analysis, readerPageBudget()) };
};
