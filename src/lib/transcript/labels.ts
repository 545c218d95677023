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
		const char = text[i];
		if (char === ':' || char === '：') return i;
	}
	return -1;
}

function boldLabel(line: string): LabelCandidate | null {
	if (!line.startsWith('**')) return null;
	const close = line.indexOf('**', 2);
	if (close < 3 || close - 2 > MAX_BOLD_OR_CAPS + 1) return null;
	const inner = line.slice(2, close);
	let label: string;
	let rest: string;
	const innerTrimmed = inner.trimEnd();
	if (innerTrimmed.endsWith(':') || innerTrimmed.endsWith('：')) {
		// **Name：** text
		label = innerTrimmed.slice(0, -1);
		rest = line.slice(close + 2);
	} else {
		// **Name**：text
		const after = line.slice(close + 2).trimStart();
		if (!(after.startsWith(':') || after.startsWith('：'))) return null;
		label = inner;
		rest = after.slice(1);
	}
	label = label.trim();
	if (label === '' || label.length > MAX_BOLD_OR_CAPS || SENTENCE_PUNCTUATION.test(label)) return null;
	if (label.includes(':') || label.includes('：')) return null;
	return { label, rest: rest.trim(), style: 'bold' };
}

function plainLabel(line: string): LabelCandidate | null {
	const first = line[0];
	if (first === undefined || /\s/.test(first) || first === '*' || first === '#') return null;
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
	return boldLabel(line) ?? plainLabel(line);
}

/** The key two spellings of one label share: NFKC (full-width → half-width), case and spacing folded. */
export function labelKey(label: string): string {
	return label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
