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
import { isLikelyTypo, labelCandidate, labelKey, legendEntries, type LabelCandidate } from './labels';
import { isWhiteSpaceCode, prepareText, splitLines, type NoiseItem } from './prepare';
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
	/** Start of the turn in seconds, where the source gives one (a timestamp, or a subtitle cue). */
	time?: number;
	/** End of the turn in seconds, where the source gives one (a subtitle turn's last cue's end). */
	end?: number;
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
	/** Names a legend line near the top gives to short labels (`（記：記者；涂：涂謹申）`), for accepted labels only. */
	legend: { label: string; name: string; line: number }[];
	/** Labels seen once that look like typos of a recurring one: aliases to add to the metadata. */
	suggestedAliases: SuggestedAlias[];
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

export const BULLET = /^[ \t]*(?:[*\-•·]|\d{1,3}[.)])[ \t]+/;
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
	/** Index of its first line. */
	first: number;
	firstLine: number;
	/** Occurrences in a style that stands on its own (bold, caps, cjk, timestamped). */
	strong: number;
	bold: boolean;
	/** Every occurrence is inside a longer bold (`**Name：question…**`). */
	allInside: boolean;
	/** Every occurrence stands alone on its line (`**Title：**`): could be a heading. */
	allAlone: boolean;
}

function isBlank(line: string | undefined): boolean {
	return line === undefined || line.trim() === '';
}

/** A label seen once, close in spelling to one that recurs: likely a typo of it. */
export interface SuggestedAlias {
	label: string;
	target: string;
	line: number;
}

interface Acceptance {
	accepted: Set<string>;
	order: string[];
	aliases: AutoAlias[];
	/** Keys of bold lines seen once, alone, between turns: section headings, not speakers. */
	headings: Set<string>;
	suggestedAliases: SuggestedAlias[];
}

/**
 * Could be a person or a role: up to four Han characters (张鹏, 主持人), a transliterated name
 * with a middle dot (哈里·斯特宾斯), or up to three capitalised Latin words (Kevin Weil). A topic
 * (开源的未来, The future of open source) is not.
 */
function nameLike(label: string): boolean {
	const text = label.trim();
	if (/^\p{Script=Han}{1,4}$/u.test(text)) return true;
	if (/^[\p{Script=Han}·•・]{3,12}$/u.test(text) && /[·•・]/.test(text)) return true;
	return /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)(?: [\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){0,2}$/u.test(text);
}

