/**
 * npm run bench:size [-- --cases t20000,50]: what a very large transcript costs the site.
 *
 * For each case (`t<n>`: n generated turns; a number: that many MB; same generator as
 * `npm run bench`), a content folder holding only that transcript (slug `large`) is written to a
 * temporary folder and built with the real `vite build` (PARLEY_CONTENT_DIR), under
 * `/usr/bin/time -v` for the build's peak RSS (the largest process of the build: Vite or the
 * prerender child). Printed: build time, peak RSS, the bytes of the dashboard page and its data,
 * of the reader page(s) and of analysis.json; then, in Chromium (playwright-core,
 * /usr/bin/chromium) on the built site: the time until the dashboard is hydrated (interactive),
 * and the time from a click on a speaker bar until the quote panel shows that speaker's count.
 * Nothing is written to the repository; the temporary folder is removed unless --keep.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedBuild } from './timed-build';
import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
import { generateCase } from './bench';

const ROOT = resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;
const SLUG = 'large';

function arg(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

function fileBytes(path: string): number {
	return existsSync(path) ? statSync(path).size : 0;
}

function folderBytes(path: string): number {
	if (!existsSync(path)) return 0;
	if (!statSync(path).isDirectory()) return statSync(path).size;
	return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;

/** The reader's pages: read/index.html, then read/2/index.html … while they exist. */
function readerPages(out: string): string[] {
	const pages = [join(out, 't', SLUG, 'read', 'index.html')];
	for (let page = 2; existsSync(join(out, 't', SLUG, 'read', String(page), 'index.html')); page++) {
		pages.push(join(out, 't', SLUG, 'read', String(page), 'index.html'));
	}
	return pages.filter(existsSync);
}

async function browse(out: string): Promise<{ hydratedMs: number; clickMs: number; before: string; after: string }> {
	const server = await serveStatic(out);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		page.setDefaultTimeout(600_000);
		const started = Date.now();
		await page.goto(`${server.url}/t/${SLUG}/`, { timeout: 600_000 });
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 600_000, polling: 50 });
		const hydratedMs = Date.now() - started;
		console.log(`Chromium: dashboard hydrated after ${(hydratedMs / 1000).toFixed(1)} s`);
		const count = page.locator('.quote-panel .panel-count');
		const before = ((await count.textContent()) ?? '').trim().replace(/\s+/g, ' ');
		const bar = page.locator('[data-chart="speaker-share"] .plot button[aria-pressed]:not([disabled])').nth(1);
		await bar.scrollIntoViewIfNeeded();
		const clicked = Date.now();
		await bar.click();
		await page.waitForFunction(
			(previous) => (document.querySelector('.quote-panel .panel-count')?.textContent ?? '').trim().replace(/\s+/g, ' ') !== previous,
			before,
			{ timeout: 600_000, polling: 'raf' }
		);
		const clickMs = Date.now() - clicked;
		const after = ((await count.textContent()) ?? '').trim().replace(/\s+/g, ' ');
		return { hydratedMs, clickMs, before, after };
	} finally {
		await browser.close();
		await server.close();
	}
}

async function runCase(name: string, keep: boolean): Promise<void> {
	const content = mkdtempSync(join(tmpdir(), `parley-size-${name}-`));
	mkdirSync(join(content, 'transcripts'));
	copyFileSync(join(ROOT, 'src/content/themes.json'), join(content, 'themes.json'));
	const text = generateCase(name);
	writeFileSync(join(content, 'transcripts', `${SLUG}.txt`), text);
	const out = join(content, 'build');
	const build = timedBuild(content, out);
	const buildMs = build.ms;
	const rssKb = build.rssMb * 1024;
	console.log(`\n== case ${name}: ${mb(Buffer.byteLength(text))} of transcript, content in ${content}`);
	if (!build.ok) {
		console.log(`build FAILED (exit ${build.status}) after ${(buildMs / 1000).toFixed(1)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
		console.log(build.stdout.slice(-3000));
		console.log(build.stderr.slice(-3000));
		process.exitCode = 1;
		return;
	}
	console.log(`build: ${(buildMs / 1000).toFixed(1)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB, build folder ${mb(folderBytes(out))}`);
	const t = join(out, 't', SLUG);
	console.log(`dashboard: index.html ${mb(fileBytes(join(t, 'index.html')))}, __data.json ${mb(fileBytes(join(t, '__data.json')))}`);
	const pages = readerPages(out);
	const readerHtml = pages.map(fileBytes);
	console.log(
		`reader: ${pages.length} page(s), HTML ${mb(readerHtml.reduce((a, b) => a + b, 0))} in all, largest ${mb(Math.max(...readerHtml))}, ` +
			`read/__data.json ${mb(fileBytes(join(t, 'read', '__data.json')))}`
	);
	console.log(
		`analysis.json ${mb(fileBytes(join(t, 'analysis.json')))}; present ${mb(fileBytes(join(out, 'present', SLUG, 'index.html')))}; ` +
			`embed conversation ${mb(fileBytes(join(out, 'embed', SLUG, 'conversation', 'index.html')))}; text-1.json ${mb(fileBytes(join(t, 'text-1.json')))}`
	);
	try {
		const browsed = await browse(out);
		console.log(`Chromium: click on a speaker → quote panel updated in ${browsed.clickMs} ms (hydrated after ${(browsed.hydratedMs / 1000).toFixed(1)} s)`);
		console.log(`  quote panel count: "${browsed.before}" → "${browsed.after}"`);
	} catch (error) {
		console.log(`Chromium: FAILED: ${(error as Error).message.split('\n')[0]}`);
		process.exitCode = 1;
	}
	if (!keep) rmSync(content, { recursive: true, force: true });
}

const cases = (arg('--cases') ?? 't20000,50').split(',');
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const name of cases) await runCase(name, process.argv.includes('--keep'));
