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
 * flag per key asked about: a click flips the flags of the keys that changed and no others, so
 * a mark that asks `is(its key)` is woken only when its own answer changes, not by every click.
 */
export class KeyedFlags {
	#flags = new Map<string, Flag>();
	#on = new Set<string>();

	/** Whether `key` is selected, as of the last `set`; reads (and so depends on) its flag only. */
	is(key: string): boolean {
		let flag = this.#flags.get(key);
		if (!flag) this.#flags.set(key, (flag = new Flag(this.#on.has(key))));
		return flag.on;
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
		return flipped;
	}
}

