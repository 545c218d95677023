/**
 * Transcript text → front matter, sections, turns and paragraphs, with source line numbers.
 * Knows nothing about Svelte, the DOM or the file system: it takes a string.
 *
 * One pass to find label candidates and count them (a label is a speaker only when it recurs, is
 * bold, or the metadata lists it), one pass to build the structure. Every step looks at one line
 * (and its neighbours) with bounded regexes, so parsing is linear in the input size.
 */
import { findAutoAliases, type AutoAlias } from './aliases';
import { ParleyInputError } from './errors';
import { headingCandidate, titleLine } from './headings';
import { labelCandidate, labelKey, type LabelCandidate } from './labels';
import { prepareText, splitLines, type NoiseItem } from './prepare';
import type { Matter, Warning } from './types';

export { splitLines };

export interface ParsedParagraph {
	text: string;
	/** 1-based line of its first line. */
	line: number;
}

export interface ParsedTurn {
	/** The label as written on this turn. */
	label: string;
	line: number;
	/** Section index (0 before the first heading). */
	section: number;
	paragraphs: ParsedParagraph[];
	/** When the turn starts, in seconds from the start, where the transcript has timestamps. */
	time?: number;
}

export interface ParsedSection {
	index: number;
	number: string;
	title: string;
	line: number;
}

export interface ParsedTranscript {
	front: Matter[];
	back: Matter[];
	sections: ParsedSection[];
	turns: ParsedTurn[];
	/** Accepted labels, distinct, in order of first appearance. */
	labels: string[];
	/** Short labels resolved to a long one (see aliases.ts). */
	aliases: AutoAlias[];
	/** What the pre-pass removed (clipping leftovers, page headers, contents lines), with original lines. */
	noise: NoiseItem[];
	warnings: Warning[];
}

export interface ParseOptions {
	/** Labels the metadata lists: accepted even when seen once or in a style that needs confirmation. */
	knownLabels?: readonly string[];
	/** Refuse longer input (UTF-16 code units). Default 64 Mi. */
	maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

const BULLET = /^[ \t]*(?:[*\-•·]|\d{1,3}[.)])[ \t]+/;
const HIGHLIGHT_MARKER = /^[ \t]*(?:[*\-•·]|\d{1,3}[.)])[ \t]+(?:_\d{1,3}_[ \t]*)?/;
/**
 * A closing credit: `（编译/金鹿）`, `(Translated by …)`. Tested only on a paragraph's last 80
 * characters, so it costs nothing on long paragraphs.
 */
const CREDIT =
	/[（(][ \t]*((?:编译|编辑|翻译|整理|校对|来源|撰文|责编|文|译|作者)[ \t]*[/／:：|｜][^（）()\n]{1,40}|(?:translated|compiled|edited|transcribed|source)\b[^（）()\n]{0,40})[）)][ \t]*$/i;

/** Joins a hard-wrapped line: no space where either side is Chinese or full-width, one otherwise. */
export function joinWrapped(before: string, after: string): string {
	if (before === '') return after;
	if (after === '') return before;
	const last = before.charCodeAt(before.length - 1);
	const first = after.charCodeAt(0);
	return last >= 0x2e80 || first >= 0x2e80 ? before + after : before + ' ' + after;
}

interface LabelTally {
	label: string;
	firstLine: number;
	/** Occurrences in a style that stands on its own (bold, caps, cjk). */
	strong: number;
	bold: boolean;
}

function isBlank(line: string | undefined): boolean {
	return line === undefined || line.trim() === '';
}

/** Decides which label candidates are speakers; the rest is text. */
function acceptLabels(
	candidates: (LabelCandidate | null)[],
	knownLabels: readonly string[],
	warnings: Warning[],
	lineOf: (index: number) => number,
	timedLabel: readonly boolean[]
): { accepted: Set<string>; order: string[]; aliases: AutoAlias[] } {
	const known = new Set(knownLabels.map(labelKey));
	const tallies = new Map<string, LabelTally>();
	candidates.forEach((candidate, index) => {
		if (!candidate) return;
		const key = labelKey(candidate.label);
		let tally = tallies.get(key);
		if (!tally) {
			tally = { label: candidate.label, firstLine: lineOf(index), strong: 0, bold: false };
			tallies.set(key, tally);
		}
		// A timestamp next to a label is as good evidence as bold or capitals.
		if (candidate.style !== 'plain' || timedLabel[index]) tally.strong++;
		if (candidate.style === 'bold') tally.bold = true;
	});
	const strongLabels = [...tallies.values()].filter((tally) => tally.strong > 0).map((tally) => tally.label);
	const aliases = findAutoAliases(strongLabels, known);
	const groupStrong = new Map<string, number>();
	for (const [key, tally] of tallies) groupStrong.set(key, tally.strong);
	for (const { alias, target } of aliases) {
		const total = tallies.get(alias)!.strong + tallies.get(target)!.strong;
		groupStrong.set(alias, total);
		groupStrong.set(target, Math.max(groupStrong.get(target)!, total));
	}
	const accepted = new Set<string>();
	const order: string[] = [];
	for (const [key, tally] of tallies) {
		const isKnown = known.has(key);
		const recurs = groupStrong.get(key)! >= 2;
		if (isKnown || recurs || tally.bold) {
			accepted.add(key);
			order.push(tally.label);
			if (!isKnown && !recurs) {
				warnings.push({
					code: 'label-once',
					message: `Speaker label "${tally.label}" appears only once; treated as a speaker because it is bold.`,
					line: tally.firstLine
				});
			}
		} else if (tally.strong > 0) {
			warnings.push({
				code: 'label-once-ignored',
				message: `"${tally.label}:" looks like a speaker label but appears only once and is not in the metadata; kept as text.`,
				line: tally.firstLine
			});
		}
	}
	for (const { alias, target } of aliases) {
		if (!accepted.has(alias) || !accepted.has(target)) continue;
		warnings.push({
			code: 'auto-alias',
			message: `Label "${tallies.get(alias)!.label}" taken to be the same speaker as "${tallies.get(target)!.label}" (a word of the longer label).`,
			line: tallies.get(alias)!.firstLine
		});
	}
	return { accepted, order, aliases: aliases.filter((a) => accepted.has(a.alias) && accepted.has(a.target)) };
}

