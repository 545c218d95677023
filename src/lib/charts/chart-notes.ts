/**
 * What the charts add beside their marks: the source line, the notes under a chart (sections
 * drawn as parts, translated titles, segments the analysis made, a phrase counted for two
 * themes, a translated transcript), a section's tooltip and data-table header. Apart from
 * labels.ts because only the charts, which load after the page, use them: in labels.ts their
 * messages rode in the dashboard's first load. Pure; returned strings are escaped where rendered.
 */
import type { Analysis, Section, TranscriptMeta } from '../transcript/types';
import { sharedPhrases } from '../transcript/themeFigures';
import { formatCount, formatDate } from './format';
import { publisherName, sectionName, themeName } from './labels';
import type { SectionParts } from '../section-parts';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

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
