/**
 * Small pieces the one-pass figures share (themeFigures, cooccurrence, speakers, analyse): each
 * keeps d3's or the built-in method's answer while allocating less. Pure; knows nothing about
 * Svelte, the DOM or the file system.
 */

/** A value as d3's sum adds it: numbers only, NaN (and what is not a number) counts as 0. */
export function addable(value: unknown): number {
	const number = +(value as number);
	return number ? number : 0;
}

/** Position of each distinct value, the first where it repeats. */
export function firstPositions<T>(values: readonly T[]): Map<T, number> {
	const positions = new Map<T, number>();
	values.forEach((value, index) => {
		if (!positions.has(value)) positions.set(value, index);
	});
	return positions;
}

/**
 * Sorts `items` in place by `key`, ascending and stable, as `items.sort((a, b) => key(a) - key(b))`
 * does. A list of a few (a paragraph's mentions, a unit's themes) gets an insertion sort, as
 * Array.prototype.sort allocates a work array per call; it is quadratic, so longer lists get the
 * built-in sort.
 */
export function sortFewByKey<T>(items: T[], key: (item: T) => number): T[] {
	if (items.length > 16) return items.sort((a, b) => key(a) - key(b));
	for (let i = 1; i < items.length; i++) {
		const item = items[i]!;
		const at = key(item);
		let j = i - 1;
		// Stable: an item moves only past later-keyed ones.
		for (; j >= 0 && key(items[j]!) > at; j--) items[j + 1] = items[j]!;
		items[j + 1] = item;
	}
	return items;
}
