/**
 * Pages whose late parts load their code after the page (the dashboard, an embed, present mode:
 * LateHydration's `load`): what the prerendered page names and links, read from the build itself.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, waitForHydration, type WatchedPage } from './browser';
import { firstLoadHrefs } from '../../scripts/wire-imports';
import { ROOT } from './build-site';
import { chunkOf, staticClosure, stylesheetsOf } from './built-chunks';

const built = (file: string) => readFileSync(resolve(ROOT, process.env.PARLEY_BUILD_DIR || 'build', `.${file}`), 'utf8');

/**
 * Checks that the page at `url` names no chart code in its first load (neither the chunk of
 * `lateParts`, the module its late parts come from, nor any file holding LayerCake's container,
 * which only charts draw), that `lateParts` does bring chart code, and that every stylesheet it
 * needs is linked already, so the server-rendered parts are drawn as they will stay. Returns the
 * chunk's path, for the caller to see it fetched.
 */
export async function expectChartCodeAfterPage(url: string, lateParts: string): Promise<string> {
	const chunk = chunkOf(lateParts);
	const html = await (await fetch(url)).text();
	const named = firstLoadHrefs(html).map((href) => new URL(href, url).pathname);
	expect(named.length).toBeGreaterThan(1);
	const firstLoad = staticClosure(named);
	expect(firstLoad).not.toContain(chunk);
	expect(firstLoad.filter((file) => built(file).includes('layercake-container'))).toEqual([]);
	expect(staticClosure([chunk]).filter((file) => built(file).includes('layercake-container')).length).toBeGreaterThan(0);
	const linked = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((tag) => new URL(/href="([^"]+)"/.exec(tag[0])![1]!, url).pathname);
	const needed = stylesheetsOf(lateParts);
	expect(needed.length).toBeGreaterThan(1);
	for (const sheet of needed) expect(linked, sheet).toContain(sheet);
	return chunk;
}

/** Opens `url` until hydrated (late parts included), with the paths of every script it fetched. */
export async function openHydratedWatchingScripts(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage & { scripts: string[] }> {
	const watched = await openPage(browser, options);
	const scripts: string[] = [];
	watched.page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await watched.page.goto(url);
	await waitForHydration(watched.page);
	return { ...watched, scripts };
}
