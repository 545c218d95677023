import { error } from '@sveltejs/kit';
import { listTranscripts, loadAnalysis } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

/** The dashboard and the reader both render the whole analysis of one transcript. */
export const load: LayoutServerLoad = ({ params }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	return { analysis: loadAnalysis(params.slug) };
};
