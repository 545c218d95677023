/**
 * A real `vite build` of the site from a content folder (PARLEY_CONTENT_DIR) into `out`, under
 * `/usr/bin/time -v` for its peak RSS (the largest process of the build: Vite or the prerender
 * child). Shared by the benchmarks that build (bench-size.ts, bench-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildEnv, VITE_BUILD } from '../tests/browser/build-site';

const ROOT = resolve(import.meta.dirname, '..');

export interface TimedBuild {
	ok: boolean;
	status: number | null;
	ms: number;
	/** Peak resident set size of the build's largest process, in MB (NaN when time(1) did not report it). */
	rssMb: number;
	stdout: string;
	stderr: string;
}

export function timedBuild(content: string, out: string): TimedBuild {
	const started = Date.now();
	const build = spawnSync('/usr/bin/time', ['-v', process.execPath, ...VITE_BUILD], {
		cwd: ROOT,
		env: buildEnv(out, content),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const ms = Date.now() - started;
	const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1] ?? NaN);
	return { ok: build.status === 0, status: build.status, ms, rssMb: rssKb / 1024, stdout: build.stdout, stderr: build.stderr };
}
