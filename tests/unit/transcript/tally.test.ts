/**
 * The shared pieces of the one-pass figures (src/lib/transcript/tally.ts), each against the method
 * it stands in for: the built-in stable sort, d3's sum, a first-index search.
 */
import fc from 'fast-check';
import { sum } from 'd3';
import { describe, expect, it } from 'vitest';
import { addable, firstPositions, sortFewByKey } from '../../../src/lib/transcript/tally';

describe('tally', () => {
	it('sortFewByKey orders as the built-in stable sort does, for short lists and long ones', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
				// Equal keys keep their order: each item carries its place in the input.
				const items = keys.map((key, place) => ({ key, place }));
				const expected = [...items].sort((a, b) => a.key - b.key);
				expect(sortFewByKey([...items], (item) => item.key)).toEqual(expected);
			}),
			{ numRuns: 500 }
		);
	});

	it('addable adds as d3.sum does: numbers only, NaN and non-numbers as nothing', () => {
		const values = [3, 0, -2.5, NaN, undefined, null, '4', 'x', Infinity];
		expect(values.reduce<number>((total, value) => total + addable(value), 0)).toBe(sum(values as number[]));
	});

	it('firstPositions gives each value the index of its first appearance', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (values) => {
				const positions = firstPositions(values);
				expect([...positions.keys()].sort()).toEqual([...new Set(values)].sort());
				for (const [value, at] of positions) expect(at).toBe(values.indexOf(value));
			})
		);
	});
});
