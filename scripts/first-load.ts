/**
 * What one prerendered page of a built site sends on its first load, read from the build's files:
 * its JavaScript (the modules its HTML names, the route's nodes its bootstrap starts with, and
 * their static imports, recursively; dynamic `import()`s are left out, that code loads when first
 * used), its style sheets and the HTML itself, with their gzip sizes (node:zlib, level 9). Used by
 * `npm run bench:wire`, which prints the figures, and by the budget test in tests/browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bootNodeIds, firstLoadHrefs, nodeModules, staticImports } from './wire-imports';

export interface FirstLoad {
	/** Absolute paths of the JavaScript files, sorted. */
	scripts: string[];
	htmlBytes: Buffer;
	/** gzip bytes: the JavaScript (file by file, as a server sends them), the CSS, the HTML. */
	gzip: { js: number; css: number; html: number; total: number };
}

export const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

/** Vite's manifest, when the build kept one: file (relative to the build) -> its static imports' files. */
function manifestImports(buildDir: string): Map<string, string[]> | undefined {
	const path = join(buildDir, '.vite', 'manifest.json');
	if (!existsSync(path)) return undefined;
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
	const byFile = new Map<string, string[]>();
	for (const chunk of Object.values(manifest)) {
		byFile.set(chunk.file, (chunk.imports ?? []).map((key) => manifest[key]?.file).filter((file): file is string => !!file));
	}
	return byFile;
}

/** The first load of the page at `pagePath` (e.g. `/en/`) of the site built in `buildDir`. */
export function firstLoad(buildDir: string, pagePath: string): FirstLoad {
	const inBuild = (path: string) => relative(buildDir, path).split(sep).join('/');
	const htmlPath = join(buildDir, pagePath, 'index.html');
	if (!existsSync(htmlPath)) throw new Error(`${pagePath} is not in the build (${inBuild(htmlPath)})`);
	const htmlBytes = readFileSync(htmlPath);
	const html = htmlBytes.toString('utf8');
	const manifest = manifestImports(buildDir);

	const seen = new Set<string>();
	const queue = firstLoadHrefs(html).map((href) => resolve(dirname(htmlPath), href));
	// The route's nodes: Kit imports them dynamically from its app entry at start.
	const app = queue.find((path) => /[\\/]entry[\\/]app\.[\w-]+\.js$/.test(path));
	if (app) {
		const nodes = nodeModules(readFileSync(app, 'utf8'));
		for (const id of bootNodeIds(html)) {
			const node = nodes.get(id);
			if (!node) throw new Error(`${inBuild(htmlPath)} starts with node ${id}, which ${inBuild(app)} does not import`);
			queue.push(resolve(dirname(app), node));
		}
	}
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		if (!existsSync(path)) throw new Error(`${inBuild(htmlPath)} loads ${inBuild(path)}, which is not in the build`);
		seen.add(path);
		const fromManifest = manifest?.get(inBuild(path));
		if (fromManifest) queue.push(...fromManifest.map((file) => join(buildDir, file)));
		else queue.push(...staticImports(readFileSync(path, 'utf8')).map((href) => resolve(dirname(path), href)));
	}
	const scripts = [...seen].sort();
	const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /\brel="stylesheet"/.test(tag))
		.map((tag) => resolve(dirname(htmlPath), /\bhref="([^"]+)"/.exec(tag)![1]!));
	const js = scripts.reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0);
	const css = stylesheets.reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0);
	const htmlGzip = gzipSize(htmlBytes);
	return { scripts, htmlBytes, gzip: { js, css, html: htmlGzip, total: js + css + htmlGzip } };
}
