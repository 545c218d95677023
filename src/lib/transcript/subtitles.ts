/**
 * Subtitles (SRT, WebVTT) → the same ParsedTranscript that parse.ts makes of a text transcript,
 * every turn with its start and end in seconds. Knows nothing about Svelte, the DOM or the file
 * system: it takes a string.
 *
 * Who speaks: a WebVTT voice tag (`<v Roe Smith>…`), else a speaker label at the start of the cue
 * (`ROE:`, `名字：`, `**Name:**`, the same label rules as text transcripts), else the previous
 * speaker goes on. Consecutive cues of one speaker make one turn; a pause of PARAGRAPH_PAUSE
 * seconds or more between two of them starts a new paragraph.
 *
 * Why the cue blocks are read here and not by media-captions' parseText: parseText is
 * asynchronous (it reads a stream), and the analysis is synchronous everywhere it runs (build,
 * CLI, tests); it also drops a cue whose timing line is broken without a word, and keeps no line
 * numbers. So this module splits the blocks itself, by the same rules (a blank line ends a block;
 * the line with `-->` is the timing line; NOTE, STYLE and REGION blocks are not cues), and hands
 * each part to media-captions: timestamps to parseVTTTimestamp, cue text to tokenizeVTTCue, whose
 * nodes keep the voice tag (`voice`) and decode the entities (`&amp;`). The unit tests check
 * that the cues found here are the cues parseText finds, on every fixture.
 */
import { parseVTTTimestamp, tokenizeVTTCue, VTTCue, type VTTNode } from 'media-captions';
import { ParleyInputError } from './errors';
import { labelCandidate, labelKey } from './labels';
import { capWarnings, DEFAULT_MAX_CHARS, joinWrapped, splitLines, type ParsedTranscript, type ParsedTurn } from './parse';
import type { Matter, Warning } from './types';
import { countChars } from './units';

export type SubtitleFormat = 'srt' | 'vtt';

/** A pause this long (seconds) between two cues of one speaker starts a new paragraph. */
export const PARAGRAPH_PAUSE = 2;

/** One cue as read from the file: times in seconds, text with its markup. */
export interface SubtitleCue {
	/** 1-based line of the timing line (`00:00:01,000 --> 00:00:04,000`). */
	line: number;
	start: number;
	end: number;
	/** The cue's text lines as written, joined with "\n" (tags and entities not yet read). */
	text: string;
}

/** What one cue says, per voice: a cue may hold two voices (`<v A>…</v> <v B>…</v>`). */
interface Piece {
	voice: string | null;
	text: string;
}

const VTT_HEADER = /^WEBVTT(?:[ \t]|$)/;
const SRT_INDEX = /^\d+$/;
const SRT_TIMING = /^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->/;
const ARROW = /[ \t]*-->[ \t]*/;

/**
 * The subtitle format the text is in, or null for a text transcript: a WebVTT file starts with
 * `WEBVTT`; an SRT file's first block is a cue number and a timing line (`1`, `00:00:01,000 --> …`).
 */
export function sniffSubtitleFormat(text: string): SubtitleFormat | null {
	const lines = splitLines(text.slice(0, 4096));
	if (VTT_HEADER.test(lines[0] ?? '')) return 'vtt';
	const first = lines.findIndex((line) => line.trim() !== '');
	if (first >= 0 && SRT_INDEX.test(lines[first]!.trim()) && SRT_TIMING.test(lines[first + 1]?.trim() ?? '')) return 'srt';
	return null;
}

function timestamp(value: string, format: SubtitleFormat): number | null {
	// SRT writes a decimal comma (00:00:01,500); media-captions' SRT parser swaps it for a point too.
	return parseVTTTimestamp(format === 'srt' ? value.replace(',', '.') : value);
}

const TIMING_EXAMPLE = { srt: '00:00:01,000 --> 00:00:04,000', vtt: '00:00:01.000 --> 00:00:04.000' } as const;

