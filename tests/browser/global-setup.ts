/**
 * Builds the site once (`vite build`; set PARLEY_SKIP_BUILD=1 to reuse an existing build), serves
 * the build folder (build/, or PARLEY_BUILD_DIR) on a free localhost port for every browser test,
 * and stops the server afterwards. Tests read the address with `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { serveStatic } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const root = resolve(import.meta.dirname, '../..');
	// Same folder the adapter writes to (svelte.config.js reads PARLEY_BUILD_DIR too).
	const buildDir = resolve(root, process.env.PARLEY_BUILD_DIR || 'build');
	if (process.env.PARLEY_SKIP_BUILD !== '1' || !existsSync(resolve(buildDir, 'index.html'))) {
		buildSite();
	}
	const server = await serveStatic(buildDir);
	project.provide('baseUrl', server.url);
	return server.close;
}
