import { error } from '@sveltejs/kit';
import { withLangEntries } from '$lib/i18n/url-language';
import { readerAnalysis, readerPages } from '$lib/page-data';
import { knownIds } from '$lib/selection/state';
import { listTranscripts, loadAnalysis, readerPageBudget } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every page of every transcript's reader: `read/` (page 1), then `read/2/` … in each language. */
export const entries: EntryGenerator = () =>
	withLangEntries(
		listTranscripts().flatMap((slug) => [
			{ slug, page: '' },
			...readerPages(loadAnalysis(slug), readerPageBudget())
				.slice(1)
				.map((page) => ({ slug, page: String(page.number) }))
		])
	).map((entry) => (entry.page === '' ? { slug: entry.slug, ...(entry.lang ? { lang: entry.lang } : {}) } : entry));

/**
 * The reader is a document: no SvelteKit client, so no app code to fetch and no hydration data (the
 * transcript a second time, as JSON) in its HTML, which halves the page (52 to 26 KB gzipped for
 * the default transcript). Its one script is src/lib/reader-script.ts; links into it from the app
 * say `data-sveltekit-reload`, so the browser loads it whole (see readerPath). See README,
 * "Hydration", "The reader, later".
 */
export const csr = false;

/** The reader draws the text, the speakers and the theme marks of one page: nothing computed from them. */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	const page = params.page === undefined ? 1 : Number(params.page);
	if (page > readerPages(analysis, readerPageBudget()).length) error(404, `No page ${page} in the reader of "${params.slug}"`);
	// The ids of the whole transcript, not this page's: a selection of a section on another page
	// of the reader still goes back to the charts with the reader.
	return { analysis: readerAnalysis(analysis, ui.lang, page, readerPageBudget()), knownIds: knownIds(analysis) };
};
