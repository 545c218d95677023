/**
 * The charts a transcript can be embedded by: one chart-only page per kind (the `data-chart` of
 * its frame), at /embed/<slug>/<kind>/. Pure: knows nothing about Svelte or the DOM.
 */
import { chartWordingOf } from '../charts/chart-wording';
import type { TranscriptMeta } from '../transcript/types';
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

/** A chart's title in `lang`: the transcript's own (metadata `charts`) if it words it, else the chart's. */
export function embedChartTitle(kind: EmbedChart, lang: Lang, meta?: Pick<TranscriptMeta, 'charts'>): string {
	return (meta && chartWordingOf(meta, kind, lang)?.title) ?? TITLE[kind]({}, { locale: lang });
}
