/**
 * Server-renders a component the way the dashboard page composes it: a Selection in context that
 * shows a query, and the view computed for it. A selection is given either as a partial state
 * (written to its canonical query, then read back as the page would read its URL) or as a raw
 * query string (to test what a hand-edited link does).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { DashboardAnalysis } from '../../src/lib/page-data';
import { EMPTY_SELECTION, selectionToSearch, type SelectionState } from '../../src/lib/selection/state';
import Harness from './Harness.svelte';

/** A partial selection, or a query string such as '?speaker=nobody'. */
export type Selected = Partial<SelectionState> | string;

export function searchOf(selected: Selected): string {
	return typeof selected === 'string' ? selected : selectionToSearch({ ...EMPTY_SELECTION, terms: [], ...selected });
}

export function renderWithSelection<P extends object>(
	component: Component<P>,
	analysis: DashboardAnalysis,
	props: Omit<NoInfer<P>, 'view'>,
	selected: Selected = {}
): string {
	// The harness is generic; svelte/server's render cannot infer P through it.
	const { body } = render(Harness as unknown as Component<Record<string, unknown>>, {
		props: { component, analysis, props, search: searchOf(selected) }
	});
	return body;
}
