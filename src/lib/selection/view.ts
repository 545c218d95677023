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
 *
 * A click costs in proportion to what it selects, not to the transcript: the index (built once per
 * analysis and set of terms) lists the turns of each speaker, section and topic and the mentions
 * of each turn, so a view's turns come from the shortest list its clauses name, and a view no
 * clause filters reuses the figures computed once for every turn.
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
	/** Each speaker's, section's and topic's turns, in transcript order. */
	turnsBySpeaker: Map<string, Turn[]>;
	turnsBySection: Map<number, Turn[]>;
	turnsByTopic: Map<TopicKey, Turn[]>;
	/** A turn's place in the transcript (to merge lists back into transcript order). */
	turnOrder: Map<string, number>;
	/** Each turn's topic mentions, as themeBySection reads them (the topic as `theme`). */
	mentionsByTurn: Map<string, (TopicMention & { theme: TopicKey })[]>;
	/** Figures over every turn, computed once when first asked for (see unfiltered()). */
	unfiltered: Partial<UnfilteredFigures>;
	/** Each paragraph's quote and each set of emphasised topics, made once: a click re-lists the same objects. */
	quotes: Map<string, Quote>;
	emphasised: Map<string, Set<TopicKey>>;
}

/** What a view no clause filters shows: the same for every click, so computed once. */
interface UnfilteredFigures {
	turnIds: Set<string>;
	speakerShare: SpeakerShareRow[];
	sectionSpeakers: SectionSpeakerRow[];
	heatmap: HeatmapCell[];
	matrix: MatrixCell[];
	terms: TermFigure[];
}

/** Appends `value` to the list under `key`, starting the list when there is none. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function indexAnalysis(analysis: DashboardAnalysis, terms: readonly string[] = []): AnalysisIndex {
	const mentions: TopicMention[] = analysis.mentions.map(({ theme, ...rest }) => ({ ...rest, topic: theme }));
	for (const term of terms) {
		const topic = termTopic(term);
		for (const found of findTerm(analysis.turns, term)) mentions.push({ ...found, topic });
	}
	const topicsByTurn = new Map<string, Set<TopicKey>>();
	const mentionsByParagraph = new Map<string, TopicMention[]>();
	const mentionsByTurn = new Map<string, (TopicMention & { theme: TopicKey })[]>();
	for (const mention of mentions) {
		let topics = topicsByTurn.get(mention.turn);
		if (!topics) topicsByTurn.set(mention.turn, (topics = new Set()));
		topics.add(mention.topic);
		push(mentionsByParagraph, mention.paragraph, mention);
		push(mentionsByTurn, mention.turn, { ...mention, theme: mention.topic });
	}
	for (const list of mentionsByParagraph.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
	const paragraphNumber = new Map<string, number>();
	const turnsBySpeaker = new Map<string, Turn[]>();
	const turnsBySection = new Map<number, Turn[]>();
	const turnsByTopic = new Map<TopicKey, Turn[]>();
	const turnOrder = new Map<string, number>();
	analysis.turns.forEach((turn, order) => {
		turn.paragraphs.forEach((paragraph, i) => paragraphNumber.set(paragraph.id, i + 1));
		push(turnsBySpeaker, turn.speaker, turn);
		push(turnsBySection, turn.section, turn);
		for (const topic of topicsByTurn.get(turn.id) ?? []) push(turnsByTopic, topic, turn);
		turnOrder.set(turn.id, order);
	});
	const index: AnalysisIndex = {
		terms,
		heatmapMax: { count: 0, per10k: 0 },
		topics: topicsOf(analysis.themes, terms),
		mentions,
		topicsByTurn,
		mentionsByParagraph,
		paragraphNumber,
		turnsBySpeaker,
		turnsBySection,
		turnsByTopic,
		turnOrder,
		mentionsByTurn,
		unfiltered: {},
		quotes: new Map(),
		emphasised: new Map()
	};
	for (const cell of unfiltered(index, 'heatmap', () => heatmap(analysis, analysis.turns, index))) {
		index.heatmapMax.count = Math.max(index.heatmapMax.count, cell.count);
		index.heatmapMax.per10k = Math.max(index.heatmapMax.per10k, cell.per10k);
	}
	return index;
}

/** A figure over every turn: computed the first time, then the same object on every click. */
function unfiltered<K extends keyof UnfilteredFigures>(index: AnalysisIndex, key: K, compute: () => UnfilteredFigures[K]): UnfilteredFigures[K] {
	return (index.unfiltered[key] ??= compute());
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
	const clauses = clausesFor(selection, view);
	if (clauses.length === 0) return analysis.turns;
	// The shortest list a clause names holds every turn that passes; the clauses then test each.
	const candidates = clauses.map((key) => candidateTurns(selection, index, key)).reduce((a, b) => (b.length < a.length ? b : a));
	return candidates.filter((turn) => {
		const topics = index.topicsByTurn.get(turn.id);
		return clauses.every((key) => CLAUSE_TESTS[key](turn, selection, topics));
	});
}

