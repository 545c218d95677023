/**
 * What the index table shows of each transcript: its headline figures, not its analysis. Built
 * at build time from the analyses; the page is sent these rows only. Pure; knows nothing about
 * Svelte, the DOM or the file system.
 */
import type { Lang } from '../i18n/locale';
import { transcriptHeading, type TranscriptHeading } from './heading';
import type { Analysis, Bilingual } from '../transcript/types';

export interface TranscriptRow extends TranscriptHeading {
	publisher: Bilingual;
	/** ISO date of publication. */
	date: string;
	speakers: number;
	turns: number;
	/** Speaking time in minutes: measured where the transcript is timed, else estimated from its length at its rate. */
	minutes: number;
	/** Whether `minutes` is measured (timestamps or subtitle cues) rather than estimated. */
	measured: boolean;
	/** The theme mentioned most (ties: the first in the themes file's order); null when none is mentioned. */
	topTheme: { id: string; label: Bilingual; mentions: number } | null;
}

/** The theme with the most mentions, or null when no theme is mentioned. */
export function topTheme(themes: Analysis['themes']): TranscriptRow['topTheme'] {
	let best: Analysis['themes'][number] | undefined;
	for (const theme of themes) if (theme.mentions > 0 && (!best || theme.mentions > best.mentions)) best = theme;
	return best ? { id: best.id, label: best.label, mentions: best.mentions } : null;
}

export function transcriptRow(analysis: Analysis, lang: Lang): TranscriptRow {
	return {
		...transcriptHeading(analysis, lang),
		publisher: analysis.meta.source.publisher,
		date: analysis.meta.source.date,
		speakers: analysis.speakers.length,
		turns: analysis.totals.turns,
		minutes: analysis.totals.measuredMinutes ?? analysis.totals.estimatedMinutes,
		measured: analysis.timing === 'measured',
		topTheme: topTheme(analysis.themes)
	};
}
