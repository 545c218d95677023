/**
 * The reader's one script. The reader is a document, not an app: its route turns SvelteKit's
 * client off (`csr = false`), so the page arrives without the app's code or the transcript a
 * second time as hydration data, and is read, searched, linked and printed as plain HTML. Two of
 * its links depend on the address it was opened at, which a prerendered page cannot know:
 *
 * - "Back to the charts" returns to the dashboard with the selection the reader came with
 *   (`read/?speaker=altman#t12-p2`), read and rewritten by the selection's own rules, so nothing
 *   else in the query passes (the link names the transcript's ids in `data-known-ids`);
 * - the language switch keeps the query and the place (the hash), as it does on every page.
 *
 * Then it marks the page interactive (`data-hydrated`), as the app does once its parts run.
 * Bundled on its own by Vite (the reader page imports it with `?worker&url`, which gives a built
 * script's address; it runs as a module script in the page, not as a worker) and loaded from
 * the site, so the pages' Content-Security-Policy (`script-src 'self'`) allows it as it is.
 */
import { carryPlace } from './i18n/url-language';
import { selectionFromParams, selectionToSearch, type KnownIds } from './selection/state';

for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switch a[hreflang]')) {
	for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, () => carryPlace(link, location));
}

const back = document.querySelector<HTMLAnchorElement>('a.back-to-charts[data-known-ids]');
if (back) {
	const known = JSON.parse(back.dataset.knownIds!) as KnownIds;
	back.setAttribute('href', `${back.pathname}${selectionToSearch(selectionFromParams(new URLSearchParams(location.search), known).state)}`);
}

document.documentElement.dataset.hydrated = 'true';
