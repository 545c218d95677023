/**
 * What a page that offers chart exports tells its chart frames: the file-name stem, the interface
 * language, and the current selection in words (printed on every exported image). Pages without
 * it (the slides, component tests) show no export buttons. Only this small piece is in the first
 * bundle; the export itself (export-chart.ts) is loaded when a button is pressed.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from '../i18n/locale';

export interface ExportContext {
	/** Start of every file name, e.g. the transcript's slug. */
	fileStem: () => string;
	/** "Selected: 奥特曼", or "Nothing selected." */
	selectionLine: () => string;
	/** The interface language (names the buttons, words the selection line). */
	lang: () => Lang;
}

const KEY = Symbol('chart-export');

export function setExportContext(context: ExportContext): void {
	setContext(KEY, context);
}

export function getExportContext(): ExportContext | undefined {
	return getContext<ExportContext | undefined>(KEY);
}
