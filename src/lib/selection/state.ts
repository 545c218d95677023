/**
 * The linked selection as plain data, and its URL form. Knows nothing about Svelte or the DOM.
 *
 * A selection is a set of clauses, each made by one view (as in Mosaic's selections): the
 * speaker bars make `speaker`, the section bars (and the conversation chart's section numbers)
 * make `section`, a heatmap cell makes `cell` (a section and a topic together), a matrix cell
 * makes `pair`, the term search and the keyword lists make `terms`. Every present clause narrows
 * the quotes (clauses combine with AND; the terms of the one term clause with OR). Charts are
 * cross-filtered: a view is never filtered by a clause it made (see `CLAUSE_SOURCE`), so the mark
 * that was clicked stays visible beside its siblings.
 *
 * Besides clauses, the URL carries how the view is drawn (`rate`: the heatmap's count or
 * per-10,000 figures), so a link reproduces exactly what was on screen.
 */
import { normaliseTerm, termKey } from '../transcript/terms';

/** The views on the dashboard that can make a clause or draw a filtered figure. */
export type ViewId =
	| 'speaker-share'
	| 'section-speakers'
	| 'theme-heatmap'
	| 'cooccurrence-matrix'
	| 'conversation'
	| 'terms'
	| 'quotes';

/**
 * A topic is what a heatmap column and a highlighted mark stand for: a theme (its id) or a term
 * typed by the reader (`term:` + the term as typed). Theme ids are ASCII letters, digits, `_` and
 * `-`, so the prefix never collides with one.
 */
export type TopicKey = string;
export const TERM_PREFIX = 'term:';

export function termTopic(term: string): TopicKey {
	return `${TERM_PREFIX}${term}`;
}

/** The term of a term topic, or null for a theme. */
export function topicTerm(topic: TopicKey): string | null {
	return topic.startsWith(TERM_PREFIX) ? topic.slice(TERM_PREFIX.length) : null;
}

export interface HeatmapCellClause {
	section: number;
	topic: TopicKey;
}

export type HeatmapMode = 'count' | 'per10k';

export interface SelectionState {
	/** Speaker id, e.g. 'altman' (made by the speaker bars). */
	speaker: string | null;
	/** Section index (Section.index), made by the section bars or the conversation's section numbers. */
	section: number | null;
	/** A heatmap cell: a section and a topic together. */
	cell: HeatmapCellClause | null;
	/** Two theme ids from the matrix, in theme order; equal on the diagonal. */
	pair: [string, string] | null;
	/** Terms typed or picked by the reader: a paragraph with any of them matches. Distinct by termKey. */
	terms: string[];
	/** How the heatmap is drawn; not a clause (it narrows nothing). */
	heatmapMode: HeatmapMode;
}

export type ClauseKey = 'speaker' | 'section' | 'cell' | 'pair' | 'terms';

/** The view that makes each clause: it is the one view that clause never filters. */
export const CLAUSE_SOURCE: Readonly<Record<ClauseKey, ViewId>> = Object.freeze({
	speaker: 'speaker-share',
	section: 'section-speakers',
	cell: 'theme-heatmap',
	pair: 'cooccurrence-matrix',
	terms: 'terms'
});

export const CLAUSE_KEYS = Object.keys(CLAUSE_SOURCE) as ClauseKey[];

export const EMPTY_SELECTION: Readonly<SelectionState> = Object.freeze({
	speaker: null,
	section: null,
	cell: null,
	pair: null,
	terms: [],
	heatmapMode: 'count'
});

/** The query parameter names. */
export const PARAMS = {
	speaker: 'speaker',
	section: 'section',
	cell: 'cell',
	pair: 'pair',
	terms: 'term',
	heatmapMode: 'rate'
} as const satisfies Record<keyof SelectionState, string>;

/**
 * Parameters a host page adds to an embed's URL, never the selection's: pym.js's parent adds
 * `initialWidth`, `childId`, `parentTitle` and `parentUrl` to every child. They are ignored
 * silently (no "dropped parameter" notice); anything else unknown is still reported.
 */
export const HOST_PARAMS: readonly string[] = Object.freeze(['initialWidth', 'childId', 'parentTitle', 'parentUrl']);

/** At most this many terms at once: each adds a heatmap column and a conversation track. */
export const MAX_TERMS = 5;
/** Longer values are not ids, and are not echoed in full in a notice either (code points). */
const MAX_ECHO = 40;
/**
 * Parameters read from one URL. A full selection needs at most 16 (six single clauses, five terms,
 * pym's four, one spare); a link with hundreds is not a selection, and each would be a notice.
 */
export const MAX_PARAMS = 24;