/** The cues of a subtitle file in file order, and the title a WebVTT header may carry. */
export function readCues(text: string, format: SubtitleFormat): { cues: SubtitleCue[]; title: string | null } {
	const lines = splitLines(text);
	const cues: SubtitleCue[] = [];
	let title: string | null = null;
	let i = 0;
	if (format === 'vtt') {
		if (!VTT_HEADER.test(lines[0] ?? '')) {
			throw new ParleyInputError('invalid-subtitles', 'a WebVTT file must start with "WEBVTT".', { line: 1 });
		}
		title = lines[0]!.slice(6).trim().replace(/^-\s*/, '') || null;
		// The header block runs to the first blank line.
		while (i < lines.length && lines[i]!.trim() !== '') i++;
	}
	while (i < lines.length) {
		if (lines[i]!.trim() === '') {
			i++;
			continue;
		}
		const blockStart = i;
		while (i < lines.length && lines[i]!.trim() !== '') i++;
		const block = lines.slice(blockStart, i).map((line) => line.trim());
		if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!)) continue;
		// The timing line is the first line, or the second after a cue number or identifier.
		const at = block[0]!.includes('-->') ? 0 : block[1]?.includes('-->') ? 1 : -1;
		if (at < 0) {
			throw new ParleyInputError(
				'invalid-subtitles',
				`a subtitle block without a timing line ("${clip(block[0]!)}"): each cue needs a line such as ${TIMING_EXAMPLE[format]}.`,
				{ line: blockStart + 1 }
			);
		}
		const line = blockStart + at + 1;
		const [startText = '', rest = ''] = block[at]!.split(ARROW);
		const endText = rest.split(/[ \t]+/)[0] ?? '';
		const start = timestamp(startText, format);
		const end = timestamp(endText, format);
		if (start === null || end === null) {
			throw new ParleyInputError(
				'invalid-subtitles',
				`broken timing line "${clip(block[at]!)}": expected start --> end, such as ${TIMING_EXAMPLE[format]}.`,
				{ line }
			);
		}
		if (end < start) {
			throw new ParleyInputError('invalid-subtitles', `the cue ends (${endText}) before it starts (${startText}).`, { line });
		}
		cues.push({ line, start, end, text: block.slice(at + 1).join('\n') });
	}
	if (cues.length === 0) {
		throw new ParleyInputError('invalid-subtitles', `no subtitle cues found: expected blocks with a timing line such as ${TIMING_EXAMPLE[format]}.`, { line: 1 });
	}
	return { cues, title };
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function textOf(nodes: readonly VTTNode[]): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.data;
		else if (node.type !== 'timestamp') out += textOf(node.children);
	}
	return out;
}

/** The cue's text per voice, tags removed and entities decoded (by media-captions' tokenizer). */
function piecesOf(cue: SubtitleCue): Piece[] {
	const pieces: Piece[] = [];
	for (const node of tokenizeVTTCue(new VTTCue(cue.start, cue.end, cue.text))) {
		if (node.type === 'v') pieces.push({ voice: node.voice.trim() || null, text: textOf(node.children) });
		else {
			const text = textOf([node]);
			const last = pieces[pieces.length - 1];
			if (last) last.text += text;
			else pieces.push({ voice: null, text });
		}
	}
	return pieces
		.map((piece) => ({ voice: piece.voice, text: piece.text.split('\n').map((line) => line.trim()).reduce(joinWrapped, '') }))
		.filter((piece) => piece.text !== '' || piece.voice !== null);
}

/** A stretch of one cue said by one voice, with its share of the cue's time. */
interface Timed {
	line: number;
	start: number;
	end: number;
	/** Voice tag or accepted label, or null: the previous speaker goes on. */
	speaker: string | null;
	text: string;
}

export interface SubtitleOptions {
	/** Labels the metadata lists: a `Name:` at the start of a cue in any style counts. */
	knownLabels?: readonly string[];
	/** Refuse longer input (UTF-16 code units). */
	maxChars?: number;
}

/**
 * Subtitle text → ParsedTranscript: one section (0), turns with `time` and `end`, paragraphs
 * and turns numbered by the timing line of their first cue.
 */
