/**
 * How the charts name speakers, themes, sections and the source, from the analysis. Speaker
 * labels stay as written in the transcript (奥特曼), with the name in the interface's language as
 * secondary text; a section title may be the editors' translation, its original kept beside it.
 * Pure; knows nothing about Svelte. Returned strings are plain text, escaped where rendered.
 * What only the charts say (notes, source lines, tooltips) is in chart-notes.ts: this module is
 * in the dashboard's first load (the quote panel and the selection line use it), those are not.
 */
import type { Bilingual, Section, ThemeStats, TranscriptMeta } from '../transcript/types';
import type { Topic } from '../selection/view';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

/** "Compute (算力)" in English, "算力" in Chinese; one label when both are the same ("GPT-N"). */
export function themeName(theme: Pick<ThemeStats, 'label'>, lang: Lang): string {
	if (lang === 'zh' || theme.label.en === theme.label.zh) return lang === 'zh' ? theme.label.zh : theme.label.en;
	return `${theme.label.en} (${theme.label.zh})`;
}

/** "Section 02 人工智能…" (the full title: truncation is the layout's job). */
export function sectionName(section: Pick<Section, 'number' | 'title' | 'sectionCount'>, lang: Lang): string {
	const { number, title } = section;
	if ((section.sectionCount ?? 1) > 1) return m.sectionPartName({ number, title }, { locale: lang });
	return number ? m.sectionName({ number, title }, { locale: lang }) : m.sectionNameUntitled({ title }, { locale: lang });
}

/**
 * The language of a section's title as shown: the interface's when it is the editors'
 * translation, else the transcript's.
 */
export function sectionTitleLang(section: Pick<Section, 'originalTitle'>, meta: Pick<TranscriptMeta, 'language'>, lang: Lang): Lang {
	return section.originalTitle === undefined ? meta.language : lang;
}

/** The section's number as written, else its index, zero-padded like the transcript's ("02"). */
export function sectionNumber(section: Pick<Section, 'number' | 'index'>): string {
	return section.number || String(section.index).padStart(2, '0');
}

/**
 * A publisher as a source line names it: in the transcript's language, followed for a Chinese
 * transcript by the English name (腾讯科技 Tencent Tech); an English transcript's publisher in English
 * only. Either part may be '' when the metadata lacks it.
 */
export function publisherNames(publisher: Bilingual, language: Lang): { original: string; english: string } {
	const original = publisher[language] || publisher.en || publisher.zh;
	return { original, english: language === 'zh' && publisher.en !== original ? publisher.en : '' };
}

/** publisherNames joined with a space. */
export function publisherName(publisher: Bilingual, language: Lang): string {
	const { original, english } = publisherNames(publisher, language);
	return [original, english].filter(Boolean).join(' ');
}

/** A heatmap column or a highlighted mark: a theme's name, or a reader's term in quotation marks. */
export function topicName(topic: Topic, lang: Lang): string {
	return topic.kind === 'theme' ? themeName(topic.theme, lang) : `“${topic.term}”`;
}
