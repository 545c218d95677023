/**
 * Each script its own glyphs: with the site's stylesheet (src/app.css), the curly apostrophe in
 * English text is drawn by a Latin font, narrow (well under half an em), not full width by the
 * CJK font as it was ("We’ re"); Chinese text keeps the CJK font's full-width punctuation. Measured
 * in Chromium with the fonts installed on the machine (fonts-noto-cjk, Liberation, DejaVu).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { useBrowser } from './use-browser';

const browser = useBrowser();
const CSS = readFileSync(resolve(import.meta.dirname, '../../src/app.css'), 'utf8');

/** Width of the first "’" in the element, in ems of its font size. */
async function apostropheEm(html: string, pageLang: string): Promise<number> {
	const { page, close, assertClean } = await openPage(browser());
	try {
		await page.setContent(`<!doctype html><html lang="${pageLang}"><head><style>${CSS}</style></head><body style="font-size:40px">${html}</body></html>`);
		const width = await page.evaluate(() => {
			const target = document.getElementById('target')!;
			const text = target.firstChild as Text;
			const at = text.data.indexOf('’');
			const range = document.createRange();
			range.setStart(text, at);
			range.setEnd(text, at + 1);
			return range.getBoundingClientRect().width / parseFloat(getComputedStyle(target).fontSize);
		});
		assertClean();
		return width;
	} finally {
		await close();
	}
}

describe('the apostrophe in English and Chinese text', { timeout: 30_000 }, () => {
	it('is narrow in an English quote, in an English page and in a Chinese one', async () => {
		expect(await apostropheEm('<blockquote id="target" lang="en">We’re here and it’s late.</blockquote>', 'en')).toBeLessThan(0.5);
		expect(await apostropheEm('<blockquote id="target" lang="en">We’re here and it’s late.</blockquote>', 'zh')).toBeLessThan(0.5);
	});

	it('stays full width in Chinese text (the CJK font comes first there)', async () => {
		expect(await apostropheEm('<p id="target" lang="zh">他说’好’。</p>', 'en')).toBeGreaterThan(0.8);
	});
});
