/**
 * A line-preserving pre-pass before label and heading detection: a web page becomes its text,
 * timestamps come off the lines (and are kept, in seconds), and what a clipper or a printer left
 * behind (image links, reading lists, account boilerplate, page headers, dot-leader contents
 * lines) is blanked out and listed as noise. Every kept line remembers its line in the original
 * file, so warnings point at the file the user has. Knows nothing about Svelte, the DOM or the
 * file system: it takes a string.
 *
 * Linear: each line is looked at with bounded regexes or loops; repeated page headers are found
 * with one counting pass.
 */
import { htmlToLines, looksLikeHtml } from './html';

export interface NoiseItem {
	/** 'image', 'reading-list', 'footer', 'account', 'highlight-count', 'page-header', 'contents'. */
	kind: string;
	/** 1-based line in the original file. */
	line: number;
	/** What was removed (at most 120 characters). */
	text: string;
}

/**
 * The per-line figures are typed arrays (plain text's origin too): at 10 MB (77,000 lines) a plain
 * array of as many `undefined` or `false` took 1.7-2.3 ms to make, a typed array 0.2 ms.
 */
export interface PreparedLines {
	/** Lines to parse: cleaned, noise blanked. */
	lines: string[];
	/** 1-based line in the original file for each line. */
	origin: ArrayLike<number>;
	/** A timestamp found on the line, in seconds from the start; NaN where there is none. */
	times: Float64Array;
	/** 1 where the line was only a timestamp (now blank): its time belongs to the next turn. */
	timeOnly: Uint8Array;
	/** 1 where the timestamp sat next to a label (`Name (00:12):`, `[00:12] NAME:`, `Name  0:03`): evidence it is one. */
	timedLabel: Uint8Array;
	noise: NoiseItem[];
}

export function splitLines(text: string): string[] {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	// A split on a string is several times faster than on a regex; most files end lines with \n alone.
	return withoutBom.includes('\r') ? withoutBom.split(/\r\n|\r|\n/) : withoutBom.split('\n');
}

/** `1:02:03`, `00:12`, `12:34.5`: hours optional, fractions of a second allowed. */
const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const TIME_ONLY = new RegExp(String.raw`^[ \t]*(?:[\[(]${TIME}[\])]|${TIME})[ \t]*$`);
const TIME_AT_START = new RegExp(String.raw`^[ \t]*(?:[\[(](${TIME})[\])]|(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|\d{2}:\d{2}))[ \t]+(?=\S)`);
/** `Name (00:12:34):`, `NAME [00:12]: text`, `**Name** (00:12)：`. */
const TIME_BEFORE_COLON = new RegExp(String.raw`^([^ \t:：\[\]()][^:：\[\]()]{0,58}?)[ \t]*(?:[\[(](${TIME})[\])]|(\d{1,2}:\d{2}:\d{2}))[ \t]*([:：])`);
/** `NAME: [00:12:34] text`, `**Name：** (00:12) text`. */
const TIME_AFTER_COLON = new RegExp(String.raw`^([^ \t:：][^:：]{0,58}?[:：](?:\*\*)?)[ \t]*(?:[\[(](${TIME})[\])]|(\d{1,2}:\d{2}:\d{2}))(?:[ \t]+|$)`);
/** `Sam Altman  0:03` alone on its line, the text on the next (Otter style). */
const NAME_THEN_TIME = new RegExp(
	String.raw`^((?:\*\*)?[\p{Lu}\p{Script=Han}][^:：\[\]()。！？!?,，;；]{0,48}?)(?:[ \t]{2,}(${TIME})|[ \t]*[\[(](${TIME})[\])]|(?<=\*\*)[ \t]+(${TIME}))[ \t]*$`,
	'u'
);

/** Every timestamp pattern: each needs a `d:dd`, which `hasClockTime` looks for first (a unit test checks it). */
export const TIMESTAMP_PATTERNS: readonly RegExp[] = [TIME_ONLY, TIME_AT_START, TIME_BEFORE_COLON, TIME_AFTER_COLON, NAME_THEN_TIME];

