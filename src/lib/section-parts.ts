/**
 * Sections as the charts draw them. A transcript of a few dozen sections is drawn section by
 * section; a very long one (a week of hearings: thousands of sections) cannot be: a heatmap of
 * 6,000 rows is neither readable nor buildable (every row is markup in the prerendered page). Above
 * MAX_CHART_SECTIONS, the pages that draw charts (dashboard, embeds, slides) get consecutive
 * sections joined into parts of equal size, at most MAX_CHART_SECTIONS of them; each part is then
 * a section to every chart, to the selection and to its URL. The reader keeps every section.
 * Pure; knows nothing about Svelte, the DOM or the file system.
 */
import { group } from 'd3';
import { sectionNumber } from './charts/labels';
import { tallySpeakers } from './transcript/speakers';
import type { Analysis, Section, SectionKeywords } from './transcript/types';

/** Sections a chart draws one by one; above this, parts (see the module comment). */
export const MAX_CHART_SECTIONS = 60;

/** What joining did: the transcript's section count and how many go into a part (the last may hold fewer). */
export interface SectionParts {
	sections: number;
	perPart: number;
}

type Partable = Pick<Analysis, 'sections' | 'turns' | 'mentions' | 'keywords' | 'speakers' | 'unit' | 'rate'>;

export interface PartedAnalysis {
	sections: Section[];
	turns: Analysis['turns'];
	mentions: Analysis['mentions'];
	keywords: SectionKeywords[];
	parts?: SectionParts;
}

/** Sections per part for `count` sections: 1 up to `max`, else the fewest that make at most `max` parts. */
export function sectionsPerPart(count: number, max = MAX_CHART_SECTIONS): number {
	return count <= max ? 1 : Math.ceil(count / max);
}

/** "first … last" of the titles of a part's sections (one title when they are the same section or title). */
function joinedTitle(first: string, last: string): string {
	return first === last ? first : `${first} … ${last}`;
}

/**
 * The keywords of a part: its sections' keywords with count and score added up, best first, as
 * many as the longest list of a section (keywords are per section; a part's are an approximation
 * the chart's note names).
 */
function partKeywords(part: number, lists: readonly SectionKeywords[]): SectionKeywords {
	const byTerm = new Map<string, { term: string; score: number; count: number }>();
	let keep = 0;
	for (const list of lists) {
		keep = Math.max(keep, list.terms.length);
		for (const { term, score, count } of list.terms) {
			const sum = byTerm.get(term);
			if (sum) {
				sum.score += score;
				sum.count += count;
			} else byTerm.set(term, { term, score, count });
		}
	}
	const terms = [...byTerm.values()].sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
	return { section: part, terms: terms.slice(0, keep) };
}

/**
 * `analysis` with its sections joined into parts when it has more than `max` (else unchanged).
 * `sections` are the sections as the page names them (translated titles: see localSections).
 * A part's index is its 1-based order; its number is "first–last" of its sections' numbers; turns,
 * mentions and keywords point at parts instead of sections.
 */
export function partSections(analysis: Partable, sections: readonly Section[], max = MAX_CHART_SECTIONS): PartedAnalysis {
	const perPart = sectionsPerPart(sections.length, max);
	if (perPart === 1) return { sections: [...sections], turns: analysis.turns, mentions: analysis.mentions, keywords: analysis.keywords };
	const partOf = new Map<number, number>();
	const members: Section[][] = [];
	sections.forEach((section, i) => {
		const part = Math.floor(i / perPart);
		(members[part] ??= []).push(section);
		partOf.set(section.index, part + 1);
	});
	const turns = analysis.turns.map((turn) => ({ ...turn, section: partOf.get(turn.section) ?? 0 }));
	const turnsByPart = group(turns, (turn) => turn.section);
	const speakerIds = analysis.speakers.map((speaker) => speaker.id);
	const parted = members.map((own, i): Section => {
		const first = own[0]!;
		const last = own[own.length - 1]!;
		const index = i + 1;
		const number = own.length === 1 ? sectionNumber(first) : `${sectionNumber(first)}–${sectionNumber(last)}`;
		const part: Section = {
			index,
			number,
			title: joinedTitle(first.title, last.title),
			line: first.line,
			turns: own.reduce((sum, section) => sum + section.turns, 0),
			units: own.reduce((sum, section) => sum + section.units, 0),
			chars: own.reduce((sum, section) => sum + section.chars, 0),
			speakers: tallySpeakers(turnsByPart.get(index) ?? [], speakerIds, analysis.unit, analysis.rate),
			sectionCount: own.length
		};
		if (first.originalTitle !== undefined || last.originalTitle !== undefined) {
			part.originalTitle = joinedTitle(first.originalTitle ?? first.title, last.originalTitle ?? last.title);
		}
		return part;
	});
	const keywordsBySection = new Map(analysis.keywords.map((list) => [list.section, list]));
	const keywords = members.map((own, i) => partKeywords(i + 1, own.flatMap((section) => keywordsBySection.get(section.index) ?? [])));
	return {
		sections: parted,
		turns,
		mentions: analysis.mentions.map((mention) => ({ ...mention, section: partOf.get(mention.section) ?? 0 })),
		keywords,
		parts: { sections: sections.length, perPart }
	};
}
