/**
 * What each page is sent: the part of the analysis it draws, no more. The dashboard recomputes
 * its figures from turns and mentions (so it needs no precomputed tables); the reader draws the
 * text. Pure; knows nothing about Svelte, the DOM or the file system.
 */
import type { Lang } from './i18n/locale';
import { sectionNumber } from './charts/labels';
import { groupFrontMatter, type MatterGroup } from './transcript/matter';
import type { Analysis, Section } from './transcript/types';

const DASHBOARD_FIELDS = [
	'id',
	'meta',
	'unit',
	'rate',
	'timing',
	'totals',
	'sectioning',
	'speakers',
	'sections',
	'turns',
	'themes',
	'mentions',
	'keywords',
	'corrections'
] as const satisfies readonly (keyof Analysis)[];

const READER_FIELDS = ['id', 'meta', 'speakers', 'sections', 'turns', 'themes', 'mentions', 'back', 'corrections'] as const satisfies readonly (keyof Analysis)[];

export type DashboardAnalysis = Pick<Analysis, (typeof DASHBOARD_FIELDS)[number]>;

export type ReaderAnalysis = Pick<Analysis, (typeof READER_FIELDS)[number]> & {
	/** Front matter in runs of one kind, each under its own heading when the text gives one. */
	front: MatterGroup[];
};

function pick<K extends keyof Analysis>(analysis: Analysis, fields: readonly K[]): Pick<Analysis, K> {
	return Object.fromEntries(fields.map((field) => [field, analysis[field]])) as Pick<Analysis, K>;
}

/**
 * Sections as an interface in `lang` names them: the editors' translation of a title where the
 * metadata has one (the transcript's own title kept as `originalTitle`), else the title as written.
 */
export function localSections(analysis: Pick<Analysis, 'meta' | 'sections'>, lang: Lang): Section[] {
	const translated = lang === analysis.meta.language ? undefined : analysis.meta.translations?.[lang]?.sections;
	if (!translated) return analysis.sections;
	return analysis.sections.map((section) => {
		const title = translated[sectionNumber(section)];
		return title === undefined ? section : { ...section, title, originalTitle: section.title };
	});
}

/** `lang` is the interface's; without it, sections keep the transcript's own titles. */
export function dashboardAnalysis(analysis: Analysis, lang: Lang = analysis.meta.language): DashboardAnalysis {
	return { ...pick(analysis, DASHBOARD_FIELDS), sections: localSections(analysis, lang) };
}

export function readerAnalysis(analysis: Analysis, lang: Lang = analysis.meta.language): ReaderAnalysis {
	return { ...pick(analysis, READER_FIELDS), sections: localSections(analysis, lang), front: groupFrontMatter(analysis.front) };
}

/** The editors' translation of the transcript's title for an interface in `lang`, with who made it. */
export function translatedTitle(meta: Analysis['meta'], lang: Lang): { title: string; by: string } | undefined {
	const translation = lang === meta.language ? undefined : meta.translations?.[lang];
	return translation?.title ? { title: translation.title, by: translation.by } : undefined;
}
