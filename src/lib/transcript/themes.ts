/**
 * Theme mentions: literal terms and safe patterns from the themes file, found in paragraph text
 * with UTF-16 offsets. Knows nothing about Svelte, the DOM or the file system.
 *
 * Matching rules: case-insensitive; every character of a term is literal (a term `C++` or `(x)`
 * means exactly that); a term that starts or ends with a Latin letter or digit only matches on a
 * word boundary there (`cost` is not in `costume`, `GPT-4` is not in `GPT-40` nor in `ChatGPT-4`),
 * while Chinese terms match anywhere (Chinese has no spaces). In patterns, `{n}` is one ASCII or
 * full-width digit and `{-?}` an optional hyphen or dash; nothing else is special. Within one theme
 * the longest match at a position wins and matches do not overlap; different themes are matched
 * independently, so 计算成本 counts for both compute and cost.
 */
import type { Mention, Paragraph, ThemeDefinition, Turn } from './types';

export interface ThemeMatch {
	/** The term or pattern as written in the themes file. */
	term: string;
	start: number;
	end: number;
	text: string;
}

export interface CompiledTheme {
	id: string;
	/** Finds this theme's matches in a text, left to right, non-overlapping. */
	find(text: string): readonly ThemeMatch[];
}

const DIGIT = '[0-9０-９]';
const DASH = '[-‐‑–—－]?';
/** Latin letters and digits (ASCII, Latin-1/Extended, full-width digits): what a word boundary separates. */
const WORD_CHAR = '[A-Za-z0-9\\u00C0-\\u024F０-９]';
const EDGE_WORD_CHAR = /^[A-Za-z0-9\u00C0-\u024F０-９]$/;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regex source of a pattern: only `{n}` and `{-?}` are special. */
export function patternSource(pattern: string): string {
	return pattern
		.split(/(\{n\}|\{-\?\})/)
		.map((part) => (part === '{n}' ? DIGIT : part === '{-?}' ? DASH : escapeRegExp(part)))
		.join('');
}

/** First and last characters a pattern's matches can have (for the boundary rule). */
function edgeSample(term: string, isPattern: boolean): { first: string; last: string } {
	const sample = isPattern ? term.replace(/\{n\}/g, '0').replace(/\{-\?\}/g, '') : term;
	return { first: sample[0] ?? '', last: sample[sample.length - 1] ?? '' };
}

function withBoundaries(source: string, term: string, isPattern: boolean): string {
	const { first, last } = edgeSample(term, isPattern);
	const before = EDGE_WORD_CHAR.test(first) ? `(?<!${WORD_CHAR})` : '';
	const after = EDGE_WORD_CHAR.test(last) ? `(?!${WORD_CHAR})` : '';
	return `${before}(?:${source})${after}`;
}

const NO_MATCHES: readonly ThemeMatch[] = Object.freeze([]);

interface Alternative {
	term: string;
	sticky: RegExp;
}

export function compileTheme(theme: ThemeDefinition): CompiledTheme {
	const alternatives: Alternative[] = [];
	const sources: string[] = [];
	const add = (term: string, isPattern: boolean) => {
		if (term.trim() === '') return;
		const source = withBoundaries(isPattern ? patternSource(term) : escapeRegExp(term), term, isPattern);
		sources.push(source);
		alternatives.push({ term, sticky: new RegExp(source, 'iuy') });
	};
	for (const term of theme.terms) add(term, false);
	for (const pattern of theme.patterns ?? []) add(pattern, true);
	if (sources.length === 0) return { id: theme.id, find: () => [] };
	const any = new RegExp(sources.join('|'), 'giu');

	return {
		id: theme.id,
		find(text: string): readonly ThemeMatch[] {
			// Most texts mention no theme: they share one empty list instead of making their own.
			let matches: ThemeMatch[] | null = null;
			any.lastIndex = 0;
			let found: RegExpExecArray | null;
			while ((found = any.exec(text)) !== null) {
				const start = found.index;
				// Longest alternative at this position; ties go to the first listed. A sticky test
				// leaves its end in lastIndex: no match array per alternative.
				let bestTerm: string | null = null;
				let bestEnd = start;
				for (let a = 0; a < alternatives.length; a++) {
					const alternative = alternatives[a]!;
					alternative.sticky.lastIndex = start;
					if (!alternative.sticky.test(text)) continue;
					const end = alternative.sticky.lastIndex;
					if (bestTerm === null || end > bestEnd) {
						bestTerm = alternative.term;
						bestEnd = end;
					}
				}
				const end = bestTerm !== null ? bestEnd : start + found[0].length;
				if (end === start) {
					// An empty match (a pattern of optional parts only) moves on by one code point: one
					// UTF-16 unit would land inside a surrogate pair, where a Unicode-mode search starts
					// again at the pair's first half and never moves on.
					any.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
					continue;
				}
				(matches ??= []).push({ term: bestTerm ?? found[0], start, end, text: text.slice(start, end) });
				any.lastIndex = end;
			}
			return matches ?? NO_MATCHES;
		}
	};
}

/** Where a match stands: its turn, paragraph, speaker and section, with its offsets and text. */
export function placeMatch(
	turn: Pick<Turn, 'id' | 'speaker' | 'section'>,
	paragraph: Pick<Paragraph, 'id'>,
	match: ThemeMatch
): Omit<Mention, 'theme' | 'term'> {
	return {
		turn: turn.id,
		paragraph: paragraph.id,
		speaker: turn.speaker,
		section: turn.section,
		start: match.start,
		end: match.end,
		text: match.text
	};
}