export function parseSubtitles(text: string, format: SubtitleFormat, options: SubtitleOptions = {}): ParsedTranscript {
	const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
	if (text.length > maxChars) {
		throw new ParleyInputError(
			'too-large',
			`the transcript is ${text.length.toLocaleString('en')} characters; the limit is ${maxChars.toLocaleString('en')}.`
		);
	}
	if (text.trim() === '') throw new ParleyInputError('empty', 'the transcript is empty (no text).');
	const { cues, title } = readCues(text, format);
	const warnings: Warning[] = [];
	const known = new Set((options.knownLabels ?? []).map(labelKey));

	// Split each cue by voice; a cue's time is shared among its voices by their characters.
	const timed: (Timed & { label: ReturnType<typeof labelCandidate> })[] = [];
	let previousEnd = -Infinity;
	for (const cue of cues) {
		if (cue.start < previousEnd) {
			warnings.push({ code: 'cue-overlap', message: 'This cue starts before the previous one ends: the two speakers overlap in time.', line: cue.line });
		}
		previousEnd = Math.max(previousEnd, cue.end);
		const pieces = piecesOf(cue);
		if (pieces.length === 0) {
			warnings.push({ code: 'empty-cue', message: 'A cue with no text.', line: cue.line });
			continue;
		}
		const weights = pieces.map((piece) => Math.max(1, countChars(piece.text)));
		const total = weights.reduce((sum, weight) => sum + weight, 0);
		let at = cue.start;
		pieces.forEach((piece, index) => {
			const end = index === pieces.length - 1 ? cue.end : roundMs(at + ((cue.end - cue.start) * weights[index]!) / total);
			const label = piece.voice === null ? labelCandidate(piece.text) : null;
			timed.push({ line: cue.line, start: at, end, speaker: piece.voice, text: piece.text, label });
			at = end;
		});
	}

	// A label at the start of a cue is a speaker when the metadata lists it, when it is in a style
	// that stands on its own (bold, capitals, Chinese), or when it recurs.
	const plainCounts = new Map<string, number>();
	for (const piece of timed) if (piece.label?.style === 'plain') plainCounts.set(labelKey(piece.label.label), (plainCounts.get(labelKey(piece.label.label)) ?? 0) + 1);
	for (const piece of timed) {
		const label = piece.label;
		if (!label) continue;
		const key = labelKey(label.label);
		if (label.style !== 'plain' || known.has(key) || (plainCounts.get(key) ?? 0) >= 2) {
			piece.speaker = label.label;
			piece.text = label.rest;
		}
	}

	const front: Matter[] = title ? [{ kind: 'title', text: title, line: 1 }] : [];
	const turns: ParsedTurn[] = [];
	const labels: string[] = [];
	const seen = new Set<string>();
	let current: ParsedTurn | null = null;
	let currentKey: string | null = null;
	let lastEnd = 0;
	const outside: number[] = [];
	for (const piece of timed) {
		const key: string | null = piece.speaker === null ? currentKey : labelKey(piece.speaker);
		if (key === null) {
			// Before anyone is named: not speech we can attribute.
			outside.push(piece.line);
			if (piece.text !== '') front.push({ kind: 'other', text: piece.text, line: piece.line });
			continue;
		}
		if (piece.speaker !== null && !seen.has(key)) {
			seen.add(key);
			labels.push(piece.speaker);
		}
		if (!current || key !== currentKey) {
			current = { label: piece.speaker ?? current!.label, line: piece.line, section: 0, paragraphs: [], time: piece.start, end: piece.end };
			turns.push(current);
			currentKey = key;
		} else if (piece.start - lastEnd >= PARAGRAPH_PAUSE && piece.text !== '') {
			current.paragraphs.push({ text: '', line: piece.line });
		}
		const paragraph = current.paragraphs[current.paragraphs.length - 1];
		if (piece.text !== '') {
			if (paragraph) paragraph.text = joinWrapped(paragraph.text, piece.text);
			else current.paragraphs.push({ text: piece.text, line: piece.line });
		}
		current.end = Math.max(current.end!, piece.end);
		lastEnd = piece.end;
	}

	if (turns.length === 0) {
		throw new ParleyInputError(
			'no-speakers',
			'no speaker found in the subtitles: expected WebVTT voice tags ("<v Name>text") or a label at the start of a cue ("NAME: text").',
			{ line: cues[0]!.line }
		);
	}
	if (outside.length > 0) {
		warnings.push({
			code: 'text-before-first-speaker',
			message: `${outside.length} cue(s) before the first named speaker (from line ${outside[0]}) kept as front matter, not as speech.`,
			line: outside[0]
		});
	}
	for (const turn of turns) {
		if (turn.paragraphs.length === 0) warnings.push({ code: 'empty-turn', message: `Turn labelled "${turn.label}" has no text.`, line: turn.line });
	}
	warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	return { front, back: [], sections: [], turns, labels, aliases: [], legend: [], suggestedAliases: [], noise: [], warnings: capWarnings(warnings) };
}

function roundMs(seconds: number): number {
	return Math.round(seconds * 1000) / 1000;
}
