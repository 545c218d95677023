/**
 * The interface languages. Our routes choose one and pass it down; every message call names it
 * (`m.key(inputs, { locale: lang })`), so nothing reads a cookie, the URL or a global to decide,
 * and a prerendered page is the same whoever builds it. Knows nothing about Svelte.
 */
export const LANGS = ['en', 'zh'] as const;

export type Lang = (typeof LANGS)[number];
