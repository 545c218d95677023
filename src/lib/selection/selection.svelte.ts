/**
 * The one owner of the linked selection on a page. The URL query is the only source of truth:
 * the selection is derived from it, never stored beside it. A click computes the next query and
 * hands it to `navigate` (a new history entry, so Back undoes it); the page tells the selection
 * which query is current on load and on every Back and Forward (`follow`). Nothing reads the
 * state and writes it back. Handed down by context, never a module singleton: prerendering
 * runs many pages in one process.
 */
import { getContext, setContext } from 'svelte';
import {
	clearClauses,
	isEmptySelection,
	isSelectedCell,
	orderPair,
	selectionFromParams,
	selectionToSearch,
	toggleCell,
	togglePair,
	toggleSection,
	toggleSpeaker,
	toggleTerm,
	withHeatmapMode,
	type DroppedParam,
	type HeatmapCellClause,
	type HeatmapMode,
	type KnownIds,
	type SelectionState
} from './state';
import { termKey } from '../transcript/terms';
import { KeyedFlags } from './keyed-flags.svelte';

export type Navigate = (search: string) => void;

const cellKey = (cell: HeatmapCellClause) => `${cell.section}\u0000${cell.topic}`;
const pairKey = (a: string, b: string) => (a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export class Selection {
	/** The query string the page shows ('' or '?…'): everything else here is derived from it. */
	#search = $state('');
	readonly #known: () => KnownIds;
	readonly #navigate: Navigate | undefined;

	readonly #parsed = $derived.by(() => selectionFromParams(new URLSearchParams(this.#search), this.#known()));
	/** The known ids as one string: equal until the ids change (a click leaves them alone). */
	readonly #knownKey = $derived.by(() => {
		const { speakers, sections, themes } = this.#known();
		return [speakers.join('\u0001'), sections.join('\u0001'), themes.join('\u0001')].join('\u0002');
	});

	// Per-key flags of each clause, set whenever the query changes here (`follow`, a click). They
	// stand for the state parsed with the known ids of `#flagsKnown`: should the ids change with
	// no new query (another transcript in the same page), the `is…` methods answer from the state
	// itself until the next `follow` or click sets the flags again. Before the first `follow` (the
	// server's render) they answer from the state too.
	readonly #speakers = new KeyedFlags();
	readonly #sections = new KeyedFlags();
	readonly #cells = new KeyedFlags();
	readonly #pairs = new KeyedFlags();
	readonly #terms = new KeyedFlags();
	#flagsKnown: string | undefined;

	/**
	 * @param known ids from the analysis, to drop unknown ones read from a URL
	 * @param navigate records a new query string in the browser's history (the page passes
	 *   SvelteKit's pushState); without it the selection only changes in memory (component tests)
	 */
	constructor(known: () => KnownIds, navigate?: Navigate) {
		this.#known = known;
		this.#navigate = navigate;
	}

	/** The selection, as the current query says. */
	get state(): SelectionState {
		return this.#parsed.state;
	}

	/** Parameters of the current query that were not used, with the reason: shown as a notice. */
	get dropped(): DroppedParam[] {
		return this.#parsed.dropped;
	}

	get isEmpty(): boolean {
		return isEmptySelection(this.state);
	}

	/** The current selection as a canonical query string ('' when empty), for links that keep it. */
	get search(): string {
		return selectionToSearch(this.state);
	}

	/** The page reports the query it shows: on load, and on Back and Forward. */
	follow(search: string): void {
		this.#search = search;
		this.#setFlags();
	}

	/**
	 * The `is…` questions of the marks: each depends on its own key's flag only, so a click wakes
	 * the marks whose answer changed (the one selected and the one that was), not all of them.
	 */
	isSpeaker(speaker: string): boolean {
		return this.#flagsValid() ? this.#speakers.is(speaker) : this.state.speaker === speaker;
	}

	isSection(section: number): boolean {
		return this.#flagsValid() ? this.#sections.is(String(section)) : this.state.section === section;
	}

	isCell(cell: HeatmapCellClause): boolean {
		return this.#flagsValid() ? this.#cells.is(cellKey(cell)) : isSelectedCell(this.state, cell);
	}

	isPair(a: string, b: string): boolean {
		if (this.#flagsValid()) return this.#pairs.is(pairKey(a, b));
		const pair = this.state.pair;
		return pair !== null && ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a));
	}

	hasTerm(term: string): boolean {
		return this.#flagsValid() ? this.#terms.is(termKey(term)) : this.state.terms.some((t) => termKey(t) === termKey(term));
	}

	/** The flags stand for the current state (depends on the known ids only, which a click leaves alone). */
	#flagsValid(): boolean {
		return this.#flagsKnown !== undefined && this.#flagsKnown === this.#knownKey;
	}

	/** Sets every clause's flags from the current state (outside any reaction: a click or `follow`). */
	#setFlags(): void {
		const state = this.state;
		this.#speakers.set(state.speaker === null ? [] : [state.speaker]);
		this.#sections.set(state.section === null ? [] : [String(state.section)]);
		this.#cells.set(state.cell === null ? [] : [cellKey(state.cell)]);
		this.#pairs.set(state.pair === null ? [] : [pairKey(state.pair[0], state.pair[1])]);
		this.#terms.set(state.terms.map(termKey));
		this.#flagsKnown = this.#knownKey;
	}

	/** Each toggle selects a value, or clears it when it is already selected. */
	toggleSpeaker(speaker: string): void {
		this.#go(toggleSpeaker(this.state, speaker));
	}

	toggleSection(section: number): void {
		this.#go(toggleSection(this.state, section));
	}

	toggleCell(cell: HeatmapCellClause): void {
		this.#go(toggleCell(this.state, cell));
	}

	togglePair(a: string, b: string): void {
		this.#go(togglePair(this.state, orderPair(a, b, this.#known().themes)));
	}

	toggleTerm(term: string): void {
		this.#go(toggleTerm(this.state, term));
	}

	setHeatmapMode(mode: HeatmapMode): void {
		this.#go(withHeatmapMode(this.state, mode));
	}

	clear(): void {
		this.#go(clearClauses(this.state));
	}

	/** A click: the next query goes to the history, and the page now shows it. */
	#go(next: SelectionState): void {
		const search = selectionToSearch(next);
		this.#navigate?.(search);
		this.#search = search;
		this.#setFlags();
	}
}

const SELECTION_CONTEXT = Symbol('parley.selection');

export function setSelectionContext(selection: Selection): Selection {
	return setContext(SELECTION_CONTEXT, selection);
}

export function getSelectionContext(): Selection {
	const selection = getContext<Selection | undefined>(SELECTION_CONTEXT);
	if (!selection) throw new Error('getSelectionContext() called outside a page that set a Selection');
	return selection;
}
