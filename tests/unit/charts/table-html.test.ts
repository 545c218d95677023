import { describe, expect, it } from 'vitest';
import { escapeHtml, tableRowsHtml } from '../../../src/lib/charts/table-html';

describe('escapeHtml', () => {
	it.each([
		{ text: 'plain', expected: 'plain' },
		{ text: '<script>alert("x")</script>', expected: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' },
		{ text: "Tom & Jerry's", expected: 'Tom &amp; Jerry&#39;s' },
		{ text: '&lt; already', expected: '&amp;lt; already' },
		{ text: '中文 · 对话', expected: '中文 · 对话' }
	])('$text', ({ text, expected }) => expect(escapeHtml(text)).toBe(expected));
});

describe('tableRowsHtml', () => {
	it('writes a row header, cells, numeric classes and links, all escaped', () => {
		const html = tableRowsHtml(
			[
				{ header: 'A <b>', cells: ['1', { text: 'turn "2"', href: '../read/?a=1&b=2#t-2' }] },
				{ header: 'B', cells: [{ text: '<img src=x onerror=alert(1)>' }, '3'] }
			],
			[1]
		);
		expect(html).toBe(
			'<tr><th scope="row">A &lt;b&gt;</th><td class="numeric">1</td><td><a href="../read/?a=1&amp;b=2#t-2" rel="external">turn &quot;2&quot;</a></td></tr>' +
				'<tr><th scope="row">B</th><td class="numeric">&lt;img src=x onerror=alert(1)&gt;</td><td>3</td></tr>'
		);
	});

	it('writes nothing for no rows', () => expect(tableRowsHtml([])).toBe(''));
});
