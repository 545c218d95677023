/**
 * The site's content: which transcripts exist and their analyses, for the prerendered pages.
 * The content directory is `src/content` under process.cwd(): SvelteKit prerenders with the
 * project root as the working directory; tests may pass another content directory.
 *
 * Analyses are cached per process (the build asks for the same one from several routes), keyed on
 * the modification time and size of every file that goes into one: the transcript, its metadata,
 * its own themes and the default themes. Under `npm run dev` an edited file is analysed again on
 * the next request; in a build nothing changes, so each transcript is analysed once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParleyInputError } from '../transcript/errors';
import { assertAnalysis } from '../transcript/schema';
import type { Analysis } from '../transcript/types';
import { analyseFile } from './files';

const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function contentDir(): string {
	return resolve(process.cwd(), 'src/content');
}

function transcriptsDir(root: string): string {
	return join(root, 'transcripts');
}

/** Slugs of `<content>/transcripts/*.txt`, sorted. */
export function listTranscripts(root: string = contentDir()): string[] {
	return readdirSync(transcriptsDir(root))
		.filter((name) => name.endsWith('.txt') && SLUG.test(name.slice(0, -4)))
		.map((name) => name.slice(0, -4))
		.sort();
}

const cache = new Map<string, { stamp: string; analysis: Analysis }>();

/** Modification time (ns) and size of each file, or '-' for one that does not exist. */
function filesStamp(paths: readonly string[]): string {
	return paths
		.map((path) => {
			const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
			return stat ? `${stat.mtimeNs}:${stat.size}` : '-';
		})
		.join(' ');
}

/** The analysis of one transcript (`<slug>.txt` with its `.meta.json` and optional `.themes.json`). */
export function loadAnalysis(slug: string, root: string = contentDir()): Analysis {
	// The slug may come from a URL: never let it leave the transcripts directory.
	if (!SLUG.test(slug)) throw new ParleyInputError('not-found', `no transcript "${slug}" (slugs are lowercase letters, digits and hyphens).`);
	const stem = join(transcriptsDir(root), slug);
	const defaultThemesPath = join(root, 'themes.json');
	// Every file analyseFile may read, present or not: a companion file that appears or goes away counts too.
	const stamp = filesStamp([`${stem}.txt`, `${stem}.meta.json`, `${stem}.themes.json`, defaultThemesPath]);
	const key = `${root}\u0000${slug}`;
	const cached = cache.get(key);
	if (cached?.stamp === stamp) return cached.analysis;
	const { analysis } = analyseFile(`${stem}.txt`, { defaultThemesPath });
	// The pages trust this shape: a mismatch is a bug to stop the build on, not to render.
	assertAnalysis(analysis);
	cache.set(key, { stamp, analysis });
	return analysis;
}

/** The language of a transcript's text, or undefined when the slug names no transcript. */
export function transcriptLanguage(slug: string | undefined, root: string = contentDir()): Analysis['meta']['language'] | undefined {
	return slug !== undefined && listTranscripts(root).includes(slug) ? loadAnalysis(slug, root).meta.language : undefined;
}
