/**
 * Hands a frame the figures of the data table inside it, so the frame's CSV export writes exactly
 * the numbers the table (and so the chart) shows, without every chart passing them twice.
 */
import { getContext, setContext } from 'svelte';
import type { FigureTable } from '../export/csv';

export interface FrameTable {
	/** Set by the DataTable the frame renders; reads its current rows when called. */
	current?: () => FigureTable;
	/**
	 * Whether the frame's "Data table" disclosure is open (set by the frame; reactive). A table
	 * writes its rows in the browser only while open: closed, a click does not rebuild them.
	 */
	open?: () => boolean;
}

const KEY = Symbol('frame-table');

export function setFrameTable(): FrameTable {
	return setContext(KEY, {} as FrameTable);
}

export function getFrameTable(): FrameTable | undefined {
	return getContext<FrameTable | undefined>(KEY);
}
