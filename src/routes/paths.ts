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

export function readerPath(slug: string, anchor = ''): string {
	return `${resolve('/t/[slug]/read', { slug })}/${anchor ? `#${anchor}` : ''}`;
}

export function analysisJsonPath(slug: string): string {
	return resolve('/t/[slug]/analysis.json', { slug });
}
