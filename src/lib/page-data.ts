/**
 * What each page is sent: the part of the analysis it draws, no more. The dashboard recomputes
 * its figures from turns and mentions (so it needs no precomputed tables); the reader draws the
 * text. Pure; knows nothing about Svelte, the DOM or the file system.
 */
import type { Lang } from './i18n/locale';
import { sectionNumber } from './charts/labels';
import { groupFrontMatter, type MatterGroup } from './transcript/matter';
import { splitReaderPages, type ReaderPage } from './reader-pages';
import { MAX_CHART_SECTIONS, partSections, type SectionParts } from './section-parts';
import type { Analysis, Mention, Section } from './transcript/types';

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

export type DashboardAnalysis = Pick<Analysis, (typeof DASHBOARD_FIELDS)[number]> & {
	/** Present when the sections are drawn as parts (a transcript of very many sections, see section-parts.ts). */
	sectionParts?: SectionParts;
};

/** A page of the reader as its navigation lists it: turn range and the sections it starts and ends in. */
export interface ReaderPageEntry extends ReaderPage {
	first: Pick<Section, 'index' | 'number' | 'title'>;
	last: Pick<Section, 'index' | 'number' | 'title'>;
}

/**
 * One page of the reader: only its turns, their mentions and their sections (front matter on the
 * first page, back matter on the last), with every page's entry for the navigation.
 */
