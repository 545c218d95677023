/**
 * Per-key "is it selected?" signals for the marks of the linked selection (see Selection): a
 * mark that asks about its own key depends on that key's flag alone.
 */

/** One mark's answer to "am I selected?": a signal of its own. */
class Flag {
	on = $state(false);
	constructor(on: boolean) {
		this.on = on;
	}
}

/**
 * Which keys of one clause are selected (a speaker id, a section, a cell, a pair, a term), as a
 * flag per key: a click flips the flags of the keys that changed and no others, so a mark that
 * asks `is(its key)` is woken only when its own answer changes, not by every click.
 *
 * Flags are made in `set` (a click, Back), never while a mark is being drawn: Svelte does not
 * track a signal in the reaction that created it, so a flag made on a mark's first question
 * would never wake that mark. A key asked about before it has a flag depends on `#asked` until
 * the next `set` makes its flag and wakes it once (the first click wakes every mark once).
 */
export class KeyedFlags {
	#flags = new Map<string, Flag>();
	#on = new Set<string>();
	/** Keys asked about that have no flag yet. */
	#waiting = new Set<string>();
	/** Bumped when `set` makes the flags of waiting keys: their marks ask again, and track them. */
	#asked = $state(0);

	/** Whether `key` is selected, as of the last `set`; depends on its flag only (once made). */
	is(key: string): boolean {
		const flag = this.#flags.get(key);
		if (flag) return flag.on;
		this.#waiting.add(key);
		void this.#asked;
		return this.#on.has(key);
	}

	/** The selected keys now: flips the flags whose answer changes, and returns those keys. */
	set(keys: readonly string[]): string[] {
		const next = new Set(keys);
		const flipped: string[] = [];
		for (const key of this.#on) if (!next.has(key)) flipped.push(key);
		for (const key of next) if (!this.#on.has(key)) flipped.push(key);
		this.#on = next;
		for (const key of flipped) {
			const flag = this.#flags.get(key);
			if (flag) flag.on = next.has(key);
		}
		if (this.#waiting.size > 0) {
			for (const key of this.#waiting) this.#flags.set(key, new Flag(next.has(key)));
			this.#waiting.clear();
			this.#asked++;
		}
		return flipped;
	}
}
