/**
 * How the dashboard starts on a slow phone: Chromium on the built site with its CPU slowed 4x
 * (DevTools' `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile preset), observed from the
 * first script on the page until one second after hydration (`<html data-hydrated="true">`).
 * Prints each long task (over 50 ms, the browser's own `longtask` entries), the longest, their
 * count, the time they block beyond 50 ms each (total blocking time as observed), the DOM element
 * count and the cumulative layout shift (and what shifted). The budget: no long task at all. Figures, not a pass/fail test;
 * other jobs on the machine lengthen the tasks, so read them with the load average printed.
 *
 *   npm run build && npm run bench:hydration [-- <path>] [--runs N] [--rate R] [--profile]
 *
 * <path> defaults to the default transcript's English dashboard; --rate sets the slowdown (default 4).
 * --floor measures a page of one line (`<p>Hello world</p>`, no style sheet, no script) instead of
 * the build: what this machine's Chromium does for any page, the floor under every figure above.
 * --profile records a CPU profile
 * of the start-up (DevTools' Profiler) and prints the functions with the most self time, the
 * scripts they are in, and, for a build with source maps (`npx vite build --sourcemap`), the time
 * by the app's source file that led to it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
import { timeBySource, type CpuProfile } from './profile-sources';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const profile = args.includes('--profile');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${args[runsAt + 1]}"`);
const rateAt = args.indexOf('--rate');
const rate = rateAt >= 0 ? Number(args[rateAt + 1]) : 4;
if (!(rate >= 1)) throw new Error(`--rate wants a slowdown of at least 1, not "${args[rateAt + 1]}"`);
const floor = args.includes('--floor');
const path = floor ? '/floor.html' : (args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--runs' && args[i - 1] !== '--rate') ?? '/en/t/altman-lightcap-20vc/');

interface Start {
	longTasks: { start: number; duration: number }[];
	shifted: string[];
	elements: number;
	cls: number;
	hydratedAt: number;
}

/** What the page records from its first script: long tasks and layout shifts, buffered. */
function observe() {
	const w = window as unknown as { __start: { longTasks: { start: number; duration: number }[]; cls: number; shifted: string[] } };
	w.__start = { longTasks: [], cls: 0, shifted: [] };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) w.__start.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
			if (entry.hadRecentInput) continue;
			w.__start.cls += entry.value;
			// What moved: the first few shifted elements, by tag and class.
			const sources = (entry as unknown as { sources?: { node?: Node }[] }).sources ?? [];
			for (const { node } of sources.slice(0, 3)) {
				if (node instanceof Element) w.__start.shifted.push(`${node.tagName.toLowerCase()}.${[...node.classList].join('.')} (${entry.value.toFixed(3)})`);
			}
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

/** What each long task blocks beyond 50 ms, summed (Lighthouse's total blocking time, observed). */
function blocking(durations: number[]): number {
	return durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}

/** The floor's page: one line, marked hydrated as it is parsed (it has nothing to hydrate). */
const FLOOR_PAGE = '<!doctype html><html lang="en" data-hydrated="true"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Floor</title></head><body><p>Hello world</p></body></html>\n';
const floorDir = floor ? mkdtempSync(join(tmpdir(), 'parley-floor-')) : null;
if (floorDir) writeFileSync(join(floorDir, 'floor.html'), FLOOR_PAGE);
const buildDir = floorDir ?? resolve(root, process.env.PARLEY_BUILD_DIR || 'build');
const server = await serveStatic(buildDir, undefined, { gzip: true });
const browser = await launchBrowser();
try {
	console.log(`Chromium, ${path}, 390x844, CPU ${rate}x slower, load average ${loadavg()[0]!.toFixed(2)}`);
	console.log('run  long tasks (ms, start@duration)                        longest  >50ms  blocking  elements  CLS    hydrated at ms');
	for (let run = 1; run <= runs; run++) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		if (profile && run === 1) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		await page.addInitScript(observe);
		await page.goto(`${server.url}${path}`);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 60_000 });
		const hydratedAt = await page.evaluate(() => performance.now());
		await page.waitForTimeout(1000);
		const start: Start = await page.evaluate((hydratedAt) => {
			const w = window as unknown as { __start: { longTasks: { start: number; duration: number }[]; cls: number; shifted: string[] } };
			return { ...w.__start, elements: document.getElementsByTagName('*').length, hydratedAt };
		}, hydratedAt);
		const durations = start.longTasks.map((task) => task.duration);
		const tasks = start.longTasks.map((task) => `${task.start.toFixed(0)}@${task.duration.toFixed(0)}`).join(' ') || '-';
		console.log(
			`${String(run).padEnd(5)}${tasks.padEnd(56)}${(durations.length ? Math.max(...durations).toFixed(0) : '0').padStart(7)}` +
				`${String(durations.filter((d) => d > 50).length).padStart(7)}${blocking(durations).toFixed(0).padStart(10)}${String(start.elements).padStart(10)}  ${start.cls.toFixed(3)}  ${start.hydratedAt.toFixed(0).padStart(8)}`
		);
		if (start.shifted.length) console.log(`     shifted: ${start.shifted.join(', ')}`);
		if (profile && run === 1) {
			const { profile: cpu } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
			const selfTime = new Map<number, number>();
			cpu.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (cpu.timeDeltas[i] ?? 0) / 1000));
			const byFunction = new Map<string, number>();
			const byScript = new Map<string, number>();
			for (const node of cpu.nodes) {
				const ms = selfTime.get(node.id) ?? 0;
				const script = node.callFrame.url.replace(server.url, '') || `(${node.callFrame.functionName || 'native'})`;
				const key = `${node.callFrame.functionName || '(anonymous)'}  ${script}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
				byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
				byScript.set(script, (byScript.get(script) ?? 0) + ms);
			}
			const top = (map: Map<string, number>, n: number) =>
				[...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`).join('\n');
			console.log(`\nCPU profile of run 1 (${rate}x slowed), self time by script:\n${top(byScript, 15)}`);
			console.log(`\nself time by function:\n${top(byFunction, 40)}\n`);
			console.log(`${timeBySource(cpu, buildDir).join('\n')}\n`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
	if (floorDir) rmSync(floorDir, { recursive: true, force: true });
}
