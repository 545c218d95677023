/**
 * The slide deck of present mode as plain data: which slides exist, where a step goes, which key
 * does what, and the slide's URL form (a hash, `#3`, 1-based, so the query stays the selection's
 * alone). Knows nothing about Svelte or the DOM.
 */

import { CHART_KINDS, type ChartKind } from '../charts/kinds';

/** The charts shown one per slide: every chart of the dashboard, in its order. */
export const CHART_SLIDES = CHART_KINDS;

export type ChartSlideId = ChartKind;

/**
 * One slide: a chart, a quote behind the selection (its place in the view's quote list), or, when
 * no paragraph matches the selection, a slide that says so.
 */
export type Slide = { kind: 'chart'; chart: ChartSlideId } | { kind: 'quote'; quote: number } | { kind: 'no-quotes' };

/**
 * At most this many quote slides: with nothing selected every paragraph is a quote, and a deck
 * of hundreds of slides is a transcript, not a presentation. The last one links to the rest.
 */
export const MAX_QUOTE_SLIDES = 20;

export function deckSlides(quoteCount: number, maxQuotes = MAX_QUOTE_SLIDES): Slide[] {
	const charts: Slide[] = CHART_SLIDES.map((chart) => ({ kind: 'chart', chart }));
	if (quoteCount <= 0) return [...charts, { kind: 'no-quotes' }];
	const quotes = Array.from({ length: Math.min(quoteCount, maxQuotes) }, (_, quote): Slide => ({ kind: 'quote', quote }));
	return [...charts, ...quotes];
}

/** What a key press or a button asks of the deck. */
export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Where a key was pressed: a text field or list box keeps its keys; a button or link keeps Space and Enter. */
export type KeyTarget = 'text-field' | 'control' | 'other';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	target?: KeyTarget;
}

const KEY_COMMANDS: Readonly<Record<string, DeckCommand>> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	Escape: 'exit'
};

/**
 * The command for a key, or null when the key is not the deck's: with Alt, Ctrl or Meta (the
 * browser's shortcuts, Alt+Left is Back), in a text field or list box (its arrows move its
 * caret or option), and Space on a button or link (which presses it). Shift+Space goes back, as
 * it scrolls back in a page.
 */
export function commandForKey(press: KeyPress): DeckCommand | null {
	if (press.altKey || press.ctrlKey || press.metaKey) return null;
	if (press.target === 'text-field') return null;
	if (press.key === ' ' && press.target === 'control') return null;
	const command = KEY_COMMANDS[press.key] ?? null;
	return command === 'next' && press.key === ' ' && press.shiftKey ? 'previous' : command;
}

/** The slide (0-based) a command leads to; the ends stop, they do not wrap. 'exit' stays. */
export function step(current: number, count: number, command: DeckCommand): number {
	const last = Math.max(0, count - 1);
	const here = clampSlide(current, count);
	switch (command) {
		case 'next':
			return Math.min(here + 1, last);
		case 'previous':
			return Math.max(here - 1, 0);
		case 'first':
			return 0;
		case 'last':
			return last;
		case 'exit':
			return here;
	}
}

export function clampSlide(index: number, count: number): number {
	if (!Number.isFinite(index) || count <= 0) return 0;
	return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** `#3` for the third slide (index 2). */
export function slideHash(index: number): string {
	return `#${index + 1}`;
}

/**
 * The slide (0-based) a hash names: `#3` is the third; anything else (no hash, `#x`, `#0`) is the
 * first, and a number past the end is the last (a deck shrinks when the selection has fewer quotes).
 */
export function slideFromHash(hash: string, count: number): number {
	const match = /^#?(\d{1,6})$/.exec(hash);
	if (!match) return 0;
	return clampSlide(Number(match[1]) - 1, count);
}

/** How large a pull quote is set: a long paragraph gets smaller type, so it still fits one screen. */
export function pullQuoteSize(length: number): 'large' | 'medium' | 'small' {
	return length <= 120 ? 'large' : length <= 280 ? 'medium' : 'small';
}

/** What a slide is called, in the words the page passes (chart titles, "Quote 3 of 40"). */
export interface SlideTitles {
	chart: Record<ChartSlideId, string>;
	quote: (quote: number, total: number) => string;
	noQuotes: string;
}

/** Every slide's title, in order; a quote's number counts all the selection's quotes, not only those with a slide. */
export function slideTitles(slides: readonly Slide[], quoteTotal: number, titles: SlideTitles): string[] {
	return slides.map((slide) => {
		if (slide.kind === 'chart') return titles.chart[slide.chart];
		if (slide.kind === 'quote') return titles.quote(slide.quote + 1, quoteTotal);
		return titles.noQuotes;
	});
}
