/**
 * Which file of the build holds a source module, read from Vite's client manifest
 * (.svelte-kit/output/client/.vite/manifest.json, written by the same `vite build` that wrote the
 * build folder): the bundler's own record, not the page's code. The file must exist in the build
 * folder the tests serve, so a manifest left by another build cannot pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './build-site';

const MANIFEST = resolve(ROOT, '.svelte-kit/output/client/.vite/manifest.json');

/** The path (from the site root, e.g. `/_app/immutable/chunks/X.js`) of the chunk whose entry is `source`. */
export function chunkOf(source: string): string {
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
	const file = manifest[source]?.file;
	if (!file) throw new Error(`${MANIFEST}: no chunk for ${source}`);
	const buildDir = resolve(ROOT, process.env.PARLEY_BUILD_DIR || 'build');
	if (!existsSync(resolve(buildDir, file))) throw new Error(`${file} (from ${MANIFEST}) is not in ${buildDir}: the manifest is from another build`);
	return `/${file}`;
}

/**
 * The stylesheets (paths from the site root) that the chunk of `source` brings, its own and those
 * of every chunk it imports statically: what must already be linked where its markup is
 * server-rendered before its code loads.
 */
export function stylesheetsOf(source: string): string[] {
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string; css?: string[]; imports?: string[] }>;
	if (!manifest[source]) throw new Error(`${MANIFEST}: no chunk for ${source}`);
	const seen = new Set<string>();
	const css = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		for (const file of manifest[key]?.css ?? []) css.add(`/${file}`);
		for (const imported of manifest[key]?.imports ?? []) visit(imported);
	};
	visit(source);
	return [...css].sort();
}

/**
 * Every file (path from the site root) that `files` import statically, recursively, with `files`
 * themselves: what a page that names `files` loads before anything is used.
 */
export function staticClosure(files: string[]): string[] {
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
	const byFile = new Map(Object.values(manifest).map((chunk) => [`/${chunk.file}`, (chunk.imports ?? []).map((key) => `/${manifest[key]!.file}`)]));
	const seen = new Set<string>();
	const queue = [...files];
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...(byFile.get(file) ?? []));
	}
	return [...seen].sort();
}
