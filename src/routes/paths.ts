/**
 * The site's URLs, with the trailing slash the static files live under (trailingSlash 'always'
 * writes t/<slug>/index.html), so links never go through a redirect a static host may not do.
 */
import { resolve } from '$app/paths';

export function homePath(): string {
	return resolve('/');
}

export function dashboardPath(slug: string, search = ''): string {
	return `${resolve('/t/[slug]', { slug })}/${search}`;
}

/** The reader, at a paragraph or turn anchor; `search` carries the dashboard's selection for its way back. */
export function readerPath(slug: string, anchor = '', search = ''): string {
	return `${resolve('/t/[slug]/read', { slug })}/${search}${anchor ? `#${anchor}` : ''}`;
}

export function analysisJsonPath(slug: string): string {
	return resolve('/t/[slug]/analysis.json', { slug });
}

/** Present mode: the charts as slides; `search` carries the selection (the deck keeps its slide in the hash). */
export function presentPath(slug: string, search = ''): string {
	return `${resolve('/present/[slug]', { slug })}/${search}`;
}
