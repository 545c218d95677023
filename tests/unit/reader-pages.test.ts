/**
 * The reader's pages: a small transcript with paragraphs of known lengths (counted by hand:
 * 10, 20, 10 | 10, 30, 5 | 16 | 5+5 characters in sections One | Two | Three | Four), split with
 * tiny budgets. Every expected split below was worked out by hand from the rule: a page ends
 * before the turn that would take it past the budget, or before a section start once it holds
 * half the budget; a turn is never split.
 */
import { describe, expect, it } from 'vitest';
import { readerPageOf, splitReaderPages, anchorTurn } from '../../src/lib/reader-pages';
import { dashboardAnalysis, firstParagraphTexts, pageTexts, readerAnalysis, readerPages, textChars } from '../../src/lib/page-data';
import { analyseTranscript } from '../../src/lib/transcript/analyse';
import { paragraphText } from '../../src/lib/components/paragraph-texts.svelte';
import { deckSlides } from '../../src/lib/present/deck';
import { EMPTY_SELECTION } from '../../src/lib/selection/state';
import { dashboardView } from '../../src/lib/selection/view';

const TEXT = `# Pages

## One

**A:** aaaaaaaaaa

**B:** bbbbbbbbbbbbbbbbbbbb

**A:** cccccccccc

## Two

**B:** dddddddddd

**A:** eeeeeeeeeeeeeeeeeeeeeeeeeeeeee

**B:** fffff

## Three

**A:** gggggggggggggggg

## Four

**B:** hhhhh

hhhhh
`;

const analysis = analyseTranscript(TEXT, { id: 'pages', themes: [], segmenter: () => () => [] });

/** [firstTurn, lastTurn, firstSection, lastSection] per page. */
const ranges = (budget: number) => splitReaderPages(analysis.turns, budget).map((page) => [page.firstTurn, page.lastTurn, page.firstSection, page.lastSection]);