export type ReaderAnalysis = Pick<Analysis, (typeof READER_FIELDS)[number]> & {
	/** Front matter in runs of one kind, each under its own heading when the text gives one. */
	front: MatterGroup[];
	/** This page's number (1-based). */
	page: number;
	/** Every page of the reader, in order (one entry for a transcript that fits one page). */
	pages: ReaderPageEntry[];
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

/**
 * Characters of paragraph text above which a dashboard is sent its turns without their text
 * (2 million: about 6 MB of Chinese; the shipped transcripts hold under 100,000). The quote
 * panel then fetches the text of the quotes it shows, a reader page at a time.
 */
export const DASHBOARD_TEXT_LIMIT = 2_000_000;

/**
 * Quotes the quote panel lists before "Show more", and adds with each press. Every click lists
 * a new first page, so it is kept to a few screens of the panel beside the charts (was 50; see
 * README, "Performance: a click").
 */
export const QUOTE_PAGE_SIZE = 20;

/** Characters of paragraph text in the whole transcript. */
export function textChars(analysis: Pick<Analysis, 'turns'>): number {
	let chars = 0;
	for (const turn of analysis.turns) for (const paragraph of turn.paragraphs) chars += paragraph.text.length;
	return chars;
}

const strippedCache = new WeakMap<Analysis, Analysis['turns']>();

/** The turns with every paragraph's text left out (its length kept as `textLength`); ids, speakers, sections, sizes stay. */
function turnsWithoutText(analysis: Analysis): Analysis['turns'] {
	let turns = strippedCache.get(analysis);
	if (!turns) {
		turns = analysis.turns.map((turn) => ({
			...turn,
			paragraphs: turn.paragraphs.map((paragraph) => ({ ...paragraph, text: '', textLength: paragraph.text.length }))
		}));
		strippedCache.set(analysis, turns);
	}
	return turns;
}

const dashboardCache = new WeakMap<Analysis, Map<string, DashboardAnalysis>>();

/**
 * `lang` is the interface's; without it, sections keep the transcript's own titles. With
 * `withText: false` the paragraphs come without their text (see DASHBOARD_TEXT_LIMIT). A
 * transcript of very many sections comes with its sections joined into parts (section-parts.ts).
 * Computed once per analysis, language and text: a build asks for it from every chart page.
 */
export function dashboardAnalysis(analysis: Analysis, lang: Lang = analysis.meta.language, withText = true, maxSections = MAX_CHART_SECTIONS): DashboardAnalysis {
	let byKey = dashboardCache.get(analysis);
	if (!byKey) dashboardCache.set(analysis, (byKey = new Map()));
	const key = `${lang} ${withText} ${maxSections}`;
	const cached = byKey.get(key);
	if (cached) return cached;
	const turns = withText ? analysis.turns : turnsWithoutText(analysis);
	const { parts, ...parted } = partSections({ ...analysis, turns }, localSections(analysis, lang), maxSections);
	const picked: DashboardAnalysis = { ...pick(analysis, DASHBOARD_FIELDS), ...parted };
	if (parts) picked.sectionParts = parts;
	byKey.set(key, picked);
	return picked;
}

/** paragraph id → text for the paragraphs of reader page `page` (what the quote panel fetches). */
export function pageTexts(analysis: Analysis, page: number, budget?: number): Record<string, string> {
	const here = readerPages(analysis, budget)[page - 1];
	const texts: Record<string, string> = {};
	if (!here) return texts;
	for (const turn of analysis.turns) {
		if (turn.index < here.firstTurn || turn.index > here.lastTurn) continue;
		for (const paragraph of turn.paragraphs) texts[paragraph.id] = paragraph.text;
	}
	return texts;
}

/** The text of the first `count` paragraphs in transcript order: the quotes a dashboard lists with nothing selected. */
export function firstParagraphTexts(analysis: Pick<Analysis, 'turns'>, count: number): Record<string, string> {
	const texts: Record<string, string> = {};
	let left = count;
	for (const turn of analysis.turns) {
		for (const paragraph of turn.paragraphs) {
			if (left-- <= 0) return texts;
			texts[paragraph.id] = paragraph.text;
		}
	}
	return texts;
}

// Per analysis, computed once: a build asks for every page of the reader in every language.
const pagesCache = new WeakMap<Analysis, Map<number, ReaderPage[]>>();
const mentionsCache = new WeakMap<Analysis, Map<string, Mention[]>>();

/** The reader's pages for `analysis` at `budget` characters a page (see reader-pages.ts). */
export function readerPages(analysis: Analysis, budget?: number): ReaderPage[] {
	let byBudget = pagesCache.get(analysis);
	if (!byBudget) pagesCache.set(analysis, (byBudget = new Map()));
	const key = budget ?? 0;
	let pages = byBudget.get(key);
	if (!pages) byBudget.set(key, (pages = splitReaderPages(analysis.turns, budget)));
	return pages;
}

function mentionsByTurn(analysis: Analysis): Map<string, Mention[]> {
	let byTurn = mentionsCache.get(analysis);
	if (!byTurn) {
		byTurn = new Map();
		for (const mention of analysis.mentions) {
			let list = byTurn.get(mention.turn);
			if (!list) byTurn.set(mention.turn, (list = []));
			list.push(mention);
		}
		mentionsCache.set(analysis, byTurn);
	}
	return byTurn;
}

/**
 * Page `page` (1-based) of the reader. `budget` is the characters of text a page holds (default
 * READER_PAGE_BUDGET); a page past the last is an error.
 */
export function readerAnalysis(analysis: Analysis, lang: Lang = analysis.meta.language, page = 1, budget?: number): ReaderAnalysis {
	const pages = readerPages(analysis, budget);
	const here = pages[page - 1];
	if (!here) throw new RangeError(`the reader of ${analysis.id} has ${pages.length} page(s), not ${page}`);
	const sections = localSections(analysis, lang);
	const sectionByIndex = new Map(sections.map((section) => [section.index, section]));
	const brief = (index: number) => {
		const section = sectionByIndex.get(index);
		return { index, number: section?.number ?? '', title: section?.title ?? '' };
	};
	const entries = pages.map((entry) => ({ ...entry, first: brief(entry.firstSection), last: brief(entry.lastSection) }));
	if (pages.length === 1) return { ...pick(analysis, READER_FIELDS), sections, front: groupFrontMatter(analysis.front), page: 1, pages: entries };
	const turns = analysis.turns.filter((turn) => turn.index >= here.firstTurn && turn.index <= here.lastTurn);
	const byTurn = mentionsByTurn(analysis);
	return {
		...pick(analysis, READER_FIELDS),
		sections: sections.filter((section) => section.index >= here.firstSection && section.index <= here.lastSection),
		turns,
		mentions: turns.flatMap((turn) => byTurn.get(turn.id) ?? []),
		back: page === pages.length ? analysis.back : [],
		front: page === 1 ? groupFrontMatter(analysis.front) : [],
		page,
		pages: entries
	};
}

/** The editors' translation of the transcript's title for an interface in `lang`, with who made it. */
export function translatedTitle(meta: Analysis['meta'], lang: Lang): { title: string; by: string } | undefined {
	const translation = lang === meta.language ? undefined : meta.translations?.[lang];
	return translation?.title ? { title: translation.title, by: translation.by } : undefined;
}
