/**
 * The site's content: which transcripts exist and their analyses, for the prerendered pages.
 * The content directory is `src/content` under process.cwd(): SvelteKit prerenders with the
 * project root as the working directory. Analyses are cached per process (the build asks for the
 * same one from several routes).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParleyInputError } from '../transcript/errors';
import { assertAnalysis } from '../transcript/schema';
import type { Analysis } from '../transcript/types';
import { analyseFile } from './files';

const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function contentDir(): string {
	return resolve(process.cwd(), 'src/content');
}

function transcriptsDir(): string {
	return join(contentDir(), 'transcripts');
}

/** Slugs of src/content/transcripts/*.txt, sorted. */
export function listTranscripts(): string[] {
	return readdirSync(transcriptsDir())
		.filter((name) => name.endsWith('.txt') && SLUG.test(name.slice(0, -4)))
		.map((name) => name.slice(0, -4))
		.sort();
}

const cache = new Map<string, Analysis>();

/** The analysis of one transcript (`<slug>.txt` with its `.meta.json` and optional `.themes.json`). */
export function loadAnalysis(slug: string): Analysis {
	const cached = cache.get(slug);
	if (cached) return cached;
	// The slug may come from a URL: never let it leave the transcripts directory.
	if (!SLUG.test(slug)) throw new ParleyInputError('not-found', `no transcript "${slug}" (slugs are lowercase letters, digits and hyphens).`);
	const { analysis } = analyseFile(join(transcriptsDir(), `${slug}.txt`), {
		defaultThemesPath: join(contentDir(), 'themes.json')
	});
	// The pages trust this shape: a mismatch is a bug to stop the build on, not to render.
	assertAnalysis(analysis);
	cache.set(slug, analysis);
	return analysis;
}
