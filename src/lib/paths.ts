/**
 * The site's URLs, with the trailing slash the static files live under (trailingSlash 'always'
 * writes t/<slug>/index.html), so links never go through a redirect a static host may not do.
 */
import { resolve } from '$app/paths';

export function homePath(): string {
	return resolve('/');
}

export function dashboardPath(slug: string, search = ''): string {
	return `${resolve('/(site)/t/[slug]', { slug })}/${search}`;
}

/** The reader, at a paragraph or turn anchor; `search` carries the dashboard's selection for its way back. */
export function readerPath(slug: string, anchor = '', search = ''): string {
	return `${resolve('/(site)/t/[slug]/read', { slug })}/${search}${anchor ? `#${anchor}` : ''}`;
}

export function analysisJsonPath(slug: string): string {
	return resolve('/(site)/t/[slug]/analysis.json', { slug });
}

/** Present mode: the charts as slides; `search` carries the selection (the deck keeps its slide in the hash). */
export function presentPath(slug: string, search = ''): string {
	return `${resolve('/present/[slug]', { slug })}/${search}`;
}

/** A chart-only page for a host's iframe; `search` is the selection it opens at. */
export function embedPath(slug: string, chart: string, search = ''): string {
	return `${resolve('/embed/[slug]/[chart]', { slug, chart })}/${search}`;
}

/** The site's copy of @newswire/frames' browser build, for the embed code's host script. */
export function framesScriptPath(): string {
	return resolve('/embed/frames.js');
}
