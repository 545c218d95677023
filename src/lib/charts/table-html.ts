/**
 * The body rows of a chart's text alternative (DataTable) as one HTML string, every text and
 * link escaped: the page hands it to `{@html}`, which Svelte does not walk when it hydrates, so a
 * table of hundreds of cells costs the page's start nothing. Transcript text is data: nothing in
 * a row is ever markup. Knows nothing about Svelte.
 */

export interface TableCell {
	text: string;
	/**
	 * Makes the cell a link: into the reader, which the browser loads whole (the link's
	 * rel="external" and the table body's data-sveltekit-reload: see readerPath).
	 */
	href?: string;
}

export interface TableRow {
	/** The row header (th scope="row"). */
	header: string;
	cells: (string | TableCell)[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an element's content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * `<tr>` per row: a `th scope="row"` then a `td` per cell, `class="numeric"` on the columns
 * listed in `numeric` (indexes into the table's columns, the row header being column 0).
 */
export function tableRowsHtml(rows: TableRow[], numeric: number[] = []): string {
	let html = '';
	for (const row of rows) {
		html += `<tr><th scope="row">${escapeHtml(row.header)}</th>`;
		row.cells.forEach((cell, i) => {
			const open = numeric.includes(i + 1) ? '<td class="numeric">' : '<td>';
			if (typeof cell === 'string') html += `${open}${escapeHtml(cell)}</td>`;
			else if (cell.href) html += `${open}<a href="${escapeHtml(cell.href)}" rel="external">${escapeHtml(cell.text)}</a></td>`;
			else html += `${open}${escapeHtml(cell.text)}</td>`;
		});
		html += '</tr>';
	}
	return html;
}
