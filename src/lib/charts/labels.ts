/**
 * How the charts name speakers, themes, sections and the source, from the analysis. Speaker
 * labels stay as written in the transcript (奥特曼), with the name in the interface's language as
 * secondary text; a section title may be the editors' translation, its original kept beside it.
 * Pure; knows nothing about Svelte. Returned strings are plain text, escaped where rendered.
 */
import type { Analysis, Bilingual, Section, ThemeStats, TranscriptMeta } from '../transcript/types';
import { sharedPhrases } from '../transcript/themeFigures';
import { formatCount, formatDate } from './format';
import type { SectionParts } from '../section-parts';
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

/** A section's tooltip: its name, and under it the original title when the name shows a translation. */
export function sectionTooltip(section: Pick<Section, 'number' | 'title' | 'originalTitle'>, lang: Lang): string {
	const name = sectionName(section, lang);
	return section.originalTitle === undefined ? name : `${name}\n${m.sectionOriginalTitle({ title: section.originalTitle }, { locale: lang })}`;
}

/** A data table's row header for a section: its name, with the original title when it is translated. */
export function sectionHeader(section: Pick<Section, 'number' | 'title' | 'originalTitle'>, lang: Lang): string {
	const name = sectionName(section, lang);
	return section.originalTitle === undefined ? name : `${name} (${section.originalTitle})`;
}

/**
 * The language of a section's title as shown: the interface's when it is the editors'
 * translation, else the transcript's.
 */
export function sectionTitleLang(section: Pick<Section, 'originalTitle'>, meta: Pick<TranscriptMeta, 'language'>, lang: Lang): Lang {
	return section.originalTitle === undefined ? meta.language : lang;
}

/**
 * The notes a chart that names sections adds: that the sections are drawn as parts (a transcript
 * of very many sections, see section-parts.ts), and that their titles are the editors' translations.
 */
export function sectionNotes(analysis: Pick<Analysis, 'meta' | 'sections'> & { sectionParts?: SectionParts }, lang: Lang): string[] {
	const notes: string[] = [];
	const parts = analysis.sectionParts;
	if (parts) {
		const figures = { sections: formatCount(parts.sections, lang), parts: formatCount(analysis.sections.length, lang), perPart: formatCount(parts.perPart, lang) };
		notes.push(m.sectionPartsNote(figures, { locale: lang }));
	}
	if (analysis.sections.some((section) => section.originalTitle !== undefined)) {
		const by = analysis.meta.translations?.[lang]?.by ?? '';
		notes.push(m.sectionTitlesTranslated({ from: analysis.meta.language, by }, { locale: lang }));
	}
	return notes;
}

/** The note that the transcript is a translation, for estimates made from its length. */
export function translationNote(meta: Pick<TranscriptMeta, 'source'>, lang: Lang): string[] {
	const from = meta.source.translatedFrom;
	return from ? [m.translationNote({ from: from.split('-')[0]! }, { locale: lang })] : [];
}

/**
 * The note for charts that count themes: a phrase that matches two themes counts for each (the
 * first such phrase in the transcript is the example), so a reader does not take it for two words.
 */
export function sharedPhraseNote(analysis: Pick<Analysis, 'mentions' | 'themes'>, lang: Lang): string[] {
	const [phrase] = sharedPhrases(analysis.mentions);
	if (!phrase) return [];
	const nameOf = (id: string) => {
		const theme = analysis.themes.find((candidate) => candidate.id === id);
		return theme ? themeName(theme, lang) : id;
	};
	return [m.sharedPhraseNote({ phrase: phrase.text, first: nameOf(phrase.themes[0]), second: nameOf(phrase.themes[1]) }, { locale: lang })];
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

/**
 * "Source: 腾讯科技 Tencent Tech, 2024-04-16. 编译/金鹿…". What the metadata lacks is left out with its
 * separator ("Source: Riverside Gazette"; only the credit; or '' when there is nothing to say).
 */
export function sourceLine(meta: TranscriptMeta, lang: Lang): string {
	const { publisher, date, credit } = meta.source;
	const name = publisherName(publisher, meta.language);
	const when = date ? formatDate(date, lang) : '';
	const line =
		name && when ? m.sourceLine({ name, date: when }, { locale: lang }) : name || when ? m.sourceLineOnly({ name: name || when }, { locale: lang }) : '';
	if (!credit) return line;
	return line ? m.sourceLineCredit({ line, credit }, { locale: lang }) : credit;
}

/** The note a chart that names sections adds when they are segments the analysis made (no headings). */
export function sectioningNote(analysis: Pick<Analysis, 'sectioning'>, lang: Lang): string[] {
	if (analysis.sectioning === 'questions') return [m.sectionsFromQuestions({}, { locale: lang })];
	if (analysis.sectioning === 'equal') return [m.sectionsEqualParts({}, { locale: lang })];
	return [];
}

/** A heatmap column or a highlighted mark: a theme's name, or a reader's term in quotation marks. */
export function topicName(topic: Topic, lang: Lang): string {
	return topic.kind === 'theme' ? themeName(topic.theme, lang) : `“${topic.term}”`;
}
