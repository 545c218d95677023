/**
 * Content units, questions, language detection and number rounding: the small measures every
 * figure is built from. Knows nothing about Svelte, the DOM or the file system.
 *
 * A content unit is a Chinese character, letter or digit for Chinese text ('char'), or a word for
 * English text ('word'). Punctuation and spaces never count, so layout does not change the figures.
 */
import type { SpeakingRate } from './types';

export type UnitKind = 'char' | 'word';

/** 250 Chinese characters or 150 English words a minute: ordinary conversational pace. */
export const DEFAULT_RATE: Readonly<SpeakingRate> = Object.freeze({ charsPerMinute: 250, wordsPerMinute: 150 });

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

function isAsciiLetterOrDigit(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * LETTER_OR_DIGIT for each code unit outside the surrogates, filled in as met: 1 yes, 2 no, 0 not
 * yet known. Chinese text is one tenth full-width punctuation (，。？), and a regex test per
 * such character was most of the time a count took.
 */
const letterOrDigitUnit = new Uint8Array(0x10000);

/** LETTER_OR_DIGIT of one code unit that is not a surrogate. */
function isLetterOrDigitUnit(code: number): boolean {
	let known = letterOrDigitUnit[code]!;
	if (known === 0) {
		known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
		letterOrDigitUnit[code] = known;
	}
	return known === 1;
}

function isSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdfff;
}

/** Letters (Han included) and digits, code point by code point. A loop, not a regex: linear and cheap. */
export function countChars(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isSurrogate(code)) {
			if (isLetterOrDigitUnit(code)) count++;
			continue;
		}
		const codePoint = text.codePointAt(i)!;
		const char = String.fromCodePoint(codePoint);
		if (codePoint > 0xffff) i++;
		if (LETTER_OR_DIGIT.test(char)) count++;
	}
	return count;
}

/** Words: maximal runs of letters and digits, with inner apostrophes or hyphens ("don't", "long-term"). */
export function countWords(text: string): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let wordChar: boolean;
		if (code < 128) wordChar = isAsciiLetterOrDigit(code);
		else if (!isSurrogate(code)) wordChar = isLetterOrDigitUnit(code);
		else {
			const codePoint = text.codePointAt(i)!;
			wordChar = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
			// Skip the low half of a pair only: a lone surrogate is one unit, and the next is read.
			if (codePoint > 0xffff) i++;
		}
		if (wordChar) {
			if (!inWord) count++;
			inWord = true;
		} else if (inWord && (text[i] === "'" || text[i] === '’' || text[i] === '-') && isWordCharAt(text, i + 1)) {
			// stays in the word
		} else inWord = false;
	}
	return count;
}

