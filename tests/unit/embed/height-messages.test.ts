import { describe, expect, it } from 'vitest';
import { cssPixels, embedSizeMessage, heightMessages, pymHeightMessage } from '../../../src/lib/embed/height-messages';

describe('height messages to the host page', () => {
	it.each([
		[480, 480],
		[480.2, 481],
		[0, 0],
		[-5, 0],
		[Number.NaN, 0],
		[Number.POSITIVE_INFINITY, 0]
	])('a height of %s px is sent as %s whole CSS pixels', (height, expected) => {
		expect(cssPixels(height)).toBe(expected);
	});

	it.each([
		// pym.js's own format, as its child's sendHeight writes it (pym.js 1.3: 'pym' + xPYMx + id + xPYMx + type + xPYMx + message).
		['example-1', 612, 'pymxPYMxexample-1xPYMxheightxPYMx612'],
		['chart', 99.5, 'pymxPYMxchartxPYMxheightxPYMx100']
	])('pym: child %s at %s px', (childId, height, expected) => {
		expect(pymHeightMessage(childId, height)).toBe(expected);
		// What @newswire/frames reads: the third part is 'height', the fourth the number.
		expect(expected.split(/xPYMx/).slice(2)).toEqual(['height', String(Math.ceil(height))]);
	});

	it.each([
		[612, { sentinel: 'amp', type: 'embed-size', height: 612 }],
		[0.4, { sentinel: 'amp', type: 'embed-size', height: 1 }]
	])('AMP embed-size at %s px', (height, expected) => {
		expect(embedSizeMessage(height)).toEqual(expected);
	});

	it.each([
		[null, [{ sentinel: 'amp', type: 'embed-size', height: 300 }]],
		['', [{ sentinel: 'amp', type: 'embed-size', height: 300 }]],
		['c1', [{ sentinel: 'amp', type: 'embed-size', height: 300 }, 'pymxPYMxc1xPYMxheightxPYMx300']]
	])('child id %j: posts %j', (childId, expected) => {
		expect(heightMessages(300, childId)).toEqual(expected);
	});
});
