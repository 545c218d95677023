/**
 * What every chart and the quote panel show for a selection: one pure function from
 * (analysis, selection) to plain figures. Knows nothing about Svelte or the DOM.
 *
 * Cross-filtering: each chart is filtered by every clause except the ones it owns, so the
 * mark that was clicked stays visible beside its siblings and is shown as selected.
 *   speaker bars      owns speaker         filtered by section, theme, pair
 *   section bars      owns section         filtered by theme, pair (speaker is highlighted, not removed)
 *   heatmap           owns section, theme  filtered by speaker, pair
 *   co-occurrence     owns theme, pair     filtered by speaker, section
 *   conversation      owns nothing         every turn drawn; turns outside the selection are dimmed
 * The quote panel is filtered by every clause (AND).
 *
 * Counts agree by construction: a heatmap cell's number is the mention count of the quotes it
 * selects, a matrix cell's number is the turn count of the quotes it selects, a speaker bar's
 * turn count is the turn count of the quotes it selects. The figures come from the build's pure
 * helpers (tallySpeakers, themeBySection, cooccurrence) run on the filtered turns, so a view with
 * nothing selected equals the analysis.
 */
import { cooccurrence } from '../transcript/cooccurrence';
import { tallySpeakers } from '../transcript/speakers';
import { themeBySection } from '../transcript/themeFigures';
import type { Analysis, Mention, Paragraph, Turn } from '../transcript/types';
import type { SelectionState } from './state';

export interface SpeakerShareRow {
	speaker: string;
	turns: number;
	units: number;
	/** Share of the units in the filtered turns, 0..1 (0 when nothing is left). */
	share: number;
	estimatedMinutes: number;
}

export interface SectionSpeakerRow {
	section: number;
	speaker: string;
	turns: number;
	units: number;
	/** Share of the section's filtered units. */
	share: number;
}

export interface HeatmapCell {
	section: number;
	theme: string;
	/** Mentions of the theme in the section (within the filter). */
	count: number;
	/** Mentions per 10,000 content units of the section's filtered turns. */
	per10k: number;
}

export interface MatrixCell {
	a: string;
	b: string;
	/** Turns (within the filter) that mention both; on the diagonal, turns that mention a. */
	count: number;
	turnIds: string[];
	/** Observed / expected within the filtered turns; null when undefined. */
	lift: number | null;
}

export interface Quote {
	turn: Turn;
	paragraph: Paragraph;
	/** Mentions inside this paragraph, by start offset (all themes: the panel highlights them all). */
	mentions: Mention[];
	/** True when the paragraph holds a mention of a selected theme (theme or pair clause). */
	matchesTheme: boolean;
}

export interface DashboardView {
	/** Turns matching every clause, in transcript order. */
	turnIds: Set<string>;
	/** Quote panel: the paragraphs behind the selection, in transcript order. */
	quotes: Quote[];
	/** Figures for the quote panel's header. */
	quoteCounts: { turns: number; paragraphs: number; mentions: number };
	speakerShare: SpeakerShareRow[];
	sectionSpeakers: SectionSpeakerRow[];
	heatmap: HeatmapCell[];
	matrix: MatrixCell[];
}

type Clause = keyof SelectionState;

/** Indexes built once per analysis; the view is recomputed on every click. */
export interface AnalysisIndex {
	themesByTurn: Map<string, Set<string>>;
	mentionsByParagraph: Map<string, Mention[]>;
}

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
	const themesByTurn = new Map<string, Set<string>>();
	const mentionsByParagraph = new Map<string, Mention[]>();
	for (const mention of analysis.mentions) {
		let themes = themesByTurn.get(mention.turn);
		if (!themes) themesByTurn.set(mention.turn, (themes = new Set()));
		themes.add(mention.theme);
		let list = mentionsByParagraph.get(mention.paragraph);
		if (!list) mentionsByParagraph.set(mention.paragraph, (list = []));
		list.push(mention);
	}
	for (const list of mentionsByParagraph.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
	return { themesByTurn, mentionsByParagraph };
}

export function dashboardView(
	analysis: Analysis,
	selection: SelectionState,
	index: AnalysisIndex = indexAnalysis(analysis)
): DashboardView {
	const passes = (turn: Turn, ignore: readonly Clause[]) => turnPasses(turn, selection, index, ignore);

	const selectedTurns = analysis.turns.filter((turn) => passes(turn, []));
	const quotes = quotesFor(selectedTurns, selection, index);

	return {
		turnIds: new Set(selectedTurns.map((turn) => turn.id)),
		quotes,
		quoteCounts: {
			turns: selectedTurns.length,
			paragraphs: quotes.length,
			mentions: countSelectedMentions(quotes, selection)
		},
		speakerShare: speakerShare(analysis, analysis.turns.filter((t) => passes(t, ['speaker']))),
		sectionSpeakers: sectionSpeakers(
			analysis,
			analysis.turns.filter((t) => passes(t, ['speaker', 'section']))
		),
		heatmap: heatmap(analysis, analysis.turns.filter((t) => passes(t, ['section', 'theme']))),
		matrix: matrix(analysis, analysis.turns.filter((t) => passes(t, ['theme', 'pair'])), index)
	};
}

