/**
 * The index table's sort order and its URL form (`?sort=turns&dir=desc`), so Back, Forward,
 * reload and a shared link keep the order. Pure; knows nothing about Svelte or the DOM.
 */
import type { Lang } from '../i18n/locale';
import type { TranscriptRow } from './summary';

export const SORT_KEYS = ['title', 'date', 'speakers', 'turns', 'minutes', 'theme'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface SortOrder {
	key: SortKey;
	dir: SortDir;
}

/** The order the page is rendered in (before JavaScript, and with no or an unusable query). */
export const DEFAULT_SORT: Readonly<SortOrder> = Object.freeze({ key: 'title', dir: 'asc' });

/** Numbers are first sorted largest first (the question is usually "which is longest?"), text A to Z. */
export function firstDir(key: SortKey): SortDir {
	return key === 'title' || key === 'theme' ? 'asc' : 'desc';
}

function isSortKey(value: string | null): value is SortKey {
	return (SORT_KEYS as readonly (string | null)[]).includes(value);
}

/** The order a query asks for; a missing or unknown key gives the default, a missing direction the key's first. */
export function sortFromParams(params: URLSearchParams): SortOrder {
	const key = params.get('sort');
	if (!isSortKey(key)) return { ...DEFAULT_SORT };
	const dir = params.get('dir');
	return { key, dir: dir === 'asc' || dir === 'desc' ? dir : firstDir(key) };
}

/** The query for an order: '' for the default, so the plain address stays plain. */
export function sortToSearch(order: SortOrder): string {
	if (order.key === DEFAULT_SORT.key && order.dir === DEFAULT_SORT.dir) return '';
	return `?${new URLSearchParams({ sort: order.key, dir: order.dir })}`;
}

/** A click on a column's header: the same column turns round, another starts in its first direction. */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
	if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: firstDir(key) };
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
	let made = collators.get(lang);
	if (!made) collators.set(lang, (made = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB', { sensitivity: 'base', numeric: true })));
	return made;
}

/** How two texts (titles, theme labels) compare: negative, zero or positive. */
export type TextOrder = (a: string, b: string) => number;

/** The language's collation (an `Intl.Collator`, made once per language). */
export const collatedOrder = (lang: Lang): TextOrder => collator(lang).compare;

/**
 * Every title and theme label of `rows` with its place in the language's collation (texts that
 * collate equal share one), worked out where the page is built. The browser then sorts by these
 * numbers instead of making an `Intl.Collator`, whose locale data cost the index's start about
 * 15 ms of main thread (60 ms on a 4x slower phone); the order is the one the page was rendered in.
 */
export function textRanks(rows: readonly TranscriptRow[], lang: Lang): Record<string, number> {
	const compare = collatedOrder(lang);
	const texts = [...new Set(rows.flatMap((row) => [row.title, themeLabel(row, lang)]))].filter(Boolean).sort(compare);
	const ranks: Record<string, number> = {};
	let rank = 0;
	texts.forEach((text, i) => {
		if (i > 0 && compare(texts[i - 1]!, text) !== 0) rank++;
		ranks[text] = rank;
	});
	return ranks;
}

/** The order `textRanks` wrote down; a text it lacks (none, for the rows it was made from) is collated. */
export function rankedOrder(ranks: Readonly<Record<string, number>>, lang: Lang): TextOrder {
	return (a, b) => {
		const [x, y] = [ranks[a], ranks[b]];
		return x !== undefined && y !== undefined ? x - y : collatedOrder(lang)(a, b);
	};
}

/** The theme a row is sorted under: its top theme's label in the interface language ('' for none, last in A to Z). */
function themeLabel(row: TranscriptRow, lang: Lang): string {
	return row.topTheme ? row.topTheme.label[lang] : '';
}

/**
 * The rows in `order` (a new array; the input is not changed). Ties are by title A to Z, then
 * slug, whichever way the column is turned, so equal figures never swap places between renders.
 */
export function sortRows(rows: readonly TranscriptRow[], order: SortOrder, lang: Lang, compareText: TextOrder = collatedOrder(lang)): TranscriptRow[] {
	const byTitle = (a: TranscriptRow, b: TranscriptRow) => compareText(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
	const primary: Record<SortKey, (a: TranscriptRow, b: TranscriptRow) => number> = {
		title: byTitle,
		date: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
		speakers: (a, b) => a.speakers - b.speakers,
		turns: (a, b) => a.turns - b.turns,
		minutes: (a, b) => a.minutes - b.minutes,
		theme: (a, b) => {
			const [x, y] = [themeLabel(a, lang), themeLabel(b, lang)];
			// No top theme sorts after every theme, whichever way the column is turned.
			if (!x || !y) return 0;
			return compareText(x, y);
		}
	};
	const sign = order.dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		if (order.key === 'theme' && !themeLabel(a, lang) !== !themeLabel(b, lang)) return themeLabel(a, lang) ? -1 : 1;
		return sign * primary[order.key](a, b) || byTitle(a, b);
	});
}