export function parseTranscript(text: string, options: ParseOptions = {}): ParsedTranscript {
	const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
	if (text.length > maxChars) {
		throw new ParleyInputError(
			'too-large',
			`the transcript is ${text.length.toLocaleString('en')} characters; the limit is ${maxChars.toLocaleString('en')}.`
		);
	}
	const prepared = prepareText(text);
	const { lines, origin, times, timeOnly } = prepared;
	const lineOf = (index: number) => origin[index] ?? index + 1;
	if (lines.every(isBlank)) throw new ParleyInputError('empty', 'the transcript is empty (no text).');

	const warnings: Warning[] = [];
	const candidates = lines.map((line) => (isBlank(line) ? null : labelCandidate(line.trimEnd())));
	const { accepted, order, aliases } = acceptLabels(candidates, options.knownLabels ?? [], warnings, lineOf, prepared.timedLabel);
	/** A timestamp alone on its line: the time of the next turn. */
	let pendingTime: number | undefined;

	const front: Matter[] = [];
	const back: Matter[] = [];
	const sections: ParsedSection[] = [];
	const turns: ParsedTurn[] = [];
	let currentTurn: ParsedTurn | null = null;
	let lastLabel: string | null = null;
	let numberedHeadings = 0;
	let buffer: { parts: string[]; line: number; bullet: boolean } | null = null;
	const outsideLines: number[] = [];
	const titles = new Set<string>();

	const flush = () => {
		if (!buffer) return;
		let joined = '';
		for (const part of buffer.parts) joined = joinWrapped(joined, part);
		if (currentTurn) currentTurn.paragraphs.push({ text: joined, line: buffer.line });
		else {
			outsideLines.push(buffer.line);
			if (buffer.bullet) front.push({ kind: 'highlights', text: joined.replace(HIGHLIGHT_MARKER, ''), line: buffer.line });
			else if (sections.length === 0 && !(joined.length <= 20 && /[:：]$/.test(joined))) {
				front.push({ kind: 'introduction', text: joined.replace(/\*\*([^*\n]+)\*\*/g, '$1'), line: buffer.line });
			} else front.push({ kind: 'other', text: joined, line: buffer.line });
		}
		buffer = null;
	};

	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!;
		if (timeOnly[i]) pendingTime = times[i];
		if (isBlank(raw)) {
			flush();
			continue;
		}
		const line = raw.trimEnd();

		if (turns.length === 0) {
			const title = titleLine(line);
			if (title !== null) {
				flush();
				// The seed repeats its title line: keep it once.
				if (!titles.has(title)) front.push({ kind: 'title', text: title, line: lineOf(i) });
				titles.add(title);
				continue;
			}
		}

		const heading = headingCandidate(line) ?? (turns.length > 0 && titleLine(line) !== null
			? { number: '', value: 0, title: titleLine(line)!, explicit: true }
			: null);
		const standalone = isBlank(lines[i - 1]) && isBlank(lines[i + 1]);
		if (heading && (heading.explicit || (standalone && heading.value === numberedHeadings + 1))) {
			flush();
			const headingLine = lineOf(i);
			let title = heading.title;
			// `**01**` with the title on the next line.
			if (title === '' && !isBlank(lines[i + 1]) && !candidates[i + 1]) {
				title = lines[i + 1]!.trim();
				i++;
			}
			if (heading.value > 0) numberedHeadings = heading.value;
			sections.push({ index: sections.length + 1, number: heading.number, title, line: headingLine });
			if (currentTurn) lastLabel = currentTurn.label;
			currentTurn = null;
			continue;
		}

		const candidate = candidates[i];
		if (candidate && accepted.has(labelKey(candidate.label))) {
			flush();
			currentTurn = { label: candidate.label, line: lineOf(i), section: sections.length, paragraphs: [] };
			const time = times[i] ?? pendingTime;
			if (time !== undefined) currentTurn.time = time;
			pendingTime = undefined;
			turns.push(currentTurn);
			if (candidate.rest !== '') buffer = { parts: [candidate.rest], line: lineOf(i), bullet: false };
			continue;
		}

		if (!currentTurn && lastLabel !== null) {
			// Text right after a heading with no label: the previous speaker goes on.
			currentTurn = { label: lastLabel, line: lineOf(i), section: sections.length, paragraphs: [] };
			turns.push(currentTurn);
			warnings.push({
				code: 'continued-after-heading',
				message: `Text after a section heading has no speaker label; attributed to the previous speaker "${lastLabel}".`,
				line: lineOf(i)
			});
		}

		// `**Name：**` alone, then `[00:12] text`: the first paragraph's timestamp is the turn's.
		if (currentTurn && currentTurn.time === undefined && currentTurn.paragraphs.length === 0 && !buffer && times[i] !== undefined && !timeOnly[i]) {
			currentTurn.time = times[i];
		}
		const bullet = BULLET.test(line);
		if (bullet || !buffer) {
			flush();
			buffer = { parts: [line.trim()], line: lineOf(i), bullet };
		} else buffer.parts.push(line.trim());
	}
	flush();

	if (turns.length === 0) {
		const ignored = warnings.filter((warning) => warning.code === 'label-once-ignored').length;
		throw new ParleyInputError(
			'no-speakers',
			'no speaker labels found: expected turns labelled like "**Name:**", "名字：text" or "NAME: text" (a label must recur or be listed in the metadata)' +
				(ignored > 0 ? `; ${ignored} label-like line(s) appear only once` : '') +
				'.'
		);
	}
	if (outsideLines.length > 0) {
		const first = outsideLines[0]!;
		warnings.push({
			code: 'text-before-first-speaker',
			message: `${outsideLines.length} paragraph(s) outside any turn (from line ${first}; before the first speaker label) kept as front matter, not as speech.`,
			line: first
		});
	}
	extractCredit(turns[turns.length - 1]!, back);
	for (const turn of turns) {
		if (turn.paragraphs.length === 0) {
			warnings.push({ code: 'empty-turn', message: `Turn labelled "${turn.label}" has no text.`, line: turn.line });
		}
	}
	const sectionsWithTurns = new Set(turns.map((turn) => turn.section));
	for (const section of sections) {
		if (!sectionsWithTurns.has(section.index)) {
			warnings.push({ code: 'empty-section', message: `Section "${section.title}" has no turns.`, line: section.line });
		}
	}
	warnings.push(...noiseWarnings(prepared.noise));
	warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	return { front, back, sections, turns, labels: order, aliases, noise: prepared.noise, warnings: capWarnings(warnings) };
}

