/** Time-axis ticks and clock labels, against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { formatClock, timeTicks } from '../../../src/lib/charts/time-axis';

describe('formatClock', () => {
	it.each([
		[0, '0:00'],
		[7.5, '0:07'],
		[65.25, '1:05'],
		[600, '10:00'],
		[3599.9, '59:59'],
		[3600, '1:00:00'],
		[3725, '1:02:05']
	])('%s s → %s', (seconds, clock) => expect(formatClock(seconds)).toBe(clock));
});

describe('timeTicks', () => {
	it.each([
		[65.25, [0, 10, 20, 30, 40, 50, 60]],
		[21, [0, 5, 10, 15, 20]],
		// Over two minutes, minutes: 5 min 30 s → every minute.
		[330, [0, 60, 120, 180, 240, 300]],
		// 47 minutes → every 10 minutes.
		[47 * 60, [0, 600, 1200, 1800, 2400]],
		// 2 h 5 min → every 20 minutes.
		[125 * 60, [0, 1200, 2400, 3600, 4800, 6000, 7200]],
		[0, [0]]
	])('%s s → %j', (seconds, ticks) => expect(timeTicks(seconds)).toEqual(ticks));
});
