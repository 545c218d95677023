/**
 * A value computed from the selection that wakes what reads it only when it really changes.
 *
 * When a signal changes, Svelte first marks everything downstream of it as possibly changed,
 * before any derived value is recomputed, and walks a node again for every path that reaches it.
 * A click changes the selection's query, so every derived value downstream of the view was on
 * that walk, with every mark drawn from it: the conversation's scales (its domain comes from the
 * topics) and each turn's name, reached by several paths each: some 190,000 visits a click at
 * 5,000 turns, for values that had not changed. A settled value is a signal of its own, written
 * (before the DOM is updated) only when the value differs, so what reads it is off that walk
 * until the value really changes.
 *
 * Call during component initialisation. On the server, and until the first update in the
 * browser, it is the value `read` gives when created.
 */
import { untrack } from 'svelte';

export function settled<T>(read: () => T, equal: (a: T, b: T) => boolean = Object.is): { readonly current: T } {
	let value = $state.raw(untrack(read));
	$effect.pre(() => {
		const next = read();
		if (!untrack(() => equal(value, next))) value = next;
	});
	return {
		get current() {
			return value;
		}
	};
}
