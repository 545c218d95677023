/**
 * Which language the interface speaks on a page, and the same page's address in the other one.
 *
 * Every language has its own prefix (`/en/…`, `/zh/…`); the address without a prefix shows a
 * transcript's pages in the transcript's own language (the index, which has no transcript, in
 * English), so the links people already share keep working and a Chinese transcript opens in
 * Chinese. The language switch always goes to a prefixed address. Pure; no Svelte, no Kit.
 */
import { LANGS, type Lang } from './locale';

/** The index's language when the address names none. */
export const SITE_LANG: Lang = 'en';

export function isLang(value: string | undefined): value is Lang {
	return (LANGS as readonly (string | undefined)[]).includes(value);
}

/** The interface language: the address's prefix, else the transcript's language, else the site's. */
export function pageLang(urlLang: string | undefined, transcriptLang?: Lang): Lang {
	if (isLang(urlLang)) return urlLang;
	return transcriptLang ?? SITE_LANG;
}

/**
 * The same page in `lang`: `/t/x/read/` → `/en/t/x/read/`, `/zh/t/x/` → `/en/t/x/`. `base` is
 * Kit's base path ('' at the root of a host); the query and the hash are the caller's to add.
 */
export function pathInLang(pathname: string, lang: Lang, base = ''): string {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const [, first = '', ...others] = rest.split('/');
	const unprefixed = isLang(first) ? `/${others.join('/')}` : rest || '/';
	return `${base}/${lang}${unprefixed === '/' ? '/' : unprefixed}`;
}

/**
 * Points a language link at its page with the query (the selection) and the hash (the place) of
 * the address as it is now: read when the link is used, not when the page was rendered, since the
 * selection lives in the address and changes with every click. Called by the language switch's
 * handler on the pages that run Svelte, and by the reader's script (reader-script.ts) on the
 * reader, which does not.
 */
export function carryPlace(link: HTMLAnchorElement, here: { href: string; search: string; hash: string }): void {
	const url = new URL(link.href, here.href);
	link.href = `${url.pathname}${here.search}${here.hash}`;
}

/**
 * Prerender entries for every address of a page: without a prefix and under each language's
 * (the crawler finds most through the language switch; embeds are reached only from here).
 */
export function withLangEntries<T extends Record<string, string>>(entries: readonly T[]): (T & { lang?: Lang })[] {
	return entries.flatMap((entry) => [entry, ...LANGS.map((lang) => ({ ...entry, lang }))]);
}

/**
 * Each language by its own name, as a language switch shows it whatever the interface language
 * (a reader looks for the name they read, not its translation).
 */
export const LANG_ENDONYMS: Record<Lang, string> = { en: 'English', zh: '中文' };
