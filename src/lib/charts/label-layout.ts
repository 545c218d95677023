/**
 * Room for row labels beside a grid: how wide the label column must be for the longest label to
 * fit on a few lines, given the width the chart has. Text width is estimated from the characters
 * (full-width CJK as 1 em, other characters as 0.6 em), with slack for line breaks that cannot
 * fall anywhere (punctuation, Latin words). Pure; knows nothing about Svelte or the DOM.
 */

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
	let em = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		// CJK, full-width forms and CJK punctuation take a full em; quotation marks ” take about one.
		const wide =
			(code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2018 && code <= 0x201f);
		em += wide ? 1 : 0.6;
	}
	return em;
}

export interface RowLabelLayout {
	/** Labels beside the rows, in full (wrapped), or only their numbers with the titles in a key. */
	mode: 'beside' | 'numbers';
	/** Width of the label column in px (the grid's left padding). */
	width: number;
	/** Lines the longest label takes (1 in 'numbers' mode). */
	lines: number;
}

export interface RowLabelOptions {
	/** Width of the whole plot in px. */
	plotWidth: number;
	/** Number of grid columns, each needing `minCellPx`. */
	columns: number;
	/** The full labels ("01 七年前创建OpenAI"). */
	labels: readonly string[];
	/** Rendered font size of the labels in px. */
	fontPx: number;
	minCellPx?: number;
	/** Most lines a label may wrap onto beside its row. */
	maxLines?: number;
	/** Largest share of the plot the label column may take. */
	maxShare?: number;
	/** Width of the label column when only numbers are shown. */
	numbersWidth?: number;
	/** Gap between labels and grid, in px. */
	gap?: number;
}

/**
 * The narrowest label column (up to `maxLines` lines) that holds the longest label and still
 * leaves every column `minCellPx`; if none does, numbers only (the page lists the titles).
 */
export function rowLabelLayout({
	plotWidth,
	columns,
	labels,
	fontPx,
	minCellPx = 64,
	maxLines = 3,
	maxShare = 0.4,
	numbersWidth = 36,
	gap = 8
}: RowLabelOptions): RowLabelLayout {
	const longest = Math.max(0, ...labels.map(textWidthEm));
	const room = plotWidth - columns * minCellPx;
	for (let lines = 1; lines <= maxLines; lines++) {
		// One em of slack per line for breaks that cannot fall at the exact width.
		const width = Math.ceil((longest / lines + 1.5) * fontPx) + gap;
		if (width <= room && width <= plotWidth * maxShare) return { mode: 'beside', width, lines };
	}
	return { mode: 'numbers', width: numbersWidth + gap, lines: 1 };
}