const NOISE_NAMES: Record<string, string> = {
	image: 'image link(s)',
	'reading-list': 'reading-list line(s)',
	footer: 'clipping footer line(s)',
	account: 'account boilerplate line(s)',
	'highlight-count': 'highlight count(s) ("，赞 N")',
	'page-header': 'page header line(s)',
	contents: 'contents line(s)'
};

/** One warning per kind of noise: how many, and where the first was. */
function noiseWarnings(noise: readonly NoiseItem[]): Warning[] {
	const byKind = new Map<string, { count: number; first: NoiseItem }>();
	for (const item of noise) {
		const entry = byKind.get(item.kind);
		if (entry) entry.count++;
		else byKind.set(item.kind, { count: 1, first: item });
	}
	return [...byKind].map(([kind, { count, first }]) => ({
		code: 'noise',
		message: `${count} ${NOISE_NAMES[kind] ?? kind} removed from the text (first at line ${first.line}: "${first.text}").`,
		line: first.line
	}));
}

const WARNINGS_PER_CODE = 20;

/**
 * At most 20 warnings of each kind, then one that says how many more: a machine-made file can
 * have a million odd lines, and a million warnings help nobody.
 */
export function capWarnings(warnings: readonly Warning[]): Warning[] {
	const seen = new Map<string, number>();
	const kept: Warning[] = [];
	for (const warning of warnings) {
		const count = (seen.get(warning.code) ?? 0) + 1;
		seen.set(warning.code, count);
		if (count <= WARNINGS_PER_CODE) kept.push(warning);
	}
	for (const [code, count] of seen) {
		if (count > WARNINGS_PER_CODE) {
			kept.push({ code, message: `… and ${count - WARNINGS_PER_CODE} more "${code}" warnings like the ones above.` });
		}
	}
	return kept;
}

/** Moves a closing credit (a paragraph of its own, or the end of the last paragraph) to back matter. */
function extractCredit(lastTurn: ParsedTurn, back: Matter[]): void {
	const last = lastTurn.paragraphs[lastTurn.paragraphs.length - 1];
	if (!last) return;
	const tailStart = Math.max(0, last.text.length - 80);
	const match = CREDIT.exec(last.text.slice(tailStart));
	if (!match) return;
	const creditStart = tailStart + match.index;
	back.push({ kind: 'credit', text: match[1]!.trim(), line: last.line });
	const remaining = last.text.slice(0, creditStart).trimEnd();
	if (remaining === '') lastTurn.paragraphs.pop();
	else last.text = remaining;
}
