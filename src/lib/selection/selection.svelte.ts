/**
 * The one owner of the linked selection on a page. The URL query is the source of truth:
 * a click writes the URL (so Back undoes it and a link reproduces the view), and the state
 * follows the URL. Handed down by context, never a module singleton: prerendering runs many
 * pages in one process.
 */
import { getContext, setContext } from 'svelte';
import {
	EMPTY_SELECTION,
	isEmptySelection,
	selectionFromParams,
	selectionToSearch,
	toggleClause,
	toggleClauses,
	type KnownIds,
	type SelectionKey,
	type SelectionState
} from './state';

export type Navigate = (search: string) => void;

export class Selection {
	speaker = $state<string | null>(null);
	section = $state<number | null>(null);
	theme = $state<string | null>(null);
	pair = $state<[string, string] | null>(null);

	readonly #known: KnownIds | undefined;
	readonly #navigate: Navigate | undefined;

	/**
	 * @param known ids from the analysis, to drop unknown ones read from a URL
	 * @param navigate writes the new query string (the page passes SvelteKit's pushState); without it
	 *   the selection only changes in memory (component tests, server rendering)
	 */
	constructor(known?: KnownIds, navigate?: Navigate) {
		this.#known = known;
		this.#navigate = navigate;
	}

	get state(): SelectionState {
		return { speaker: this.speaker, section: this.section, theme: this.theme, pair: this.pair };
	}

	get isEmpty(): boolean {
		return isEmptySelection(this.state);
	}

	/** The current selection as a query string ('' when empty), for links that keep it. */
	get search(): string {
		return selectionToSearch(this.state);
	}

	isSelected<K extends SelectionKey>(key: K, value: SelectionState[K]): boolean {
		const current = this.state[key];
		if (Array.isArray(current) && Array.isArray(value)) {
			return current[0] === value[0] && current[1] === value[1];
		}
		return current === value;
	}

	/** Select a value, or clear it when it is already selected. */
	toggle<K extends SelectionKey>(key: K, value: SelectionState[K]): void {
		this.#commit(toggleClause(this.state, key, value));
	}

	/** Select several clauses at once, or clear them all when they are already selected. */
	toggleMany(clauses: Partial<SelectionState>): void {
		this.#commit(toggleClauses(this.state, clauses));
	}

	clear(): void {
		this.#commit({ ...EMPTY_SELECTION });
	}

	/** Follow the URL (initial load, Back/Forward, a pasted link). */
	syncFromParams(params: URLSearchParams): void {
		this.#assign(selectionFromParams(params, this.#known));
	}

	#commit(next: SelectionState): void {
		if (this.#navigate) this.#navigate(selectionToSearch(next));
		// Assign at once too: the view must not wait for the navigation to settle.
		this.#assign(next);
	}

	#assign(next: SelectionState): void {
		this.speaker = next.speaker;
		this.section = next.section;
		this.theme = next.theme;
		this.pair = next.pair;
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
