/**
 * ParagraphTexts: texts the page came with are there at once; a missing one is fetched a reader
 * page at a time (each page once) and kept; a failed page is reported and asked for again. fetch is
 * replaced by a stub that answers when the test says so. (That a quote panel showing get() updates
 * when the page arrives is a browser matter: tests/browser/large-transcript.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParagraphTexts } from '../../../src/lib/components/paragraph-texts.svelte';

const PAGES = [
	{ number: 1, firstTurn: 1, lastTurn: 10, firstSection: 1, lastSection: 1 },
	{ number: 2, firstTurn: 11, lastTurn: 20, firstSection: 2, lastSection: 2 }
];

afterEach(() => vi.unstubAllGlobals());

/** A fetch that records the URLs and answers each when `answer(url, body)` is called. */
function stubFetch() {
	const waiting = new Map<string, (response: Response) => void>();
	const urls: string[] = [];
	vi.stubGlobal('fetch', (url: string) => {
		urls.push(url);
		return new Promise<Response>((resolve) => waiting.set(url, resolve));
	});
	const answer = async (url: string, body: unknown, status = 200) => {
		waiting.get(url)!(new Response(JSON.stringify(body), { status }));
		// Let the response's json() and the .then()s settle.
		for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
	};
	return { urls, answer };
}

describe('ParagraphTexts', () => {
	it('gives the texts it came with, fetches a missing page once, and keeps it', async () => {
		const { urls, answer } = stubFetch();
		const texts = new ParagraphTexts(() => PAGES, (page) => `/text-${page}.json`, { 't3-p1': 'Sent with the page.' });
		expect(texts.get('t3-p1')).toBe('Sent with the page.');
		expect(texts.get('t12-p1')).toBeUndefined();

		texts.want(['t3-p1', 't12-p1', 't13-p2']);
		texts.want(['t12-p1']);
		// p3 came with the page; p12 and p13 are both on page 2, fetched once.
		expect(urls).toEqual(['/text-2.json']);

		await answer('/text-2.json', { 't12-p1': 'Twelve.', 't13-p2': 'Thirteen.' });
		expect(texts.get('t12-p1')).toBe('Twelve.');
		expect(texts.get('t13-p2')).toBe('Thirteen.');
		expect(texts.failed).toBe(false);
		texts.want(['t12-p1', 't13-p2']);
		expect(urls).toEqual(['/text-2.json']);
	});

	it('says so when a page fails, and asks for it again next time', async () => {
		const { urls, answer } = stubFetch();
		const texts = new ParagraphTexts(() => PAGES, (page) => `/text-${page}.json`);
		texts.want(['t12-p1']);
		await answer('/text-2.json', {}, 404);
		expect(texts.failed).toBe(true);
		expect(texts.get('t12-p1')).toBeUndefined();
		texts.want(['t12-p1']);
		expect(urls).toEqual(['/text-2.json', '/text-2.json']);
	});
});
