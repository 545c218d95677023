/**
 * npm run bench:wire [-- <build folder>]: what the first load of each kind of page sends over the
 * wire, read from a built site (default `build/`; nothing is built here: run `npm run build` first).
 *
 * Pages: the index, the English dashboard, reader and present page of the default transcript (the
 * first slug of the content folder, as the index lists them) and one embed of it. For each page the
 * JavaScript of its first load is the modules its prerendered HTML names (modulepreload links and
 * the imports of its inline bootstrap script, and the route's nodes it starts with) and, recursively, their static imports: from
 * `<build>/.vite/manifest.json` when the build has one, else read from each chunk's own import
 * statements. Dynamic `import()`s are not followed: that code loads when first used.
 *
 * Printed per page: files, raw, gzip (node:zlib, level 9) and brotli bytes of that JavaScript, the
 * gzip bytes of its CSS and of the HTML itself (which holds the server-rendered charts and the page
 * data), and the total gzip (JavaScript + CSS + HTML). Fonts are left out: they load per character
 * range, only for the text shown. Figures, not a pass/fail test; see README, "Performance".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { listTranscripts } from '../src/lib/server/content';
import { firstLoad, gzipSize, type FirstLoad } from './first-load';

const ROOT = resolve(import.meta.dirname, '..');
const buildDir = resolve(ROOT, process.argv[2] ?? process.env.PARLEY_BUILD_DIR ?? 'build');

if (!existsSync(join(buildDir, 'index.html'))) {
	console.error(`bench:wire: no built site in ${buildDir} (no index.html); run npm run build first`);
	process.exit(1);
}

const slug = listTranscripts()[0];
if (!slug) {
	console.error('bench:wire: the content folder holds no transcript');
	process.exit(1);
}

const PAGES: { name: string; path: string }[] = [
	{ name: 'index', path: '/en/' },
	{ name: 'dashboard', path: `/en/t/${slug}/` },
	{ name: 'reader', path: `/en/t/${slug}/read/` },
	{ name: 'present', path: `/en/present/${slug}/` },
	{ name: 'embed', path: `/en/embed/${slug}/speaker-share/` }
];

const inBuild = (path: string) => relative(buildDir, path).split(sep).join('/');
const brotli = (bytes: Buffer) => brotliCompressSync(bytes).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows: string[][] = [];
for (const page of PAGES) {
	let load: FirstLoad;
	try {
		load = firstLoad(buildDir, page.path);
	} catch (error) {
		console.error(`bench:wire: ${(error as Error).message}`);
		process.exit(1);
	}
	const { scripts, htmlBytes, gzip } = load;
	let raw = 0;
	let brotliBytes = 0;
	for (const script of scripts) {
		const bytes = readFileSync(script);
		raw += bytes.length;
		brotliBytes += brotli(bytes);
	}
	rows.push([page.name, String(scripts.length), kb(raw), kb(gzip.js), kb(brotliBytes), kb(gzip.css), kb(htmlBytes.length), kb(gzip.html), kb(gzip.total)]);
	if (process.env.BENCH_WIRE_FILES) for (const script of scripts) console.log(`  ${page.name}: ${inBuild(script)} ${kb(gzipSize(readFileSync(script)))} KB gzip`);
}

const header = ['page', 'JS files', 'JS raw', 'JS gzip', 'JS brotli', 'CSS gzip', 'HTML raw', 'HTML gzip', 'total gzip'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`First load of ${relative(ROOT, buildDir) || '.'} (default transcript: ${slug}); sizes in KB (1024 bytes)\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
