/**
 * The Content-Security-Policy, proved in Chromium. Every prerendered page (found in the build
 * folder, not listed by hand) is served with the headers of the site's `_headers` file, as a host
 * would send them, on top of the page's own `<meta http-equiv>` policy. A listener added before
 * any page script runs collects every `securitypolicyviolation`; console errors, page errors and
 * failed requests are collected too (tests/browser/browser.ts). Each page is loaded and hydrated;
 * on the dashboard the charts are clicked, Back and Forward pressed, and SVG, PNG and CSV
 * exported; the slides are stepped through; the embeds are framed by a host page on another
 * origin, where a framed dashboard must be refused (frame-ancestors). Any violation fails the
 * test, naming the directive and what was blocked.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/lib/embed/charts';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { openPage, waitForHydration, type WatchedPage } from './browser';
import { ROOT } from './build-site';
import { SLUG } from './dashboard-page';
import { headersFor, parseHeadersFile } from './headers-file';
import { serveStatic, type StaticServer } from './static-server';
import { useBrowser } from './use-browser';

const browser = useBrowser();
/** The folder global-setup built and serves. */
const BUILD = resolve(ROOT, process.env.PARLEY_BUILD_DIR || 'build');

/** Every prerendered page as its URL path ("/", "/zh/t/slug/read/"), from the build folder. */
function builtPages(dir = BUILD): string[] {
	const pages: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== '_app') pages.push(...builtPages(path));
		} else if (name === 'index.html') {
			const folder = relative(BUILD, dir);
			pages.push(folder === '' ? '/' : `/${folder.split(sep).join('/')}/`);
		} else if (name.endsWith('.html')) {
			throw new Error(`a page that is not an index.html: ${path} (enumerate it too)`);
		}
	}
	return pages.sort();
}

const PAGES = builtPages();
const isEmbed = (path: string) => /^\/(?:[a-z]{2}\/)?embed\//.test(path);
const htmlOf = (path: string) => readFileSync(join(BUILD, path, 'index.html'), 'utf8');

/** A policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		if (directives.has(name)) throw new Error(`directive ${name} twice in: ${policy}`);
		directives.set(name, sources);
	}
	return directives;
}

function metaPolicy(html: string): string {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
	if (metas.length !== 1) throw new Error(`${metas.length} CSP meta tags`);
	return metas[0]![1]!.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const rules = parseHeadersFile(readFileSync(join(BUILD, '_headers'), 'utf8'));

interface Violation {
	directive: string;
	blocked: string;
	sample: string;
	where: string;
}

declare global {
	interface Window {
		__cspViolations: Violation[];
	}
}

/** A watched page whose every frame records CSP violations from before its first script. */
async function openWatched(options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
	const watched = await openPage(browser(), options);
	await watched.page.context().addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations.push({
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				sample: event.sample,
				where: `${event.sourceFile}:${event.lineNumber}`
			});
		});
	});
	return watched;
}

/** The violations a frame recorded, as lines naming directive and blocked URI. */
async function violations(frame: Page | Frame, label: string): Promise<string[]> {
	const found = await frame.evaluate(() => window.__cspViolations ?? []);
	return found.map((v) => `${label}: ${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample ? `"${v.sample}"` : ''} at ${v.where}`);
}

/** Fails with every violation and every console error, page error or failed request seen. */
function assertNone(found: string[], watched: WatchedPage): void {
	expect(found, 'CSP violations').toEqual([]);
	watched.assertClean();
}

let site: StaticServer;
let host: StaticServer;
let hostDir: string;

