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
 * With `late`, a change made while `late()` is true is taken in a task after the next paint
 * instead (`afterPaint`): a chart out of sight follows a click a frame after the
 * charts in view, so the click's own frame lays out only what can be seen.
 *
 * Call during component initialisation. On the server, and until the first update in the
 * browser, it is the value `read` gives when created.
 */
import { untrack } from 'svelte';

/**
 * Runs `run` in a task after the next paint (a task queued from requestAnimationFrame runs after
 * that frame is painted); the returned function cancels it.
 */
export function afterPaint(run: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(run);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

export function settled<T>(read: () => T, equal: (a: T, b: T) => boolean = Object.is, late?: () => boolean): { readonly current: T } {
	let value = $state.raw(untrack(read));
	$effect.pre(() => {
		const next = read();
		if (untrack(() => equal(value, next))) return;
		if (!late || !untrack(late)) {
			value = next;
			return;
		}
		// Late (a part out of sight): taken after the next paint, unless a newer change comes first.
		return afterPaint(() => (value = next));
	});
	return {
		get current() {
			return value;
		}
	};
}

/**
 * A value that follows `read` one frame late: a change is taken in a task after the next paint.
 * For a part of the page that a click changes but that need not be in the click's own frame
 * (the quote panel: twenty new paragraphs to build and lay out): the charts answer in that frame,
 * and this part in the next. `pending` is true while the value lags (the part says so with
 * `aria-busy`). A newer change cancels the one waiting. Call during component initialisation;
 * on the server it is the value `read` gives when created.
 */
export function afterNextPaint<T>(read: () => T): { readonly current: T; readonly pending: boolean } {
	let value = $state.raw(untrack(read));
	let pending = $state(false);
	$effect.pre(() => {
		const next = read();
		if (untrack(() => value) === next) {
			pending = false;
			return;
		}
		pending = true;
		return afterPaint(() => {
			value = next;
			pending = false;
		});
	});
	return {
		get current() {
			return value;
		},
		get pending() {
			return pending;
		}
	};
}
