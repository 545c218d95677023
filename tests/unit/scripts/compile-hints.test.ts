import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { shiftMapOneLine } from '../../../scripts/vite-plugin-compile-hints';

describe('the compile hint’s source-map shift', () => {
	it('maps the code one line lower to the same original places, and nothing on the hint’s line', () => {
		// A map for two generated lines: line 1 column 0 → a.ts 10:4 named "start"; line 2 column 6 → a.ts 12:0.
		// (VLQ: "AASIA" is [0, 0, 9, 4, 0]; ";MAEJ" is column 6, same source, +2 lines, -4 columns.)
		const map = JSON.stringify({ version: 3, file: 'x.js', names: ['start'], sources: ['a.ts'], sourcesContent: ['…'], mappings: 'AASIA;MAEJ' });
		const shifted = JSON.parse(shiftMapOneLine(map));
		expect({ ...shifted, mappings: undefined }).toEqual({ ...JSON.parse(map), mappings: undefined });
		const before = new SourceMapConsumer(JSON.parse(map));
		const after = new SourceMapConsumer(shifted);
		expect(before.originalPositionFor({ line: 1, column: 0 })).toEqual({ source: 'a.ts', line: 10, column: 4, name: 'start' });
		expect(after.originalPositionFor({ line: 2, column: 0 })).toEqual({ source: 'a.ts', line: 10, column: 4, name: 'start' });
		expect(after.originalPositionFor({ line: 3, column: 6 })).toEqual({ source: 'a.ts', line: 12, column: 0, name: null });
		expect(after.originalPositionFor({ line: 1, column: 0 }).source).toBeNull();
	});
});
