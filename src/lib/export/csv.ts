/**
 * A chart's figures as CSV: exactly the rows of its data table (the text alternative built from
 * the same figures the chart draws), header row first. UTF-8 with a byte-order mark so Excel
 * reads Chinese labels right; fields escaped and formula-defused as the CLI's CSV does.
 * Knows nothing about Svelte or the DOM.
 */
import { csvCell } from '../transcript/csv';

/** What a DataTable shows: column headers (the first heads the row headers) and rows. */
export interface FigureTable {
	columns: readonly string[];
	rows: readonly { header: string; cells: readonly (string | { text: string })[] }[];
}

/** The byte-order mark Excel needs to take a CSV file as UTF-8. */
export const BOM = '\ufeff';

export function tableCsv(table: FigureTable): string {
	const lines = [
		table.columns.map(csvCell).join(','),
		...table.rows.map((row) => [row.header, ...row.cells.map((cell) => (typeof cell === 'string' ? cell : cell.text))].map(csvCell).join(','))
	];
	return BOM + lines.join('\r\n') + '\r\n';
}
