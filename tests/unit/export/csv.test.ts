import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/lib/export/csv';

describe('a chart table as CSV', () => {
	it('starts with a UTF-8 byte-order mark and ends each row with CRLF', () => {
		const csv = tableCsv({ columns: ['Speaker', 'Share'], rows: [{ header: '奥特曼', cells: ['53%'] }] });
		expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv).toBe('\ufeffSpeaker,Share\r\n奥特曼,53%\r\n');
	});

	it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
		const csv = tableCsv({
			columns: ['Speaker', 'Characters'],
			rows: [
				{ header: 'Say "hi", then', cells: ['2,622'] },
				{ header: 'two\nlines', cells: [{ text: 'a\r\nb' }] }
			]
		});
		expect(csv).toBe('\ufeffSpeaker,Characters\r\n"Say ""hi"", then","2,622"\r\n"two\nlines","a\r\nb"\r\n');
	});

	it("defuses formulas: cells starting with = + - @ get a leading '", () => {
		const csv = tableCsv({
			columns: ['=HYPERLINK("x")', 'b'],
			rows: [{ header: '@SUM(A1)', cells: ['+1', '-1', 'a=b', '=1,2'] }]
		});
		expect(csv).toBe(`\ufeff"'=HYPERLINK(""x"")",b\r\n'@SUM(A1),'+1,'-1,a=b,"'=1,2"\r\n`);
	});

	it('has one line per row plus the header, and the row header first', () => {
		const csv = tableCsv({
			columns: ['Section', 'Compute', 'Cost'],
			rows: [
				{ header: 'Section 01', cells: ['0 (0)', '6 (49.5)'] },
				{ header: 'Section 02', cells: ['3 (23.5)', '0 (0)'] }
			]
		});
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toEqual(['Section,Compute,Cost', 'Section 01,0 (0),6 (49.5)', 'Section 02,3 (23.5),0 (0)', '']);
	});
});
