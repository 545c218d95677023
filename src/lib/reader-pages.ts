/**
 * The reader in pages: a long transcript is split at turn boundaries into pages of about
 * `budget` characters of paragraph text, so no page is one 50 MB document. A page ends early at
 * a section start once it holds half its budget (pages begin with a heading where they can); a
 * turn longer than the budget is a page of its own (turns are never split). A transcript within
 * one budget is one page, so its addresses do not change.
 *
 * Page 1 is `read/`, page n is `read/n/`. Every link into the reader asks `readerPageOf` which
 * page holds its anchor (`t12` or `t12-p2`). Pure; knows nothing about Svelte, the DOM or files.
 */

/** Characters of paragraph text per page: about 60 KB of English or 180 KB of Chinese UTF-8. */
export const READER_PAGE_BUDGET = 60_000;

/** One page of the reader: the turns it holds (1-based turn indexes, inclusive) and their sections. */
export interface ReaderPage {
	/** 1-based page number: 1 is `read/`, n is `read/n/`. */
	number: number;
	firstTurn: number;
	lastTurn: number;
	/** Section index of the first and the last turn on the page. */
	firstSection: number;
	lastSection: number;
}

interface PagedTurn {
	index: number;
	section: number;
	paragraphs: readonly { text: string }[];
}

/** Splits `turns` (in order) into pages; always at least one page, even for no turns. */
export function splitReaderPages(turns: readonly PagedTurn[], budget: number = READER_PAGE_BUDGET): ReaderPage[] {
	const pages: ReaderPage[] = [];
	let start = 0;
	let size = 0;
	const close = (end: number) => {
		const first = turns[start]!;
		const last = turns[end - 1]!;
		pages.push({ number: pages.length + 1, firstTurn: first.index, lastTurn: last.index, firstSection: first.section, lastSection: last.section });
	};
	for (let i = 0; i < turns.length; i++) {
		const turn = turns[i]!;
		let turnSize = 0;
		for (const paragraph of turn.paragraphs) turnSize += paragraph.text.length;
		if (i > start) {
			const full = size + turnSize > budget;
			const sectionStart = turn.section !== turns[i - 1]!.section && size >= budget / 2;
			if (full || sectionStart) {
				close(i);
				start = i;
				size = 0;
			}
		}
		size += turnSize;
	}
	if (turns.length > 0) close(turns.length);
	else pages.push({ number: 1, firstTurn: 0, lastTurn: 0, firstSection: 0, lastSection: 0 });
	return pages;
}

/** The turn index in a turn or paragraph anchor (`t12`, `t12-p2` → 12), or null for any other. */
export function anchorTurn(anchor: string): number | null {
	const match = /^t(\d+)(?:-p\d+)?$/.exec(anchor);
	return match ? Number(match[1]) : null;
}

/** The page number that holds `anchor`; 1 for an anchor that names no turn (or a turn past the end). */
export function readerPageOf(pages: readonly ReaderPage[], anchor: string): number {
	const turn = anchorTurn(anchor);
	if (turn === null || pages.length <= 1) return 1;
	let low = 0;
	let high = pages.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (pages[middle]!.firstTurn <= turn) low = middle;
		else high = middle - 1;
	}
	return turn > pages.at(-1)!.lastTurn ? 1 : pages[low]!.number;
}
