/**
 * The site's public origin, from PARLEY_SITE_URL (`https://parley.example.org`, a path after it is
 * ignored: Kit's base path says where the site sits). Pages then name their canonical address and
 * their language versions (`<link rel="canonical">`, `<link rel="alternate" hreflang>`) as full
 * URLs, as search engines ask (a relative hreflang link is invalid). Unset or empty: no such links,
 * since a prerendered page cannot know where it will be served.
 */
export function siteOrigin(value = process.env.PARLEY_SITE_URL): string | null {
	const text = value?.trim();
	if (!text) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`PARLEY_SITE_URL must be an absolute http(s) address such as https://parley.example.org, not "${text}"`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`PARLEY_SITE_URL must be an http(s) address, not "${text}"`);
	}
	return url.origin;
}
