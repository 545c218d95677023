/**
 * Reads a transcript and its companions from disk and analyses it: the one path shared by the
 * SvelteKit build (content.ts) and the CLI. Errors name the file they are about.
 *
 * Companions: `<name>.meta.json` beside the transcript (optional), `<name>.themes.json` beside it
 * (optional; overrides the default themes file).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyseWithParse, type TranscriptFormat } from '../transcript/analyse';
import type { ParsedTranscript } from '../transcript/parse';
import { ParleyInputError } from '../transcript/errors';
import { parseJsonText, parseMeta, parseThemesFile } from '../transcript/schema';
import type { Analysis, SpeakingRate, ThemeDefinition, TranscriptMeta } from '../transcript/types';
import { decodeTranscriptBytes, DEFAULT_MAX_BYTES, formatBytes } from './decode';
import { segmenterFor } from './segment';

export interface AnalyseFileOptions {
	/** Metadata file; default `<transcript-without-ext>.meta.json` if it exists, else none. */
	metaPath?: string;
	/** Themes file; default `<transcript-without-ext>.themes.json` if it exists, else `defaultThemesPath`. */
	themesPath?: string;
	defaultThemesPath: string;
	rate?: Partial<SpeakingRate>;
	maxBytes?: number;
	/** Keywords per section (default 10); 0 leaves them out and never segments the text. */
	keywordsPerSection?: number;
}

export interface AnalysedFile {
	analysis: Analysis;
	/** The parse the analysis was made from (noise removed, suggested aliases: for `--check`). */
	parsed: ParsedTranscript;
	metaPath: string | null;
	themesPath: string;
	encoding: string;
}

/** `.srt` and `.vtt` files are subtitles; anything else is sniffed from its content (see analyseTranscript). */
export function formatOfPath(path: string): TranscriptFormat | undefined {
	const extension = extname(path).toLowerCase();
	return extension === '.srt' ? 'srt' : extension === '.vtt' ? 'vtt' : undefined;
}

function withoutExtension(path: string): string {
	const extension = extname(path);
	return extension ? path.slice(0, -extension.length) : path;
}

/** Reads a file, refusing a missing one or one over `maxBytes` before loading it into memory. */
function readBytes(path: string, what: string, maxBytes: number): Uint8Array {
	let size: number;
	try {
		const stat = statSync(path);
		if (!stat.isFile()) throw new ParleyInputError('not-found', `${what} is not a file.`, { file: path });
		size = stat.size;
	} catch (error) {
		if (error instanceof ParleyInputError) throw error;
		throw new ParleyInputError('not-found', `${what} not found.`, { file: path });
	}
	if (size > maxBytes) {
		throw new ParleyInputError('too-large', `the file is ${formatBytes(size)}; the limit for a ${what} is ${formatBytes(maxBytes)}.`, { file: path });
	}
	return readFileSync(path);
}

function readJson(path: string, what: string): unknown {
	const maxBytes = 16 * 1024 * 1024;
	const decoded = decodeTranscriptBytes(readBytes(path, what, maxBytes), { file: path, maxBytes });
	try {
		return parseJsonText(decoded.text, what);
	} catch (error) {
		throw error instanceof ParleyInputError ? error.inFile(path) : error;
	}
}

export function readMetaFile(path: string): TranscriptMeta {
	const value = readJson(path, 'metadata file');
	try {
		return parseMeta(value);
	} catch (error) {
		throw error instanceof ParleyInputError ? error.inFile(path) : error;
	}
}

export function readThemesFile(path: string): ThemeDefinition[] {
	const value = readJson(path, 'themes file');
	try {
		return parseThemesFile(value);
	} catch (error) {
		throw error instanceof ParleyInputError ? error.inFile(path) : error;
	}
}

export function analyseFile(transcriptPath: string, options: AnalyseFileOptions): AnalysedFile {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const stem = withoutExtension(transcriptPath);
	const bytes = readBytes(transcriptPath, 'transcript', maxBytes);
	const decoded = decodeTranscriptBytes(bytes, { file: transcriptPath, maxBytes });

	const metaPath = options.metaPath ?? (existsSync(`${stem}.meta.json`) ? `${stem}.meta.json` : null);
	const meta = metaPath ? readMetaFile(metaPath) : null;
	const themesPath = options.themesPath ?? (existsSync(`${stem}.themes.json`) ? `${stem}.themes.json` : options.defaultThemesPath);
	const themes = readThemesFile(themesPath);

	let analysis: Analysis;
	let parsed: ParsedTranscript;
	try {
		({ analysis, parsed } = analyseWithParse(decoded.text, {
			id: basename(stem),
			meta,
			themes,
			rate: options.rate,
			format: formatOfPath(transcriptPath),
			keywordsPerSection: options.keywordsPerSection,
			segmenter: (language) => segmenterFor(language, themes)
		}));
	} catch (error) {
		if (!(error instanceof ParleyInputError)) throw error;
		// A correction that does not fit the transcript is a mistake in the metadata file.
		throw error.inFile(error.code === 'invalid-correction' && metaPath ? metaPath : transcriptPath);
	}
	if (decoded.note) analysis.warnings.unshift({ code: 'encoding', message: `${basename(transcriptPath)}: ${decoded.note}.` });
	return { analysis, parsed, metaPath, themesPath, encoding: decoded.encoding };
}
