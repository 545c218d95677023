import { error, json } from '@sveltejs/kit';
import { pageTexts, readerPages } from '$lib/page-data';
import { listTranscripts, loadAnalysis, readerPageBudget } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// Data files, not pages: t/<slug>/text-<n>.json, one per reader page, without a trailing slash.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () =>
	listTranscripts().flatMap((slug) => readerPages(loadAnalysis(slug), readerPageBudget()).map((page) => ({ slug, page: String(page.number) })));

/**
 * paragraph id → text for the paragraphs on reader page `page`: what a dashboard sent without
 * its text (a very long transcript) fetches for the quotes it shows.
 */
export const GET: RequestHandler = ({ params }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	const analysis = loadAnalysis(params.slug);
	const page = Number(params.page);
	if (!Number.isInteger(page) || page < 1 || page > readerPages(analysis, readerPageBudget()).length) error(404, `No page ${params.page} of "${params.slug}"`);
	return json(pageTexts(analysis, page, readerPageBudget()));
};
