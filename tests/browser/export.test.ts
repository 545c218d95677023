/**
 * Exports in Chromium: on the dashboard with a speaker selected, every chart's SVG, PNG and CSV
 * buttons are pressed and the downloads checked against the page. SVG: well-formed XML, nothing
 * outside the file, the frame's texts and the selection line, every glyph from a font embedded in
 * the file, as many marks as the page draws, and (opened alone) a picture close to a screenshot
 * of the figure on the page. PNG: exactly twice the figure's CSS size, and the same picture. CSV:
 * the data table's cells, and for the heatmap figures worked out independently.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHART_KINDS, type ChartKind } from '../../src/lib/charts/kinds';
import { loadAnalysis } from '../../src/lib/server/content';
import { openHydrated, openPage, waitForHydration } from './browser';
import { chunkOf } from './built-chunks';
import { DASHBOARD, SLUG, englishAnalysis, sectionLabel } from './dashboard-page';
import { expectedFor } from './oracle';
import { useBrowser } from './use-browser';

const analysis = englishAnalysis();
// The English pages' tables give each section's title as written beside its translation.
const writtenTitle = new Map(loadAnalysis(SLUG).sections.map((section) => [section.index, section.title]));
const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SELECTION = '?speaker=altman';

/**
 * Screenshot comparisons (see meanDifference): the exports of the six charts measured 1.3–3.6
 * from the page; the same export moved down 8 px measured 12–33, and a blank picture 14–37. So 5
 * passes a faithful export with room for font rendering to vary and fails a misplaced or missing
 * layer; a PNG drawn before its fonts were ready (most text missing) measured 6–11. (A single
 * missing line of text moves it by only about 1: the text checks catch that.)
 */
const MAX_MEAN_DIFFERENCE = 5;

const figureOf = (page: Page, kind: ChartKind) => page.locator(`figure[data-chart="${kind}"]`);

async function frameText(page: Page, kind: ChartKind) {
	const figure = figureOf(page, kind);
	const text = async (selector: string) => ((await figure.locator(selector).first().textContent()) ?? '').trim();
	return { title: await text('.title'), subtitle: await text('.subtitle'), source: await text('figcaption .source'), hint: await text('.hint') };
}

