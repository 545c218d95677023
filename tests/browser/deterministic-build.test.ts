/**
 * Deterministic builds: building the same input twice gives byte-identical output. The global
 * setup has built the site once (or `npm run build` did, with PARLEY_SKIP_BUILD=1); this builds it
 * again into another folder and compares every file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT as root } from './build-site';

const firstBuild = resolve(root, process.env.PARLEY_BUILD_DIR || 'build');
const secondBuild = resolve(root, 'tmp/build-determinism');

function digests(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
		}
	};
	walk(dir);
	return files;
}

describe('the build', () => {
	it('gives byte-identical output for the same input', () => {
		rmSync(secondBuild, { recursive: true, force: true });
		buildSite(relative(root, secondBuild));
		const first = digests(firstBuild);
		const second = digests(secondBuild);
		expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
		const differing = [...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file);
		expect(differing).toEqual([]);
		expect(first.has('t/altman-lightcap-20vc/index.html')).toBe(true);
		rmSync(secondBuild, { recursive: true, force: true });
	}, 180_000);
});
