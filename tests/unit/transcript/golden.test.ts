/**
 * Golden file: the whole analysis JSON of the seed, pinned. A change to any figure shows here as
 * a line diff. After reviewing an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/transcript/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/server/files';
import { ROOT, SEED_PATH, THEMES_PATH } from './seed';

const GOLDEN = resolve(ROOT, 'tests/fixtures/golden/altman-lightcap-20vc.json');

/** The first differing lines with context: readable where a whole-string diff of 400 KB is not. */
function lineDiff(expected: string, actual: string, context = 3): string {
	const a = expected.split('\n');
	const b = actual.split('\n');
	let first = 0;
	while (first < a.length && first < b.length && a[first] === b[first]) first++;
	let endA = a.length - 1;
	let endB = b.length - 1;
	while (endA > first && endB > first && a[endA] === b[endB]) {
		endA--;
		endB--;
	}
	const from = Math.max(0, first - context);
	const out = [`golden differs from line ${first + 1}:`];
	for (let i = from; i < first; i++) out.push(`  ${a[i]}`);
	for (let i = first; i <= Math.min(endA, first + 40); i++) out.push(`- ${a[i]}`);
	for (let i = first; i <= Math.min(endB, first + 40); i++) out.push(`+ ${b[i]}`);
	return out.join('\n');
}

describe('golden analysis of the seed', () => {
	const json = () => JSON.stringify(analyseFile(SEED_PATH, { defaultThemesPath: THEMES_PATH }).analysis, null, '\t') + '\n';

	it('is byte-identical between two runs (deterministic)', () => {
		expect(json()).toBe(json());
	});

	it('matches tests/fixtures/golden/altman-lightcap-20vc.json', () => {
		const actual = json();
		if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
			writeFileSync(GOLDEN, actual);
			if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file was missing; wrote ${GOLDEN}: review it and commit`);
			return;
		}
		const expected = readFileSync(GOLDEN, 'utf8');
		if (expected !== actual) expect.fail(lineDiff(expected, actual));
	});
});
