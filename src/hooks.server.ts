import type { Handle } from '@sveltejs/kit';
import { pageLang } from '$lib/i18n/url-language';
import { transcriptLanguage } from '$lib/server/content';
import { stylesBeforeScripts } from '$lib/server/head-order';

/**
 * `<html lang>` is the interface's language (app.html has `%parley.lang%`), chosen as the pages'
 * layout chooses it (src/routes/[[lang=locale]]/+layout.server.ts). Transcript text in another
 * language carries its own `lang`. The head lists style sheets before scripts (why: see
 * head-order.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = pageLang(event.params.lang, transcriptLanguage(event.params.slug));
	return resolve(event, { transformPageChunk: ({ html }) => stylesBeforeScripts(html.replace('%parley.lang%', lang)) });
};
