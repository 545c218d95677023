import { pageLanguage } from '$lib/server/page-language';
import { transcriptLanguage } from '$lib/server/content';
import { siteOrigin } from '$lib/server/site-url';
import type { LayoutServerLoad } from './$types';

/**
 * Every page's interface language (the address's prefix, else its transcript's language, else
 * English) and the site's public origin for its head links (null when PARLEY_SITE_URL is unset).
 */
export const load: LayoutServerLoad = ({ params }) => ({
	ui: pageLanguage(params.lang, transcriptLanguage('slug' in params ? params.slug : undefined)),
	site: siteOrigin()
});
