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
 * turn count is the turn count of the quotes it selects.
 */
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
	minutesPerUnit: number;
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
	const rate = analysis.unit === 'word' ? analysis.rate.wordsPerMinute : analysis.rate.charsPerMinute;
	return { themesByTurn, mentionsByParagraph, minutesPerUnit: 1 / rate };
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
		speakerShare: speakerShare(analysis, analysis.turns.filter((t) => passes(t, ['speaker'])), index),
		sectionSpeakers: sectionSpeakers(
			analysis,
			analysis.turns.filter((t) => passes(t, ['speaker', 'section']))
		),
		heatmap: heatmap(analysis, analysis.turns.filter((t) => passes(t, ['section', 'theme'])), index),
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

function speakerShare(analysis: Analysis, turns: Turn[], index: AnalysisIndex): SpeakerShareRow[] {
	const total = turns.reduce((sum, turn) => sum + turn.units, 0);
	return analysis.speakers.map((speaker) => {
		const own = turns.filter((turn) => turn.speaker === speaker.id);
		const units = own.reduce((sum, turn) => sum + turn.units, 0);
		return {
			speaker: speaker.id,
			turns: own.length,
			units,
			share: total > 0 ? units / total : 0,
			estimatedMinutes: units * index.minutesPerUnit
		};
	});
}

function sectionSpeakers(analysis: Analysis, turns: Turn[]): SectionSpeakerRow[] {
	const rows: SectionSpeakerRow[] = [];
	for (const section of analysis.sections) {
		const inSection = turns.filter((turn) => turn.section === section.index);
		const total = inSection.reduce((sum, turn) => sum + turn.units, 0);
		for (const speaker of analysis.speakers) {
			const own = inSection.filter((turn) => turn.speaker === speaker.id);
			const units = own.reduce((sum, turn) => sum + turn.units, 0);
			rows.push({
				section: section.index,
				speaker: speaker.id,
				turns: own.length,
				units,
				share: total > 0 ? units / total : 0
			});
		}
	}
	return rows;
}

function heatmap(analysis: Analysis, turns: Turn[], index: AnalysisIndex): HeatmapCell[] {
	const turnIds = new Set(turns.map((turn) => turn.id));
	const counts = new Map<string, number>();
	for (const mention of analysis.mentions) {
		if (!turnIds.has(mention.turn)) continue;
		const key = `${mention.section}\u0000${mention.theme}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const cells: HeatmapCell[] = [];
	for (const section of analysis.sections) {
		const units = turns.filter((t) => t.section === section.index).reduce((s, t) => s + t.units, 0);
		for (const theme of analysis.themes) {
			const count = counts.get(`${section.index}\u0000${theme.id}`) ?? 0;
			cells.push({
				section: section.index,
				theme: theme.id,
				count,
				per10k: units > 0 ? (count * 10_000) / units : 0
			});
		}
	}
	return cells;
}

function matrix(analysis: Analysis, turns: Turn[], index: AnalysisIndex): MatrixCell[] {
	const themeIds = analysis.themes.map((theme) => theme.id);
	const turnsWith = new Map<string, string[]>(themeIds.map((id) => [id, []]));
	for (const turn of turns) {
		for (const id of index.themesByTurn.get(turn.id) ?? []) turnsWith.get(id)?.push(turn.id);
	}
	const n = turns.length;
	const cells: MatrixCell[] = [];
	for (const [i, a] of themeIds.entries()) {
		for (const b of themeIds.slice(i)) {
			const withA = turnsWith.get(a) ?? [];
			const withB = new Set(turnsWith.get(b) ?? []);
			const both = withA.filter((id) => withB.has(id));
			const expected = n > 0 ? (withA.length * withB.size) / n : 0;
			cells.push({ a, b, count: both.length, turnIds: both, lift: expected > 0 ? both.length / expected : null });
		}
	}
	return cells;
}
