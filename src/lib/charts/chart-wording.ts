/**
 * A transcript's own wording of its chart frames (metadata `charts.<kind>.<lang>`): a title or
 * description that replaces the chart's, and notes added after the chart's own (which explain
 * its marks, so they stay). The page that renders charts provides it once; every ChartFrame reads it.
 */
import { getContext, setContext } from 'svelte';
import type { ChartTextOverride, TranscriptMeta } from '../transcript/types';
import type { Lang } from '../i18n/locale';

const KEY = Symbol('chart-wording');

type Wording = (kind: string) => ChartTextOverride | undefined;

/** The metadata's wording for one chart in one interface language, if it has any. Pure. */
export function chartWordingOf(meta: Pick<TranscriptMeta, 'charts'>, kind: string, lang: Lang): ChartTextOverride | undefined {
	return meta.charts?.[kind]?.[lang];
}

/** Called by a page (or a test harness) while it initialises: later reads follow `meta` and `lang`. */
export function provideChartWording(meta: () => Pick<TranscriptMeta, 'charts'>, lang: () => Lang): void {
	setContext<Wording>(KEY, (kind) => chartWordingOf(meta(), kind, lang()));
}

/** For ChartFrame: the wording provided above it, or none (a chart rendered on its own). */
export function readChartWording(): Wording {
	return getContext<Wording | undefined>(KEY) ?? (() => undefined);
}
