/**
 * Shared loading of the seed transcript for the tests: the raw text (for independent counts) and
 * its analysis through the same path as the build (files.ts with jieba).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseFile } from '../../../src/lib/server/files';
import type { Analysis } from '../../../src/lib/transcript/types';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SEED_PATH = resolve(ROOT, 'src/content/transcripts/altman-lightcap-20vc.txt');
export const SEED_META_PATH = resolve(ROOT, 'src/content/transcripts/altman-lightcap-20vc.meta.json');
export const THEMES_PATH = resolve(ROOT, 'src/content/themes.json');

export const seedText = readFileSync(SEED_PATH, 'utf8');
export const seedLines = seedText.split('\n');

let cached: Analysis | null = null;
export function seedAnalysis(): Analysis {
	cached ??= analyseFile(SEED_PATH, { defaultThemesPath: THEMES_PATH }).analysis;
	return cached;
}
