/**
 * Prints what a page of the built site costs a reader: the JavaScript it loads (raw, gzip and
 * brotli), its HTML and its data. Run after `npm run build`: `npm run budget [-- /t/<slug>/]`.
 * Figures, not a pass/fail test: the budget (dashboard under 100 KB of compressed JavaScript) is
 * tracked here and in the closing notes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, process.env.PARLEY_BUILD_DIR || 'build');
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/t/altman-lightcap-20vc/', '/t/altman-lightcap-20vc/read/', '/present/altman-lightcap-20vc/'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });

/** Every module the page loads: its modulepreload links, then their static imports, transitively. */
function scriptsOf(html: string): string[] {
	const seen = new Set<string>();
	const queue = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!);
	queue.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]!));
	while (queue.length) {
		const href = queue.shift()!;
		const path = join(buildDir, href.replace(/^(\.\.?\/)+/, '').replace(/^\//, ''));
		if (seen.has(path) || !existsSync(path)) continue;
		seen.add(path);
		const code = readFileSync(path, 'utf8');
		for (const m of code.matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g)) {
			const relativeHref = (m[1] ?? m[2])!;
			queue.push(join(path, '..', relativeHref).slice(buildDir.length + 1));
		}
	}
	return [...seen];
}

if (!existsSync(join(buildDir, 'index.html'))) {
	console.error(`budget: no build in ${buildDir}; run npm run build first`);
	process.exit(1);
}
for (const page of pages) {
	const htmlPath = join(buildDir, page, 'index.html');
	const html = readFileSync(htmlPath);
	const scripts = scriptsOf(html.toString('utf8'));
	const total = { raw: 0, gzip: 0, brotli: 0 };
	for (const script of scripts) {
		const s = sizes(readFileSync(script));
		total.raw += s.raw;
		total.gzip += s.gzip;
		total.brotli += s.brotli;
	}
	const h = sizes(html);
	console.log(
		`${page}\n  JavaScript: ${scripts.length} files, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli` +
			`\n  HTML (with server-rendered charts and page data): ${kb(h.raw)} raw, ${kb(h.gzip)} gzip`
	);
}
