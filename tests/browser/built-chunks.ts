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
