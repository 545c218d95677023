import { describe, expect, it } from 'vitest';
import {
	CHART_SLIDES,
	MAX_QUOTE_SLIDES,
	clampSlide,
	commandForKey,
	deckSlides,
	pullQuoteSize,
	slideFromHash,
	slideTitles,
	slideHash,
	step,
	type DeckCommand,
	type KeyPress
} from '../../../src/lib/present/deck';

describe('deckSlides', () => {
	const charts = CHART_SLIDES.length;
	it.each([
		{ quotes: 0, expected: charts + 1, last: { kind: 'no-quotes' } },
		{ quotes: 1, expected: charts + 1, last: { kind: 'quote', quote: 0 } },
		{ quotes: 7, expected: charts + 7, last: { kind: 'quote', quote: 6 } },
		{ quotes: MAX_QUOTE_SLIDES, expected: charts + MAX_QUOTE_SLIDES, last: { kind: 'quote', quote: MAX_QUOTE_SLIDES - 1 } },
		{ quotes: 500, expected: charts + MAX_QUOTE_SLIDES, last: { kind: 'quote', quote: MAX_QUOTE_SLIDES - 1 } }
	])('$quotes quotes: $expected slides, the charts first', ({ quotes, expected, last }) => {
		const slides = deckSlides(quotes);
		expect(slides).toHaveLength(expected);
		expect(slides.slice(0, charts)).toEqual(CHART_SLIDES.map((chart) => ({ kind: 'chart', chart })));
		expect(slides.at(-1)).toEqual(last);
	});

	it('takes its own cap', () => {
		expect(deckSlides(10, 3).filter((s) => s.kind === 'quote')).toHaveLength(3);
	});
});

describe('step', () => {
	const count = 8;
	it.each<{ from: number; command: DeckCommand; to: number }>([
		{ from: 0, command: 'next', to: 1 },
		{ from: 6, command: 'next', to: 7 },
		{ from: 7, command: 'next', to: 7 },
		{ from: 7, command: 'previous', to: 6 },
		{ from: 1, command: 'previous', to: 0 },
		{ from: 0, command: 'previous', to: 0 },
		{ from: 5, command: 'first', to: 0 },
		{ from: 0, command: 'first', to: 0 },
		{ from: 2, command: 'last', to: 7 },
		{ from: 7, command: 'last', to: 7 },
		{ from: 3, command: 'exit', to: 3 },
		// A slide past the end (the deck shrank) steps from the last one.
		{ from: 20, command: 'previous', to: 6 },
		{ from: -4, command: 'next', to: 1 }
	])('$command from $from: $to', ({ from, command, to }) => {
		expect(step(from, count, command)).toBe(to);
	});

	it('a deck of one slide stays on it', () => {
		for (const command of ['next', 'previous', 'first', 'last'] as const) expect(step(0, 1, command)).toBe(0);
	});
});

describe('commandForKey', () => {
	it.each<{ press: KeyPress; command: DeckCommand | null }>([
		{ press: { key: 'ArrowRight' }, command: 'next' },
		{ press: { key: 'PageDown' }, command: 'next' },
		{ press: { key: ' ' }, command: 'next' },
		{ press: { key: ' ', shiftKey: true }, command: 'previous' },
		{ press: { key: 'ArrowLeft' }, command: 'previous' },
		{ press: { key: 'PageUp' }, command: 'previous' },
		{ press: { key: 'Home' }, command: 'first' },
		{ press: { key: 'End' }, command: 'last' },
		{ press: { key: 'Escape' }, command: 'exit' },
		// Up and Down scroll a slide taller than the screen (a phone); letters do nothing.
		{ press: { key: 'ArrowDown' }, command: null },
		{ press: { key: 'ArrowUp' }, command: null },
		{ press: { key: 'n' }, command: null },
		{ press: { key: 'Enter' }, command: null },
		// The browser's shortcuts stay the browser's: Alt+Left is Back.
		{ press: { key: 'ArrowLeft', altKey: true }, command: null },
		{ press: { key: 'ArrowRight', ctrlKey: true }, command: null },
		{ press: { key: 'Home', metaKey: true }, command: null },
		// A list box or text field keeps its keys.
		{ press: { key: 'ArrowRight', target: 'text-field' }, command: null },
		{ press: { key: 'Escape', target: 'text-field' }, command: null },
		// Space presses a focused button or follows a link; the arrows still step.
		{ press: { key: ' ', target: 'control' }, command: null },
		{ press: { key: 'ArrowRight', target: 'control' }, command: 'next' },
		{ press: { key: 'Escape', target: 'control' }, command: 'exit' }
	])('$press.key $press: $command', ({ press, command }) => {
		expect(commandForKey(press)).toBe(command);
	});
});

describe('the slide in the URL', () => {
	it.each([
		{ hash: '#1', count: 10, index: 0 },
		{ hash: '#3', count: 10, index: 2 },
		{ hash: '3', count: 10, index: 2 },
		{ hash: '#10', count: 10, index: 9 },
		{ hash: '#11', count: 10, index: 9 },
		{ hash: '#0', count: 10, index: 0 },
		{ hash: '', count: 10, index: 0 },
		{ hash: '#x', count: 10, index: 0 },
		{ hash: '#-2', count: 10, index: 0 },
		{ hash: '#2.5', count: 10, index: 0 },
		{ hash: '#9999999', count: 10, index: 0 },
		{ hash: '#3', count: 0, index: 0 }
	])('$hash of $count slides is slide index $index', ({ hash, count, index }) => {
		expect(slideFromHash(hash, count)).toBe(index);
	});

	it.each([0, 2, 9])('slideHash(%i) reads back', (index) => {
		expect(slideFromHash(slideHash(index), 10)).toBe(index);
	});

	it.each([
		{ index: Number.NaN, count: 5, expected: 0 },
		{ index: 2.7, count: 5, expected: 2 },
		{ index: 9, count: 5, expected: 4 }
	])('clampSlide($index, $count) = $expected', ({ index, count, expected }) => {
		expect(clampSlide(index, count)).toBe(expected);
	});
});

describe('slideTitles', () => {
	it('names charts by their titles and quotes by their place among all the selection’s quotes', () => {
		const chart = Object.fromEntries(CHART_SLIDES.map((id) => [id, `Chart ${id}`])) as Parameters<typeof slideTitles>[2]['chart'];
		const titles = { chart, quote: (n: number, total: number) => `Quote ${n} of ${total}`, noQuotes: 'No quotes' };
		expect(slideTitles(deckSlides(30, 2), 30, titles)).toEqual([...CHART_SLIDES.map((id) => `Chart ${id}`), 'Quote 1 of 30', 'Quote 2 of 30']);
		expect(slideTitles(deckSlides(0), 0, titles).at(-1)).toBe('No quotes');
	});
});

describe('pullQuoteSize', () => {
	it.each([
		{ length: 7, size: 'large' },
		{ length: 120, size: 'large' },
		{ length: 121, size: 'medium' },
		{ length: 280, size: 'medium' },
		{ length: 281, size: 'small' },
		{ length: 454, size: 'small' }
	])('$length characters: $size', ({ length, size }) => {
		expect(pullQuoteSize(length)).toBe(size);
	});
});
