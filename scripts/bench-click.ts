/**
 * How long a click on a chart takes to update every chart and the quote panel, in Chromium on
 * the built site: from the click to the DOM updated (Svelte's flush), to style and layout done, and
 * to the next frame painted (which includes the wait for the frame: up to 16.7 ms at 60 Hz).
 * The budget is one frame (16.7 ms at 60 Hz). Prints figures; it is not a pass/fail test.
 *
 *   npm run build && npm run bench:click [-- <slug>]
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';

const root = resolve(import.meta.dirname, '..');
const slug = process.argv[2] ?? 'altman-lightcap-20vc';
const REPEAT = 20;

/** Marks to click, found by chart and accessible-name prefix (first match). */
const MARKS = [
	{ what: 'speaker bar', chart: 'speaker-share', index: 1 },
	{ what: 'section bar', chart: 'section-speakers', index: 2 },
	{ what: 'heatmap cell', chart: 'theme-heatmap', index: 0 },
	{ what: 'matrix cell', chart: 'cooccurrence-matrix', index: 1 }
];

const server = await serveStatic(resolve(root, process.env.PARLEY_BUILD_DIR || 'build'));
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${server.url}/t/${slug}/`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	console.log(`Chromium, ${slug}, 1280x800, ${REPEAT} clicks each (select, then clear: half are each)`);
	console.log('mark           DOM updated ms        + style & layout ms   next frame painted ms   (median / max)');
	for (const mark of MARKS) {
		const timings = await page.evaluate(
			async ({ chart, index, repeat }) => {
				const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[data-chart="${chart}"] .plot button[aria-pressed]:not([disabled])`)];
				const button = buttons[index]!;
				const dom: number[] = [];
				const layout: number[] = [];
				const painted: number[] = [];
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
					await new Promise((done) => setTimeout(done, 50));
				}
				return { dom, layout, painted };
			},
			{ chart: mark.chart, index: mark.index, repeat: REPEAT }
		);
		const stat = (values: number[]) => {
			const sorted = [...values].sort((a, b) => a - b);
			return `${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} / ${sorted.at(-1)!.toFixed(1)}`;
		};
		console.log(`${mark.what.padEnd(15)}${stat(timings.dom).padEnd(22)}${stat(timings.layout).padEnd(22)}${stat(timings.painted)}`);
	}
} finally {
	await browser.close();
	await server.close();
}
