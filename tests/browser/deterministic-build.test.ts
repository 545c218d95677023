/**
 * Deterministic builds: building the same input twice gives byte-identical output. The global
 * setup has built the site once; this builds it again into another folder and compares every file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
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
		execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
			cwd: root,
			env: { ...process.env, PARLEY_BUILD_DIR: relative(root, secondBuild) },
			stdio: 'inherit'
		});
		const first = digests(firstBuild);
		const second = digests(secondBuild);
		expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
		const differing = [...first].filter(([file, digest]) => second.get(file) !== digest).map(([file]) => file);
		expect(differing).toEqual([]);
		expect(first.has('t/altman-lightcap-20vc/index.html')).toBe(true);
		rmSync(secondBuild, { recursive: true, force: true });
	}, 180_000);
});
