/**
 * Number formats for chart labels, accessible names and data tables: one place, so a bar, its
 * name and its table row always print the same figure. Pure; knows nothing about Svelte.
 */
import { format } from 'd3';

const wholePercent = format('.0%');
const grouped = format(',');
const oneDecimal = format(',.1f');
const twoDecimals = format('.2f');

/** A share 0..1 as a whole percent ("53%"); a non-zero share that rounds to 0 reads "<1%". */
export function formatPercent(share: number): string {
	if (share > 0 && share < 0.005) return '<1%';
	return wholePercent(share);
}

/** Whole minutes, for estimates: 12.4 → "12"; a non-zero value under half a minute reads "<1". */
export function formatMinutes(minutes: number): string {
	if (minutes > 0 && minutes < 0.5) return '<1';
	return grouped(Math.round(minutes));
}

/** Counts with thousands separators: 12345 → "12,345". */
export function formatCount(count: number): string {
	return grouped(count);
}

/** A rate per 10,000 units with one decimal: 3.25 → "3.3"; 0 stays "0". */
export function formatPer10k(value: number): string {
	return value === 0 ? '0' : oneDecimal(value);
}

/** Co-occurrence lift as a multiplier ("1.80×"); null (undefined lift) reads "n/a". */
export function formatLift(lift: number | null): string {
	return lift === null ? 'n/a' : `${twoDecimals(lift)}×`;
}
