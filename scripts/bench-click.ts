/**
 * How long a click on a chart takes to update every chart and the quote panel, in Chromium on
 * the built site: from the click to the DOM updated (Svelte's flush), to style and layout done, to
 * the next frame painted (which includes the wait for the frame: up to 16.7 ms at 60 Hz, and ends
 * with a task queued after that paint, so after the charts out of sight have taken the click in
 * theirs), and to
 * the quote panel listing the new quotes (it follows the charts a frame later: see QuotePanel).
 * Each mark is scrolled into view before its clicks, as a reader sees what they click (charts out
 * of sight follow a click a frame late, see LateHydration's lateOutOfSight), so what is timed is
 * the click's own frame with the charts then in the viewport of a 1280x800 window.
 * The budget is one frame (16.7 ms at 60 Hz). Prints figures; it is not a pass/fail test.
 *
 *   npm run build && npm run bench:click [-- <slug>]
 *   npm run bench:click -- --turns 5000      a generated transcript of 5,000 turns (bench.ts's
 *                                            generator), built into a temporary folder first
 *   npm run bench:click -- --build-dir DIR   a site built elsewhere (default build/, or PARLEY_BUILD_DIR)
 *   npm run bench:click -- --profile         also a CPU profile of the clicks: the functions with
 *                                            the most self time, and the garbage collector's share
 *   --keep                                   keep the temporary folder of --turns (its path is printed)
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { timeBySource, type CpuProfile, type ProfileNode } from './profile-sources';
import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
import { generateCase } from './bench';
import { timedBuild } from './timed-build';

const root = resolve(import.meta.dirname, '..');
const REPEAT = 20;
const GENERATED_SLUG = 'large';

function option(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}
const VALUED = new Set(['--turns', '--build-dir']);
const positional = process.argv.slice(2).filter((arg, i, args) => !arg.startsWith('--') && !VALUED.has(args[i - 1] ?? ''));
const turns = option('--turns');
const profile = process.argv.includes('--profile');
const keep = process.argv.includes('--keep');

/** Marks to click, found by chart and accessible-name prefix (first match). */
const MARKS = [
	{ what: 'speaker bar', chart: 'speaker-share', index: 1 },
	{ what: 'section bar', chart: 'section-speakers', index: 2 },
	{ what: 'heatmap cell', chart: 'theme-heatmap', index: 0 },
	{ what: 'matrix cell', chart: 'cooccurrence-matrix', index: 1 }
];

/** Builds a content folder holding one generated transcript of `count` turns; returns the build folder. */
function buildGenerated(count: number): { out: string; temp: string } {
	if (!Number.isInteger(count) || count < 1) throw new Error(`--turns wants a whole number of turns, got ${turns}`);
	const temp = mkdtempSync(join(tmpdir(), `parley-click-t${count}-`));
	mkdirSync(join(temp, 'transcripts'));
	copyFileSync(join(root, 'src/content/themes.json'), join(temp, 'themes.json'));
	writeFileSync(join(temp, 'transcripts', `${GENERATED_SLUG}.txt`), generateCase(`t${count}`));
	const out = join(temp, 'build');
	console.log(`Building a generated transcript of ${count} turns in ${temp} …`);
	const build = timedBuild(temp, out);
	if (!build.ok) {
		console.log(build.stdout.slice(-3000), build.stderr.slice(-3000));
		throw new Error(`the build failed (exit ${build.status})`);
	}
	console.log(`built in ${(build.ms / 1000).toFixed(1)} s`);
	return { out, temp };
}

