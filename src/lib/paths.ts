/**
 * The site's URLs, with the trailing slash the static files live under (trailingSlash 'always'
 * writes t/<slug>/index.html), so links never go through a redirect a static host may not do.
 */
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from './i18n/locale';
import { readerPageOf, type ReaderPage } from './reader-pages';

/**
 * The address's language prefix: a page links within the language it was opened in (`/en/t/x/`
 * → `/en/t/x/read/`); undefined keeps the unprefixed addresses (the transcript's own language).
 */
export type UrlLang = Lang | undefined;

export function homePath(lang?: UrlLang): string {
	return lang ? `${resolve('/[[lang=locale]]', { lang })}/` : resolve('/');
}

/** The comparison of every transcript, side by side. */
export function comparePath(lang?: UrlLang): string {
	return `${resolve('/[[lang=locale]]/(site)/compare', { lang })}/`;
}

export function dashboardPath(slug: string, search = '', lang?: UrlLang): string {
	return `${resolve('/[[lang=locale]]/(site)/t/[slug]', { slug, lang })}/${search}`;
}

/**
 * The reader, at a paragraph or turn anchor; `search` carries the dashboard's selection for its
 * way back. `pages` (see reader-pages.ts) picks the page that holds the anchor: `read/` for page
 * 1, `read/n/` for page n. The reader is a document without SvelteKit's client (its route's
 * `csr = false`), so every link to it from the app says `data-sveltekit-reload`: the browser loads
 * it whole, and the app neither preloads its data on hover nor draws it itself. Each such link
 * also says `rel="external"`, SvelteKit's word for a link its router leaves to the browser: its
 * start then does not walk the link's ancestors for their options, which for the dashboard's two
 * hundred links into the reader cost its hydration task 10-20 ms. (Not `target="_self"`, which
 * SvelteKit skips too: in an embed it would override the page's `<base target="_blank">`.)
 */
export function readerPath(slug: string, anchor = '', search = '', lang?: UrlLang, pages: readonly ReaderPage[] = []): string {
	return `${readerPagePath(slug, readerPageOf(pages, anchor), lang)}${search}${anchor ? `#${anchor}` : ''}`;
}

/** Page `page` of the reader, with its trailing slash. */
export function readerPagePath(slug: string, page: number, lang?: UrlLang): string {
	const make = () => `${resolve('/[[lang=locale]]/(site)/t/[slug]/read/[[page=readerpage]]', { slug, lang, page: page > 1 ? String(page) : undefined })}/`;
	// On the server a path is relative to the page being rendered: never cached there.
	if (!browser) return make();
	// A click rewrites the link of every turn (links keep the selection): resolve() once per page.
	const key = `${slug}\u0000${page}\u0000${lang ?? ''}`;
	let path = readerPages.get(key);
	if (path === undefined) readerPages.set(key, (path = make()));
	return path;
}
/** Paths from readerPagePath in the browser, where the base path is fixed once the app starts. */
const readerPages = new Map<string, string>();

/** The text of reader page `page`'s paragraphs, as JSON (what a dashboard sent without text fetches). */
export function pageTextsPath(slug: string, page: number): string {
	return resolve('/t/[slug]/text-[page].json', { slug, page: String(page) });
}

export function analysisJsonPath(slug: string): string {
	return resolve('/t/[slug]/analysis.json', { slug });
}

/** Present mode: the charts as slides; `search` carries the selection (the deck keeps its slide in the hash). */
export function presentPath(slug: string, search = '', lang?: UrlLang): string {
	return `${resolve('/[[lang=locale]]/present/[slug]', { slug, lang })}/${search}`;
}

/** A chart-only page for a host's iframe; `search` is the selection it opens at. */
export function embedPath(slug: string, chart: string, search = '', lang?: UrlLang): string {
	return `${resolve('/[[lang=locale]]/embed/[slug]/[chart]', { slug, chart, lang })}/${search}`;
}

/** The site's copy of @newswire/frames' browser build, for the embed code's host script. */
export function framesScriptPath(): string {
	return resolve('/embed/frames.js');
}