// Control characters and bidi overrides in an echoed value would garble the notice around it.
const UNECHOABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** A value as a notice shows it: at most MAX_ECHO code points, control characters as U+FFFD. */
function echo(value: string): string {
	const chars = [...value.replace(UNECHOABLE, '\ufffd')];
	return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : chars.join('');
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const SECTION_PATTERN = /^\d{1,6}$/;

/** Ids that can be checked against the analysis; unknown ids are dropped, not trusted. */
export interface KnownIds {
	speakers: readonly string[];
	sections: readonly number[];
	themes: readonly string[];
}

/** The ids a transcript's analysis defines. */
export function knownIds(analysis: {
	speakers: readonly { id: string }[];
	sections: readonly { index: number }[];
	themes: readonly { id: string }[];
}): KnownIds {
	return {
		speakers: analysis.speakers.map((speaker) => speaker.id),
		sections: analysis.sections.map((section) => section.index),
		themes: analysis.themes.map((theme) => theme.id)
	};
}

/** A query parameter that was not used, and why: shown to the reader, never silently lost. */
export interface DroppedParam {
	name: string;
	/** The value as given, cut to 40 code points, control characters as U+FFFD. Plain text: escaped where rendered. */
	value: string;
	reason: 'unknown-parameter' | 'malformed' | 'unknown-speaker' | 'unknown-section' | 'unknown-theme' | 'repeated' | 'too-many-terms' | 'too-many-parameters';
}

export interface ParsedSelection {
	state: SelectionState;
	dropped: DroppedParam[];
}

/**
 * Reads a selection from a URL query. Anything malformed, unknown or repeated is dropped and
 * reported, so a hand-edited or stale link still opens a working (less selected) view and the
 * reader is told what was left out.
 */
export function selectionFromParams(params: URLSearchParams, known: KnownIds): ParsedSelection {
	const dropped: DroppedParam[] = [];
	const drop = (name: string, value: string, reason: DroppedParam['reason']) =>
		dropped.push({ name: echo(name), value: echo(value), reason });

	const seen = new Set<string>();
	/** The one value of a single-valued parameter; a repeat is dropped. */
	const single = (name: string, value: string): boolean => {
		if (seen.has(name)) {
			drop(name, value, 'repeated');
			return false;
		}
		seen.add(name);
		return true;
	};

	const state: SelectionState = { ...EMPTY_SELECTION, terms: [] };
	const termKeys = new Set<string>();
	const cellTexts: string[] = [];

	let read = 0;
	for (const [name, value] of params) {
		if (++read > MAX_PARAMS) {
			// One notice for the rest, naming the first parameter left unread.
			drop(name, value, 'too-many-parameters');
			break;
		}
		switch (name) {
			case PARAMS.speaker:
				if (!single(name, value)) break;
				if (!ID_PATTERN.test(value)) drop(name, value, 'malformed');
				else if (!known.speakers.includes(value)) drop(name, value, 'unknown-speaker');
				else state.speaker = value;
				break;
			case PARAMS.section: {
				if (!single(name, value)) break;
				const section = parseSection(value);
				if (section === null) drop(name, value, 'malformed');
				else if (!known.sections.includes(section)) drop(name, value, 'unknown-section');
				else state.section = section;
				break;
			}
			case PARAMS.pair: {
				if (!single(name, value)) break;
				const ids = value.split(',');
				if (ids.length !== 2 || !ids.every((id) => ID_PATTERN.test(id))) drop(name, value, 'malformed');
				else if (!ids.every((id) => known.themes.includes(id))) drop(name, value, 'unknown-theme');
				else state.pair = orderPair(ids[0]!, ids[1]!, known.themes);
				break;
			}
			case PARAMS.terms: {
				const term = normaliseTerm(value);
				if (term === null) drop(name, value, 'malformed');
				else if (termKeys.has(termKey(term))) drop(name, value, 'repeated');
				else if (state.terms.length >= MAX_TERMS) drop(name, value, 'too-many-terms');
				else {
					termKeys.add(termKey(term));
					state.terms.push(term);
				}
				break;
			}
			case PARAMS.cell:
				// Read after the terms: a term cell needs its term.
				if (single(name, value)) cellTexts.push(value);
				break;
			case PARAMS.heatmapMode:
				if (!single(name, value)) break;
				if (value === 'count' || value === 'per10k') state.heatmapMode = value;
				else drop(name, value, 'malformed');
				break;
			default:
				if (!HOST_PARAMS.includes(name)) drop(name, value, 'unknown-parameter');
		}
	}

	for (const value of cellTexts) {
		const cell = parseCell(value);
		if (!cell) drop(PARAMS.cell, value, 'malformed');
		else if (!known.sections.includes(cell.section)) drop(PARAMS.cell, value, 'unknown-section');
		else {
			const term = topicTerm(cell.topic);
			const known_ = term === null ? known.themes.includes(cell.topic) : termKeys.has(termKey(term));
			if (!known_) drop(PARAMS.cell, value, 'unknown-theme');
			else {
				// The cell names its term as the term clause spells it, so the two stay one topic.
				const spelled = term === null ? cell.topic : termTopic(state.terms.find((t) => termKey(t) === termKey(term))!);
				state.cell = { section: cell.section, topic: spelled };
			}
		}
	}
	return { state, dropped };
}

function parseSection(text: string): number | null {
	return SECTION_PATTERN.test(text) ? Number(text) : null;
}

/** `3,compute` or `3,term:机器人`: the section, a comma, the topic. */
function parseCell(text: string): HeatmapCellClause | null {
	const comma = text.indexOf(',');
	if (comma < 0) return null;
	const section = parseSection(text.slice(0, comma));
	const topic = text.slice(comma + 1);
	if (section === null) return null;
	if (topicTerm(topic) === null ? !ID_PATTERN.test(topic) : normaliseTerm(topicTerm(topic)!) === null) return null;
	return { section, topic };
}

/** A pair in theme order, so `cost,compute` and `compute,cost` are one clause and one URL. */
export function orderPair(a: string, b: string, themeOrder: readonly string[]): [string, string] {
	return themeOrder.indexOf(a) <= themeOrder.indexOf(b) ? [a, b] : [b, a];
}

/** Writes a selection as query parameters, in a fixed order so equal selections give equal URLs. */
export function selectionToParams(state: SelectionState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.speaker) params.set(PARAMS.speaker, state.speaker);
	if (state.section !== null) params.set(PARAMS.section, String(state.section));
	if (state.cell) params.set(PARAMS.cell, `${state.cell.section},${state.cell.topic}`);
	if (state.pair) params.set(PARAMS.pair, state.pair.join(','));
	for (const term of state.terms) params.append(PARAMS.terms, term);
	if (state.heatmapMode !== 'count') params.set(PARAMS.heatmapMode, state.heatmapMode);
	return params;
}