describe('splitReaderPages', () => {
	it('keeps a transcript within the budget on one page', () => {
		expect(ranges(1000)).toEqual([[1, 8, 1, 4]]);
		expect(splitReaderPages(analysis.turns).map((page) => page.number)).toEqual([1]);
	});

	it('ends a page before the turn that would pass the budget; a turn over the budget is a page alone', () => {
		// 25: 10 | 20 | 10+10 | 30 | 5+16 | 10
		expect(ranges(25)).toEqual([
			[1, 1, 1, 1],
			[2, 2, 1, 1],
			[3, 4, 1, 2],
			[5, 5, 2, 2],
			[6, 7, 2, 3],
			[8, 8, 4, 4]
		]);
		expect(splitReaderPages(analysis.turns, 25).map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('ends a page at a section start once it holds half the budget', () => {
		// 40: 10+20+10 | 10+30 | 5+16, then section Four starts with 21 ≥ 20 held | 10
		expect(ranges(40)).toEqual([
			[1, 3, 1, 1],
			[4, 5, 2, 2],
			[6, 7, 2, 3],
			[8, 8, 4, 4]
		]);
	});

	it('gives one empty page for no turns', () => {
		expect(splitReaderPages([], 10)).toEqual([{ number: 1, firstTurn: 0, lastTurn: 0, firstSection: 0, lastSection: 0 }]);
	});
});

describe('readerPageOf', () => {
	const pages = splitReaderPages(analysis.turns, 25);
	it.each([
		['t1', 1],
		['t2-p1', 2],
		['t3', 3],
		['t4-p1', 3],
		['t5', 4],
		['t7-p1', 5],
		['t8-p2', 6],
		// Not a turn anchor, or past the end: the first page.
		['t99', 1],
		['', 1],
		['section-3', 1],
		['t3-p', 1]
	])('%s is on page %i', (anchor, page) => {
		expect(readerPageOf(pages, anchor)).toBe(page);
	});

	it('reads the turn from an anchor', () => {
		expect([anchorTurn('t12'), anchorTurn('t12-p2'), anchorTurn('t12x'), anchorTurn('p2')]).toEqual([12, 12, null, null]);
	});
});

describe('readerAnalysis of one page', () => {
	it('holds only its turns, their mentions and sections; every page is listed', () => {
		const third = readerAnalysis(analysis, 'en', 3, 25);
		expect(third.turns.map((turn) => turn.id)).toEqual(['t3', 't4']);
		expect(third.sections.map((section) => section.title)).toEqual(['One', 'Two']);
		expect(third.page).toBe(3);
		expect(third.pages.map((page) => [page.number, page.first.title, page.last.title])).toEqual([
			[1, 'One', 'One'],
			[2, 'One', 'One'],
			[3, 'One', 'Two'],
			[4, 'Two', 'Two'],
			[5, 'Two', 'Three'],
			[6, 'Four', 'Four']
		]);
		expect(readerAnalysis(analysis, 'en', 6, 25).turns.map((turn) => turn.paragraphs.length)).toEqual([2]);
		expect(() => readerAnalysis(analysis, 'en', 7, 25)).toThrow(/6 page\(s\), not 7/);
		expect(readerPages(analysis, 25)).toBe(readerPages(analysis, 25));
	});
});

describe('a dashboard without text, and the text files it fetches', () => {
	it('keeps ids, sizes and mentions, leaves out the text and keeps its length', () => {
		const stripped = dashboardAnalysis(analysis, 'en', false);
		const paragraphs = stripped.turns.flatMap((turn) => turn.paragraphs);
		expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(Array(9).fill(''));
		// Hand-counted lengths, as in the transcript above.
		expect(paragraphs.map((paragraph) => paragraph.textLength)).toEqual([10, 20, 10, 10, 30, 5, 16, 5, 5]);
		expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(['t1-p1', 't2-p1', 't3-p1', 't4-p1', 't5-p1', 't6-p1', 't7-p1', 't8-p1', 't8-p2']);
		expect(stripped.turns.map((turn) => turn.units)).toEqual(analysis.turns.map((turn) => turn.units));
		// The analysis itself is untouched.
		expect(analysis.turns[0]!.paragraphs[0]!.text).toBe('aaaaaaaaaa');
		expect(dashboardAnalysis(analysis, 'en').turns).toBe(analysis.turns);
	});

	it('serves each page its paragraphs’ text, and the first quotes’ text to the prerendered dashboard', () => {
		expect(pageTexts(analysis, 3, 25)).toEqual({ 't3-p1': 'cccccccccc', 't4-p1': 'dddddddddd' });
		expect(pageTexts(analysis, 6, 25)).toEqual({ 't8-p1': 'hhhhh', 't8-p2': 'hhhhh' });
		expect(firstParagraphTexts(analysis, 2)).toEqual({ 't1-p1': 'aaaaaaaaaa', 't2-p1': 'bbbbbbbbbbbbbbbbbbbb' });
		expect(textChars(analysis)).toBe(10 + 20 + 10 + 10 + 30 + 5 + 16 + 5 + 5);
	});

	it('a page shows a paragraph’s own text, or the source’s when it was sent without (undefined while loading)', () => {
		const source = { get: (id: string) => ({ 't2-p1': 'fetched' })[id] };
		const cases: { paragraph: { id: string; text: string }; texts?: typeof source; expected: string | undefined }[] = [
			{ paragraph: { id: 't1-p1', text: 'own' }, texts: source, expected: 'own' },
			{ paragraph: { id: 't1-p1', text: 'own' }, expected: 'own' },
			{ paragraph: { id: 't2-p1', text: '' }, texts: source, expected: 'fetched' },
			{ paragraph: { id: 't3-p1', text: '' }, texts: source, expected: undefined },
			{ paragraph: { id: 't3-p1', text: '' }, expected: '' }
		];
		for (const { paragraph, texts, expected } of cases) expect(paragraphText(paragraph, texts)).toBe(expected);
	});

	it('the quote slides of present mode before any selection are the first paragraphs, whose text the page is sent', () => {
		const view = dashboardView(dashboardAnalysis(analysis, 'en', false), EMPTY_SELECTION);
		const slides = deckSlides(view.quotes.length, 4);
		const shown = slides.flatMap((slide) => (slide.kind === 'quote' ? [view.quotes[slide.quote]!.paragraph.id] : []));
		// By hand: the transcript's first four paragraphs, in order.
		expect(shown).toEqual(['t1-p1', 't2-p1', 't3-p1', 't4-p1']);
		expect(Object.keys(firstParagraphTexts(analysis, 4))).toEqual(shown);
	});
});
