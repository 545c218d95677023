/**
 * The CLI's Node flags follow the transcript's size: small inputs cap V8's young generation at
 * 4 MB (memory), large ones get Node's full 16 MB (speed). The file the CLI sizes is the largest
 * the command line names.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisNodeFlags, largestFileNamed } from '../../../bin/analysis-node-flags.js';

const MiB = 1024 * 1024;

describe('analysisNodeFlags', () => {
	it('caps the young generation at 4 MB below 4 MiB of input, and when the size is unknown', () => {
		expect(analysisNodeFlags(undefined)).toEqual(['--max-semi-space-size=4']);
		expect(analysisNodeFlags(0)).toEqual(['--max-semi-space-size=4']);
		expect(analysisNodeFlags(1 * MiB)).toEqual(['--max-semi-space-size=4']);
		expect(analysisNodeFlags(4 * MiB - 1)).toEqual(['--max-semi-space-size=4']);
	});
	it('gives 16 MB semi-spaces from 4 MiB up', () => {
		expect(analysisNodeFlags(4 * MiB)).toEqual(['--max-semi-space-size=16']);
		expect(analysisNodeFlags(10 * MiB)).toEqual(['--max-semi-space-size=16']);
		expect(analysisNodeFlags(64 * MiB)).toEqual(['--max-semi-space-size=16']);
	});
});

describe('largestFileNamed', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-flags-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const transcript = join(dir, 'hearing.txt');
	const meta = join(dir, 'hearing.meta.json');
	const folder = join(dir, 'out');
	// A sparse 5 MiB file: its size is what counts, not its bytes on disk.
	writeFileSync(transcript, '');
	truncateSync(transcript, 5 * MiB);
	writeFileSync(meta, '{"speakers": []}');
	mkdirSync(folder);

	it('takes the transcript, the largest file named, wherever it stands among the options', () => {
		expect(largestFileNamed([transcript], statSync)).toBe(5 * MiB);
		expect(largestFileNamed(['--meta', meta, transcript, '--format', 'csv'], statSync)).toBe(5 * MiB);
		expect(largestFileNamed(['--meta', meta], statSync)).toBe(16);
	});
	it('counts no option, folder or missing path', () => {
		expect(largestFileNamed([], statSync)).toBeUndefined();
		expect(largestFileNamed(['--keywords', '0', '--out', folder], statSync)).toBeUndefined();
		expect(largestFileNamed([join(dir, 'missing.txt')], statSync)).toBeUndefined();
		// An option written as a path-like flag is not read as a file.
		expect(largestFileNamed([`--out=${transcript}`], statSync)).toBeUndefined();
	});
	it('so a 5 MiB transcript runs with 16 MB semi-spaces and its 16-byte metadata alone would not', () => {
		expect(analysisNodeFlags(largestFileNamed(['--meta', meta, transcript], statSync))).toEqual(['--max-semi-space-size=16']);
		expect(analysisNodeFlags(largestFileNamed(['--meta', meta], statSync))).toEqual(['--max-semi-space-size=4']);
	});
});
