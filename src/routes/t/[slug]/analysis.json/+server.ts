import { error, json } from '@sveltejs/kit';
import { listTranscripts, loadAnalysis } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// A data file, not a page: written as t/<slug>/analysis.json, without a trailing slash.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => listTranscripts().map((slug) => ({ slug }));

/** The analysis JSON, byte for byte what the pages render from. */
export const GET: RequestHandler = ({ params }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	return json(loadAnalysis(params.slug));
};