function isWordCharAt(text: string, index: number): boolean {
	if (index >= text.length) return false;
	const code = text.charCodeAt(index);
	if (code < 128) return isAsciiLetterOrDigit(code);
	if (!isSurrogate(code)) return isLetterOrDigitUnit(code);
	return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * What a transcriber adds, not what a speaker says: anything in square brackets (`[Laughter.]`,
 * `[applause]`, `[Whereupon, the hearing was adjourned.]`) and the usual parenthesised markers
 * (`(inaudible)`, `(ph)`, `(CROSSTALK)`, `（笑）`, `（掌声）`). Bounded, so linear.
 */
const MARKER =
	/\[[^[\]\n]{1,200}\]|[(（][ \t]*(?:inaudible|ph|crosstalk|cross-talk|cross talk|laughter|laughs|laughing|applause|cheers|cheering|booing|unintelligible|indiscernible|sic|music|silence|pause|coughs|sighs|\?|笑|笑声|大笑|众笑|掌声|鼓掌|音频不清|听不清)(?:[ \t.,:;][^()（）\n]{0,40})?[)）]/giu;

/** The text without transcriber's markers (see MARKER): what the units count. */
export function withoutMarkers(text: string): string {
	if (!(text.includes('[') || text.includes('(') || text.includes('（'))) return text;
	return text.replace(MARKER, ' ');
}

/** Content units, transcriber's markers left out. */
export function countUnits(text: string, unit: UnitKind): number {
	const spoken = withoutMarkers(text);
	return unit === 'char' ? countChars(spoken) : countWords(spoken);
}

/** What countParagraph gives: a paragraph's content units and its questions. */
export interface ParagraphCounts {
	units: number;
	questions: number;
}

/** What countParagraph needs to know of a code unit: one table look-up, filled in as met. */
const UNKNOWN = 0;
const LETTER_OR_DIGIT_UNIT = 1;
const QUESTION_MARK = 2;
/** `[`, `(` or `（`: could open a transcriber's marker. */
const BRACKET = 3;
const SURROGATE = 4;
const OTHER = 5;
const paragraphKind = new Uint8Array(0x10000);

function paragraphKindOf(code: number): number {
	const kind =
		code === 0x3f || code === 0xff1f
			? QUESTION_MARK
			: code === 0x5b || code === 0x28 || code === 0xff08
				? BRACKET
				: isSurrogate(code)
					? SURROGATE
					: isLetterOrDigitUnit(code)
						? LETTER_OR_DIGIT_UNIT
						: OTHER;
	paragraphKind[code] = kind;
	return kind;
}

/**
 * countUnits(text, unit) and countQuestions(text) in one pass over the text, for Chinese text
 * ('char') with no bracket that could open a transcriber's marker; otherwise the two functions
 * themselves. Writes into `into` (no object per paragraph) and returns it. A unit test compares
 * it with the two functions on random text.
 */
export function countParagraph(text: string, unit: UnitKind, into: ParagraphCounts): ParagraphCounts {
	if (unit === 'char') {
		let units = 0;
		let questions = 0;
		let previousWasMark = false;
		let bracket = false;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			// One look-up tells the common cases apart (a letter, a mark, a bracket, anything else).
			let kind = paragraphKind[code]!;
			if (kind === UNKNOWN) kind = paragraphKindOf(code);
			if (kind === LETTER_OR_DIGIT_UNIT) {
				units++;
				previousWasMark = false;
				continue;
			}
			if (kind === QUESTION_MARK) {
				if (!previousWasMark) questions++;
				previousWasMark = true;
				continue;
			}
			previousWasMark = false;
			if (kind === BRACKET) bracket = true;
			if (kind !== SURROGATE) continue;
			// A surrogate: as countChars reads it (a pair is one code point; a lone half is one unit).
			const codePoint = text.codePointAt(i)!;
			if (LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint))) units++;
			// A pair's low half is no question mark either: the run of marks stays ended, as in countQuestions.
			if (codePoint > 0xffff) i++;
		}
		into.units = bracket ? countUnits(text, unit) : units;
		into.questions = questions;
		return into;
	}
	into.units = countUnits(text, unit);
	into.questions = countQuestions(text);
	return into;
}

/** Questions: each run of ? or ？ closes one question ("?!" or "？？" is still one). */
export function countQuestions(text: string): number {
	let count = 0;
	let previousWasMark = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const isMark = code === 0x3f || code === 0xff1f; // ? or ？
		if (isMark && !previousWasMark) count++;
		previousWasMark = isMark;
	}
	return count;
}

/**
 * Characters that decide the language (the first ones): about 100 pages of Chinese or 30,000
 * English words, far more than the decision needs, and a fixed cost however long the transcript.
 */
export const LANGUAGE_SAMPLE = 200_000;

/**
 * 'zh' when Han characters are at least as many as Latin words; else 'en'. A Chinese transcript
 * full of product names (OpenAI, GPT-4) stays Chinese; an English one quoting a Chinese name stays English.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
	let han = 0;
	const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (code >= 0x3400 && code <= 0x9fff) han++;
		else if (code >= 0xd840 && code <= 0xd87f && HAN.test(String.fromCodePoint(sample.codePointAt(i)!))) han++;
	}
	const latinWords = countLatinWords(sample);
	return han > 0 && han >= latinWords ? 'zh' : 'en';
}

function countLatinWords(text: string): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
		if (letter && !inWord) count++;
		inWord = letter;
	}
	return count;
}

/** Six decimals: enough for any chart, and the JSON is byte-identical between runs and machines. */
export function round6(value: number): number {
	const rounded = Math.round(value * 1e6) / 1e6;
	return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Shares that sum to exactly 1 at six decimals (largest remainder), so a stacked bar never shows
 * 99.9999 %. All zeros when the total is zero.
 */
export function sharesOf(values: readonly number[]): number[] {
	const total = values.reduce((sum, value) => sum + value, 0);
	if (total <= 0) return values.map(() => 0);
	const scale = 1e6;
	const exact = values.map((value) => (value * scale) / total);
	const floors = exact.map(Math.floor);
	let remaining = scale - floors.reduce((sum, value) => sum + value, 0);
	const order = exact
		.map((value, index) => ({ index, remainder: value - floors[index]! }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	for (const { index } of order) {
		if (remaining <= 0) break;
		floors[index] = floors[index]! + 1;
		remaining--;
	}
	return floors.map((value) => value / scale);
}

export function minutesAt(units: number, unit: UnitKind, rate: SpeakingRate): number {
	const perMinute = unit === 'char' ? rate.charsPerMinute : rate.wordsPerMinute;
	return round6(units / perMinute);
}
