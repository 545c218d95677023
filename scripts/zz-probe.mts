import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
const server = await serveStatic(process.argv[2]!);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/t/${process.argv[3] ?? 'large'}/`, { timeout: 120000 });
await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 120000 });
console.log(await page.evaluate(() => {
  const out: Record<string, number> = {};
  for (const chart of document.querySelectorAll('[data-chart]')) out[chart.getAttribute('data-chart')!] = chart.getElementsByTagName('*').length;
  out.quotes = document.querySelector('.quote-panel')?.getElementsByTagName('*').length ?? 0;
  out.all = document.getElementsByTagName('*').length;
  out.hidden_tables = [...document.querySelectorAll('table')].reduce((n, t) => n + t.getElementsByTagName('*').length, 0);
  return out;
}));
await browser.close(); await server.close();
