/**
 * Speaker-label detection: is this line "Name: text" in one of the styles transcripts use, and
 * under what key do two spellings of a label count as the same? Knows nothing about Svelte, the
 * DOM or the file system.
 *
 * Styles: `**Name：**text`, `**Name:** text`, `**Name**：text` (bold: any script, ≤ 50 chars);
 * `NAME: text` (upper case, ≤ 50 chars: English debate style, where a first label such as
 * `JOE BIDEN, PRESIDENT OF THE UNITED STATES` is already 41); `名字：text` (≤ 12 chars with a
 * Han character or a full-width colon, text on the same line). Anything else before a colon
 * (`Harry: hi`) is only a label when the metadata lists it. No regex here can backtrack beyond
 * the 50 characters of a label, so detection is linear in the line length.
 */

export type LabelStyle = 'bold' | 'caps' | 'cjk' | 'plain';

export interface LabelCandidate {
	/** The label as written (trimmed, without markup and colon). */
	label: string;
	/** Text after the label on the same line (trimmed; may be empty). */
	rest: string;
	style: LabelStyle;
	/** The label was inside a bold that goes on past it (`**Name：question…**`): weaker evidence when seen once. */
	inside?: boolean;
}

const MAX_BOLD_OR_CAPS = 50;
const MAX_CJK = 12;