/** The clauses that filter a view: every present clause it did not make. */
function clausesFor(selection: SelectionState, view: ViewId): ClauseKey[] {
	return CLAUSE_KEYS.filter((key) => hasClause(selection, key) && CLAUSE_SOURCE[key] !== view);
}

const NO_TURNS: Turn[] = [];

/** Turns that may pass a clause (all that do, maybe more), in transcript order, from the index. */
function candidateTurns(selection: SelectionState, index: AnalysisIndex, key: ClauseKey): Turn[] {
	switch (key) {
		case 'speaker':
			return index.turnsBySpeaker.get(selection.speaker!) ?? NO_TURNS;
		case 'section':
			return index.turnsBySection.get(selection.section!) ?? NO_TURNS;
		case 'cell': {
			const inSection = index.turnsBySection.get(selection.cell!.section) ?? NO_TURNS;
			const withTopic = index.turnsByTopic.get(selection.cell!.topic) ?? NO_TURNS;
			return withTopic.length < inSection.length ? withTopic : inSection;
		}
		case 'pair': {
			const [a, b] = selection.pair!.map((topic) => index.turnsByTopic.get(topic) ?? NO_TURNS) as [Turn[], Turn[]];
			return a.length < b.length ? a : b;
		}
		case 'terms': {
			const lists = selection.terms.map((term) => index.turnsByTopic.get(termTopic(term)) ?? NO_TURNS);
			if (lists.length === 1) return lists[0]!;
			// Any of the terms: the lists together, once each, back in transcript order.
			return [...new Set(lists.flat())].sort((x, y) => index.turnOrder.get(x.id)! - index.turnOrder.get(y.id)!);
		}
	}
}

/** Topics the selection names: their marks are emphasised and only paragraphs with one are quotes. */
function emphasisedTopics(selection: SelectionState, index: AnalysisIndex): Set<TopicKey> {
	const topics = new Set<TopicKey>();
	if (selection.cell) topics.add(selection.cell.topic);
	for (const id of selection.pair ?? []) topics.add(id);
	for (const term of selection.terms) topics.add(termTopic(term));
	// The same Set for the same topics, so the quotes' marks are not redrawn when they stay.
	const key = [...topics].join('\u0000');
	const known = index.emphasised.get(key);
	if (known) return known;
	index.emphasised.set(key, topics);
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
	/** A view's figure: computed from its turns, or the one computed for every turn when no clause filters it. */
	const figure = <K extends keyof UnfilteredFigures>(view: ViewId, key: K, compute: (turns: Turn[]) => UnfilteredFigures[K]) =>
		clausesFor(selection, view).length === 0 ? unfiltered(index, key, () => compute(analysis.turns)) : compute(turnsFor(view));
	const selectedTurns = turnsFor('quotes');
	const emphasised = emphasisedTopics(selection, index);
	const quotes = quotesFor(selectedTurns, emphasised, index);

	return {
		selection,
		topics: index.topics,
		turnIds: figure('quotes', 'turnIds', (turns) => new Set(turns.map((turn) => turn.id))),
		quotes,
		quoteSummary: summarise(quotes, selectedTurns.length, selection),
		emphasised,
		speakerShare: figure('speaker-share', 'speakerShare', (turns) => speakerShare(analysis, turns)),
		sectionSpeakers: figure('section-speakers', 'sectionSpeakers', (turns) => sectionSpeakers(analysis, turns)),
		heatmap: figure('theme-heatmap', 'heatmap', (turns) => heatmap(analysis, turns, index)),
		heatmapUnfilteredMax: index.heatmapMax,
		matrix: figure('cooccurrence-matrix', 'matrix', (turns) => matrix(analysis, turns, index)),
		mentions: index.mentions,
		terms: figure('terms', 'terms', (turns) => termFigures(turns, index))
	};
}

function quotesFor(turns: Turn[], emphasised: Set<TopicKey>, index: AnalysisIndex): Quote[] {
	const quotes: Quote[] = [];
	for (const turn of turns) {
		for (const paragraph of turn.paragraphs) {
			const mentions = index.mentionsByParagraph.get(paragraph.id) ?? [];
			// With a topic in the selection, only the paragraphs that carry one are quotes.
			if (emphasised.size > 0 && !mentions.some((m) => emphasised.has(m.topic))) continue;
			let quote = index.quotes.get(paragraph.id);
			if (!quote) index.quotes.set(paragraph.id, (quote = { turn, paragraph, paragraphNumber: index.paragraphNumber.get(paragraph.id) ?? 1, mentions }));
			quotes.push(quote);
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
		// Only the mentions inside these turns: the rest would be counted out one by one.
		turns.flatMap((turn) => index.mentionsByTurn.get(turn.id) ?? []),
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
	const figures = index.terms.map((term) => ({ term, topic: termTopic(term), mentions: 0, turns: 0 }));
	if (figures.length === 0) return figures;
	for (const turn of turns) {
		const own = index.mentionsByTurn.get(turn.id);
		if (!own) continue;
		for (const figure of figures) {
			const count = own.reduce((n, mention) => n + (mention.topic === figure.topic ? 1 : 0), 0);
			figure.mentions += count;
			if (count > 0) figure.turns++;
		}
	}
	return figures;
}
