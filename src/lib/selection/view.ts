/**
 * What every chart and the quote panel show for a selection: one pure function from
 * (analysis, selection) to plain figures. Knows nothing about Svelte or the DOM.
 *
 * Cross-filtering, by the clauses' sources (state.ts's CLAUSE_SOURCE): each view is filtered by
 * every clause except those it made, so the mark that was clicked stays visible beside its
 * siblings. No view lists what to ignore: a new chart gets a ViewId and is filtered right.
 * The conversation chart makes no clause: it draws every turn and dims those outside the
 * selection. The quote panel is filtered by every clause.
 *
 * Counts agree by construction: a heatmap cell's number is the mention count of the quotes it
 * selects, a matrix cell's number is the turn count of the quotes it selects, a speaker bar's
 * turn count is the turn count of the quotes it selects. The figures come from the build's pure
 * helpers (tallySpeakers, themeBySection, cooccurrence) run on the filtered turns, so a view with
 * nothing selected equals the analysis.
 */
import type { DashboardAnalysis } from '../page-data';
import { group } from 'd3';
import { cooccurrence } from '../transcript/cooccurrence';
import { tallySpeakers } from '../transcript/speakers';
import { findTerm } from '../transcript/terms';
import { themeBySection } from '../transcript/themeFigures';
import type { Mention, Paragraph, ThemeStats, Turn } from '../transcript/types';
import {
	CLAUSE_KEYS,
	CLAUSE_SOURCE,
	hasClause,
	isEmptySelection,
	termTopic,
	type ClauseKey,
	type SelectionState,
	type TopicKey,
	type ViewId
} from './state';

/** A mention of a topic: a theme's mention from the analysis, or a term's found here. */
export interface TopicMention extends Omit<Mention, 'theme'> {
	topic: TopicKey;
}

/** A heatmap column and a conversation track: a theme, or a term the reader added. */
export type Topic = { key: TopicKey; kind: 'theme'; theme: ThemeStats; themeIndex: number } | { key: TopicKey; kind: 'term'; term: string; termIndex: number };

export interface SpeakerShareRow {
	speaker: string;
	turns: number;
	units: number;
	/** Share of the units in the filtered turns, 0..1 (0 when nothing is left). */
	share: number;
	estimatedMinutes: number;
	/** Where the analysis's timing is measured: minutes of the filtered turns, and their share of the time. */
	measuredMinutes?: number;
	timeShare?: number;
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
	topic: TopicKey;
	/** Mentions of the topic in the section (within the filter). */
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
	/** 1-based place of the paragraph in its turn. */
	paragraphNumber: number;
	/** Mentions of every topic inside this paragraph, by start offset. */
	mentions: TopicMention[];
}

/** What the quote panel's count is in: the unit of the mark that was clicked. */
export type QuoteCountUnit = 'all' | 'mentions' | 'turns';

export interface QuoteSummary {
	unit: QuoteCountUnit;
	/** Mentions of the counted topics (unit 'mentions'), else turns. */
	count: number;
	turns: number;
	paragraphs: number;
}

export interface TermFigure {
	term: string;
	topic: TopicKey;
	/** Mentions within every other clause (the term view is not filtered by its own terms). */
	mentions: number;
	turns: number;
}

export interface DashboardView {
	/** The selection this view was computed for. */
	selection: SelectionState;
	/** Themes, then the reader's terms: the heatmap's columns and the conversation's tracks. */
	topics: Topic[];
	/** Turns matching every clause, in transcript order. */
	turnIds: Set<string>;
	/** Quote panel: the paragraphs behind the selection, in transcript order. */
	quotes: Quote[];
	quoteSummary: QuoteSummary;
	/** Topics whose marks the quote panel emphasises and whose mentions make a paragraph a quote. */
	emphasised: Set<TopicKey>;
	speakerShare: SpeakerShareRow[];
	sectionSpeakers: SectionSpeakerRow[];
	/** Sections × topics, section order then topic order. */
	heatmap: HeatmapCell[];
	/**
	 * The heatmap's largest count and rate with no clause applied: its colour scale keeps this
	 * range under a filter, so a shade means the same number whatever is selected.
	 */
	heatmapUnfilteredMax: HeatmapMax;
	/** Themes × themes, upper triangle with the diagonal. */
	matrix: MatrixCell[];
	/** Every topic mention, for the conversation chart's ticks. */
	mentions: TopicMention[];
	terms: TermFigure[];
}

/** The themes, then the terms, as topics: the heatmap's columns in order. */
export function topicsOf(themes: readonly ThemeStats[], terms: readonly string[] = []): Topic[] {
	return [
		...themes.map((theme, themeIndex) => ({ key: theme.id, kind: 'theme' as const, theme, themeIndex })),
		...terms.map((term, termIndex) => ({ key: termTopic(term), kind: 'term' as const, term, termIndex }))
	];
}

