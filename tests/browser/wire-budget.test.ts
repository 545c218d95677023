/**
 * Issue 10's budget for the dashboard's first load, on the site the browser tests serve: at most
 * 60 KB of compressed JavaScript and 120 KB in all (JavaScript, CSS and the HTML with its page
 * data; gzip, level 9, file by file), counted by the same walk as `npm run bench:wire`
 * (scripts/first-load.ts: the modules the HTML names and their static imports, not the code
 * that loads when first used). A size, not a time: it does not vary from machine to machine. A
 * change that took the dashboard 0.2 KB over went unnoticed for two commits before this test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/first-load';
import { ROOT } from './build-site';

const buildDir = resolve(ROOT, process.env.PARLEY_BUILD_DIR || 'build');
const KB = 1024;

describe('the dashboard’s first load stays within its budget', () => {
	it.each(['en', 'zh'])('%s dashboard of the default transcript: JavaScript ≤ 60 KB, everything ≤ 120 KB (gzip)', (lang) => {
		const load = firstLoad(buildDir, `/${lang}/t/altman-lightcap-20vc/`);
		// The walk found the page's own code: Svelte's runtime, Kit's entry and the route's node.
		expect(load.scripts.some((path) => /[\\/]entry[\\/]app\.[\w-]+\.js$/.test(path))).toBe(true);
		expect(load.scripts.some((path) => /[\\/]nodes[\\/]\d+\.[\w-]+\.js$/.test(path))).toBe(true);
		expect(load.scripts.length).toBeGreaterThan(10);
		expect(load.gzip.js).toBeLessThanOrEqual(60 * KB);
		expect(load.gzip.total).toBeLessThanOrEqual(120 * KB);
	});

	// Each file of a first load is a request, and over HTTP/1.1 Lighthouse's simulation sends six at
	// a time, a round trip each (vite.config.ts, FIRST_LOAD_RUNTIME). Svelte's runtime (its error
	// links) and SvelteKit's client (its session-storage key) come in one file; the dashboard's
	// first load was 27 files before they and the small modules every page shares were grouped.
	it('the runtimes come in one file, and the first load in at most 20', () => {
		const scripts = firstLoad(buildDir, '/en/t/altman-lightcap-20vc/').scripts.map((path) => readFileSync(path, 'utf8'));
		const svelte = scripts.filter((code) => code.includes('svelte.dev/e/'));
		const kit = scripts.filter((code) => code.includes('sveltekit:scroll'));
		expect(svelte).toHaveLength(1);
		expect(kit).toEqual(svelte);
		expect(scripts.length).toBeLessThanOrEqual(20);
	});

	// V8's explicit compile hint (scripts/vite-plugin-compile-hints.ts) on the files worth it: a
	// file of 4 KB or more compiles on a background thread as it arrives; a smaller one is not
	// worth the hint's bytes on the wire.
	it('the first load’s large scripts, and only those, open with V8’s compile hint', () => {
		const HINT = '//# allFunctionsCalledOnLoad\n';
		const scripts = firstLoad(buildDir, '/en/t/altman-lightcap-20vc/').scripts.map((path) => readFileSync(path, 'utf8'));
		const large = scripts.filter((code) => code.replace(HINT, '').length >= 4096);
		// Svelte's runtime, Kit's client, the dashboard's route and its charts' shared code at least.
		expect(large.length).toBeGreaterThanOrEqual(5);
		for (const code of scripts) expect(code.startsWith(HINT)).toBe(large.includes(code));
	});
});

