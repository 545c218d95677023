/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) and opens
 * pages that fail the test on any console error, Svelte warning, page error or failed request. For browser tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface WatchedPage {
	page: Page;
	/** Console errors, page errors and failed requests seen so far. */
	problems: string[];
	/** Throws if anything went wrong on the page; call at the end of each test. */
	assertClean: () => void;
	close: () => Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport: DESKTOP, ...options });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		// Svelte's runtime warnings (a production build prints only their link): hydration_mismatch
		// means the page threw its server markup away and drew itself again.
		if (message.type() === 'warning' && message.text().includes('svelte.dev/e/')) problems.push(`Svelte warning: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// With JavaScript off, Chromium blocks the page's scripts itself (reported as "csp").
		if (options.javaScriptEnabled === false && request.resourceType() === 'script') return;
		// Chromium fetches the tab's icon again on a same-document navigation (a hash change) and
		// cancels that fetch when the page then navigates away: the browser's own request, not the page's.
		if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
		problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return {
		page,
		problems,
		assertClean: () => {
			if (problems.length > 0) throw new Error(`Problems on the page:\n${problems.join('\n')}`);
		},
		close: () => context.close()
	};
}

/** Waits until SvelteKit has hydrated the page (the selection's effects are running). */
export async function waitForHydration(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** A watched page at `url`, once it is interactive. */
export async function openHydrated(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const watched = await openPage(browser, options);
	await watched.page.goto(url);
	await waitForHydration(watched.page);
	return watched;
}

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol: the page's policy refuses an added inline <script>.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document);
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