/** Seconds from `h:mm:ss`, `mm:ss` (with an optional fraction). */
export function timeToSeconds(text: string): number {
	const [main, fraction] = text.split(/[.,]/);
	const parts = main!.split(':').map(Number);
	let seconds = 0;
	for (const part of parts) seconds = seconds * 60 + part;
	return fraction ? seconds + Number(`0.${fraction}`) : seconds;
}

const IMAGE_LINK = /!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)/g;
export const READING_LIST_HEADING =
	/^[ \t]*(?:[#>*-]+[ \t]*)?(?:\*\*)?[ \t]*(?:推荐阅读|相关阅读|往期推荐|往期回顾|延伸阅读|精彩推荐|热门推荐|recommended reading|related reading|further reading|related articles?|read more|you may also like)[ \t]*[:：]?[ \t]*(?:\*\*)?[ \t]*$/i;
const LINK_LINE = /\]\(|https?:\/\/|^[ \t]*(?:[*\-•·]|\d{1,3}[.)])[ \t]/;
const FOOTER = /跳转到.{0,40}查看|阅读原文|微信扫一扫|扫码关注|长按.{0,12}二维码|点击.{0,12}关注我们|在小说阅读器中沉浸阅读/;
export const ACCOUNT_COUNT = /^[ \t]*\d{1,6}[ \t]*篇原创内容[ \t]*$/;
const ACCOUNT_LINE = /^[ \t]*(?:微信)?公众号[ \t]*$|^[ \t]*(?:关注|添加|星标)?.{0,16}公众号[ \t]*$|^[ \t]*原创[ \t]+\S.{0,30}$/;
export const HIGHLIGHT_COUNT = /[，,][ \t]*赞[ \t]*\d{1,6}[ \t]*$/;
export const PAGE_MARK = /^[ \t]*(?:\[\[Page \d{1,5}\]\]|-[ \t]*\d{1,5}[ \t]*-|—[ \t]*\d{1,5}[ \t]*—|page \d{1,5}(?: of \d{1,5})?)[ \t]*$/i;
export const CONTENTS_HEADING = /^[ \t]*(?:contents|table of contents|目录|目錄)[ \t]*$/i;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** What `trim()` and `\s` take for white space (a unit test checks every code unit against /\s/). */
export function isWhiteSpaceCode(code: number): boolean {
	return (
		(code >= 9 && code <= 13) ||
		code === 32 ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/**
 * The line holds a digit, a colon and two digits (`0:03`): every timestamp pattern above needs
 * one, and most lines have none, so they skip those tests. A search for ':' is far cheaper than
 * five anchored expressions with lazy 58-character prefixes.
 */
export function hasClockTime(line: string): boolean {
	for (let at = line.indexOf(':'); at !== -1; at = line.indexOf(':', at + 1)) {
		if (isDigit(line.charCodeAt(at - 1)) && isDigit(line.charCodeAt(at + 1)) && isDigit(line.charCodeAt(at + 2))) return true;
	}
	return false;
}

/** Could end in a highlight count (`，赞 12`): its last character other than a space or tab is a digit. */
export function endsInDigit(line: string): boolean {
	let end = line.length;
	while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
	return isDigit(line.charCodeAt(end - 1));
}

/**
 * Could start or end with a digit once trimmed: it starts or ends with a digit or white space.
 * Most lines do neither, and skip a trim and an expression.
 */
export function mayStartOrEndWithDigit(line: string): boolean {
	const first = line.charCodeAt(0);
	const last = line.charCodeAt(line.length - 1);
	return isDigit(first) || isDigit(last) || isWhiteSpaceCode(first) || isWhiteSpaceCode(last);
}

/**
 * What PAGE_MARK, CONTENTS_HEADING, READING_LIST_HEADING and ACCOUNT_COUNT can start with, past
 * spaces and tabs: `[[Page`, `- 12 -`, `— 12 —`, `page`, `contents`, `table of contents`, 目录 or
 * 目錄, a bullet or heading mark, 推荐阅读 and the like, `recommended`/`related`/`read more`,
 * `further`, `you may`, or a digit (ASCII letters in either case: the expressions ignore case).
 */
const NOISE_MARK_STARTS = new Set([...'[-—pPcCtT目#>*推相往延精热rRfFyY0123456789'].map((char) => char.charCodeAt(0)));

/** Could be a page mark, a contents or reading-list heading or an account count (a unit test holds this against the four). */
export function mayStartNoiseMark(line: string): boolean {
	let at = 0;
	while (at < line.length && (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9)) at++;
	return NOISE_MARK_STARTS.has(line.charCodeAt(at));
}

function clip(text: string): string {
	const trimmed = text.trim();
	return trimmed.length > 120 ? trimmed.slice(0, 119) + '…' : trimmed;
}

/** `Chapter one ........ 12`, `Opening statement . . . . 3`: found by a loop, not a regex, so a line of dots costs n. */
export function isDotLeaderLine(line: string): boolean {
	let end = line.length;
	while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
	let digits = 0;
	while (end > 0 && digits < 5 && line.charCodeAt(end - 1) >= 48 && line.charCodeAt(end - 1) <= 57) {
		end--;
		digits++;
	}
	if (digits === 0 || digits > 4) return false;
	let dots = 0;
	while (end > 0) {
		const char = line[end - 1];
		if (char === '.' || char === '…' || char === '·') dots += char === '…' ? 3 : 1;
		else if (char !== ' ' && char !== '\t') break;
		end--;
	}
	return dots >= 4 && end > 0;
}

/** The shape of a line with its numbers taken out: page headers repeat it with different numbers. */
function headerShape(line: string): string | null {
	if (!mayStartOrEndWithDigit(line)) return null;
	const trimmed = line.trim();
	if (trimmed.length < 3 || trimmed.length > 100 || !/^\d|\d$/.test(trimmed)) return null;
	if (/[:：。？?！!]/.test(trimmed) || trimmed.startsWith('**') || trimmed.startsWith('#')) return null;
	const shape = trimmed.replace(/\d+/g, '#').replace(/\s+/g, ' ');
	// A bare number is a page number only when others like it repeat; a running header has a
	// title's worth of words ("# HEARING ON …"), not a counter's ("问题#", "Part #").
	return shape === '#' || shape.replace(/#/g, '').trim().length >= 8 ? shape : null;
}

export function prepareText(text: string): PreparedLines {
	let lines: string[];
	let origin: ArrayLike<number>;
	if (looksLikeHtml(text)) ({ lines, origin } = htmlToLines(text));
	else {
		lines = splitLines(text);
		const own = new Int32Array(lines.length);
		for (let index = 0; index < own.length; index++) own[index] = index + 1;
		origin = own;
	}
	const count = lines.length;
	const times = new Float64Array(count).fill(NaN);
	const timeOnly = new Uint8Array(count);
	const timedLabel = new Uint8Array(count);
	const noise: NoiseItem[] = [];
	const blank = (index: number, kind: string) => {
		noise.push({ kind, line: origin[index]!, text: clip(lines[index]!) });
		lines[index] = '';
	};

	// Page headers: a short line beginning or ending with a number whose shape recurs at least
	// three times with different numbers ("12 HEARING ON …", "13 HEARING ON …").
	const shapes = new Map<string, { count: number; numbers: Set<string> }>();
	// Only the few lines that have a shape are kept (by index), not a slot for every line.
	const shapeOf = new Map<number, string>();
	for (let index = 0; index < count; index++) {
		const line = lines[index]!;
		// TIME_ONLY needs a `d:dd` (hasClockTime): most lines have none and skip the expression.
		const shape = hasClockTime(line) && TIME_ONLY.test(line) ? null : headerShape(line);
		// `01` over a `------` underline is a heading, not a page number.
		if (shape === null || (shape === '#' && /^[ \t]*(?:-{3,}|={3,})[ \t]*$/.test(lines[index + 1] ?? ''))) continue;
		shapeOf.set(index, shape);
		let entry = shapes.get(shape);
		if (!entry) shapes.set(shape, (entry = { count: 0, numbers: new Set() }));
		entry.count++;
		if (entry.numbers.size < 3) entry.numbers.add(line.replace(/\D+/g, ' ').trim());
	}

	for (let i = 0; i < count; i++) {
		let line = lines[i]!;
		if (line.trim() === '') continue;
		const shape = shapeOf.get(i);
		// The four expressions anchored at the line's start (page marks, contents, reading lists,
		// account counts) need one of a few first characters: most lines have none of them.
		const marked = mayStartNoiseMark(line);
		if ((marked && PAGE_MARK.test(line)) || (shape !== undefined && shapes.get(shape)!.count >= 3 && shapes.get(shape)!.numbers.size >= 2)) {
			blank(i, 'page-header');
			continue;
		}
		if ((isDotLeaderLine(line) && !line.startsWith('**')) || (marked && CONTENTS_HEADING.test(line))) {
			blank(i, 'contents');
			continue;
		}
		if (marked && READING_LIST_HEADING.test(line)) {
			blank(i, 'reading-list');
			// The list: link or bullet lines (and blank lines between them) up to the next other text.
			while (i + 1 < count && (lines[i + 1]!.trim() === '' || LINK_LINE.test(lines[i + 1]!))) {
				i++;
				if (lines[i]!.trim() !== '') blank(i, 'reading-list');
			}
			continue;
		}
		if (line.length <= 80 && FOOTER.test(line)) {
			blank(i, 'footer');
			continue;
		}
		if (marked && ACCOUNT_COUNT.test(line)) {
			// The account's name is the short line just above.
			const above = i - 1;
			if (above >= 0 && lines[above]!.trim() !== '' && lines[above]!.trim().length <= 20 && !/[:：]/.test(lines[above]!)) {
				blank(above, 'account');
			}
			blank(i, 'account');
			continue;
		}
		if (line.length <= 40 && ACCOUNT_LINE.test(line)) {
			blank(i, 'account');
			continue;
		}
		if (line.includes('![')) {
			let images = 0;
			const withoutImages = line.replace(IMAGE_LINK, (match) => {
				images++;
				noise.push({ kind: 'image', line: origin[i]!, text: clip(match) });
				return '';
			});
			if (images > 0) {
				line = withoutImages.trim() === '' ? '' : withoutImages;
				lines[i] = line;
				if (line === '') continue;
			}
		}
		const highlight = endsInDigit(line) ? HIGHLIGHT_COUNT.exec(line) : null;
		if (highlight) {
			noise.push({ kind: 'highlight-count', line: origin[i]!, text: clip(highlight[0]) });
			line = line.slice(0, highlight.index);
			lines[i] = line;
		}

		// Timestamps.
		if (!hasClockTime(line)) {
			lines[i] = line;
			continue;
		}
		if (TIME_ONLY.test(line)) {
			times[i] = timeToSeconds(/(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?/.exec(line)![0]);
			timeOnly[i] = 1;
			lines[i] = '';
			continue;
		}
		let match = TIME_AT_START.exec(line);
		if (match) {
			times[i] = timeToSeconds(match[1] ?? match[2]!);
			line = line.slice(match[0].length);
		}
		match = TIME_BEFORE_COLON.exec(line);
		if (match) {
			times[i] = timeToSeconds(match[2] ?? match[3]!);
			timedLabel[i] = 1;
			line = match[1]! + match[4]! + line.slice(match[0].length);
		} else if ((match = TIME_AFTER_COLON.exec(line))) {
			times[i] = timeToSeconds(match[2] ?? match[3]!);
			timedLabel[i] = 1;
			const rest = line.slice(match[0].length);
			line = match[1]! + (rest === '' ? '' : ' ' + rest);
		} else if (i + 1 < count && lines[i + 1]!.trim() !== '' && (match = NAME_THEN_TIME.exec(line))) {
			times[i] = timeToSeconds(match[2] ?? match[3] ?? match[4]!);
			timedLabel[i] = 1;
			line = match[1]!.endsWith('**') ? match[1]!.slice(0, -2).trimEnd() + ':**' : match[1]! + ':';
		} else if (!Number.isNaN(times[i]!)) timedLabel[i] = 1;
		lines[i] = line;
	}
	return { lines, origin, times, timeOnly, timedLabel, noise };
}
