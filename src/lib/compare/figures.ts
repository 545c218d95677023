/**
 * The comparison page's figures: for every transcript, how its speaking divides between hosts
 * and guests, and how often each theme comes up per 10,000 content units. Built at build time
 * from the analyses; the page is sent these figures only. Pure; knows nothing about Svelte, the
 * DOM or the file system.
 */
import type { Lang } from '../i18n/locale';
import { transcriptHeading, type TranscriptHeading } from './heading';
import type { Analysis, Bilingual } from '../transcript/types';

export interface CompareSpeaker {
	id: string;
	/** The label as written in the transcript. */
	label: string;
	/** Name and role in the interface language. */
	name: string;
	role: string;
	host: boolean;
	/** Share of the transcript's content units, 0..1. */
	share: number;
	turns: number;
}

export interface CompareThemeRate {
	theme: string;
	mentions: number;
	/** Mentions per 10,000 content units of the whole transcript (characters or words: see `unit`). */
	per10k: number;
}

export interface CompareTranscript extends TranscriptHeading {
	/** What a content unit is in this transcript: Chinese characters or English words. */
	unit: 'char' | 'word';
	units: number;
	publisher: Bilingual;
	date: string;
	/** Hosts first, then guests, each in the analysis's order. */
	speakers: CompareSpeaker[];
	hostShare: number;
	guestShare: number;
	/** One per theme of `Comparison.themes`, in that order; a theme the transcript does not define counts 0. */
	themes: CompareThemeRate[];
}

export interface Comparison {
	/** Every theme any transcript defines, by id, in the order first met. */
	themes: { id: string; label: Bilingual }[];
	transcripts: CompareTranscript[];
}

/** Mentions per 10,000 units; 0 for a transcript with no units. */
export function per10k(mentions: number, units: number): number {
	return units > 0 ? (mentions * 10_000) / units : 0;
}

/** The comparison of `analyses`, in the order given, named for an interface in `lang`. */
export function comparison(analyses: readonly Analysis[], lang: Lang): Comparison {
	const themes = new Map<string, Bilingual>();
	for (const analysis of analyses) for (const theme of analysis.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme.label);

	const transcripts = analyses.map((analysis): CompareTranscript => {
		const speakers = analysis.speakers
			.map((speaker) => ({
				id: speaker.id,
				label: speaker.label,
				name: speaker.name[lang],
				role: speaker.role[lang],
				host: speaker.host,
				share: speaker.share,
				turns: speaker.turns
			}))
			.sort((a, b) => Number(b.host) - Number(a.host));
		const hostShare = speakers.filter((speaker) => speaker.host).reduce((sum, speaker) => sum + speaker.share, 0);
		return {
			...transcriptHeading(analysis, lang),
			unit: analysis.unit,
			units: analysis.totals.units,
			publisher: analysis.meta.source.publisher,
			date: analysis.meta.source.date,
			speakers,
			hostShare,
			guestShare: speakers.length ? 1 - hostShare : 0,
			themes: [...themes.keys()].map((id) => {
				const mentions = analysis.themes.find((theme) => theme.id === id)?.mentions ?? 0;
				return { theme: id, mentions, per10k: per10k(mentions, analysis.totals.units) };
			})
		};
	});
	return { themes: [...themes].map(([id, label]) => ({ id, label })), transcripts };
}
