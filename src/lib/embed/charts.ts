/**
 * The charts a transcript can be embedded by: one chart-only page per kind (the `data-chart` of
 * its frame), at /embed/<slug>/<kind>/. Pure: knows nothing about Svelte or the DOM.
 */
import { CHART_KINDS, type ChartKind } from '../charts/kinds';
import type { ChartMessages } from '../charts/messages';

/** Every chart of the dashboard can be embedded. */
export const EMBED_CHARTS = CHART_KINDS;

export type EmbedChart = ChartKind;

export function isEmbedChart(kind: string): kind is EmbedChart {
	return (EMBED_CHARTS as readonly string[]).includes(kind);
}

/** Each chart's title in the chart messages (the same title its frame shows). */
const TITLE_KEY = {
	'speaker-share': 'speakerShareTitle',
	'section-speakers': 'sectionSpeakersTitle',
	'theme-heatmap': 'heatmapTitle',
	'section-keywords': 'keywordsTitle',
	'cooccurrence-matrix': 'matrixTitle',
	conversation: 'conversationTitle'
} as const satisfies Record<EmbedChart, keyof ChartMessages>;

export function embedChartTitle(kind: EmbedChart, messages: ChartMessages): string {
	return messages[TITLE_KEY[kind]];
}
