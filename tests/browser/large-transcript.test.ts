/**
 * A long transcript in the built site: the reader in pages. A content folder holding two
 * generated transcripts (the bench's generator: 600 turns, and 240 with one section longer than a
 * page) is built with a small page budget (PARLEY_READER_PAGE_CHARS), so the paging is exercised
 * at a size the tests can afford; the build
 * itself checks that every link's anchor exists on the page it points to (handleMissingId).
 * Which page holds a paragraph is read from the built files (the oracle), never from the page map.
 * A tiny PARLEY_DASHBOARD_TEXT_CHARS makes the dashboard the one a very long transcript gets:
 * turns without text, the quote panel fetching the text of the quotes it shows; present mode
 * likewise, its quote slides fetching theirs. Texts are checked against the transcript file the
 * test wrote, read here line by line (sourceParagraphs), not through the app's parser.
 * PARLEY_LARGE_DIR=<folder> keeps the content folder and its build there and reuses the build
 * on the next run (for working on these tests; unset, a temporary folder is built and removed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCase } from '../../scripts/bench';
import { QUOTE_PAGE_SIZE } from '../../src/lib/page-data';
import { CHART_SLIDES, MAX_QUOTE_SLIDES } from '../../src/lib/present/deck';
import { PHONE, openHydrated, openPage, waitForHydration } from './browser';
import { buildEnv, ROOT, VITE_BUILD } from './build-site';
import { serveStatic, type StaticServer } from './static-server';
import { useBrowser } from './use-browser';
import { quotesSettled } from './dashboard-page';

const SLUG = 'large';
const TURNS = 600;
/**
 * A second transcript in the same build, whose third section runs on over two reader pages: the
 * generator's headings every 20 turns, with Part 4 to Part 10 taken out, so Part 3 is turns
 * 41–200 (some 24,000 characters, more than a page). Page 1 holds Parts 1 and 2 and the start of
 * Part 3, far down the page; page 2 goes on with Part 3.
 */
const LONG_SECTION_SLUG = 'long-section';
const LONG_SECTION_TURNS = 240;
const PAGE_CHARS = 20_000;
/** Far below this transcript's text: its dashboard is sent without paragraph text and fetches it. */
const TEXT_LIMIT = 1_000;
/**
 * Sections the charts draw one by one (PARLEY_CHART_SECTIONS): the generator writes a heading every
 * 20 turns, so 600 turns are 30 sections, drawn as 8 parts of 4 (the last of 2: sections 29–30).
 */
const CHART_SECTIONS = 8;

/** A turn's anchor in the reader's HTML (a paragraph's is `t12-p1`, which this leaves out). */
const TURN_ANCHOR = / id="(t\d+)"/g;

/** The turn ids in a page's HTML, in order. */
const turnsOf = (html: string) => [...html.matchAll(TURN_ANCHOR)].map((match) => match[1]);

/** Each paragraph's text in a page's HTML, tags and comments stripped, entities decoded. */
function paragraphTexts(html: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const match of html.matchAll(/<p class="paragraph[^"]*" id="(t\d+-p\d+)"[^>]*>(.*?)<\/p>/gs)) {
		const text = match[2]!
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
		texts.set(match[1]!, text);
	}
	return texts;
}

interface SourceParagraph {
	/** `t<turn>-p<n>`, counted here: turns by their label lines, paragraphs by blank lines. */
	id: string;
	/** The speaker's label as written. */
	label: string;
	text: string;
}

/**
 * The paragraphs of the generated transcript, read from its file: a `**Label：**` line starts a
 * turn, blank lines and headings end a paragraph.
 */
function sourceParagraphs(source: string): SourceParagraph[] {
	const paragraphs: SourceParagraph[] = [];
	let turn = 0;
	let number = 0;
	let label = '';
	let lines: string[] = [];
	const flush = () => {
		if (lines.length > 0 && turn > 0) paragraphs.push({ id: `t${turn}-p${++number}`, label, text: lines.join('\n') });
		lines = [];
	};
	for (const line of source.split('\n')) {
		const speaker = /^\*\*(.+?)[:：]\*\*$/.exec(line);
		if (speaker) {
			flush();
			turn++;
			number = 0;
			label = speaker[1]!;
		} else if (line.startsWith('#') || line.trim() === '') flush();
		else lines.push(line);
	}
	flush();
	return paragraphs;
}