export interface HeatmapMax {
	count: number;
	per10k: number;
}

/** Indexes built once per analysis and set of terms; the view is recomputed on every click. */
export interface AnalysisIndex {
	terms: readonly string[];
	/** The heatmap's maxima over every turn (see DashboardView.heatmapUnfilteredMax). */
	heatmapMax: HeatmapMax;
	topics: Topic[];
	mentions: TopicMention[];
	topicsByTurn: Map<string, Set<TopicKey>>;
	mentionsByParagraph: Map<string, TopicMention[]>;
	paragraphNumber: Map<string, number>;
}

export function indexAnalysis(analysis: DashboardAnalysis, terms: readonly string[] = []): AnalysisIndex {
	const mentions: TopicMention[] = analysis.mentions.map(({ theme, ...rest }) => ({ ...rest, topic: theme }));
	for (const term of terms) {
		const topic = termTopic(term);
		for (const found of findTerm(analysis.turns, term)) mentions.push({ ...found, topic });
	}
	const topicsByTurn = new Map<string, Set<TopicKey>>();
	const mentionsByParagraph = new Map<string, TopicMention[]>();
	for (const mention of mentions) {
		let topics = topicsByTurn.get(mention.turn);
		if (!topics) topicsByTurn.set(mention.turn, (topics = new Set()));
		topics.add(mention.topic);
		let list = mentionsByParagraph.get(mention.paragraph);
		if (!list) mentionsByParagraph.set(mention.paragraph, (list = []));
		list.push(mention);
	}
	for (const list of mentionsByParagraph.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
	const paragraphNumber = new Map<string, number>();
	for (const turn of analysis.turns) turn.paragraphs.forEach((paragraph, i) => paragraphNumber.set(paragraph.id, i + 1));
	const index: AnalysisIndex = {
		terms,
		heatmapMax: { count: 0, per10k: 0 },
		topics: topicsOf(analysis.themes, terms),
		mentions,
		topicsByTurn,
		mentionsByParagraph,
		paragraphNumber
	};
	for (const cell of heatmap(analysis, analysis.turns, index)) {
		index.heatmapMax.count = Math.max(index.heatmapMax.count, cell.count);
		index.heatmapMax.per10k = Math.max(index.heatmapMax.per10k, cell.per10k);
	}
	return index;
}

/** Whether a turn passes one clause of the selection. */
const CLAUSE_TESTS: Record<ClauseKey, (turn: Turn, selection: SelectionState, topics: ReadonlySet<TopicKey> | undefined) => boolean> = {
	speaker: (turn, s) => turn.speaker === s.speaker,
	section: (turn, s) => turn.section === s.section,
	cell: (turn, s, topics) => turn.section === s.cell!.section && topics?.has(s.cell!.topic) === true,
	pair: (turn, s, topics) => topics?.has(s.pair![0]) === true && topics.has(s.pair![1]),
	terms: (turn, s, topics) => s.terms.some((term) => topics?.has(termTopic(term)))
};

/** The turns a view draws: those passing every clause it did not make. */
export function turnsForView(
	analysis: DashboardAnalysis,
	selection: SelectionState,
	index: AnalysisIndex,
	view: ViewId
): Turn[] {
	const clauses = CLAUSE_KEYS.filter((key) => hasClause(selection, key) && CLAUSE_SOURCE[key] !== view);
	if (clauses.length === 0) return analysis.turns;
	return analysis.turns.filter((turn) => {
		const topics = index.topicsByTurn.get(turn.id);
		return clauses.every((key) => CLAUSE_TESTS[key](turn, selection, topics));
	});
}

/** Topics the selection names: their marks are emphasised and only paragraphs with one are quotes. */
function emphasisedTopics(selection: SelectionState): Set<TopicKey> {
	const topics = new Set<TopicKey>();
	if (selection.cell) topics.add(selection.cell.topic);
	for (const id of selection.pair ?? []) topics.add(id);
	for (const term of selection.terms) topics.add(termTopic(term));
	return topics;
}

/**
 * The topics the quote count is in mentions of, or null when it counts turns: the heatmap cell's
 * topic (its number is mentions), else the terms (their figures are mentions) unless a matrix
 * cell (its number is turns) is selected.
 */
function countedTopics(selection: SelectionState): Set<TopicKey> | null {
	if (selection.cell) return new Set([selection.cell.topic]);
	if (selection.pair) return null;
	if (selection.terms.length > 0) return new Set(selection.terms.map(termTopic));
	return null;
}

export function dashboardView(
	analysis: DashboardAnalysis,
	selection: SelectionState,
	index: AnalysisIndex = indexAnalysis(analysis, selection.terms)
): DashboardView {
	const turnsFor = (view: ViewId) => turnsForView(analysis, selection, index, view);
	const selectedTurns = turnsFor('quotes');
	const emphasised = emphasisedTopics(selection);
	const quotes = quotesFor(selectedTurns, emphasised, index);

	return {
		selection,
		topics: index.topics,
		turnIds: new Set(selectedTurns.map((turn) => turn.id)),
		quotes,
		quoteSummary: summarise(quotes, selectedTurns.length, selection),
		emphasised,
		speakerShare: speakerShare(analysis, turnsFor('speaker-share')),
		sectionSpeakers: sectionSpeakers(analysis, turnsFor('section-speakers')),
		heatmap: heatmap(analysis, turnsFor('theme-heatmap'), index),
		heatmapUnfilteredMax: index.heatmapMax,
		matrix: matrix(analysis, turnsFor('cooccurrence-matrix'), index),
		mentions: index.mentions,
		terms: termFigures(turnsFor('terms'), index)
	};
}

function quotesFor(turns: Turn[], emphasised: Set<TopicKey>, index: AnalysisIndex): Quote[] {
	const quotes: Quote[] = [];
	for (const turn of turns) {
		for (const paragraph of turn.paragraphs) {
			const mentions = index.mentionsByParagraph.get(paragraph.id) ?? [];
			// With a topic in the selection, only the paragraphs that carry one are quotes.
			if (emphasised.size > 0 && !mentions.some((m) => emphasised.has(m.topic))) continue;
			quotes.push({ turn, paragraph, paragraphNumber: index.paragraphNumber.get(paragraph.id) ?? 1, mentions });
		}
	}
	return quotes;
}

function summarise(quotes: Quote[], turns: number, selection: SelectionState): QuoteSummary {
	const paragraphs = quotes.length;
	if (isEmptySelection(selection)) return { unit: 'all', count: turns, turns, paragraphs };
	const counted = countedTopics(selection);
	if (!counted) return { unit: 'turns', count: turns, turns, paragraphs };
	let count = 0;
	for (const quote of quotes) for (const mention of quote.mentions) if (counted.has(mention.topic)) count++;
	return { unit: 'mentions', count, turns, paragraphs };
}

/** The build's own arithmetic (tallySpeakers) over the filtered turns, so the figures agree. */
function speakerShare(analysis: DashboardAnalysis, turns: Turn[]): SpeakerShareRow[] {
	return tallySpeakers(turns, analysis.speakers.map((speaker) => speaker.id), analysis.unit, analysis.rate);
}

function sectionSpeakers(analysis: DashboardAnalysis, turns: Turn[]): SectionSpeakerRow[] {
	const speakerIds = analysis.speakers.map((speaker) => speaker.id);
	// Grouped once: filtering every turn for every section is sections × turns (minutes at 100,000 turns).
	const bySection = group(turns, (turn) => turn.section);
	return analysis.sections.flatMap((section) =>
		tallySpeakers(
			bySection.get(section.index) ?? [],
			speakerIds,
			analysis.unit,
			analysis.rate
		).map(({ speaker, turns, units, share }) => ({ section: section.index, speaker, turns, units, share }))
	);
}

/** In section order, then topic order: row by row, as the heatmap draws it. */
function heatmap(analysis: DashboardAnalysis, turns: Turn[], index: AnalysisIndex): HeatmapCell[] {
	const figures = themeBySection(
		turns,
		index.mentions.map((mention) => ({ ...mention, theme: mention.topic })),
		index.topics.map((topic) => topic.key),
		analysis.sections.map((section) => section.index),
		[]
	);
	const byKey = new Map(figures.map((row) => [`${row.section}\u0000${row.theme}`, row]));
	return analysis.sections.flatMap((section) =>
		index.topics.map((topic) => {
			const { count, per10k } = byKey.get(`${section.index}\u0000${topic.key}`)!;
			return { section: section.index, topic: topic.key, count, per10k };
		})
	);
}

function matrix(analysis: DashboardAnalysis, turns: Turn[], index: AnalysisIndex): MatrixCell[] {
	const units = turns.map((turn) => ({ id: turn.id, themes: index.topicsByTurn.get(turn.id) ?? new Set<string>() }));
	return cooccurrence(units, analysis.themes.map((theme) => theme.id), 'turn').map(({ a, b, count, ids, lift }) => ({
		a,
		b,
		count,
		turnIds: ids,
		lift
	}));
}

function termFigures(turns: Turn[], index: AnalysisIndex): TermFigure[] {
	const inView = new Set(turns.map((turn) => turn.id));
	return index.terms.map((term) => {
		const topic = termTopic(term);
		const own = index.mentions.filter((mention) => mention.topic === topic && inView.has(mention.turn));
		return { term, topic, mentions: own.length, turns: new Set(own.map((mention) => mention.turn)).size };
	});
}
