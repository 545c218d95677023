/**
 * The dashboard's charts by kind (the `data-chart` of each frame), in the dashboard's order: the
 * one list the embeds and the slides both draw from. Pure: knows nothing about Svelte.
 */
export const CHART_KINDS = [
	'speaker-share',
	'section-speakers',
	'theme-heatmap',
	'section-keywords',
	'cooccurrence-matrix',
	'conversation'
] as const;

export type ChartKind = (typeof CHART_KINDS)[number];