/**
 * The generator repeats the seed's turns; a number at the end of each line of text (`〔12〕`)
 * makes every paragraph's text unique, so a text found in a page names its paragraph.
 */
function numberLines(source: string): string {
	let line = 0;
	return source
		.split('\n')
		.map((text) => (text.trim() === '' || text.startsWith('#') || /^\*\*.+\*\*$/.test(text) ? text : `${text}〔${++line}〕`))
		.join('\n');
}

const decodeEntities = (html: string) =>
	html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const browser = useBrowser();
let content = '';
let out = '';
let server: StaticServer;

/** The built reader pages of the English interface: read/, read/2/ … in order. */
function builtPages(slug = SLUG): string[] {
	const pages: string[] = [];
	for (let page = 1; ; page++) {
		const file = join(out, 'en', 't', slug, 'read', ...(page === 1 ? [] : [String(page)]), 'index.html');
		if (!existsSync(file)) return pages;
		pages.push(readFileSync(file, 'utf8'));
	}
}

/**
 * From reader page 2 of `slug`: Back to page 1, where `shown` reads `onPage1`, then Forward to
 * page 2, where it reads `onPage2` (each waited for: a history step redraws after its address).
 */
async function backToPage1AndForward(page: Page, slug: string, shown: (page: Page) => Promise<unknown>, onPage1: unknown, onPage2: unknown) {
	await page.goBack();
	await page.waitForURL(`${server.url}/en/t/${slug}/read/`);
	await expect.poll(() => shown(page)).toEqual(onPage1);
	await page.goForward();
	await page.waitForURL(`${server.url}/en/t/${slug}/read/2/`);
	await expect.poll(() => shown(page)).toEqual(onPage2);
}

const KEEP = process.env.PARLEY_LARGE_DIR;

