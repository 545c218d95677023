/**
 * Any-term matching: a word or phrase a reader types (Chinese or English) found in the turns like a
 * theme, by the same literal rules (themes.ts: case-insensitive, every character literal, Latin
 * edges on word boundaries, Chinese anywhere). Knows nothing about Svelte, the DOM or the file system.
 *
 * A term is data from a URL or a text box: it is validated here (normaliseTerm) and only ever
 * reaches a regular expression through themes.ts's literal escaping.
 */
import { compileTheme, placeMatch, type CompiledTheme } from './themes';
import type { Mention, Paragraph, Turn } from './types';

/** Longest term accepted, in code points: a phrase, not a paragraph. */
export const MAX_TERM_LENGTH = 64;

/** One occurrence of a term: a Mention without a theme; `term` is the normalised term searched for. */
export type TermOccurrence = Omit<Mention, 'theme'>;

/** What findTerm reads of a turn: the analysis' turns, or any subset of them. */
export type TermTurn = Pick<Turn, 'id' | 'speaker' | 'section'> & { paragraphs: readonly Pick<Paragraph, 'id' | 'text'>[] };

// Control characters (C0, DEL, C1) and lone surrogates: never part of a term anyone typed.
const UNTYPEABLE = /[\p{Cc}\p{Cs}]/u;

/** Trimmed, inner whitespace (tabs and newlines included) collapsed to one space, NFC. */
function tidy(raw: string): string {
	return raw.trim().replace(/\s+/gu, ' ').normalize('NFC');
}

/**
 * The term as it is searched for and written in a URL, or null when it is not a term: empty,
 * longer than MAX_TERM_LENGTH code points, or holding a control character once whitespace is
 * collapsed (a pasted line break becomes a space; a NUL or an escape is refused).
 */
export function normaliseTerm(raw: string): string | null {
	const term = tidy(raw);
	if (term === '' || [...term].length > MAX_TERM_LENGTH || UNTYPEABLE.test(term)) return null;
	return term;
}

function compileTerm(term: string): CompiledTheme {
	return compileTheme({ id: 'term', label: { zh: term, en: term }, terms: [term] });
}

/**
 * One code point's case-folded form: lower(upper(c)) when that is one code point the matcher
 * treats as the same letter (Σ, σ and ς fold together, as do K and the Kelvin sign), else c
 * itself (ı stays apart from i, ß from ss: the matcher does not equate them either).
 */
function foldCodePoint(char: string): string {
	// ASCII, the common case, needs no check (terms are compared on every selection change).
	if (char.charCodeAt(0) < 128) return char.toLowerCase();
	const candidate = char.toUpperCase().toLowerCase();
	if (candidate === char || [...candidate].length !== 1) return char;
	return compileTerm(char).find(candidate).length === 1 ? candidate : char;
}

/**
 * The key under which two terms are the same filter: tidied as normaliseTerm does, then case-folded
 * code point by code point, so `GPT`, ` gpt ` and `Gpt` share one key and one URL clause.
 */
export function termKey(term: string): string {
	const cached = keyCache.get(term);
	if (cached !== undefined) return cached;
	let key = '';
	for (const char of tidy(term)) key += foldCodePoint(char);
	// Folding compiles a matcher per character: a page asks for the same few keys on every click.
	if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
	keyCache.set(term, key);
	return key;
}

const KEY_CACHE_SIZE = 2048;
/** Pure memo of termKey (same input, same key), so sharing it between pages leaks nothing. */
const keyCache = new Map<string, string>();

/**
 * Every occurrence of a term in the turns, in reading order, with UTF-16 offsets into
 * Paragraph.text (end exclusive). The term is normalised first; a term normaliseTerm refuses finds nothing.
 */
export function findTerm(turns: readonly TermTurn[], rawTerm: string): TermOccurrence[] {
	const term = normaliseTerm(rawTerm);
	if (term === null) return [];
	const compiled = compileTerm(term);
	const occurrences: TermOccurrence[] = [];
	for (const turn of turns) {
		for (const paragraph of turn.paragraphs) {
			for (const match of compiled.find(paragraph.text)) {
				occurrences.push({ term, ...placeMatch(turn, paragraph, match) });
			}
		}
	}
	return occurrences;
}
