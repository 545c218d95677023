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
import { dirname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { listTranscripts } from '../src/lib/server/content';
import { bootNodeIds, firstLoadHrefs, nodeModules, staticImports } from './wire-imports';

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

/** Vite's manifest, when the build kept one: file (relative to the build) -> its static imports' files. */
function manifestImports(): Map<string, string[]> | undefined {
	const path = join(buildDir, '.vite', 'manifest.json');
	if (!existsSync(path)) return undefined;
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
	const byFile = new Map<string, string[]>();
	for (const chunk of Object.values(manifest)) {
		byFile.set(chunk.file, (chunk.imports ?? []).map((key) => manifest[key]?.file).filter((file): file is string => !!file));
	}
	return byFile;
}

const manifest = manifestImports();
const inBuild = (path: string) => relative(buildDir, path).split(sep).join('/');

/** Every JavaScript file (absolute path) the page loads before anything is clicked. */
function firstLoadScripts(htmlPath: string, html: string): string[] {
	const seen = new Set<string>();
	const queue = firstLoadHrefs(html).map((href) => resolve(dirname(htmlPath), href));
	// The route's nodes: Kit imports them dynamically from its app entry at start.
	const app = queue.find((path) => /[\\/]entry[\\/]app\.[\w-]+\.js$/.test(path));
	if (app) {
		const nodes = nodeModules(readFileSync(app, 'utf8'));
		for (const id of bootNodeIds(html)) {
			const node = nodes.get(id);
			if (!node) throw new Error(`bench:wire: ${inBuild(htmlPath)} starts with node ${id}, which ${inBuild(app)} does not import`);
			queue.push(resolve(dirname(app), node));
		}
	}
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		if (!existsSync(path)) throw new Error(`bench:wire: ${inBuild(htmlPath)} loads ${inBuild(path)}, which is not in the build`);
		seen.add(path);
		const fromManifest = manifest?.get(inBuild(path));
		if (fromManifest) queue.push(...fromManifest.map((file) => join(buildDir, file)));
		else queue.push(...staticImports(readFileSync(path, 'utf8')).map((href) => resolve(dirname(path), href)));
	}
	return [...seen].sort();
}

/** Stylesheets the HTML links. */
function stylesheets(htmlPath: string, html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /\brel="stylesheet"/.test(tag))
		.map((tag) => resolve(dirname(htmlPath), /\bhref="([^"]+)"/.exec(tag)![1]!));
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes: Buffer) => brotliCompressSync(bytes).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows: string[][] = [];
for (const page of PAGES) {
	const htmlPath = join(buildDir, page.path, 'index.html');
	if (!existsSync(htmlPath)) {
		console.error(`bench:wire: ${page.path} is not in the build (${inBuild(htmlPath)})`);
		process.exit(1);
	}
	const htmlBytes = readFileSync(htmlPath);
	const html = htmlBytes.toString('utf8');
	const scripts = firstLoadScripts(htmlPath, html);
	const js = { raw: 0, gzip: 0, brotli: 0 };
	for (const script of scripts) {
		const bytes = readFileSync(script);
		js.raw += bytes.length;
		js.gzip += gzip(bytes);
		js.brotli += brotli(bytes);
	}
	const css = stylesheets(htmlPath, html).reduce((sum, path) => sum + gzip(readFileSync(path)), 0);
	const htmlGzip = gzip(htmlBytes);
	rows.push([page.name, String(scripts.length), kb(js.raw), kb(js.gzip), kb(js.brotli), kb(css), kb(htmlBytes.length), kb(htmlGzip), kb(js.gzip + css + htmlGzip)]);
	if (process.env.BENCH_WIRE_FILES) for (const script of scripts) console.log(`  ${page.name}: ${inBuild(script)} ${kb(gzip(readFileSync(script)))} KB gzip`);
}

const header = ['page', 'JS files', 'JS raw', 'JS gzip', 'JS brotli', 'CSS gzip', 'HTML raw', 'HTML gzip', 'total gzip'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`First load of ${relative(ROOT, buildDir) || '.'} (default transcript: ${slug}); sizes in KB (1024 bytes)\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