beforeAll(() => {
	content = KEEP || mkdtempSync(join(tmpdir(), 'parley-large-'));
	out = join(content, 'build');
	if (KEEP && existsSync(join(out, 'index.html'))) return;
	mkdirSync(join(content, 'transcripts'), { recursive: true });
	copyFileSync(join(ROOT, 'src/content/themes.json'), join(content, 'themes.json'));
	writeFileSync(join(content, 'transcripts', `${SLUG}.txt`), numberLines(generateCase(`t${TURNS}`)));
	const longSection = generateCase(`t${LONG_SECTION_TURNS}`).replace(/^## Part (?:[4-9]|10)\n\n/gm, '');
	writeFileSync(join(content, 'transcripts', `${LONG_SECTION_SLUG}.txt`), numberLines(longSection));
	execFileSync(process.execPath, VITE_BUILD, {
		cwd: ROOT,
		env: { ...buildEnv(out, content), PARLEY_READER_PAGE_CHARS: String(PAGE_CHARS), PARLEY_DASHBOARD_TEXT_CHARS: String(TEXT_LIMIT), PARLEY_CHART_SECTIONS: String(CHART_SECTIONS) },
		stdio: 'inherit'
	});
}, 600_000);

beforeAll(async () => {
	server = await serveStatic(out);
});

afterAll(async () => {
	await server?.close();
	if (content && !KEEP) rmSync(content, { recursive: true, force: true });
});

describe('a long transcript', { timeout: 120_000 }, () => {
	it('is read in pages that hold every turn once, in order, each page within its budget', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(3);
		const turnIds = pages.map((html) => [...html.matchAll(TURN_ANCHOR)].map((match) => match[1]));
		// Every turn once, in order, across the pages.
		expect(turnIds.flat()).toEqual(Array.from({ length: TURNS }, (_, i) => `t${i + 1}`));
		// Each page holds at most its budget of text, unless it is one turn alone.
		for (const [i, html] of pages.entries()) {
			const chars = [...paragraphTexts(html).values()].reduce((sum, text) => sum + text.length, 0);
			if (turnIds[i]!.length > 1) expect(chars).toBeLessThanOrEqual(PAGE_CHARS);
			expect(chars).toBeGreaterThan(0);
		}
	});

	it('a quote in the dashboard opens the page that holds its paragraph, targeted; Back, Forward, reload and the link in a fresh browser keep the place', async () => {
		// The prerendered dashboard carries the first quotes' text, not the rest of the transcript.
		const dashboardHtml = readFileSync(join(out, 'en', 't', SLUG, 'index.html'), 'utf8');
		const readerHtml = builtPages();
		const firstText = paragraphTexts(readerHtml[0]!).get('t1-p1')!;
		expect(firstText.length).toBeGreaterThan(20);
		expect(dashboardHtml).toContain(firstText.slice(0, 20));
		// The last paragraph's text (the generator repeats the seed's 102 turns: its text first
		// appears at turn 90, well past the first 50 paragraphs) is nowhere in the dashboard.
		const lastText = [...paragraphTexts(readerHtml.at(-1)!).values()].at(-1)!;
		expect(lastText.length).toBeGreaterThan(30);
		expect(dashboardHtml).not.toContain(lastText.slice(0, 30));

		const { page, assertClean, close } = await openHydrated(browser(), `${server.url}/en/t/${SLUG}/`);
		const bar = page.locator('[data-chart="speaker-share"] .plot button[aria-pressed]:not([disabled])').nth(1);
		await bar.click();
		await page.waitForURL(/\?speaker=/);
		const dashboardUrl = page.url();
		await quotesSettled(page);
		const quote = page.locator('.quote-panel li.quote').last();
		const paragraph = (await quote.getAttribute('data-paragraph'))!;
		// Its text arrives from the page's text file (a loading note until then).
		await expect.poll(() => quote.locator('.quote-text').count()).toBe(1);
		const quoted = ((await quote.locator('.quote-text').textContent()) ?? '').trim();
		// The oracle: the built page whose HTML carries this paragraph's anchor.
		const holder = builtPages().findIndex((html) => html.includes(`id="${paragraph}"`)) + 1;
		expect(holder).toBeGreaterThan(1);
		await quote.locator('a.quote-link').click();
		const search = new URL(dashboardUrl).search;
		await page.waitForURL(`${server.url}/en/t/${SLUG}/read/${holder}/${search}#${paragraph}`);
		await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), paragraph);
		await expect.poll(() => page.title()).toContain(`Page ${holder} of `);
		expect(((await page.locator(`[id="${paragraph}"]`).textContent()) ?? '').trim()).toBe(quoted);
		await waitForHydration(page);
		await page.goBack();
		await page.waitForURL(dashboardUrl);
		await waitForHydration(page);
		await expect.poll(() => bar.getAttribute('aria-pressed')).toBe('true');

		// Forward lands on the same page at the same paragraph; a reload keeps both.
		const readerUrl = `${server.url}/en/t/${SLUG}/read/${holder}/${search}#${paragraph}`;
		const atParagraph = async () => {
			await page.waitForFunction((id) => document.getElementById(id)?.matches(':target'), paragraph);
			await expect.poll(() => page.title()).toContain(`Page ${holder} of `);
			// Scrolled to it: the paragraph is on screen.
			await expect
				.poll(() => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), paragraph))
				.toBeGreaterThanOrEqual(0);
			const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, paragraph);
			expect(top).toBeLessThan(page.viewportSize()!.height);
		};
		await page.goForward();
		await page.waitForURL(readerUrl);
		await atParagraph();
		await page.reload();
		await waitForHydration(page);
		expect(page.url()).toBe(readerUrl);
		await atParagraph();
		expect(((await page.locator(`[id="${paragraph}"]`).textContent()) ?? '').trim()).toBe(quoted);
		assertClean();
		await close();

		// The dashboard's link opened in a fresh browser (no history, no storage): the same
		// selection, its quotes counted from the source file (the speaker's paragraphs), the first
		// one's text word for word.
		const source = sourceParagraphs(readFileSync(join(content, 'transcripts', `${SLUG}.txt`), 'utf8'));
		const label = source.find((entry) => entry.id === paragraph)!.label;
		const theirs = source.filter((entry) => entry.label === label);
		const fresh = await openHydrated(browser(), dashboardUrl);
		const freshBar = fresh.page.locator('[data-chart="speaker-share"] .plot button[aria-pressed]:not([disabled])').nth(1);
		expect(await freshBar.getAttribute('aria-pressed')).toBe('true');
		await quotesSettled(fresh.page);
		expect(Number(await fresh.page.locator('.quote-panel').getAttribute('data-quote-count'))).toBe(theirs.length);
		const first = fresh.page.locator('.quote-panel li.quote').first();
		expect(await first.getAttribute('data-paragraph')).toBe(theirs[0]!.id);
		await expect.poll(() => first.locator('.quote-text').textContent()).toBe(theirs[0]!.text);
		// The last quote listed is the one opened above, its text fetched (past the first paragraphs).
		const last = fresh.page.locator('.quote-panel li.quote').last();
		expect(await fresh.page.locator('.quote-panel li.quote').count()).toBe(QUOTE_PAGE_SIZE);
		expect(await last.getAttribute('data-paragraph')).toBe(theirs[QUOTE_PAGE_SIZE - 1]!.id);
		expect(theirs[QUOTE_PAGE_SIZE - 1]!.id).toBe(paragraph);
		await expect.poll(() => last.locator('.quote-text').textContent()).toBe(theirs[QUOTE_PAGE_SIZE - 1]!.text);
		fresh.assertClean();
		await fresh.close();
	});

	it('draws its 30 sections as 8 parts; a part selects the quotes of its sections; Back and Forward', async () => {
		const source = sourceParagraphs(readFileSync(join(content, 'transcripts', `${SLUG}.txt`), 'utf8'));
		const { page, assertClean, close } = await openHydrated(browser(), `${server.url}/en/t/${SLUG}/`);
		const bars = page.locator('[data-chart="section-speakers"] .plot button[aria-pressed]');
		await expect.poll(() => bars.count()).toBe(8);
		const names = await bars.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
		expect(names[0]).toMatch(/^Sections 01–04 Part 1 … Part 4: 80 turns/);
		expect(names[7]).toMatch(/^Sections 29–30 Part 29 … Part 30: 40 turns/);
		await expect.poll(() => page.locator('[data-chart="theme-heatmap"]').textContent()).toContain('The transcript has 30 sections: the charts join them into 8 parts of 4 consecutive sections');
		// Part 2 is sections 5–8: turns 81–160. Its paragraphs, counted in the source file.
		const inPart = source.filter((paragraph) => {
			const turn = Number(/^t(\d+)-/.exec(paragraph.id)![1]);
			return turn >= 81 && turn <= 160;
		}).length;
		await bars.nth(1).click();
		await page.waitForURL(/\?section=2$/);
		const count = page.locator('.quote-panel .panel-count');
		await expect.poll(async () => ((await count.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(`80 turns, ${inPart} paragraphs`);
		const firstQuote = page.locator('.quote-panel li.quote').first();
		expect(await firstQuote.getAttribute('data-paragraph')).toBe('t81-p1');
		await page.goBack();
		await page.waitForURL(`${server.url}/en/t/${SLUG}/`);
		await expect.poll(() => bars.nth(1).getAttribute('aria-pressed')).toBe('false');
		await page.goForward();
		await page.waitForURL(/\?section=2$/);
		await expect.poll(() => bars.nth(1).getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => firstQuote.getAttribute('data-paragraph')).toBe('t81-p1');
		await assertClean();
		await close();
	});

	it('with JavaScript, each reader page is a document with one script: Next, Back and Forward load each page’s own turns, and “Back to the charts” keeps a section from another page', async () => {
		const pages = builtPages();
		const shownTurns = (page: Page) => page.$$eval('.reader .turn', (turns) => turns.map((turn) => turn.id));
		// The page as the browser got it: the address of its document load, its scripts, and
		// whether SvelteKit's client is there (its globals are named `__sveltekit_…`).
		const loaded = (page: Page) =>
			page.evaluate(() => ({
				document: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name,
				scripts: [...document.scripts].map((script) => new URL(script.src).pathname),
				kit: Object.keys(window).some((key) => key.startsWith('__sveltekit'))
			}));
		const readerScript = expect.stringMatching(/^\/_app\/immutable\/workers\/reader-script-[\w-]+\.js$/);
		// Section 1 is on page 1 only (the oracle: the built pages), and the reader is opened on
		// page 2 with it selected, beside a parameter the dashboard does not know.
		expect(pages[0]).toContain('data-section="1"');
		expect(pages[1]).not.toContain('data-section="1"');
		const page2 = `${server.url}/en/t/${SLUG}/read/2/?section=1&colour=red`;
		const { page, assertClean, close } = await openHydrated(browser(), page2, { viewport: PHONE });
		expect(await loaded(page)).toEqual({ document: page2, scripts: [readerScript], kit: false });
		expect(await shownTurns(page)).toEqual(turnsOf(pages[1]!));
		const back = page.getByRole('link', { name: 'Back to the charts' });
		expect(await back.getAttribute('href')).toBe(`/en/t/${SLUG}/?section=1`);

		// Previous page: page 1, loaded whole; Forward: page 2 again, from the browser's history.
		const top = page.getByRole('navigation', { name: 'Pages of the transcript', exact: true });
		await top.getByRole('link', { name: 'Previous page' }).click();
		await page.waitForURL(`${server.url}/en/t/${SLUG}/read/`);
		await waitForHydration(page);
		expect(await loaded(page)).toEqual({ document: `${server.url}/en/t/${SLUG}/read/`, scripts: [readerScript], kit: false });
		expect(await shownTurns(page)).toEqual(turnsOf(pages[0]!));
		// The plain address: back to the plain dashboard.
		expect(await back.getAttribute('href')).toBe(`/en/t/${SLUG}/`);
		await top.getByRole('link', { name: 'Next page' }).click();
		await page.waitForURL(`${server.url}/en/t/${SLUG}/read/2/`);
		expect(await shownTurns(page)).toEqual(turnsOf(pages[1]!));
		await backToPage1AndForward(page, SLUG, shownTurns, turnsOf(pages[0]!), turnsOf(pages[1]!));
		assertClean();
		await close();
	});

	it('a section that runs on over two pages: each page shows its own part of it, after Next, Back and Forward', async () => {
		const pages = builtPages(LONG_SECTION_SLUG);
		const sectionsOf = (html: string) => [...html.matchAll(/data-section="(\d+)"/g)].map((match) => Number(match[1]));
		// The oracle is the built HTML: page 1 ends inside section 3 and page 2 begins inside it.
		expect(sectionsOf(pages[0]!)).toEqual([1, 2, 3]);
		expect(sectionsOf(pages[1]!)[0]).toBe(3);
		const section3 = (page: Page) => page.$$eval('.reader [data-section="3"] .turn', (turns) => turns.map((turn) => turn.id));
		const ownSection3 = (html: string) => turnsOf(html.slice(html.indexOf('data-section="3"'), html.search(/data-section="4"/) === -1 ? undefined : html.search(/data-section="4"/)));
		expect(ownSection3(pages[1]!)[0]).not.toBe(ownSection3(pages[0]!)[0]);
		const { page, assertClean, close } = await openHydrated(browser(), `${server.url}/en/t/${LONG_SECTION_SLUG}/read/`, { viewport: PHONE });
		expect(await section3(page)).toEqual(ownSection3(pages[0]!));
		const top = page.getByRole('navigation', { name: 'Pages of the transcript', exact: true });
		await top.getByRole('link', { name: 'Next page' }).click();
		await page.waitForURL(`${server.url}/en/t/${LONG_SECTION_SLUG}/read/2/`);
		await waitForHydration(page);
		expect(await section3(page)).toEqual(ownSection3(pages[1]!));
		// Its heading again, on the page that goes on with it.
		expect(await page.locator('.reader [data-section="3"] h2').textContent()).toContain('Part 3');
		expect(await page.$$eval('.reader .turn', (turns) => turns.map((turn) => turn.id))).toEqual(turnsOf(pages[1]!));
		await backToPage1AndForward(page, LONG_SECTION_SLUG, section3, ownSection3(pages[0]!), ownSection3(pages[1]!));
		// A paragraph of page 2's section 3 reads as in the built page.
		const firstOfPage2 = ownSection3(pages[1]!)[0]!;
		const builtText = paragraphTexts(pages[1]!).get(`${firstOfPage2}-p1`)!;
		expect(((await page.locator(`[id="${firstOfPage2}-p1"]`).textContent()) ?? '').trim()).toBe(builtText.trim());
		assertClean();
		await close();
	});

	it('steps through the pages without JavaScript, and lists them all', async () => {
		const { page, assertClean, close } = await openPage(browser(), { javaScriptEnabled: false });
		await page.goto(`${server.url}/en/t/${SLUG}/read/`);
		const count = builtPages().length;
		const top = page.getByRole('navigation', { name: 'Pages of the transcript', exact: true });
		await expect.poll(() => top.locator('.current').textContent()).toBe(`Page 1 of ${count}`);
		expect(await top.locator('a[rel="prev"]').count()).toBe(0);
		await top.getByRole('link', { name: 'Next page' }).click();
		await page.waitForURL(`${server.url}/en/t/${SLUG}/read/2/`);
		const firstTurn = await page.locator('.turn').first().getAttribute('id');
		// The list names every page; the page shown is marked current and starts at the turn it says.
		await top.locator('summary').click();
		const entries = top.locator('details li');
		expect(await entries.count()).toBe(count);
		expect(await entries.nth(1).locator('a').getAttribute('aria-current')).toBe('page');
		expect(await entries.nth(1).textContent()).toContain(`turns ${firstTurn!.slice(1)}–`);
		await entries.nth(count - 1).locator('a').click();
		await page.waitForURL(`${server.url}/en/t/${SLUG}/read/${count}/`);
		expect(await page.getByRole('navigation', { name: 'Pages of the transcript', exact: true }).locator('a[rel="next"]').count()).toBe(0);
		expect(await page.locator('.turn').last().getAttribute('id')).toBe(`t${TURNS}`);
		assertClean();
		await close();
	});

	it('present mode is sent the quote slides’ text alone, and its slides fetch the text of any other quote', async () => {
		const source = sourceParagraphs(readFileSync(join(content, 'transcripts', `${SLUG}.txt`), 'utf8'));
		const textOf = new Map(source.map((paragraph) => [paragraph.id, paragraph.text]));
		// The source as this test reads it: 600 turns, and more paragraphs than turns.
		expect(source.filter((paragraph) => paragraph.id.endsWith('-p1'))).toHaveLength(TURNS);
		const firstQuotes = source.slice(0, MAX_QUOTE_SLIDES);

		// Before JavaScript every slide is in the page: the quote slides are the first paragraphs, word for word.
		const html = readFileSync(join(out, 'en', 'present', SLUG, 'index.html'), 'utf8');
		const figures = [...html.matchAll(/<figure class="pull-quote[^"]*" data-paragraph="([^"]+)".*?<p class="quote-text[^"]*">(.*?)<\/p>/gs)];
		expect(figures.map((figure) => figure[1])).toEqual(firstQuotes.map((paragraph) => paragraph.id));
		for (const [, id, text] of figures) expect(decodeEntities(text!.replace(/<[^>]*>/g, ''))).toBe(textOf.get(id!));
		// No other paragraph's text is anywhere in the page, markup and data alike (each text ends in its own number).
		const plain = decodeEntities(html.replace(/<[^>]*>/g, ''));
		const found = source.filter((paragraph) => plain.includes(/〔\d+〕$/.exec(paragraph.text)![0]));
		expect(found.map((paragraph) => paragraph.id)).toEqual(firstQuotes.map((paragraph) => paragraph.id));
		// So the page carries a sliver of the transcript's text, which with text it would carry whole.
		const bytes = (paragraphs: SourceParagraph[]) => paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph.text), 0);
		expect(bytes(found) * 20).toBeLessThan(bytes(source));

		// With JavaScript, stepping through shows each quote slide's text.
		const { page, assertClean, close } = await openHydrated(browser(), `${server.url}/en/present/${SLUG}/`);
		const shownQuote = page.locator('.deck-slide .pull-quote');
		const checkQuotes = async (expected: SourceParagraph[]) => {
			await page.keyboard.press('Home');
			for (let i = 0; i < CHART_SLIDES.length; i++) await page.keyboard.press('ArrowRight');
			for (const [i, paragraph] of expected.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expect.poll(() => new URL(page.url()).hash).toBe(`#${CHART_SLIDES.length + i + 1}`);
				expect(await shownQuote.getAttribute('data-paragraph')).toBe(paragraph.id);
				await expect.poll(() => shownQuote.locator('.quote-text').textContent(), { timeout: 10_000 }).toBe(paragraph.text);
			}
		};
		await checkQuotes(firstQuotes);

		// A speaker selected on the first slide: their quotes, most of them past the text the page came with.
		await page.keyboard.press('Home');
		await page.locator('[data-chart="speaker-share"] .plot button[aria-pressed]:not([disabled])').nth(1).click();
		await page.waitForURL(/\?speaker=/);
		await page.keyboard.press('ArrowRight');
		for (let i = 1; i < CHART_SLIDES.length; i++) await page.keyboard.press('ArrowRight');
		const firstId = (await shownQuote.getAttribute('data-paragraph'))!;
		const label = source.find((paragraph) => paragraph.id === firstId)!.label;
		const theirs = source.filter((paragraph) => paragraph.label === label).slice(0, MAX_QUOTE_SLIDES);
		expect(theirs.filter((paragraph) => !firstQuotes.includes(paragraph)).length).toBeGreaterThan(MAX_QUOTE_SLIDES / 2);
		await checkQuotes(theirs);
		assertClean();
		await close();
	});
});
