import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/transcript/csv';

describe('toCsv', () => {
	const cases: { name: string; value: string | number | null; expected: string }[] = [
		{ name: 'plain text', value: '奥特曼', expected: '奥特曼' },
		{ name: 'a comma is quoted', value: 'a,b', expected: '"a,b"' },
		{ name: 'quotes are doubled', value: 'say "hi"', expected: '"say ""hi"""' },
		{ name: 'a newline is quoted', value: 'a\nb', expected: '"a\nb"' },
		{ name: 'null is empty', value: null, expected: '' },
		{ name: 'a negative number stays a number', value: -0.5, expected: '-0.5' },
		{ name: 'a formula is defused', value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
		{ name: 'a plus sign is defused', value: '+1 555', expected: "'+1 555" },
		{ name: 'an at sign is defused', value: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ name: 'a text minus is defused', value: '-cmd', expected: "'-cmd" }
	];
	for (const { name, value, expected } of cases) {
		it(name, () => {
			expect(toCsv({ name: 't', columns: ['x'], rows: [[value]] })).toBe(`x\r\n${expected}\r\n`);
		});
	}
});
