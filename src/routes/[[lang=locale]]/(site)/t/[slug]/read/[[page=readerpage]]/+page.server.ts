import { error } from '@sveltejs/kit';
import { withLangEntries } from '$lib/i18n/url-language';
import { readerAnalysis, readerPages } from '$lib/page-data';
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

/** The reader draws the text, the speakers and the theme marks of one page: nothing computed from them. */
export const load: PageServerLoad = async ({ params, parent }) => {
	const { ui } = await parent();
	const analysis = loadAnalysis(params.slug);
	const page = params.page === undefined ? 1 : Number(params.page);
	if (page > readerPages(analysis, readerPageBudget()).length) error(404, `No page ${page} in the reader of "${params.slug}"`);
	return { analysis: readerAnalysis(analysis, ui.lang, page, readerPageBudget()) };
};
