/**
 * The index table's order: its URL form, what a header click does, and the rows in each order,
 * on rows written here (expected orders worked out by hand).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, rankedOrder, sortFromParams, sortRows, sortToSearch, textRanks, type SortOrder } from '../../../src/lib/compare/sort';
import type { TranscriptRow } from '../../../src/lib/compare/summary';

const row = (slug: string, title: string, figures: Partial<TranscriptRow>): TranscriptRow => ({
	slug,
	title,
	language: 'en',
	publisher: { zh: 'P', en: 'P' },
	date: '2024-01-01',
	speakers: 2,
	turns: 10,
	minutes: 5,
	measured: false,
	topTheme: null,
	...figures
});
const theme = (en: string, zh: string) => ({ id: en.toLowerCase(), label: { en, zh }, mentions: 3 });

const rows: TranscriptRow[] = [
	row('b', 'beta talk', { date: '2025-03-01', speakers: 4, turns: 57, minutes: 7.5, topTheme: theme('Compute', '算力') }),
	row('a', 'Alpha debate', { date: '2024-04-16', speakers: 3, turns: 102, minutes: 58.8, topTheme: theme('Cost', '成本') }),
	row('c', 'Gamma panel', { date: '2025-10-02', speakers: 4, turns: 56, minutes: 8.4, topTheme: null }),
	row('d', 'Delta chat', { date: '2025-03-01', speakers: 2, turns: 57, minutes: 3, topTheme: theme('Enterprise', '企业') })
];
// Each expected order is checked twice: collated in place (the server) and by the ranks the server
// writes for the browser (textRanks, rankedOrder), which must give the same rows in the same order.
type Way = 'collated' | 'ranked';
const sorted = (order: SortOrder, lang: 'en' | 'zh', way: Way, from = rows) =>
	sortRows(from, order, lang, way === 'ranked' ? rankedOrder(textRanks(from, lang), lang) : undefined).map((r) => r.slug);

describe('the order in the URL', () => {
	it.each([
		['', DEFAULT_SORT],
		['?sort=turns&dir=desc', { key: 'turns', dir: 'desc' }],
		['?sort=turns&dir=asc', { key: 'turns', dir: 'asc' }],
		['?sort=turns', { key: 'turns', dir: 'desc' }],
		['?sort=title', { key: 'title', dir: 'asc' }],
		['?sort=theme&dir=sideways', { key: 'theme', dir: 'asc' }],
		['?sort=<script>&dir=desc', DEFAULT_SORT],
		['?dir=desc', DEFAULT_SORT]
	])('%s reads as %o', (search, expected) => {
		expect(sortFromParams(new URLSearchParams(search))).toEqual(expected);
	});

	it.each([
		[DEFAULT_SORT, ''],
		[{ key: 'title', dir: 'desc' }, '?sort=title&dir=desc'],
		[{ key: 'minutes', dir: 'asc' }, '?sort=minutes&dir=asc']
	] as [SortOrder, string][])('%o is written %s, and read back the same', (order, search) => {
		expect(sortToSearch(order)).toBe(search);
		expect(sortFromParams(new URLSearchParams(search))).toEqual(order);
	});

	it('a click on the sorted column turns it round; another column starts largest first for numbers, A to Z for text', () => {
		expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', dir: 'desc' });
		expect(nextSort({ key: 'title', dir: 'desc' }, 'title')).toEqual({ key: 'title', dir: 'asc' });
		expect(nextSort(DEFAULT_SORT, 'turns')).toEqual({ key: 'turns', dir: 'desc' });
		expect(nextSort({ key: 'turns', dir: 'desc' }, 'turns')).toEqual({ key: 'turns', dir: 'asc' });
		expect(nextSort({ key: 'turns', dir: 'desc' }, 'theme')).toEqual({ key: 'theme', dir: 'asc' });
		expect(nextSort({ key: 'turns', dir: 'desc' }, 'date')).toEqual({ key: 'date', dir: 'desc' });
	});
});

describe.each(['collated', 'ranked'] as Way[])('the rows in an order, %s', (way) => {
	const slugs = (order: SortOrder, lang: 'en' | 'zh' = 'en') => sorted(order, lang, way);
	it.each([
		[{ key: 'title', dir: 'asc' }, ['a', 'b', 'd', 'c']],
		[{ key: 'title', dir: 'desc' }, ['c', 'd', 'b', 'a']],
		// Equal dates (b, d) and equal turns (b, d) stay in title order, whichever way the column is turned.
		[{ key: 'date', dir: 'asc' }, ['a', 'b', 'd', 'c']],
		[{ key: 'date', dir: 'desc' }, ['c', 'b', 'd', 'a']],
		[{ key: 'turns', dir: 'desc' }, ['a', 'b', 'd', 'c']],
		[{ key: 'turns', dir: 'asc' }, ['c', 'b', 'd', 'a']],
		[{ key: 'speakers', dir: 'desc' }, ['b', 'c', 'a', 'd']],
		[{ key: 'minutes', dir: 'asc' }, ['d', 'b', 'c', 'a']],
		// No top theme goes last both ways.
		[{ key: 'theme', dir: 'asc' }, ['b', 'a', 'd', 'c']],
		[{ key: 'theme', dir: 'desc' }, ['d', 'a', 'b', 'c']]
	] as [SortOrder, string[]][])('%o', (order, expected) => {
		expect(slugs(order)).toEqual(expected);
	});

	it('sorts themes by their name in the interface language (pinyin order in Chinese: cheng, qi, suan)', () => {
		expect(slugs({ key: 'theme', dir: 'asc' }, 'zh')).toEqual(['a', 'd', 'b', 'c']);
	});

	it('texts that collate equal (case, accents) tie, and the tie goes by slug (turned round with the column)', () => {
		const alike = [row('z', 'Résumé', {}), row('y', 'resume', {}), row('x', 'Abstract', {})];
		expect(sorted({ key: 'title', dir: 'asc' }, 'en', way, alike)).toEqual(['x', 'y', 'z']);
		expect(sorted({ key: 'title', dir: 'desc' }, 'en', way, alike)).toEqual(['z', 'y', 'x']);
	});

	it('leaves its input alone', () => {
		const before = rows.map((r) => r.slug);
		sortRows(rows, { key: 'turns', dir: 'asc' }, 'en');
		expect(rows.map((r) => r.slug)).toEqual(before);
	});
});

describe('the ranks the browser sorts by', () => {
	it('number every title and theme label by the collation, equal texts alike, in each language', () => {
		expect(textRanks(rows, 'en')).toEqual({ 'Alpha debate': 0, 'beta talk': 1, Compute: 2, Cost: 3, 'Delta chat': 4, Enterprise: 5, 'Gamma panel': 6 });
		// Chinese collation puts Han first, by pinyin: chéng (成本), qǐ (企业), suàn (算力); then Latin.
		expect(textRanks(rows, 'zh')).toEqual({ 成本: 0, 企业: 1, 算力: 2, 'Alpha debate': 3, 'beta talk': 4, 'Delta chat': 5, 'Gamma panel': 6 });
		expect(textRanks([row('z', 'Résumé', {}), row('y', 'resume', {})], 'en')).toEqual({ resume: 0, Résumé: 0 });
	});

	it('a text the ranks lack is collated instead of thrown out of order', () => {
		const compare = rankedOrder({ b: 0 }, 'en');
		expect(compare('a', 'b')).toBeLessThan(0);
		expect(compare('c', 'b')).toBeGreaterThan(0);
	});
});
