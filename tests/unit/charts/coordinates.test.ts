import { describe, expect, it } from 'vitest';
import { coordinate, percent } from '../../../src/lib/charts/coordinates';

describe('chart coordinates as the page writes them', () => {
	it('rounds to a thousandth, halves away from zero for positives', () => {
		expect(coordinate(28.571428571428573)).toBe(28.571);
		expect(coordinate(0.9209060527292982)).toBe(0.921);
		expect(coordinate(57.80346820809249)).toBe(57.803);
		expect(coordinate(100)).toBe(100);
		expect(coordinate(0)).toBe(0);
		expect(coordinate(-12.34567)).toBe(-12.346);
		expect(percent(13.294797687861273)).toBe('13.295%');
		expect(percent(50)).toBe('50%');
	});

	it('writes no more than three decimals for any share of 0-100, within half a thousandth', () => {
		// Every n/d for d up to 400: the shares a band scale or a turn's length gives.
		for (let d = 1; d <= 400; d++) {
			for (let n = 0; n <= d; n++) {
				const value = (n / d) * 100;
				const written = String(coordinate(value));
				expect(written).toMatch(/^\d+(\.\d{1,3})?$/);
				expect(Math.abs(Number(written) - value)).toBeLessThanOrEqual(0.0005 + 1e-12);
			}
		}
	});

	it('leaves out what a band scale does not place (undefined), as the attribute was before', () => {
		expect(coordinate(undefined)).toBeUndefined();
		expect(percent(undefined)).toBeUndefined();
	});
});
