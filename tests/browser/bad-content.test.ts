/**
 * A content file that cannot be analysed stops the build, naming the file: never a site that is
 * quietly missing a page. The real `vite build`, on a content folder with one good transcript and
 * one without any speaker label.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, ROOT, VITE_BUILD } from './build-site';

describe('a content folder with a file that cannot be analysed', { timeout: 300_000 }, () => {
	it('fails the build with the file name and what is wrong, and writes no site', () => {
		const content = mkdtempSync(join(tmpdir(), 'parley-bad-content-'));
		mkdirSync(join(content, 'transcripts'));
		copyFileSync(resolve(ROOT, 'src/content/themes.json'), join(content, 'themes.json'));
		for (const name of ['zh-chip-roundtable.txt', 'zh-chip-roundtable.meta.json']) {
			copyFileSync(resolve(ROOT, 'src/content/transcripts', name), join(content, 'transcripts', name));
		}
		writeFileSync(join(content, 'transcripts', 'op-ed.txt'), 'An opinion piece.\n\nIt has paragraphs but nobody speaks in turns.\n');
		const out = join(content, 'build');
		const result = spawnSync(process.execPath, VITE_BUILD, { cwd: ROOT, env: buildEnv(out, content), encoding: 'utf8' });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/op-ed\.txt: no speaker labels found/);
		expect(existsSync(join(out, 'index.html'))).toBe(false);
	});
});
