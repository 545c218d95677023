import { readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/t/${process.argv[3] ?? 'large'}/`, { timeout: 120000 });
await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 120000 });
await browser.startTracing(page, { path: '/tmp/clicks-trace.json', categories: ['devtools.timeline', 'blink', 'v8.execute'] });
await page.evaluate(async (chart) => {
  const button = [...document.querySelectorAll<HTMLButtonElement>(`[data-chart="${chart}"] .plot button[aria-pressed]:not([disabled])`)][1]!;
  for (let i = 0; i < 8; i++) { button.click(); await new Promise((d) => requestAnimationFrame(() => setTimeout(d, 0))); await new Promise((d) => setTimeout(d, 50)); }
}, process.argv[4] ?? 'speaker-share');
await browser.stopTracing();
const events = JSON.parse(readFileSync('/tmp/clicks-trace.json', 'utf8')).traceEvents as { name: string; ph: string; dur?: number; tid: number; pid: number }[];
const sums = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(9), k);
await browser.close(); await server.close();