/** What heads an introduction, not a person: `**导语：**`, `**Editor's note:**`. */
const FRONT_HEADING = /^(?:导语|导读|摘要|编者按|编者注|前言|引言|简介|背景|提要|要点|划重点|重点|summary|introduction|abstract|key points|highlights|editor['’]s note|background)$/i;

/** Most frequent labels compared for typos: keeps the check linear on machine-made input. */
const TYPO_TARGETS = 50;
const TYPO_CANDIDATES = 200;

/**
 * Decides which label candidates are speakers; the rest is text or, for a bold line seen once
 * and standing between turns, a heading. Evidence, in order: the metadata lists it; it recurs
 * (with its automatic aliases); it is bold and seen once (a speaker, flagged, unless it stands
 * alone between turns: then a heading; or is only the start of a longer bold sentence: then text).
 */
function acceptLabels(
	candidates: (LabelCandidate | null)[],
	lines: readonly string[],
	knownLabels: readonly string[],
	warnings: Warning[],
	lineOf: (index: number) => number,
	timedLabel: ArrayLike<number>
): Acceptance {
	const known = new Set(knownLabels.map(labelKey));
	const tallies = new Map<string, LabelTally>();
	candidates.forEach((candidate, index) => {
		if (!candidate) return;
		const key = labelKey(candidate.label);
		let tally = tallies.get(key);
		if (!tally) {
			tally = { label: candidate.label, first: index, firstLine: lineOf(index), strong: 0, bold: false, allInside: true, allAlone: true };
			tallies.set(key, tally);
		}
		// A timestamp next to a label is as good evidence as bold or capitals.
		if (candidate.style !== 'plain' || timedLabel[index]) tally.strong++;
		if (candidate.style === 'bold') tally.bold = true;
		if (!candidate.inside) tally.allInside = false;
		if (candidate.rest !== '') tally.allAlone = false;
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
	const firm = new Set<string>();
	for (const [key] of tallies) if (known.has(key) || groupStrong.get(key)! >= 2) firm.add(key);

	// Lines where a firm label starts a turn: the evidence for "between turns".
	let firstFirmIndex = Infinity;
	candidates.forEach((candidate, index) => {
		if (candidate && index < firstFirmIndex && firm.has(labelKey(candidate.label))) firstFirmIndex = index;
	});
	const nextIsFirmLabel = (index: number): boolean => {
		for (let j = index + 1, seen = 0; j < candidates.length && seen < 6; j++, seen++) {
			if (isBlank(lines[j])) continue;
			const next = candidates[j];
			return !!next && firm.has(labelKey(next.label));
		}
		return false;
	};
	const typoTargets = [...firm]
		.sort((a, b) => groupStrong.get(b)! - groupStrong.get(a)! || (a < b ? -1 : 1))
		.slice(0, TYPO_TARGETS);
	let typoChecks = 0;
	const typoOf = (key: string): string | null => {
		if (typoChecks++ >= TYPO_CANDIDATES) return null;
		for (const target of typoTargets) if (target !== key && isLikelyTypo(key, target)) return target;
		return null;
	};

	const accepted = new Set<string>();
	const order: string[] = [];
	const headings = new Set<string>();
	const suggestedAliases: SuggestedAlias[] = [];
	for (const [key, tally] of tallies) {
		if (firm.has(key)) {
			accepted.add(key);
			order.push(tally.label);
			continue;
		}
		if (tally.strong === 0) continue;
		const typo = typoOf(key);
		if (typo !== null) {
			// Bold is a label's position: a speaker, flagged. Anything else ("奥特曼说：") stays text.
			if (tally.bold) {
				accepted.add(key);
				order.push(tally.label);
			}
			const target = tallies.get(typo)!.label;
			suggestedAliases.push({ label: tally.label, target, line: tally.firstLine });
			warnings.push({
				code: 'label-typo',
				message:
					`Speaker label "${tally.label}" appears only once and is close to "${target}": likely a typo` +
					(tally.bold ? '' : ' (kept as text)') +
					`. Suggested alias: add "${tally.label}" to the labels of "${target}" in the metadata.`,
				line: tally.firstLine
			});
		} else if (tally.bold && tally.allAlone && (nextIsFirmLabel(tally.first) || (tally.first > firstFirmIndex && !nameLike(tally.label)))) {
			headings.add(key);
		} else if (tally.bold && !tally.allInside && !(tally.allAlone && tally.first < firstFirmIndex && (!nameLike(tally.label) || FRONT_HEADING.test(tally.label)))) {
			accepted.add(key);
			order.push(tally.label);
			warnings.push({
				code: 'label-once',
				message: `Speaker label "${tally.label}" appears only once (a typo?); treated as a speaker because it is bold.`,
				line: tally.firstLine
			});
		} else {
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
	return {
		accepted,
		order,
		aliases: aliases.filter((a) => accepted.has(a.alias) && accepted.has(a.target)),
		headings,
		suggestedAliases
	};
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
	const { lines, origin, timeOnly } = prepared;
	const lineOf = (index: number) => origin[index] ?? index + 1;
	/** The line's timestamp in seconds, or undefined. */
	const timeAt = (index: number): number | undefined => {
		const time = prepared.times[index]!;
		return Number.isNaN(time) ? undefined : time;
	};
	if (lines.every(isBlank)) throw new ParleyInputError('empty', 'the transcript is empty (no text).');

	const warnings: Warning[] = [];
	// A legend near the top (`記：記者；涂：涂謹申`) names labels; it is not a turn.
	const candidates = lines.map((line, index) =>
		isBlank(line) || (index < 40 && legendEntries(line) !== null) ? null : labelCandidate(line.trimEnd())
	);
	const { accepted, order, aliases, headings, suggestedAliases } = acceptLabels(
		candidates,
		lines,
		options.knownLabels ?? [],
		warnings,
		lineOf,
		prepared.timedLabel
	);
	const indentParagraphs = indentsParagraphs(lines);
	/** A timestamp alone on its line: the time of the next turn. */
	let pendingTime: number | undefined;

	const front: Matter[] = [];
	const back: Matter[] = [];
	const sections: ParsedSection[] = [];
	const turns: ParsedTurn[] = [];
	let currentTurn: ParsedTurn | null = null;
	let lastLabel: string | null = null;
	let numberedHeadings = 0;
	// The paragraph being read: its lines joined so far (null: none), its first line, whether it is a
	// bullet. Plain variables, not an object and a list of lines per paragraph.
	let buffer: string | null = null;
	let bufferLine = 0;
	let bufferBullet = false;
	const outsideLines: number[] = [];
	const titles = new Set<string>();

	const flush = () => {
		if (buffer === null) return;
		const joined = buffer;
		if (currentTurn) {
			// Bold inside a turn (`**OpenAI**`, a bold that wrapped the whole question) is emphasis, not text.
			const text = joined.includes('**') ? joined.replace(/\*{2,}/g, '').replace(/[ \t]{2,}/g, ' ').trim() : joined;
			if (text !== '') {
				const paragraph = { text, line: bufferLine };
				// Most turns hold one paragraph. A list made with it has room for one; a push onto an empty
				// list makes room for seventeen (3.6 MB more at 10 MB, kept to the end of the analysis).
				if (currentTurn.paragraphs.length === 0) currentTurn.paragraphs = [paragraph];
				else currentTurn.paragraphs.push(paragraph);
			}
		} else {
			outsideLines.push(bufferLine);
			if (bufferBullet) front.push({ kind: 'highlights', text: joined.replace(HIGHLIGHT_MARKER, ''), line: bufferLine });
			else if (sections.length === 0 && !(joined.length <= 20 && /[:：]$/.test(joined))) {
				front.push({ kind: 'introduction', text: joined.replace(/\*\*([^*\n]+)\*\*/g, '$1'), line: bufferLine });
			} else front.push({ kind: 'other', text: joined.replace(/\*\*([^*\n]+)\*\*/g, '$1'), line: bufferLine });
		}
		buffer = null;
	};

	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!;
		if (timeOnly[i]) pendingTime = timeAt(i);
		// Most lines are prose: one look at the first character rules out every markup test below.
		const plain = isPlainStart(raw.charCodeAt(0));
		// A horizontal rule (`------`, `***`) separates like a blank line.
		if (!plain && (isBlank(raw) || RULE.test(raw))) {
			flush();
			continue;
		}
		const line = raw.trimEnd();

		if (!plain && turns.length === 0) {
			const title = titleLine(line);
			if (title !== null) {
				flush();
				// The seed repeats its title line: keep it once.
				if (!titles.has(title)) front.push({ kind: 'title', text: title, line: lineOf(i) });
				titles.add(title);
				continue;
			}
		}

		const candidate = candidates[i];
		const heading = plain
			? candidate && headings.has(labelKey(candidate.label))
				? { number: '', value: 0, title: candidate.label, explicit: true }
				: null
			: headingCandidate(line) ??
			(turns.length > 0 && titleLine(line) !== null ? { number: '', value: 0, title: titleLine(line)!, explicit: true } : null) ??
			// `01` over a `------` underline (setext).
			(/^\d{1,3}$/.test(line.trim()) && RULE.test(lines[i + 1] ?? '') ? { number: line.trim(), value: Number(line.trim()), title: '', explicit: true } : null) ??
			// A bold line seen once, alone, between turns (`**开源的未来：**`).
			(candidate && headings.has(labelKey(candidate.label)) ? { number: '', value: 0, title: candidate.label, explicit: true } : null);
		if (heading && (heading.explicit || (isBlank(lines[i - 1]) && isBlank(lines[i + 1]) && heading.value === numberedHeadings + 1))) {
			flush();
			const headingLine = lineOf(i);
			let title = heading.title;
			if (title === '') {
				const next = headingTitleAfter(lines, i, (j) => !!candidates[j] && accepted.has(labelKey(candidates[j]!.label)));
				if (next) {
					title = next.title;
					i = next.end;
				}
			}
			if (heading.value > 0) numberedHeadings = heading.value;
			sections.push({ index: sections.length + 1, number: heading.number, title, line: headingLine });
			if (currentTurn) lastLabel = currentTurn.label;
			currentTurn = null;
			continue;
		}

		if (candidate && accepted.has(labelKey(candidate.label))) {
			flush();
			currentTurn = { label: candidate.label, line: lineOf(i), section: sections.length, paragraphs: [] };
			const time = timeAt(i) ?? pendingTime;
			if (time !== undefined) currentTurn.time = time;
			pendingTime = undefined;
			turns.push(currentTurn);
			if (candidate.rest !== '') {
				buffer = candidate.rest;
				bufferLine = lineOf(i);
				bufferBullet = false;
			}
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
		if (currentTurn && currentTurn.time === undefined && currentTurn.paragraphs.length === 0 && buffer === null && timeAt(i) !== undefined && !timeOnly[i]) {
			currentTurn.time = timeAt(i);
		}
		const bullet = !plain && BULLET.test(line);
		if (bullet || buffer === null || (indentParagraphs && !plain && INDENTED.test(line))) {
			flush();
			buffer = line.trim();
			bufferLine = lineOf(i);
			bufferBullet = bullet;
		} else buffer = joinWrapped(buffer, line.trim());
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
	return { front, back, sections, turns, labels: order, aliases, suggestedAliases, legend: findLegend(lines, accepted, lineOf), noise: prepared.noise, warnings: capWarnings(warnings) };
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

/** The legend: within the first 40 lines, the first line of `label：name` pairs naming accepted labels. */
function findLegend(lines: readonly string[], accepted: ReadonlySet<string>, lineOf: (index: number) => number) {
	for (let i = 0; i < Math.min(lines.length, 40); i++) {
		const entries = legendEntries(lines[i]!);
		if (!entries) continue;
		const named = entries.filter((entry) => accepted.has(labelKey(entry.label)));
		if (named.length > 0) return named.map((entry) => ({ ...entry, line: lineOf(i) }));
	}
	return [];
}

export const INDENTED = /^(?: {3,}|\t)\S/;

/** 一 … 十: the first character of a Chinese-numbered heading (`一、标题`). */
const CHINESE_NUMERAL_START = new Set([...'一二三四五六七八九十'].map((char) => char.charCodeAt(0)));

/**
 * A line that starts with this character is no rule, title, heading, bullet or indented line:
 * each of those starts with white space, `#`, `*`, `-`, `=`, `_`, `•`, `·`, a digit or 一 … 十
 * (a unit test compares the screen with the expressions on generated lines). An empty line is not plain.
 */
export function isPlainStart(code: number): boolean {
	if (Number.isNaN(code) || isWhiteSpaceCode(code) || (code >= 48 && code <= 57)) return false;
	// # * - = _ • ·
	if (code === 35 || code === 42 || code === 45 || code === 61 || code === 95 || code === 0x2022 || code === 0xb7) return false;
	return !CHINESE_NUMERAL_START.has(code);
}

/**
 * Official records mark a paragraph by indenting its first line, not by a blank line: a file
 * does this when at least three indented lines run on into an unindented one.
 */
function indentsParagraphs(lines: readonly string[]): boolean {
	let runOns = 0;
	for (let i = 0; i + 1 < lines.length && runOns < 3; i++) {
		// INDENTED needs a space or a tab first: most lines are ruled out without the expression.
		const first = lines[i]!.charCodeAt(0);
		if ((first === 32 || first === 9) && INDENTED.test(lines[i]!) && !BULLET.test(lines[i]!) && !isBlank(lines[i + 1]) && !/^\s/.test(lines[i + 1]!)) runOns++;
	}
	return runOns >= 3;
}

/** `------`, `======`, `***`, `___`: a rule or a setext underline. */
export const RULE = /^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,}|(?:- ){2,}-|(?:\* ){2,}\*)[ \t]*$/;
const MAX_TITLE_LINES = 3;

/**
 * The title of a heading whose number stands alone (`**01**`): on the next line, or, past an
 * underline (`------`) and blank lines, in bold over up to three lines (`**开源与闭源的**` /
 * `**竞争格局**`, or `****Title****`). Never a speaker's label.
 */
function headingTitleAfter(
	lines: readonly string[],
	index: number,
	isLabel: (index: number) => boolean
): { title: string; end: number } | null {
	let j = index + 1;
	let skippedRule = false;
	let skippedBlank = false;
	while (j < lines.length && j <= index + 4 && (isBlank(lines[j]) || RULE.test(lines[j]!))) {
		if (RULE.test(lines[j]!)) skippedRule = true;
		else skippedBlank = true;
		j++;
	}
	const first = lines[j];
	if (first === undefined || isBlank(first) || isLabel(j)) return null;
	const bold = first.trim().startsWith('**');
	// Past a blank line only a bold title or one under a rule belongs to the number.
	if (skippedBlank && !skippedRule && !bold) return null;
	if (!bold) return { title: first.trim(), end: j };
	const parts: string[] = [];
	let open = false;
	let end = j;
	for (let k = j; k < lines.length && k < j + MAX_TITLE_LINES; k++) {
		const text = lines[k]!.trim();
		if (text === '' || RULE.test(text) || (k > j && (isLabel(k) || (!open && !text.startsWith('**'))))) break;
		const pairs = text.match(/\*\*/g)?.length ?? 0;
		if (pairs % 2 === 1) open = !open;
		parts.push(text.replace(/\*+/g, '').trim());
		end = k;
	}
	let title = '';
	for (const part of parts) title = joinWrapped(title, part);
	title = title.replace(/[:：]$/, '');
	return title === '' ? null : { title, end };
}

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
