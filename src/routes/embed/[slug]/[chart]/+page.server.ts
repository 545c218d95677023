import { error } from '@sveltejs/kit';
import { EMBED_CHARTS, isEmbedChart } from '$lib/embed/charts';
import { dashboardAnalysis } from '$lib/page-data';
import { listTranscripts, loadAnalysis } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One chart-only page per chart of every transcript. */
export const entries: EntryGenerator = () => listTranscripts().flatMap((slug) => EMBED_CHARTS.map((chart) => ({ slug, chart })));

/** The chart draws from what the dashboard draws from (its figures follow the selection). */
export const load: PageServerLoad = ({ params }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	if (!isEmbedChart(params.chart)) error(404, `No chart "${params.chart}"`);
	return { chart: params.chart, analysis: dashboardAnalysis(loadAnalysis(params.slug)) };
};
