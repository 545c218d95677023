/**
 * Runs the production build (`vite build`) in a child process, as `npm run build` does. The
 * environment is the caller's without what vitest adds (NODE_ENV=test, VITEST…): inherited, those
 * would make a different build from the one people deploy, and the tests would test that one.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * @param outDir the build folder (default build/)
 * @param contentDir a content folder to build instead of src/content (PARLEY_CONTENT_DIR)
 */
export function buildSite(outDir?: string, contentDir?: string): void {
	execFileSync(process.execPath, VITE_BUILD, { cwd: ROOT, env: buildEnv(outDir, contentDir), stdio: 'inherit' });
}

export const VITE_BUILD = [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'];

/** The caller's environment without what vitest adds, pointing the build at these folders. */
export function buildEnv(outDir?: string, contentDir?: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(key)) env[key] = value;
	}
	if (outDir) env.PARLEY_BUILD_DIR = outDir;
	if (contentDir) env.PARLEY_CONTENT_DIR = contentDir;
	return env;
}