/** Sentence punctuation: a label never contains it (an ordinary sentence with a colon usually does). */
const SENTENCE_PUNCTUATION = /[。！？；，、!?;"“”*]/;
const CAPS_LABEL = /^\p{Lu}[\p{Lu}\p{N}\p{M} .,'’&()\-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_HAN = /\p{Script=Han}/u;

function colonIndex(text: string, from: number, limit: number): number {
	const end = Math.min(text.length, from + limit + 1);
	for (let i = from; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x3a || code === 0xff1a) return i; // : or ：
	}
	return -1;
}

function boldLabel(original: string): LabelCandidate | null {
	if (!original.startsWith('**')) return null;
	// `****Name：**`: a clipper doubled the opening bold.
	let stars = 2;
	while (stars < original.length && stars < 12 && original[stars] === '*') stars++;
	const line = stars > 2 ? original.slice(stars - 2) : original;
	const close = line.indexOf('**', 2);
	let label: string;
	let rest: string;
	let inside = false;
	if (close >= 3 && close - 2 <= MAX_BOLD_OR_CAPS + 1) {
		const inner = line.slice(2, close);
		const innerTrimmed = inner.trimEnd();
		if (innerTrimmed.endsWith(':') || innerTrimmed.endsWith('：')) {
			// **Name：** text
			label = innerTrimmed.slice(0, -1);
			rest = line.slice(close + 2);
		} else {
			// **Name**：text
			const after = line.slice(close + 2).trimStart();
			if (after.startsWith(':') || after.startsWith('：')) {
				label = inner;
				rest = after.slice(1);
			} else {
				const found = insideColon(line);
				if (!found) return null;
				({ label, rest } = found);
				inside = true;
			}
		}
	} else {
		// The whole question in bold, the label inside: `**腾讯新闻：问题……**`, or a bold that
		// closes on a later line.
		const found = insideColon(line);
		if (!found) return null;
		({ label, rest } = found);
		inside = true;
	}
	label = label.trim();
	if (label === '' || label.length > MAX_BOLD_OR_CAPS || SENTENCE_PUNCTUATION.test(label)) return null;
	if (label.includes(':') || label.includes('：')) return null;
	return inside ? { label, rest: rest.trim(), style: 'bold', inside } : { label, rest: rest.trim(), style: 'bold' };
}

/** `**Name：the rest of the bold…**`: the label before the first colon inside the bold. */
function insideColon(line: string): { label: string; rest: string } | null {
	const colon = colonIndex(line, 2, MAX_BOLD_OR_CAPS + 1);
	if (colon < 3) return null;
	const label = line.slice(2, colon);
	if (label.includes('*')) return null;
	// "10:30" inside a bold sentence is a time, not a label.
	if (/\d$/.test(label) && /^\d/.test(line.slice(colon + 1))) return null;
	return { label, rest: line.slice(colon + 1) };
}

/**
 * Official records: `Mr. SMITH.`, `Senator GRASSLEY.`, `Chairman SHELBY.`, `The CHAIRMAN.`,
 * `Ms. JACKSON LEE.`, `Mr. SMITH of Texas.`, and the parliamentary `Mr SPEAKER:`. A title-case
 * honorific, a surname in capitals, then a period or a colon. Records indent each paragraph, so
 * leading spaces are allowed here (and only here).
 */
const OFFICIAL_LABEL =
	/^[ \t]{0,8}((?:The|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Hon\.?|Madam|Senator|Representative|Rep\.|Sen\.|Delegate|Chairman|Chairwoman|Chair|Vice Chairman|Ranking Member|Secretary|Governor|General|Admiral|Ambassador|Director|Commissioner|Judge|Justice|Minister|Premier|President|Speaker|Deputy Speaker) (?:[A-Z][a-z]{1,12} )?[A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){0,3}(?: of [A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?| pro tempore)?)[.:：](?:[ \t]+|$)/;

function officialLabel(line: string): LabelCandidate | null {
	const match = OFFICIAL_LABEL.exec(line);
	if (!match) return null;
	return { label: match[1]!, rest: line.slice(match[0].length).trim(), style: 'caps' };
}

function plainLabel(line: string): LabelCandidate | null {
	const first = line[0];
	if (first === undefined || /\s/.test(first) || first === '*' || first === '#') return null;
	// `（記：記者；涂：涂謹申）`: a legend in brackets, not a label.
	if ('（(【[「'.includes(first)) return null;
	const colon = colonIndex(line, 0, MAX_BOLD_OR_CAPS);
	if (colon < 1) return null;
	const label = line.slice(0, colon).trim();
	const rest = line.slice(colon + 1).trim();
	if (label === '' || SENTENCE_PUNCTUATION.test(label)) return null;
	// "10:30" or "https://..." are not labels.
	if (/^\d/.test(label) || (/^[a-z][a-z0-9+.-]*$/i.test(label) && line.startsWith('//', colon + 1))) return null;
	if (!HAS_LOWER.test(label) && CAPS_LABEL.test(label)) return { label, rest, style: 'caps' };
	const fullWidthColon = line[colon] === '：';
	if (label.length <= MAX_CJK && rest !== '' && (HAS_HAN.test(label) || fullWidthColon) && !/\s\s/.test(label)) {
		return { label, rest, style: 'cjk' };
	}
	return { label, rest, style: 'plain' };
}

/** The label a line starts with, if any (not yet accepted as a speaker: see parse). */
export function labelCandidate(line: string): LabelCandidate | null {
	return mayStartWithLabel(line) ? detectLabel(line) : null;
}

/** The three styles' tests, with no screen in front (a unit test holds the screen against it). */
export function detectLabel(line: string): LabelCandidate | null {
	return boldLabel(line) ?? officialLabel(line) ?? plainLabel(line);
}

/**
 * Could start with a label: it starts with `*` (bold), a space, a tab or a capital A-Z (an
 * official record's `Mr. SMITH.`), or has a colon within a label's length (every other style).
 * Most lines are prose and fail all three: no expression runs on them.
 */
export function mayStartWithLabel(line: string): boolean {
	const first = line.charCodeAt(0);
	return first === 42 || first === 32 || first === 9 || (first >= 65 && first <= 90) || colonIndex(line, 0, MAX_BOLD_OR_CAPS) >= 0;
}

/** Keys already made: a transcript repeats a few labels thousands of times, and NFKC is not cheap. */
const labelKeys = new Map<string, string>();
const MAX_LABEL_KEYS = 4096;

/** The key two spellings of one label share: NFKC (full-width → half-width), case and spacing folded. */
export function labelKey(label: string): string {
	let key = labelKeys.get(label);
	if (key === undefined) {
		key = label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
		// A bound, so that a file of a million distinct "labels" cannot hold them all.
		if (labelKeys.size >= MAX_LABEL_KEYS) labelKeys.clear();
		labelKeys.set(label, key);
	}
	return key;
}

/** Edit distance, a swap of two neighbours counting as one edit (optimal string alignment); labels are short. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			let cost = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
			current[j] = cost;
		}
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** Close enough to be a typo of one another: a third of the shorter label, and never all of it. */
export function isLikelyTypo(a: string, b: string): boolean {
	// A Chinese name is mistyped, not lengthened: "奥特曼说" is the name and a verb.
	if (a.length !== b.length && (HAS_HAN.test(a) || HAS_HAN.test(b))) return false;
	const shorter = Math.min(a.length, b.length);
	if (shorter === 0 || Math.abs(a.length - b.length) > Math.max(1, Math.floor(shorter / 3))) return false;
	const distance = editDistance(a, b);
	return distance > 0 && distance <= Math.max(1, Math.floor(shorter / 3)) && distance < shorter;
}

export interface LegendEntry {
	/** The short label (`記`). */
	label: string;
	/** Who it stands for (`記者`, `涂謹申`). */
	name: string;
}

const LEGEND_PART = /^([^:：=＝\s]{1,4})[ \t]*[:：=＝][ \t]*(\S[^:：]{0,23})$/;

/**
 * A legend line near the top of a transcript with one-character labels: `（記：記者；涂：涂謹申）`,
 * `(Q: reporter; A: minister)`. Two or more `label：name` pairs in brackets, nothing else; null otherwise.
 */
export function legendEntries(line: string): LegendEntry[] | null {
	const text = line.trim();
	if (text.length < 5 || text.length > 200) return null;
	// In brackets, as an editor's note: a turn that names two people ("张三：好的，李四：你说") is not a legend.
	if (!/^[（(【[]/.test(text) || !/[）)】\]]$/.test(text)) return null;
	const inner = text.slice(1, -1).trim();
	const parts = inner
		.split(/[；;，,、]|[ \t]{2,}/)
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length < 2) return null;
	const entries: LegendEntry[] = [];
	for (const part of parts) {
		const match = LEGEND_PART.exec(part);
		if (!match) return null;
		entries.push({ label: match[1]!, name: match[2]!.trim() });
	}
	return entries;
}
