/**
 * How the charts name speakers, themes, sections and the source, from the analysis. Speaker
 * labels stay as written in the transcript (奥特曼), with the English name as secondary text.
 * Pure; knows nothing about Svelte. Returned strings are plain text, escaped where rendered.
 */
import type { Section, ThemeStats, TranscriptMeta } from '../transcript/types';
import type { Topic } from '../selection/view';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

/** "Compute (算力)" in English, "算力" in Chinese; one label when both are the same ("GPT-N"). */
export function themeName(theme: Pick<ThemeStats, 'label'>, lang: Lang): string {
	if (lang === 'zh' || theme.label.en === theme.label.zh) return lang === 'zh' ? theme.label.zh : theme.label.en;
	return `${theme.label.en} (${theme.label.zh})`;
}

/** "Section 02 人工智能…" (the full title: truncation is the layout's job). */
export function sectionName(section: Pick<Section, 'number' | 'title'>, lang: Lang): string {
	const { number, title } = section;
	return number ? m.sectionName({ number, title }, { locale: lang }) : m.sectionNameUntitled({ title }, { locale: lang });
}

/** The section's number as written, else its index, zero-padded like the transcript's ("02"). */
export function sectionNumber(section: Pick<Section, 'number' | 'index'>): string {
	return section.number || String(section.index).padStart(2, '0');
}

/** "Source: 腾讯科技 Tencent Tech, 2024-04-16. 编译/金鹿…" */
export function sourceLine(meta: TranscriptMeta, lang: Lang): string {
	const { publisher, date, credit } = meta.source;
	const name = publisher.zh === publisher.en ? publisher.en : `${publisher.zh} ${publisher.en}`;
	const line = m.sourceLine({ name, date }, { locale: lang });
	return credit ? m.sourceLineCredit({ line, credit }, { locale: lang }) : line;
}

/** A heatmap column or a highlighted mark: a theme's name, or a reader's term in quotation marks. */
export function topicName(topic: Topic, lang: Lang): string {
	return topic.kind === 'theme' ? themeName(topic.theme, lang) : `“${topic.term}”`;
}