beforeAll(async () => {
	site = await serveStatic(BUILD, (pathname) => headersFor(rules, pathname));
	hostDir = mkdtempSync(join(tmpdir(), 'parley-csp-host-'));
	const snippets = EMBED_CHARTS.map((chart) =>
		embedSnippet({ src: `${site.url}/en/embed/${SLUG}/${chart}/`, title: `${chart} (test)`, scriptSrc: `${site.url}/embed/frames.js` })
	);
	writeFileSync(
		join(hostDir, 'index.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>` +
			`<body><h1>A news story</h1>\n${snippets.join('\n')}\n</body></html>`
	);
	writeFileSync(
		join(hostDir, 'framed-dashboard.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,"></head>` +
			`<body><iframe title="dashboard" src="${site.url}/en/t/${SLUG}/" width="800" height="600"></iframe></body></html>`
	);
	host = await serveStatic(hostDir);
});

afterAll(async () => {
	await site?.close();
	await host?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('the policy each built page carries', () => {
	it('finds every kind of page in the build: index, compare, dashboards, readers, slides, embeds, in both languages', () => {
		// 3 transcripts, 6 embeddable charts; pages at the root (English) and under /en/ and /zh/.
		expect(PAGES).toContain('/');
		expect(PAGES).toContain('/zh/compare/');
		expect(PAGES).toContain(`/zh/t/${SLUG}/read/`);
		expect(PAGES).toContain(`/en/present/${SLUG}/`);
		expect(PAGES).toContain(`/zh/embed/${SLUG}/theme-heatmap/`);
		expect(PAGES.filter(isEmbed)).toHaveLength(3 * 3 * 6);
		expect(PAGES).toHaveLength(3 * (2 + 3 * (3 + 6)));
	});

	it('has one meta policy: the bootstrap script by its hash (the reader: none, its one script from the site), nothing unsafe but style attributes, no objects, no <base href>', () => {
		for (const path of PAGES) {
			const html = htmlOf(path);
			const policy = parsePolicy(metaPolicy(html));
			// The hash of each inline script, computed here from the page's bytes.
			const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
				(match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`
			);
			// The reader is a document without SvelteKit's client (its route's csr = false): no
			// bootstrap, only its own script from the site, which 'self' allows.
			const reader = path.includes('/read/');
			expect(inline, path).toHaveLength(reader ? 0 : 1);
			if (reader) expect([...html.matchAll(/<script\b([^>]*)>/g)].map((match) => /src="([^"]*)"/.exec(match[1]!)?.[1]?.replace(/^(\.\.\/)+/, '')), path).toEqual([expect.stringMatching(/^_app\/immutable\/workers\/reader-script-[\w-]+\.js$/)]);
			expect(policy.get('script-src'), path).toEqual(["'self'", ...inline]);
			expect(policy.get('script-src-attr'), path).toEqual(["'none'"]);
			expect(policy.get('default-src'), path).toEqual(["'self'"]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('base-uri'), path).toEqual(["'none'"]);
			expect(policy.get('style-src-elem'), path).toEqual(["'self'"]);
			expect(policy.get('style-src-attr'), path).toEqual(["'unsafe-inline'"]);
			for (const [name, sources] of policy) {
				expect(sources, `${path} ${name}`).not.toContain("'unsafe-eval'");
				if (name !== 'style-src-attr') expect(sources, `${path} ${name}`).not.toContain("'unsafe-inline'");
				expect(sources, `${path} ${name}`).not.toContain('*');
				expect(sources, `${path} ${name}`).not.toContain('data:');
			}
			// Nothing the policy would have to allow: no inline <style>, no handler attributes.
			expect(html, path).not.toMatch(/<style[\s>]/);
			expect(html, path).not.toMatch(/\son[a-z]+=/);
		}
	});

	it('gets one policy header from _headers: the meta policy’s other directives, with frame-ancestors * for embeds only', () => {
		for (const path of PAGES) {
			const headers = headersFor(rules, path);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			const value = headers['content-security-policy'];
			expect(value, `${path}: a policy header`).toBeDefined();
			// Two rules matching one path would give two policies joined by a comma.
			expect(value, path).not.toContain(',');
			const header = parsePolicy(value!);
			expect(header.get('frame-ancestors'), path).toEqual(isEmbed(path) ? ['*'] : ["'none'"]);
			expect(header.get('object-src'), path).toEqual(["'none'"]);
			expect(header.get('base-uri'), path).toEqual(["'none'"]);
			expect(header.get('script-src-attr'), path).toEqual(["'none'"]);
			// Every directive of the page's meta policy is in the header, the same, except the
			// per-page script hashes (script-src, and default-src, which script-src falls back to).
			const meta = parsePolicy(metaPolicy(htmlOf(path)));
			const expected = new Map([...meta].filter(([name]) => name !== 'script-src' && name !== 'default-src'));
			expected.set('frame-ancestors', header.get('frame-ancestors')!);
			expect(new Map([...header].sort()), path).toEqual(new Map([...expected].sort()));
		}
	});
});

describe('every page under the policy (meta tag and headers)', () => {
	it('loads and hydrates with no violation and no console error', { timeout: 600_000 }, async () => {
		const watched = await openWatched();
		const found: string[] = [];
		for (const path of PAGES) {
			const response = await watched.page.goto(`${site.url}${path}`);
			expect(response?.headers()['content-security-policy'], path).toContain('frame-ancestors');
			await waitForHydration(watched.page);
			found.push(...(await violations(watched.page, path)));
		}
		// Going on to the next page cancels the last one's module preloads (net::ERR_ABORTED):
		// the test's doing, not the policy's, which blocks with ERR_BLOCKED_BY_CSP.
		const aborted = watched.problems.filter((p) => p.startsWith('request failed:') && p.endsWith('net::ERR_ABORTED'));
		watched.problems.splice(0, Infinity, ...watched.problems.filter((p) => !aborted.includes(p)));
		assertNone(found, watched);
		await watched.close();
	});

	it('the dashboard: chart clicks, Back and Forward, SVG, PNG and CSV exports', { timeout: 180_000 }, async () => {
		const watched = await openWatched();
		const { page } = watched;
		await page.goto(`${site.url}/en/t/${SLUG}/`);
		await waitForHydration(page);
		const urls = [page.url()];
		for (const kind of ['speaker-share', 'theme-heatmap', 'cooccurrence-matrix']) {
			const mark = page.locator(`figure[data-chart="${kind}"] button[aria-label]:not([disabled])`).first();
			await mark.click();
			await expect.poll(() => page.url()).not.toBe(urls.at(-1));
			urls.push(page.url());
		}
		await page.goBack();
		await expect.poll(() => page.url()).toBe(urls[2]);
		await page.goForward();
		await expect.poll(() => page.url()).toBe(urls[3]);
		for (const kind of ['speaker-share', 'theme-heatmap']) {
			for (const format of ['SVG', 'PNG', 'CSV']) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.locator(`figure[data-chart="${kind}"]`).getByRole('button', { name: new RegExp(`^Download .* as ${format}$`) }).click()
				]);
				expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
				expect(await download.failure()).toBeNull();
			}
		}
		assertNone(await violations(page, 'dashboard'), watched);
		await watched.close();
	});

	it('the slides: stepping through every slide', { timeout: 120_000 }, async () => {
		const watched = await openWatched();
		const { page } = watched;
		await page.goto(`${site.url}/zh/present/${SLUG}/`);
		await waitForHydration(page);
		await page.keyboard.press('End');
		const last = await page.locator('.slide-deck [aria-live="polite"]').textContent();
		await page.keyboard.press('Home');
		for (let i = 0; i < 40 && (await page.locator('.slide-deck [aria-live="polite"]').textContent()) !== last; i++) {
			await page.keyboard.press('ArrowRight');
		}
		expect(await page.locator('.slide-deck [aria-live="polite"]').textContent()).toBe(last);
		assertNone(await violations(page, 'slides'), watched);
		await watched.close();
	});

	it('embeds work in a host page on another origin; a framed dashboard is refused', { timeout: 180_000 }, async () => {
		const watched = await openWatched({ viewport: { width: 1000, height: 4000 } });
		const { page } = watched;
		await page.goto(`${host.url}/`);
		const found: string[] = [];
		for (const chart of EMBED_CHARTS) {
			const iframe = page.locator(`iframe[src*="/embed/${SLUG}/${chart}/"]`);
			await iframe.scrollIntoViewIfNeeded();
			const frame = (await (await iframe.elementHandle())!.contentFrame())!;
			await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			expect(await frame.locator(`figure[data-chart="${chart}"]`).count(), chart).toBe(1);
			// A click inside the frame: the selection changes the embed's own URL.
			await frame.locator(`figure[data-chart="${chart}"] button[aria-label]:not([disabled])`).first().click();
			found.push(...(await violations(frame, `embed ${chart}`)));
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			(await (await page.locator('iframe[src*="/theme-heatmap/"]').elementHandle())!.contentFrame())!
				.getByRole('button', { name: /as PNG$/ })
				.click()
		]);
		expect(await download.failure()).toBeNull();
		assertNone(found, watched);

		// The dashboard says frame-ancestors 'none': the browser refuses to show it in a frame.
		await page.goto(`${host.url}/framed-dashboard.html`);
		const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
		await expect.poll(() => watched.problems.some((p) => p.includes('frame-ancestors'))).toBe(true);
		expect(frame.url()).not.toContain(`/t/${SLUG}/`);
		expect(await frame.locator('figure[data-chart]').count()).toBe(0);
		// That refusal (its console message and the blocked response) is the only problem on the host page.
		expect(watched.problems.filter((p) => !p.includes('frame-ancestors'))).toEqual([
			`request failed: ${site.url}/en/t/${SLUG}/ net::ERR_BLOCKED_BY_RESPONSE`
		]);
		await watched.close();
	});
});