/**
 * The query string with its leading '?', or '' for an empty selection. The comma inside `pair`
 * and `cell` stays readable (`?pair=compute,cost`); everything else is percent-encoded.
 */
export function selectionToSearch(state: SelectionState): string {
	const text = selectionToParams(state).toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}

/** True when no clause is set (the heatmap's mode is not a clause). */
export function isEmptySelection(state: SelectionState): boolean {
	return CLAUSE_KEYS.every((key) => !hasClause(state, key));
}

export function hasClause(state: SelectionState, key: ClauseKey): boolean {
	return key === 'terms' ? state.terms.length > 0 : state[key] !== null;
}

function sameCell(a: HeatmapCellClause | null, b: HeatmapCellClause | null): boolean {
	return a === b || (a !== null && b !== null && a.section === b.section && a.topic === b.topic);
}

/** Selecting the speaker already selected clears it: a second click undoes the first. */
export function toggleSpeaker(state: SelectionState, speaker: string): SelectionState {
	return { ...state, speaker: state.speaker === speaker ? null : speaker };
}

export function toggleSection(state: SelectionState, section: number): SelectionState {
	return { ...state, section: state.section === section ? null : section };
}

export function toggleCell(state: SelectionState, cell: HeatmapCellClause): SelectionState {
	return { ...state, cell: sameCell(state.cell, cell) ? null : cell };
}

export function togglePair(state: SelectionState, pair: [string, string]): SelectionState {
	const same = state.pair !== null && state.pair[0] === pair[0] && state.pair[1] === pair[1];
	return { ...state, pair: same ? null : pair };
}

/**
 * Adds a term, or removes it when it is there already (compared by termKey). Removing a term
 * also removes a heatmap cell that stood for it: the cell's column is gone.
 */
export function toggleTerm(state: SelectionState, raw: string): SelectionState {
	const term = normaliseTerm(raw);
	if (term === null) return state;
	const key = termKey(term);
	const present = state.terms.some((t) => termKey(t) === key);
	if (!present && state.terms.length >= MAX_TERMS) return state;
	const terms = present ? state.terms.filter((t) => termKey(t) !== key) : [...state.terms, term];
	const cellTerm = state.cell ? topicTerm(state.cell.topic) : null;
	const cell = present && cellTerm !== null && termKey(cellTerm) === key ? null : state.cell;
	return { ...state, terms, cell };
}

export function withHeatmapMode(state: SelectionState, heatmapMode: HeatmapMode): SelectionState {
	return { ...state, heatmapMode };
}

/** Clears every clause; how the heatmap is drawn stays as it is. */
export function clearClauses(state: SelectionState): SelectionState {
	return { ...EMPTY_SELECTION, terms: [], heatmapMode: state.heatmapMode };
}

export function isSelectedCell(state: SelectionState, cell: HeatmapCellClause): boolean {
	return sameCell(state.cell, cell);
}
