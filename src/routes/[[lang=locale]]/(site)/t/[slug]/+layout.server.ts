import { error } from '@sveltejs/kit';
import { listTranscripts } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

/** A slug with no transcript is a 404 for every page under it; each page loads only what it draws. */
export const load: LayoutServerLoad = ({ params }) => {
	if (!listTranscripts().includes(params.slug)) error(404, `No transcript "${params.slug}"`);
	return {};
};