/** Clicks one mark `repeat` times in the page and returns the three timings of each click. */
function clickTimings(page: Page, chart: string, index: number) {
	return page.evaluate(
		async ({ chart, index, repeat }) => {
			const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-chart="${chart}"] .plot button[aria-pressed]:not([disabled])`)];
			const button = buttons[index]!;
			// A reader clicks what they see: the mark is scrolled into view first (charts out of
			// sight follow a click a frame late; the clicked one must not be among them).
			button.scrollIntoView({ block: 'center' });
			for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
			const dom: number[] = [];
			const layout: number[] = [];
			const painted: number[] = [];
			const listed: number[] = [];
			for (let i = 0; i < repeat; i++) {
				const t0 = performance.now();
				button.click();
				// Svelte flushes its updates in a microtask queued by the click: this one runs after it.
				await new Promise<void>((done) => queueMicrotask(done));
				const t1 = performance.now();
				void document.body.offsetHeight; // forces style and layout now
				const t2 = performance.now();
				dom.push(t1 - t0);
				layout.push(t2 - t0);
				// The next frame: a task after requestAnimationFrame runs once that frame is painted.
				await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
				painted.push(performance.now() - t0);
				// The quote panel follows a frame later (aria-busy until then): when it lists the new quotes.
				while (document.querySelector('.quote-panel[aria-busy="true"]')) await new Promise((done) => setTimeout(done, 0));
				listed.push(performance.now() - t0);
				await new Promise((done) => setTimeout(done, 50));
			}
			return { dom, layout, painted, listed };
		},
		{ chart, index, repeat: REPEAT }
	);
}

/** A profile node's name: function, file, line and column (bundle file names are chunks). */
function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber, columnNumber } = node.callFrame;
	const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
	return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
}

/**
 * The functions with the most self time in a CPU profile, then those with the most total time
 * (self and everything they called: a function counted once per sample however deep it recurses).
 */
function topFunctions(profile: CpuProfile, limit = 25): string[] {
	const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	let all = 0;
	let idle = 0;
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i] ?? 0) / 1000;
		all += ms;
		const node = byNode.get(id)!;
		if (node.callFrame.functionName === '(idle)') {
			idle += ms;
			return;
		}
		self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const name = frameName(byNode.get(at)!);
			if (seen.has(name)) continue;
			seen.add(name);
			total.set(name, (total.get(name) ?? 0) + ms);
		}
	});
	const busy = all - idle;
	const rows = (map: Map<string, number>) =>
		[...map]
			.filter(([name]) => !name.startsWith('(root)'))
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`);
	return [`busy ${busy.toFixed(0)} ms of ${all.toFixed(0)} ms profiled`, 'self time:', ...rows(self), 'total time:', ...rows(total)];
}

const generated = turns ? buildGenerated(Number(turns)) : undefined;
const buildDir = generated?.out ?? resolve(root, option('--build-dir') ?? (process.env.PARLEY_BUILD_DIR || 'build'));
/** The slug given, else the default transcript when the build has it, else the build's first. */
function pickSlug(): string {
	if (positional[0]) return positional[0];
	const built = readdirSync(join(buildDir, 't'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
	return built.includes('altman-lightcap-20vc') ? 'altman-lightcap-20vc' : built.sort()[0]!;
}
const slug = pickSlug();
const server = await serveStatic(buildDir);
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.setDefaultTimeout(300_000);
	await page.goto(`${server.url}/t/${slug}/`, { timeout: 300_000 });
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 300_000, polling: 100 });
	const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
	console.log(`Chromium, ${slug}, 1280x800, ${elements} elements, ${REPEAT} clicks each (select, then clear: half are each)`);
	// The main thread's CPU time (Performance.getMetrics' ThreadTime) is far less swayed by other
	// processes on a shared machine than the wall-clock columns: printed beside them.
	const metrics = await page.context().newCDPSession(page);
	await metrics.send('Performance.enable');
	const threadSeconds = async () => {
		const { metrics: all } = (await metrics.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		return all.find((metric) => metric.name === 'ThreadTime')!.value;
	};
	const cdp = profile ? metrics : undefined;
	if (cdp) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
	}
	console.log('mark           DOM updated ms        + style & layout ms   next frame painted ms   quotes listed ms      (median / max)   main-thread CPU ms per click (mean)');
	for (const mark of MARKS) {
		const cpuBefore = await threadSeconds();
		const timings = await clickTimings(page, mark.chart, mark.index);
		const cpuMs = ((await threadSeconds()) - cpuBefore) * 1000 / REPEAT;
		const stat = (values: number[]) => {
			const sorted = [...values].sort((a, b) => a - b);
			return `${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} / ${sorted.at(-1)!.toFixed(1)}`;
		};
		console.log(`${mark.what.padEnd(15)}${stat(timings.dom).padEnd(22)}${stat(timings.layout).padEnd(22)}${stat(timings.painted).padEnd(24)}${stat(timings.listed).padEnd(39)}${cpuMs.toFixed(1)}`);
	}
	if (cdp) {
		const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
		const saved = join(tmpdir(), `parley-click-${slug}.cpuprofile`);
		writeFileSync(saved, JSON.stringify(cpu));
		console.log(`\nCPU profile of all the clicks above, saved as ${saved} (opens in Chromium's DevTools):`);
		for (const line of topFunctions(cpu)) console.log(`  ${line}`);
		console.log('');
		for (const line of timeBySource(cpu, buildDir)) console.log(`  ${line}`);
	}
} finally {
	await browser.close();
	await server.close();
	if (generated && !keep) rmSync(generated.temp, { recursive: true, force: true });
	else if (generated) console.log(`kept ${generated.temp}`);
}
