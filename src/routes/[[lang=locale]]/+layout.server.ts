import { pageLanguage } from '$lib/server/page-language';
import { transcriptLanguage } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

/** Every page's interface language: the address's prefix, else its transcript's language, else English. */
export const load: LayoutServerLoad = ({ params }) => ({
	ui: pageLanguage(params.lang, transcriptLanguage('slug' in params ? params.slug : undefined))
});
