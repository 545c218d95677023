/**
 * The site's content: which transcripts exist and their analyses, for the prerendered pages.
 * The content directory is `src/content` under process.cwd(): SvelteKit prerenders with the
 * project root as the working directory; tests may pass another content directory, or build the
 * site from one by setting PARLEY_CONTENT_DIR.
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
import { DASHBOARD_TEXT_LIMIT, dashboardAnalysis, textChars } from '../page-data';
import { MAX_CHART_SECTIONS } from '../section-parts';
import { packDashboard, type PackedDashboard } from '../packed-analysis';
import type { Lang } from '../i18n/locale';

const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/;

export function contentDir(): string {
	return resolve(process.cwd(), process.env.PARLEY_CONTENT_DIR || 'src/content');
}

function transcriptsDir(root: string): string {
	return join(root, 'transcripts');
}

/** What a transcript file may be: a text transcript or subtitles (see files.ts's formatOfPath). */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.srt', '.vtt'] as const;

/**
 * The transcript files of `<content>/transcripts/`: slug (file name without its extension) →
 * file name. Two files with one slug (`talk.txt` and `talk.srt`) are an error naming both: the
 * site could show only one of them.
 */
export function transcriptFiles(root: string = contentDir()): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(transcriptsDir(root)).sort()) {
		const extension = TRANSCRIPT_EXTENSIONS.find((ext) => name.endsWith(ext));
		if (!extension) continue;
		const slug = name.slice(0, -extension.length);
		if (!SLUG.test(slug)) continue;
		const other = files.get(slug);
		if (other !== undefined) {
			throw new ParleyInputError(
				'invalid-option',
				`two transcripts have the slug "${slug}": ${other} and ${name}. Rename or remove one of them.`,
				{ file: join(transcriptsDir(root), name) }
			);
		}
		files.set(slug, name);
	}
	return files;
}

/** Slugs of `<content>/transcripts/*.{txt,srt,vtt}`, sorted. */
export function listTranscripts(root: string = contentDir()): string[] {
	return [...transcriptFiles(root).keys()].sort();
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

/** The analysis of one transcript (`<slug>.txt`, `.srt` or `.vtt`, with its `.meta.json` and optional `.themes.json`). */
export function loadAnalysis(slug: string, root: string = contentDir()): Analysis {
	// The slug may come from a URL: never let it leave the transcripts directory.
	if (!SLUG.test(slug)) throw new ParleyInputError('not-found', `no transcript "${slug}" (slugs are lowercase letters, digits and hyphens).`);
	const stem = join(transcriptsDir(root), slug);
	const defaultThemesPath = join(root, 'themes.json');
	const fileName = transcriptFiles(root).get(slug);
	if (fileName === undefined) throw new ParleyInputError('not-found', `no transcript "${slug}" (no ${slug}.txt, .srt or .vtt).`, { file: transcriptsDir(root) });
	const transcriptPath = join(transcriptsDir(root), fileName);
	// Every file analyseFile may read, present or not: a companion file that appears or goes away counts too.
	const stamp = filesStamp([transcriptPath, `${stem}.meta.json`, `${stem}.themes.json`, defaultThemesPath]);
	const key = `${root}\u0000${slug}`;
	const cached = cache.get(key);
	if (cached?.stamp === stamp) return cached.analysis;
	const { analysis } = analyseFile(transcriptPath, { defaultThemesPath });
	// The pages trust this shape: a mismatch is a bug to stop the build on, not to render.
	assertAnalysis(analysis);
	cache.set(key, { stamp, analysis });
	return analysis;
}

/** The language of a transcript's text, or undefined when the slug names no transcript. */
export function transcriptLanguage(slug: string | undefined, root: string = contentDir()): Analysis['meta']['language'] | undefined {
	return slug !== undefined && listTranscripts(root).includes(slug) ? loadAnalysis(slug, root).meta.language : undefined;
}

/**
 * A whole number from the environment variable `name` (a build setting tests turn down), at least
 * `min`; `fallback` when it is unset or empty. Anything else is refused, naming the variable.
 */
function wholeNumberSetting<T extends number | undefined>(name: string, min: number, what: string, fallback: T): number | T {
	const value = process.env[name];
	if (value === undefined || value === '') return fallback;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min) {
		throw new ParleyInputError('invalid-option', `${name} must be a ${min > 0 ? 'positive ' : ''}whole number of ${what}, not "${value}".`);
	}
	return number;
}

/**
 * Characters of text per reader page: READER_PAGE_BUDGET unless PARLEY_READER_PAGE_CHARS sets
 * another (tests build a small transcript in several pages with a tiny budget).
 */
export function readerPageBudget(): number | undefined {
	return wholeNumberSetting('PARLEY_READER_PAGE_CHARS', 1, 'characters', undefined);
}

/**
 * Characters of text above which a dashboard is sent without paragraph text:
 * DASHBOARD_TEXT_LIMIT unless PARLEY_DASHBOARD_TEXT_CHARS sets another (tests exercise the
 * fetched-text path on a small transcript).
 */
export function dashboardTextLimit(): number {
	return wholeNumberSetting('PARLEY_DASHBOARD_TEXT_CHARS', 0, 'characters', DASHBOARD_TEXT_LIMIT);
}

const sendsText = new WeakMap<Analysis, boolean>();

/**
 * Whether a page that draws charts (the dashboard, an embed) is sent the paragraphs' text: not
 * above dashboardTextLimit(). One rule for every such page, counted once per analysis.
 */
export function chartPagesGetText(analysis: Analysis): boolean {
	let withText = sendsText.get(analysis);
	if (withText === undefined) sendsText.set(analysis, (withText = textChars(analysis) <= dashboardTextLimit()));
	return withText;
}

/**
 * Sections a chart draws one by one before it draws parts: MAX_CHART_SECTIONS unless
 * PARLEY_CHART_SECTIONS sets another (tests exercise parts on a transcript of a few dozen sections).
 */
export function chartSectionLimit(): number {
	return wholeNumberSetting('PARLEY_CHART_SECTIONS', 1, 'sections', MAX_CHART_SECTIONS);
}

const packedCache = new WeakMap<Analysis, Map<string, PackedDashboard>>();

/**
 * What every page that draws charts (the dashboard, an embed, the slides) is sent, in `lang`: the
 * dashboard's part of the analysis (page-data.ts), with or without text (chartPagesGetText), its
 * sections in parts above chartSectionLimit(), packed (packed-analysis.ts). Once per analysis and
 * language: a build asks for it from every chart page.
 */
export function chartPageAnalysis(analysis: Analysis, lang: Lang): PackedDashboard {
	const limit = chartSectionLimit();
	// Keyed on the part limit too: a test may change PARLEY_CHART_SECTIONS within one process.
	const key = `${lang} ${limit}`;
	let byKey = packedCache.get(analysis);
	if (!byKey) packedCache.set(analysis, (byKey = new Map()));
	let packed = byKey.get(key);
	if (!packed) byKey.set(key, (packed = packDashboard(dashboardAnalysis(analysis, lang, chartPagesGetText(analysis), limit))));
	return packed;
}
