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

/** The longest label's width in px on one line, as rowLabelLayout fits it (estimated, with slack). */
export function longestLabelPx(labels: readonly string[], fontPx: number): number {
	// One and a half em of slack for breaks that cannot fall at the exact width.
	return (Math.max(0, ...labels.map(textWidthEm)) + 1.5) * fontPx;
}

export interface RowLabelLayout {
	/** Labels beside the rows, in full (wrapped), or only their numbers with the titles in a key. */
	mode: 'beside' | 'numbers';
	/** Width of the label column in px (the grid's left padding). */
	width: number;
	/** Lines the longest label takes (1 in 'numbers' mode). */
	lines: number;
}

/** rowLabelLayout's defaults, for a stylesheet that lays out the same before JavaScript (ThemeHeatmap). */
export const ROW_LABEL_DEFAULTS = { minCellPx: 64, maxLines: 3, maxShare: 0.4, numbersWidth: 36, gap: 8 } as const;

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
 * A label column as wide as the plot can spare (at most `maxShare` of it, leaving every column
 * `minCellPx`, and no wider than the longest label on one line), so labels wrap as little as
 * possible; if even that would take more than `maxLines` lines, numbers only (the page lists the
 * titles in full).
 */
export function rowLabelLayout({
	plotWidth,
	columns,
	labels,
	fontPx,
	minCellPx = ROW_LABEL_DEFAULTS.minCellPx,
	maxLines = ROW_LABEL_DEFAULTS.maxLines,
	maxShare = ROW_LABEL_DEFAULTS.maxShare,
	numbersWidth = ROW_LABEL_DEFAULTS.numbersWidth,
	gap = ROW_LABEL_DEFAULTS.gap
}: RowLabelOptions): RowLabelLayout {
	const longestPx = longestLabelPx(labels, fontPx);
	const spare = Math.floor(Math.min(plotWidth - columns * minCellPx, plotWidth * maxShare)) - gap;
	const width = Math.min(spare, Math.ceil(longestPx));
	const lines = width > 0 ? Math.ceil(longestPx / width) : Infinity;
	if (lines <= maxLines) return { mode: 'beside', width: width + gap, lines };
	return { mode: 'numbers', width: numbersWidth + gap, lines: 1 };
}
