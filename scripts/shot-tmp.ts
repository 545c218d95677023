import { launchBrowser } from '../tests/browser/browser';
import { serveStatic } from '../tests/browser/static-server';
const server = await serveStatic('build-doc', () => ({}), {});
const browser = await launchBrowser();
for (const lang of ['en', 'zh']) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.goto(`${server.url}/${lang}/embed/altman-lightcap-20vc/cooccurrence-matrix/`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.screenshot({ path: `/tmp/matrix-${lang}.png`, fullPage: true });
	await page.close();
}
await browser.close(); await server.close();
