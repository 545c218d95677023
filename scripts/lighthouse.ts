/**
 * `npm run lighthouse [-- <build folder>] [--runs N]`: Lighthouse (mobile preset: its default
 * config, simulated slow 4G and a 4x slower CPU) on five pages of a built site: the index, the
 * default transcript's dashboard, reader, one embed and present mode. It serves the build as a
 * static host would (`dir/` -> `dir/index.html`, the site's `_headers` file applied, text gzipped),
 * starts Debian's Chromium ($CHROME_PATH, default /usr/bin/chromium; never a downloaded browser)
 * and prints each page's four category scores, then, for every score below its target
 * (performance 98, the others 100), the audits that cost points: id, title and value.
 *
 * It builds nothing and fails nothing: scores on a shared machine vary, so speed is never a timed
 * test. Total blocking time is the main thread's observed long tasks times Lighthouse's 4x CPU
 * slowdown, so other jobs on the machine raise it: each page's line shows Lighthouse's CPU
 * benchmark and the load average to read it by. With --runs N each page is audited N times and the median of each score is printed;
 * --only dashboard,reader audits only those pages; --json <folder> writes each run's full report
 * there (`<page>-<run>.json`, for Lighthouse's viewer); --throttling devtools applies the same
 * network and CPU limits to the real page load (DevTools throttling) instead of simulating them
 * from an unthrottled load (Lighthouse's default, "simulate"), to check that a change seen in the
 * simulation happens in a real load too. --http2 serves the build over HTTPS and HTTP/2 (a
 * certificate openssl makes for 127.0.0.1, which this Chromium is told to accept), as static hosts
 * serve a site: Lighthouse's simulation then fetches every file over one connection, not six at
 * a time with a round trip each, which moves first paint and blocking time (see README,
 * "Lighthouse").
 *
 * Before the first audit the script lays out a line of Latin and Chinese text, regular and bold, in
 * a tab of its own (--cold skips this). On Linux, the first time a Chromium process uses a system
 * font its font service copies the whole file into shared memory on the page's main thread: about
 * 200 ms for Noto Sans CJK's two 20 MB files here, once per browser process. Without the warm-up
 * the first page audited (the index) paid it inside its first layout, which Lighthouse's 4x
 * slowdown turns into some 800 ms of blocking time; a reader's browser has long loaded its system
 * fonts, and the other four pages never paid it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../tests/browser/browser';
import { headersFor, parseHeadersFile } from '../tests/browser/headers-file';
import { serveStatic } from '../tests/browser/static-server';

const root = resolve(import.meta.dirname, '..');
const SLUG = 'altman-lightcap-20vc';
export const PAGES = [
	{ name: 'index', path: '/en/' },
	{ name: 'dashboard', path: `/en/t/${SLUG}/` },
	{ name: 'reader', path: `/en/t/${SLUG}/read/` },
	{ name: 'embed', path: `/en/embed/${SLUG}/theme-heatmap/` },
	{ name: 'present', path: `/en/present/${SLUG}/` }
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

type Throttling = 'simulate' | 'devtools';

function parseArgs(argv: string[]): { build: string; runs: number; only: string[]; json?: string; throttling: Throttling; cold: boolean; http2: boolean } {
	let json: string | undefined;
	let cold = false;
	let http2 = false;
	let throttling: Throttling = 'simulate';
	let build = 'build';
	let runs = 1;
	let only = PAGES.map((page) => page.name);
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--runs') {
			runs = Number(argv[++i]);
			if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not "${argv[i]}"`);
		} else if (arg === '--throttling') {
			const method = argv[++i];
			if (method !== 'simulate' && method !== 'devtools') throw new Error(`--throttling is simulate or devtools, not "${method}"`);
			throttling = method;
		} else if (arg === '--cold') {
			cold = true;
		} else if (arg === '--http2') {
			http2 = true;
		} else if (arg === '--json') {
			json = resolve(argv[++i] ?? '');
		} else if (arg === '--only') {
			only = (argv[++i] ?? '').split(',');
			const unknown = only.filter((name) => !PAGES.some((page) => page.name === name));
			if (unknown.length) throw new Error(`--only names pages of ${PAGES.map((page) => page.name).join(', ')}, not ${unknown.join(', ')}`);
		} else build = arg;
	}
	return { build: resolve(root, build), runs, only, json, throttling, cold, http2 };
}

/** Starts Chromium with a DevTools port of its choosing; resolves with the port once it listens. */
function startChromium(profile: string, extraArgs: string[]): Promise<{ port: number; process: ChildProcess }> {
	const executable = process.env.CHROME_PATH || '/usr/bin/chromium';
	const child = spawn(executable, [...CHROMIUM_ARGS, ...extraArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	return new Promise((done, fail) => {
		let stderr = '';
		const timer = setTimeout(() => fail(new Error(`Chromium (${executable}) did not open a DevTools port in 30 s:\n${stderr}`)), 30_000);
		child.on('error', (error) => fail(new Error(`Could not start Chromium (${executable}): ${error.message}`)));
		child.stderr!.setEncoding('utf8');
		child.stderr!.on('data', (chunk: string) => {
			stderr += chunk;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
			if (match) {
				clearTimeout(timer);
				done({ port: Number(match[1]), process: child });
			}
		});
	});
}

/** The fonts the pages use, Latin and CJK, regular and bold; any page's text would do. */
const FONT_WARM_UP = `data:text/html;charset=utf-8,${encodeURIComponent(
	'<!doctype html><p style="font-family: Arial, sans-serif">Aa 中文 <b>Aa 中文</b></p><p style="font-family: \'Noto Sans CJK SC\', sans-serif">Aa 中文 <b>Aa 中文</b></p>'
)}`;

/** Lays out FONT_WARM_UP in a tab of its own, through the DevTools HTTP endpoints, then closes it. */
async function warmFonts(port: number): Promise<void> {
	const response = await fetch(`http://127.0.0.1:${port}/json/new?${FONT_WARM_UP}`, { method: 'PUT' });
	if (!response.ok) throw new Error(`Chromium did not open the font warm-up tab: HTTP ${response.status}`);
	const tab = (await response.json()) as { id: string };
	await new Promise((done) => setTimeout(done, 2000));
	await fetch(`http://127.0.0.1:${port}/json/close/${tab.id}`);
}

/** A key and self-signed certificate for 127.0.0.1, made by openssl in `folder`. */
function selfSignedCertificate(folder: string): { key: string; cert: string } {
	const key = join(folder, 'key.pem');
	const cert = join(folder, 'cert.pem');
	try {
		execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
	} catch (error) {
		throw new Error(`--http2 needs openssl (1.1.1 or later) to make a certificate for 127.0.0.1: ${error instanceof Error ? error.message : error}`);
	}
	return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** The audits of a category that cost points: those that count (weight > 0) and scored below 1. */
function failingAudits(lhr: Lhr, category: (typeof CATEGORIES)[number]): string[] {
	return lhr.categories[category]!.auditRefs
		.filter((ref) => ref.weight > 0)
		.map((ref) => lhr.audits[ref.id]!)
		.filter((audit) => audit.score !== null && audit.score < 1)
		.flatMap((audit) => [`${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [score ${audit.score}]`, ...offenders(audit)]);
}

/** Up to five of the elements an audit names (its table's node snippets), to find them. */
function offenders(audit: Lhr['audits'][string]): string[] {
	const details = audit.details as { type?: string; items?: Record<string, unknown>[] } | undefined;
	const items = details?.type === 'table' || details?.type === 'list' ? (details.items ?? []) : [];
	const names = items
		.map((item) => {
			const node = (item.node ?? item.source) as { snippet?: string; nodeLabel?: string } | undefined;
			return node?.snippet ? `${node.snippet.slice(0, 140)}${node.nodeLabel ? ` "${node.nodeLabel.slice(0, 40)}"` : ''}` : undefined;
		})
		.filter((name): name is string => name !== undefined);
	return [...names.slice(0, 5).map((name) => `        ${name}`), ...(names.length > 5 ? [`        … and ${names.length - 5} more`] : [])];
}

async function main(): Promise<void> {
	const { build, runs, only, json, throttling, cold, http2 } = parseArgs(process.argv.slice(2));
	if (!existsSync(join(build, 'index.html'))) throw new Error(`${build} has no index.html: run \`npm run build\` first, or name a built site`);
	const headersFile = join(build, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const profile = mkdtempSync(join(tmpdir(), 'parley-lighthouse-'));
	const server = await serveStatic(build, (pathname) => headersFor(rules, pathname), { gzip: true, tls: http2 ? selfSignedCertificate(profile) : undefined });
	const chromium = await startChromium(profile, http2 ? ['--ignore-certificate-errors'] : []);
	const rows: { name: string; scores: number[] }[] = [];
	const problems: string[] = [];
	try {
		if (!cold) await warmFonts(chromium.port);
		console.log(
			`Lighthouse, mobile preset, ${throttling === 'simulate' ? 'simulated' : 'DevTools'} throttling, ${build}, ${runs} run(s) per page (median), ${cold ? 'fonts cold' : 'fonts warmed'}`
		);
		for (const page of PAGES.filter((page) => only.includes(page.name))) {
			const perRun: Record<string, number[]> = {};
			let last: Lhr | undefined;
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(`${server.url}${page.path}`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], throttlingMethod: throttling });
				if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`);
				const lhr = result.lhr;
				if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				for (const warning of lhr.runWarnings) problems.push(`${page.name}: warning: ${warning}`);
				for (const category of CATEGORIES) (perRun[category] ??= []).push(Math.round((lhr.categories[category]!.score ?? 0) * 100));
				last = lhr;
				if (json) {
					mkdirSync(json, { recursive: true });
					writeFileSync(join(json, `${page.name}-${run + 1}.json`), JSON.stringify(lhr));
				}
			}
			const scores = CATEGORIES.map((category) => median(perRun[category]!));
			rows.push({ name: page.name, scores });
			CATEGORIES.forEach((category, i) => {
				if (scores[i]! >= TARGET[category]) return;
				problems.push(`${page.name} ${category} ${scores[i]} < ${TARGET[category]} (runs: ${perRun[category]!.join(', ')}); in the last run:`);
				for (const line of failingAudits(last!, category)) problems.push(`    ${line}`);
			});
			if (last) {
				const metric = (id: string) => last!.audits[id]?.displayValue ?? '-';
				console.log(
					`  ${page.name}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, TTI ${metric('interactive')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}` +
						` (Lighthouse's CPU benchmark ${Math.round(last.environment.benchmarkIndex)}, load average ${loadavg()[0]!.toFixed(1)})`
				);
			}
		}
	} finally {
		chromium.process.kill();
		await server.close();
		await new Promise((done) => setTimeout(done, 500));
		rmSync(profile, { recursive: true, force: true });
	}
	const header = ['page', ...CATEGORIES];
	const table = [header, ...rows.map((row) => [row.name, ...row.scores.map(String)])];
	const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
	console.log('');
	for (const cells of table) console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
	console.log(`targets: performance >= ${TARGET.performance}, the others ${TARGET.accessibility}`);
	if (problems.length > 0) {
		console.log('');
		console.log('Below target or warned:');
		for (const line of problems) console.log(line);
	} else console.log('Every page meets every target.');
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