function turnPasses(
	turn: Turn,
	selection: SelectionState,
	index: AnalysisIndex,
	ignore: readonly Clause[]
): boolean {
	if (selection.speaker && !ignore.includes('speaker') && turn.speaker !== selection.speaker) return false;
	if (selection.section !== null && !ignore.includes('section') && turn.section !== selection.section) {
		return false;
	}
	const themes = index.themesByTurn.get(turn.id);
	if (selection.theme && !ignore.includes('theme') && !themes?.has(selection.theme)) return false;
	if (selection.pair && !ignore.includes('pair')) {
		if (!themes?.has(selection.pair[0]) || !themes.has(selection.pair[1])) return false;
	}
	return true;
}

/**
 * The themes whose mentions make a paragraph a quote and are counted: the theme clause when set
 * (a heatmap cell), else the pair (a matrix cell).
 */
function selectedThemes(selection: SelectionState): Set<string> {
	if (selection.theme) return new Set([selection.theme]);
	return new Set(selection.pair ?? []);
}

function quotesFor(turns: Turn[], selection: SelectionState, index: AnalysisIndex): Quote[] {
	const themes = selectedThemes(selection);
	const quotes: Quote[] = [];
	for (const turn of turns) {
		for (const paragraph of turn.paragraphs) {
			const mentions = index.mentionsByParagraph.get(paragraph.id) ?? [];
			const matchesTheme = mentions.some((m) => themes.has(m.theme));
			// With a theme in the selection, only the paragraphs that carry it are quotes.
			if (themes.size > 0 && !matchesTheme) continue;
			quotes.push({ turn, paragraph, mentions, matchesTheme });
		}
	}
	return quotes;
}

/** Mentions of the selected themes in the quotes; all their mentions when no theme is selected. */
function countSelectedMentions(quotes: Quote[], selection: SelectionState): number {
	const themes = selectedThemes(selection);
	let count = 0;
	for (const quote of quotes) {
		for (const mention of quote.mentions) if (themes.size === 0 || themes.has(mention.theme)) count++;
	}
	return count;
}

/** The build's own arithmetic (tallySpeakers) over the filtered turns, so the figures agree. */
function speakerShare(analysis: Analysis, turns: Turn[]): SpeakerShareRow[] {
	return tallySpeakers(turns, analysis.speakers.map((speaker) => speaker.id), analysis.unit, analysis.rate);
}

function sectionSpeakers(analysis: Analysis, turns: Turn[]): SectionSpeakerRow[] {
	const speakerIds = analysis.speakers.map((speaker) => speaker.id);
	return analysis.sections.flatMap((section) =>
		tallySpeakers(
			turns.filter((turn) => turn.section === section.index),
			speakerIds,
			analysis.unit,
			analysis.rate
		).map(({ speaker, turns, units, share }) => ({ section: section.index, speaker, turns, units, share }))
	);
}

/** In section order, then theme order: row by row, as the heatmap draws it. */
function heatmap(analysis: Analysis, turns: Turn[]): HeatmapCell[] {
	const figures = themeBySection(
		turns,
		analysis.mentions,
		analysis.themes.map((theme) => theme.id),
		analysis.sections.map((section) => section.index),
		[]
	);
	const byKey = new Map(figures.map((row) => [`${row.section}\u0000${row.theme}`, row]));
	return analysis.sections.flatMap((section) =>
		analysis.themes.map((theme) => {
			const { count, per10k } = byKey.get(`${section.index}\u0000${theme.id}`)!;
			return { section: section.index, theme: theme.id, count, per10k };
		})
	);
}

function matrix(analysis: Analysis, turns: Turn[], index: AnalysisIndex): MatrixCell[] {
	const units = turns.map((turn) => ({ id: turn.id, themes: index.themesByTurn.get(turn.id) ?? new Set<string>() }));
	return cooccurrence(units, analysis.themes.map((theme) => theme.id), 'turn').map(({ a, b, count, ids, lift }) => ({
		a,
		b,
		count,
		turnIds: ids,
		lift
	}));
}
