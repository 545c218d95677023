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

export type Navigate = (search: string) => void;

export class Selection {
	/** The query string the page shows ('' or '?…'): everything else here is derived from it. */
	#search = $state('');
	readonly #known: () => KnownIds;
	readonly #navigate: Navigate | undefined;

	readonly #parsed = $derived.by(() => selectionFromParams(new URLSearchParams(this.#search), this.#known()));

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
	}

	isSpeaker(speaker: string): boolean {
		return this.state.speaker === speaker;
	}

	isSection(section: number): boolean {
		return this.state.section === section;
	}

	isCell(cell: HeatmapCellClause): boolean {
		return isSelectedCell(this.state, cell);
	}

	isPair(a: string, b: string): boolean {
		const pair = this.state.pair;
		return pair !== null && ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a));
	}

	hasTerm(term: string): boolean {
		return this.state.terms.some((t) => termKey(t) === termKey(term));
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
