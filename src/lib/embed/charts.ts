/**
 * The charts a transcript can be embedded by: one chart-only page per kind (the `data-chart` of
 * its frame), at /embed/<slug>/<kind>/. Pure: knows nothing about Svelte or the DOM.
 */
import { CHART_KINDS, type ChartKind } from '../charts/kinds';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

/** Every chart of the dashboard can be embedded. */
export const EMBED_CHARTS = CHART_KINDS;

export type EmbedChart = ChartKind;

export function isEmbedChart(kind: string): kind is EmbedChart {
	return (EMBED_CHARTS as readonly string[]).includes(kind);
}

/** Each chart's title message (the same title its frame shows). */
const TITLE = {
	'speaker-share': m.speakerShareTitle,
	'section-speakers': m.sectionSpeakersTitle,
	'theme-heatmap': m.heatmapTitle,
	'section-keywords': m.keywordsTitle,
	'cooccurrence-matrix': m.matrixTitle,
	conversation: m.conversationTitle
} satisfies Record<EmbedChart, (inputs: Record<string, never>, options: { locale: Lang }) => string>;

export function embedChartTitle(kind: EmbedChart, lang: Lang): string {
	return TITLE[kind]({}, { locale: lang });
}
