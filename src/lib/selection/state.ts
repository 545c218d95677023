/**
 * The linked selection as plain data, and its URL form. Knows nothing about Svelte or the DOM.
 *
 * A selection is a set of clauses (speaker, section, theme, theme pair); every present clause
 * narrows the quotes (they combine with AND). Charts are cross-filtered: a chart is not filtered
 * by the clause it owns, so the bar you clicked stays visible next to its siblings.
 */

export interface SelectionState {
	/** Speaker id, e.g. 'altman'. */
	speaker: string | null;
	/** Section index (Section.index). */
	section: number | null;
	/** Theme id. */
	theme: string | null;
	/** Two theme ids, sorted (a <= b in theme order is the caller's job; the URL keeps the order given). May be equal (diagonal). */
	pair: [string, string] | null;
}

export type SelectionKey = keyof SelectionState;

export const EMPTY_SELECTION: Readonly<SelectionState> = Object.freeze({
	speaker: null,
	section: null,
	theme: null,
	pair: null
});

/** The query parameter names, one per clause. */
export const SELECTION_PARAMS = {
	speaker: 'speaker',
	section: 'section',
	theme: 'theme',
	pair: 'pair'
} as const satisfies Record<SelectionKey, string>;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids that can be checked against the analysis; unknown ids are dropped, not trusted. */
export interface KnownIds {
	speakers: readonly string[];
	sections: readonly number[];
	themes: readonly string[];
}

/**
 * Reads a selection from a URL query. Anything malformed or unknown is ignored, so a hand-edited
 * or stale link still opens a working (less selected) view instead of an error.
 */
export function selectionFromParams(params: URLSearchParams, known?: KnownIds): SelectionState {
	const speaker = cleanId(params.get(SELECTION_PARAMS.speaker));
	const theme = cleanId(params.get(SELECTION_PARAMS.theme));
	const sectionText = params.get(SELECTION_PARAMS.section);
	const section = sectionText !== null && /^\d{1,4}$/.test(sectionText) ? Number(sectionText) : null;
	const pairParts = (params.get(SELECTION_PARAMS.pair) ?? '').split(',').map(cleanId);
	const pair: [string, string] | null =
		pairParts.length === 2 && pairParts[0] && pairParts[1] ? [pairParts[0], pairParts[1]] : null;

	const state: SelectionState = { speaker, section, theme, pair };
	if (!known) return state;
	return {
		speaker: state.speaker && known.speakers.includes(state.speaker) ? state.speaker : null,
		section: state.section !== null && known.sections.includes(state.section) ? state.section : null,
		theme: state.theme && known.themes.includes(state.theme) ? state.theme : null,
		pair:
			state.pair && state.pair.every((id) => known.themes.includes(id)) ? state.pair : null
	};
}

/** Writes a selection as query parameters, in a fixed order so equal selections give equal URLs. */
export function selectionToParams(state: SelectionState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.speaker) params.set(SELECTION_PARAMS.speaker, state.speaker);
	if (state.section !== null) params.set(SELECTION_PARAMS.section, String(state.section));
	if (state.theme) params.set(SELECTION_PARAMS.theme, state.theme);
	if (state.pair) params.set(SELECTION_PARAMS.pair, state.pair.join(','));
	return params;
}

/**
 * The query string with its leading '?', or '' for an empty selection. Ids are restricted to
 * URL-safe characters, so the pair keeps its readable comma (`?pair=compute,cost`).
 */
export function selectionToSearch(state: SelectionState): string {
	const parts = [...selectionToParams(state)].map(
		([key, value]) => `${key}=${value.split(',').map(encodeURIComponent).join(',')}`
	);
	return parts.length ? `?${parts.join('&')}` : '';
}

export function isEmptySelection(state: SelectionState): boolean {
	return !state.speaker && state.section === null && !state.theme && !state.pair;
}

export function sameValue<K extends SelectionKey>(
	a: SelectionState[K],
	b: SelectionState[K]
): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a[0] === b[0] && a[1] === b[1];
	return a === b;
}

/** Selecting the value already selected clears that clause: a second click undoes the first. */
export function toggleClause<K extends SelectionKey>(
	state: SelectionState,
	key: K,
	value: SelectionState[K]
): SelectionState {
	const next = { ...state };
	next[key] = sameValue(state[key], value) ? (EMPTY_SELECTION[key] as SelectionState[K]) : value;
	return next;
}

/**
 * Select several clauses at once (a heatmap cell is a section and a theme). When every given
 * clause already has the given value, they are all cleared instead: a second click undoes the first.
 * A clause given as null is cleared either way.
 */
export function toggleClauses(state: SelectionState, clauses: Partial<SelectionState>): SelectionState {
	const keys = Object.keys(clauses) as SelectionKey[];
	const allSame = keys.every((key) => sameValue(state[key], clauses[key] ?? null));
	const next: SelectionState = { ...state };
	for (const key of keys) {
		(next as Record<SelectionKey, unknown>)[key] = allSame ? EMPTY_SELECTION[key] : (clauses[key] ?? null);
	}
	return next;
}

function cleanId(value: string | null | undefined): string | null {
	return value && ID_PATTERN.test(value) ? value : null;
}