/** Presses the chart's button for a format, by its accessible name, and returns the file. */
async function download(page: Page, kind: ChartKind, format: 'SVG' | 'PNG' | 'CSV'): Promise<{ name: string; bytes: Buffer }> {
	const { title } = await frameText(page, kind);
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${title} as ${format}`, exact: true }).click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The figure on the page as the export shows it (its export state), mouse away from any mark. */
async function figureScreenshot(page: Page, kind: ChartKind): Promise<{ png: Buffer; width: number; height: number }> {
	const figure = figureOf(page, kind);
	await page.mouse.move(0, 0);
	// The sticky selection bar would cover the figure's top once it is scrolled into view. Set
	// through the CSSOM: the page's policy refuses an added <style> element.
	await page.$$eval('.status-bar', (bars) => bars.forEach((bar) => (bar as HTMLElement).style.setProperty('position', 'static', 'important')));
	await figure.evaluate((f) => f.setAttribute('data-exporting', ''));
	try {
		const box = (await figure.boundingBox())!;
		return { png: await figure.screenshot({ animations: 'disabled', caret: 'hide' }), width: box.width, height: box.height };
	} finally {
		await figure.evaluate((f) => f.removeAttribute('data-exporting'));
	}
}

/** The PNG's size from its IHDR chunk (bytes 16–23), read without the page's code. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * How far apart two pictures of the same figure are: the mean absolute RGB difference (0–255) of
 * their 4×4-pixel block averages, over the area both cover; `b` is drawn at 1/`bScale` of its
 * pixels (a 2x PNG at CSS size), neither is stretched to fit the other. Averaging blocks leaves
 * out what no two renderings share exactly (anti-aliasing, text a fraction of a pixel apart: a
 * figure at a fractional page position is screenshot from the pixel it starts in) and keeps what
 * matters: where marks and lines of text are, and their colours.
 */
async function meanDifference(page: Page, a: Buffer, b: Buffer, bScale = 1): Promise<number> {
	return page.evaluate(
		async ([a, b, bScale]) => {
			const BLOCK = 4;
			// From a blob: URL, which the page's policy allows (img-src 'self' blob:), not data:.
			const load = async (base64: string) => {
				const image = new Image();
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				image.src = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
				await image.decode();
				return image;
			};
			const [first, second] = [await load(a), await load(b)];
			const width = Math.floor(Math.min(first.naturalWidth, Math.round(second.naturalWidth / bScale)) / BLOCK) * BLOCK;
			const height = Math.floor(Math.min(first.naturalHeight, Math.round(second.naturalHeight / bScale)) / BLOCK) * BLOCK;
			const blocks = (image: HTMLImageElement, scale: number) => {
				const canvas = document.createElement('canvas');
				canvas.width = width;
				canvas.height = height;
				const context = canvas.getContext('2d')!;
				context.fillStyle = '#fff';
				context.fillRect(0, 0, width, height);
				context.drawImage(image, 0, 0, image.naturalWidth / scale, image.naturalHeight / scale);
				const data = context.getImageData(0, 0, width, height).data;
				const means = new Float64Array((width / BLOCK) * (height / BLOCK) * 3);
				for (let y = 0; y < height; y++) {
					for (let x = 0; x < width; x++) {
						const block = (Math.floor(y / BLOCK) * (width / BLOCK) + Math.floor(x / BLOCK)) * 3;
						for (let c = 0; c < 3; c++) means[block + c]! += data[(y * width + x) * 4 + c]! / (BLOCK * BLOCK);
					}
				}
				return means;
			};
			const [p, q] = [blocks(first, 1), blocks(second, bScale)];
			let sum = 0;
			for (let i = 0; i < p.length; i++) sum += Math.abs(p[i]! - q[i]!);
			return sum / p.length;
		},
		[a.toString('base64'), b.toString('base64'), bScale] as const
	);
}

/** The SVG opened alone in a fresh page: a screenshot, its texts, marks and fonts. */
async function openSvgAlone(svg: string) {
	const watched = await openPage(browser());
	const { page } = watched;
	await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
	await page.evaluate(() => document.fonts.ready);
	const facts = await page.evaluate(() => {
		const root = document.querySelector('body > svg')!;
		const layers = [...root.children].filter((e) => e.tagName === 'svg');
		const shapes = (tag: string) => layers.reduce((n, layer) => n + [...layer.querySelectorAll(tag)].filter((e) => !e.closest('defs, pattern')).length, 0);
		const chars = new Set([...root.querySelectorAll('text')].flatMap((t) => [...(t.textContent ?? '')]).filter((c) => c.trim()));
		const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Parley Export Sans');
		const inRange = (face: FontFace, code: number) =>
			face.unicodeRange.split(',').some((part) => {
				const [from, to] = part.trim().slice(2).split('-');
				return code >= parseInt(from!, 16) && code <= parseInt(to ?? from!, 16);
			});
		return {
			width: root.getBoundingClientRect().width,
			height: root.getBoundingClientRect().height,
			marks: { rect: shapes('rect'), line: shapes('line'), path: shapes('path'), circle: shapes('circle') },
			facesLoaded: faces.filter((f) => f.status === 'loaded').length,
			facesEmbedded: faces.length,
			// Characters drawn that no embedded, loaded face covers (would need the reader's fonts).
			uncovered: [...chars].filter((c) => !faces.some((f) => f.status === 'loaded' && inRange(f, c.codePointAt(0)!)))
		};
	});
	const screenshot = await page.locator('body > svg').screenshot();
	await watched.close();
	watched.assertClean();
	return { ...facts, screenshot };
}

/**
 * The data table as the page shows it, once its disclosure is opened (the browser writes a
 * table's rows only while it is open): header row, then each row's header and cells.
 */
async function pageTable(page: Page, kind: ChartKind): Promise<string[][]> {
	const disclosure = figureOf(page, kind).locator('details.text-alternative');
	if (!(await disclosure.evaluate((details) => (details as HTMLDetailsElement).open))) await disclosure.locator('summary').click();
	return disclosure
		.locator('table')
		.evaluate((table) => [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

/** RFC 4180, written here so the export's own code is not its judge. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			(row = []), (field = ''), i++;
		} else field += c;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('exporting each chart', () => {
	it('every chart on the dashboard and in its embed has SVG, PNG and CSV buttons named for it, keyboard reachable, none in slides', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${DASHBOARD}${SELECTION}`);
		for (const kind of CHART_KINDS) {
			const { title } = await frameText(page, kind);
			for (const format of ['SVG', 'PNG', 'CSV']) {
				const button = page.getByRole('button', { name: `Download ${title} as ${format}`, exact: true });
				expect(await button.count(), `${kind} ${format}`).toBe(1);
				expect(await button.evaluate((b) => b.tagName === 'BUTTON' && b.tabIndex === 0 && !b.closest('[inert], [aria-hidden="true"]'))).toBe(true);
			}
		}
		// Keyboard: focus the first SVG button and press Enter: a download starts.
		await page.getByRole('button', { name: /^Download Who spoke how much as SVG$/ }).focus();
		const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(file.suggestedFilename()).toBe(`${SLUG}-speaker-share.svg`);
		// The same page state gives the same bytes (no timestamps, no random ids).
		const first = readFileSync((await file.path())!);
		const again = await download(page, 'speaker-share', 'SVG');
		expect(again.bytes.equals(first)).toBe(true);
		assertClean();
		await close();

		const embed = await openHydrated(browser(), `${baseUrl}/en/embed/${SLUG}/theme-heatmap/${SELECTION}`);
		const [embedFile] = await Promise.all([
			embed.page.waitForEvent('download'),
			embed.page.getByRole('button', { name: 'Download Themes by section as SVG', exact: true }).click()
		]);
		const embedSvg = readFileSync((await embedFile.path())!, 'utf8');
		expect(squash(embedSvg)).toContain(squash('Selected: 奥特曼'));
		embed.assertClean();
		await embed.close();

		const slides = await openHydrated(browser(), `${baseUrl}/present/${SLUG}/`);
		expect(await slides.page.getByRole('button', { name: /^Download / }).count()).toBe(0);
		await slides.close();
	});

	for (const kind of CHART_KINDS) {
		it(`${kind}: SVG, PNG and CSV show what the page shows`, async () => {
			const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${DASHBOARD}${SELECTION}`);
			const frame = await frameText(page, kind);
			const statusLine = ((await page.locator('.selection-status [role="status"]').textContent()) ?? '').trim();
			const speaker = analysis.speakers.find((s) => s.id === 'altman')!;
			expect(squash(statusLine)).toBe(squash(`Selected: ${speaker.label}`));

			// --- SVG
			const svgFile = await download(page, kind, 'SVG');
			expect(svgFile.name).toBe(`${SLUG}-${kind}.svg`);
			const svg = svgFile.bytes.toString('utf8');
			// Parsed in a blank tab: a document DOMParser makes on the dashboard is under the
			// dashboard's policy, which refuses the file's <style> (Chromium logs it as an error).
			const scratch = await page.context().newPage();
			const parsed = await scratch.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				const all = [...doc.querySelectorAll('*')];
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: doc.documentElement.tagName,
					texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
					references: all.flatMap((e) => [...e.attributes].filter((a) => /href$/.test(a.name) || a.value.includes('url(')).map((a) => a.value)),
					styleUrls: [...doc.querySelectorAll('style')].flatMap((s) => [...(s.textContent ?? '').matchAll(/url\(([^)]{0,40})/g)].map((m) => m[1]!)),
					imports: [...doc.querySelectorAll('style')].some((s) => /@import/.test(s.textContent ?? '')),
					foreign: doc.querySelectorAll('foreignObject, image, use[href^="http"], script').length
				};
			}, svg);
			await scratch.close();
			expect(parsed.error).toBeNull();
			expect(parsed.root).toBe('svg');
			// Nothing outside the file: only #ids and data: URLs, no @import, no web address but the namespace.
			for (const reference of parsed.references) expect(reference, kind).toMatch(/^(#|url\(#|data:)/);
			for (const url of parsed.styleUrls) expect(url, kind).toMatch(/^data:/);
			expect(parsed.imports).toBe(false);
			expect(parsed.foreign).toBe(0);
			expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/);

			const drawn = squash(parsed.texts.join(''));
			for (const text of [frame.title, frame.subtitle, frame.source, statusLine]) expect(drawn, `${kind}: “${text}”`).toContain(squash(text));
			expect(drawn).toContain(speaker.label);
			// Not in an image: the hint, the buttons, the data table.
			expect(drawn).not.toContain(squash(frame.hint));
			expect(parsed.texts.some((t) => ['SVG', 'PNG', 'CSV'].includes(t.trim()))).toBe(false);
			const caption = (await figureOf(page, kind).locator('.text-alternative caption').textContent())!.trim();
			expect(drawn).not.toContain(squash(caption));

			// As many marks as the page's chart layers draw.
			const pageMarks = await figureOf(page, kind).evaluate((figure) => {
				const count = (tag: string) => [...figure.querySelectorAll(`.chart svg ${tag}`)].filter((e) => !e.closest('defs, pattern') && getComputedStyle(e).display !== 'none').length;
				return { rect: count('rect'), line: count('line'), path: count('path'), circle: count('circle') };
			});
			const alone = await openSvgAlone(svg);
			expect(alone.marks, kind).toEqual(pageMarks);
			// Every character drawn has its glyphs in the file: no CJK font needed on the reader's machine.
			expect(alone.facesEmbedded).toBeGreaterThan(0);
			expect(alone.facesLoaded).toBe(alone.facesEmbedded);
			expect(alone.uncovered, kind).toEqual([]);

			// Opened alone, it looks like the figure on the page.
			const onPage = await figureScreenshot(page, kind);
			expect(Math.abs(alone.width - onPage.width), `${kind} width`).toBeLessThanOrEqual(2);
			expect(Math.abs(alone.height - onPage.height), `${kind} height`).toBeLessThanOrEqual(2);
			// EXPORT_LOOK=/tmp/dir keeps the pictures compared, to look at them.
			const look = process.env.EXPORT_LOOK;
			if (look) for (const [name, png] of [['page', onPage.png], ['svg', alone.screenshot]] as const) writeFileSync(`${look}/${kind}-${name}.png`, png);
			const svgDifference = await meanDifference(page, onPage.png, alone.screenshot);
			console.log(`${kind}: SVG ${(svg.length / 1024).toFixed(0)} KB, ${alone.facesEmbedded} font chunks; mean difference from the page: SVG ${svgDifference.toFixed(2)}`);
			expect(svgDifference, kind).toBeLessThan(MAX_MEAN_DIFFERENCE);

			// --- PNG: twice the figure's CSS pixels, and the same picture.
			const pngFile = await download(page, kind, 'PNG');
			expect(pngFile.name).toBe(`${SLUG}-${kind}.png`);
			const size = pngSize(pngFile.bytes);
			expect(size).toEqual({ width: 2 * Math.round(onPage.width), height: 2 * Math.round(onPage.height) });
			const pngDifference = await meanDifference(page, onPage.png, pngFile.bytes, 2);
			if (look) writeFileSync(`${look}/${kind}-png.png`, pngFile.bytes);
			console.log(`${kind}: PNG ${size.width}×${size.height}, mean difference from the page ${pngDifference.toFixed(2)}`);
			expect(pngDifference, kind).toBeLessThan(MAX_MEAN_DIFFERENCE);

			// --- CSV: the data table, cell for cell.
			const csvFile = await download(page, kind, 'CSV');
			expect(csvFile.name).toBe(`${SLUG}-${kind}.csv`);
			expect([...csvFile.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const rows = parseCsv(csvFile.bytes.toString('utf8').slice(1));
			const table = await pageTable(page, kind);
			expect(rows).toEqual(table.map((row) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell))));

			if (kind === 'theme-heatmap') {
				// Counts worked out from the URL by oracle.ts's plain loops, not the page's view.
				const expected = expectedFor(analysis, SELECTION);
				for (const section of analysis.sections) {
					const row = rows.find((r) => r[0] === `${sectionLabel(section)} (${writtenTitle.get(section.index)})`)!;
					analysis.themes.forEach((theme, i) => {
						expect(row[i + 1]!.split(' ')[0], `${section.index} × ${theme.id}`).toBe(String(expected.heatmap.get(`${section.index}|${theme.id}`)));
					});
				}
			}
			assertClean();
			await close();
		});
	}

	it('the export code is fetched on the first press of an export button, not before, and that first press downloads a valid SVG (dashboard and embed)', async () => {
		const exporter = chunkOf('src/lib/export/export-chart.ts');
		for (const [path, title] of [
			[DASHBOARD, 'Who spoke how much'],
			[`/en/embed/${SLUG}/theme-heatmap/`, 'Themes by section']
		] as const) {
			const { page, assertClean, close } = await openPage(browser());
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
			});
			await page.goto(`${baseUrl}${path}`);
			await waitForHydration(page);
			// Hydrated, and a while later (nothing preloads it on idle either): not fetched.
			await page.waitForTimeout(500);
			expect(scripts.length, path).toBeGreaterThan(0);
			expect(scripts, path).not.toContain(exporter);
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: `Download ${title} as SVG`, exact: true }).click()
			]);
			expect(scripts, path).toContain(exporter);
			const svg = readFileSync((await file.path())!, 'utf8');
			const scratch = await page.context().newPage();
			const parsed = await scratch.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
				return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.tagName };
			}, svg);
			await scratch.close();
			expect(parsed.error, path).toBeNull();
			expect(parsed.root, path).toBe('svg');
			expect(squash(svg), path).toContain(squash(title));
			assertClean();
			await close();
		}
	});

	it('the heatmap CSV with nothing selected has the enterprise counts read in the transcript (6/1/1/0/18/6/2)', async () => {
		const { page, assertClean, close } = await openHydrated(browser(), `${baseUrl}${DASHBOARD}`);
		const rows = parseCsv((await download(page, 'theme-heatmap', 'CSV')).bytes.toString('utf8').slice(1));
		const enterprise = rows[0]!.findIndex((column) => column.startsWith('Enterprise'));
		// tests/unit/selection/view.test.ts: counted by hand, section by section.
		expect(rows.slice(1).map((row) => Number(row[enterprise]!.split(' ')[0]))).toEqual([6, 1, 1, 0, 18, 6, 2]);
		expect(rows).toHaveLength(1 + analysis.sections.length);
		assertClean();
		await close();
	});
});
