/**
 * Keywords per section: the words that distinguish a section from the others, by TF-IDF with the
 * sections as documents, among the words that can name a topic. Segmentation is injected
 * (`Segment`), because the good Chinese segmenter (jieba, see src/lib/server/segment.ts) is native
 * and Node-only; it also tags parts of speech, and only nouns, names, verbs and English terms are
 * kept. `intlSegment` is the portable fallback (Intl.Segmenter, also right for English): it tags
 * nothing, so only the stop-word list and the number rule filter its words. Knows nothing about
 * Svelte, the DOM or the file system.
 */
import { STOP_WORDS } from './stopwords';
import { round6 } from './units';

/** A word as the segmenter cut it, and its part of speech when the segmenter tags one. */
export interface Token {
	word: string;
	/**
	 * jieba's tag set (after ICTCLAS/PKU): 'n' noun, 'nr' person, 'ns' place, 'nt' organisation,
	 * 'v' verb, 'vn' verbal noun, 'eng' Latin word, 'm' numeral, 'd' adverb, 'x' unknown…
	 * Absent when the segmenter does not tag (Intl.Segmenter).
	 */
	tag?: string;
}

/**
 * Text → tokens, in order. Punctuation and spaces may be included; they are filtered here. A
 * segmenter should return the same token object for every occurrence of a word (the tag of a word
 * does not depend on where it stands): keywords are decided once per token object.
 */
export interface Segment {
	(text: string): readonly Token[];
	/**
	 * A faster way to the same tokens, for a segmenter whose token depends on the word alone (jieba's
	 * tag does): the words in order, and the token of a word. Keywords then look each word up once,
	 * by its string, and build no array of tokens per section. Both or neither; `words(text)[i]` must
	 * be the call's `[i].word`, and `tokenOf` of it that token.
	 */
	words?: (text: string) => readonly string[];
	tokenOf?: (word: string) => Token;
}

export interface KeywordDocument {
	section: number;
	texts: readonly string[];
}

export interface KeywordOptions {
	/** Terms per section. Default 10. */
	top?: number;
	/** Extra stop words (compared in lower case), beside STOP_WORDS. */
	stopWords?: Iterable<string>;
}

/**
 * Parts of speech that can name what a section is about: nouns of every kind (n, and n… such as
 * nr person, nrt transliterated name, ns place, nt organisation, nz other proper noun, nw work
 * title), verbs (v) and verbal nouns (vn), abbreviations (j) and Latin words (eng). Everything else
 * goes: numerals and quantifiers (m, q, mq: 一到, 三件), time words (t: 年期), pronouns (r: 怎样),
 * adverbs (d: 简直), adjectives (a, b), conjunctions, prepositions and particles (c, p, u…),
 * idioms and set phrases (i, l: 回顾过去, 至关重要), and words jieba could not tag (x).
 */
const CONTENT_TAG = /^(?:n[a-z]*|v|vn|j|eng)$/;
/** A negated verb (不会, 不够, 没有) is grammar, like English n't. */
const NEGATED_VERB = /^[不没]/;

const HAS_LETTER = /\p{L}/u;
const HAS_HAN = /\p{Script=Han}/u;
/** An English clitic: don't, it's, we're, Biden's. */
const CLITIC = /^(.+?)['’](s|re|ll|ve|d|m|t)$/i;

interface Candidate {
	/** What occurrences are counted under: Latin in lower case, a contraction as its stem. */
	key: string;
	/** The word as written, less any clitic: what the list shows (AGI, not agi). */
	form: string;
}

/**
 * The key a token is counted under, or null when it is not a keyword candidate. Latin words are
 * compared in lower case; a contraction counts as its stem (Biden's → biden), and one whose stem is
 * a stop word or that is negated (don't, wasn't) is a function word: the stop-word lists do not
 * spell those forms out. The same holds for a Chinese verb negated with 不 or 没.
 */
function candidate(token: Token, stop: ReadonlySet<string>): Candidate | null {
	if (token.tag !== undefined && !CONTENT_TAG.test(token.tag)) return null;
	let form = token.word.trim();
	if (token.tag === 'v' && NEGATED_VERB.test(form)) return null;
	if (!HAS_LETTER.test(form)) return null; // punctuation, spaces, pure numbers
	const clitic = CLITIC.exec(form);
	if (clitic) {
		if (clitic[2]!.toLowerCase() === 't' && /n$/i.test(clitic[1]!)) return null;
		form = clitic[1]!;
	}
	const key = HAS_HAN.test(form) ? form : form.toLowerCase();
	if (stop.has(key)) return null;
	// One Chinese character is almost always a function word; one Latin letter is noise. Counted on
	// the form as written: lower case can lengthen a letter (İ → i̇), and a word of one code unit is
	// then never a candidate, which lets sectionKeywords skip those words without a look-up.
	return [...form].length >= 2 ? { key, form } : null;
}

/**
 * TF-IDF top terms per section; ties broken by count, then by code-point order of the term. A
 * term is shown in its most frequent written form in the section (the first seen on a tie).
 */
export function sectionKeywords(
	documents: readonly KeywordDocument[],
	segment: Segment,
	options: KeywordOptions = {}
): { section: number; terms: { term: string; score: number; count: number }[] }[] {
	const top = options.top ?? 10;
	const stop = new Set(STOP_WORDS);
	for (const word of options.stopWords ?? []) stop.add(word.toLowerCase());

	// A transcript repeats a few thousand distinct words: decide each once (cheap per word, linear
	// overall). Keyed by the token itself: both segmenters give one shared token per distinct word,
	// so a look-up is by identity, with no key string built per word of the text. A decided token
	// is a variant (a key as one written form) by number, or -1 when it is not a candidate; keys
	// are numbered too, so that everything counted per word or per term is a typed array, not an
	// object or a Map per term (a section has a thousand terms, a transcript thousands of sections).
	const decided = new Map<Token, number>();
	const decidedWord = new Map<string, number>();
	const variantForm: string[] = [];
	const keyOfVariant = new Growing();
	const keyNames: string[] = [];
	const keyOf = new Map<string, number>();
	const variantOf = new Map<string, number>();
	const decide = (token: Token): number => {
		const found = candidate(token, stop);
		if (found === null) return -1;
		const name = `${found.key}\u0000${found.form}`;
		let variant = variantOf.get(name);
		if (variant === undefined) {
			variant = variantForm.length;
			variantForm.push(found.form);
			variantOf.set(name, variant);
			let key = keyOf.get(found.key);
			if (key === undefined) {
				key = keyNames.length;
				keyNames.push(found.key);
				keyOf.set(found.key, key);
			}
			keyOfVariant.set(variant, key);
		}
		return variant;
	};
	// Scratch space, indexed by variant or by key, read back and reset for the ones a section saw.
	const variantCounts = new Growing();
	const keyCounts = new Growing();
	/** Per key in a section, the count of its most frequent form so far, and that form's variant. */
	const bestFormCount = new Growing();
	const bestForm = new Growing();
	const documentFrequency = new Growing();
	const counts = documents.map(({ texts }) => {
		const seen: number[] = [];
		let total = 0;
		const tally = (variant: number) => {
			if (variant < 0) return;
			if (variantCounts.increment(variant) === 1) seen.push(variant);
			total++;
		};
		// One segmenter call per section: far fewer native calls than one per paragraph.
		const text = texts.length > 0 ? texts.join('\n') : null;
		if (text !== null && segment.words && segment.tokenOf) {
			const words = segment.words(text);
			for (let i = 0; i < words.length; i++) {
				const word = words[i]!;
				// One code unit is never a candidate (see candidate): about half of a Chinese text's
				// words (的, 是, punctuation) skip the look-up, which hashes each fresh string.
				if (word.length < 2) continue;
				let variant = decidedWord.get(word);
				if (variant === undefined) {
					variant = decide(segment.tokenOf(word));
					decidedWord.set(word, variant);
				}
				tally(variant);
			}
		} else if (text !== null) {
			for (const token of segment(text)) {
				let variant = decided.get(token);
				if (variant === undefined) {
					variant = decide(token);
					decided.set(token, variant);
				}
				tally(variant);
			}
		}
		// Keys in the order first seen; a key's form is its most frequent variant, the first seen on a tie.
		const keys: number[] = [];
		for (const variant of seen) {
			const count = variantCounts.get(variant);
			variantCounts.set(variant, 0);
			const key = keyOfVariant.get(variant);
			if (keyCounts.get(key) === 0) {
				keys.push(key);
				documentFrequency.increment(key);
			}
			keyCounts.set(key, keyCounts.get(key) + count);
			if (count > bestFormCount.get(key)) {
				bestFormCount.set(key, count);
				bestForm.set(key, variant);
			}
		}
		const keyList = Int32Array.from(keys);
		const keyCount = new Int32Array(keys.length);
		const keyForm = new Int32Array(keys.length);
		keys.forEach((key, at) => {
			keyCount[at] = keyCounts.get(key);
			keyForm[at] = bestForm.get(key);
			keyCounts.set(key, 0);
			bestFormCount.set(key, 0);
		});
		return { keys: keyList, keyCount, keyForm, total };
	});
	const n = documents.length;

	return documents.map(({ section }, index) => {
		const { keys, keyCount, keyForm, total } = counts[index]!;
		// The best `top` kept in order as the terms go by: a section has a thousand terms and a
		// transcript thousands of sections, so sorting them all to keep ten was most of the work.
		const best: ScoredTerm[] = [];
		for (let i = 0; i < keys.length; i++) {
			const count = keyCount[i]!;
			// With one document every term is everywhere: fall back to plain frequency.
			const idf = n > 1 ? Math.log(n / documentFrequency.get(keys[i]!)) : 1;
			const score = round6((count / total) * idf * 1000);
			if (score <= 0) continue;
			const last = best[best.length - 1];
			// Score and count decide most; the term only on a tie (keys differ, so terms do).
			if (best.length >= top && last && (score < last.score || (score === last.score && count < last.count))) continue;
			const scored = { term: variantForm[keyForm[i]!]!, score, count };
			if (best.length >= top && last && byRank(scored, last) >= 0) continue;
			let at = best.length;
			while (at > 0 && byRank(scored, best[at - 1]!) < 0) at--;
			best.splice(at, 0, scored);
			if (best.length > top) best.pop();
		}
		return { section, terms: best };
	});
}

/** An Int32Array indexed by a number that grows as larger numbers come (variants and keys are numbered as met). */
class Growing {
	private values = new Int32Array(1024);
	get(index: number): number {
		return index < this.values.length ? this.values[index]! : 0;
	}
	set(index: number, value: number): void {
		if (index >= this.values.length) this.grow(index);
		this.values[index] = value;
	}
	/** Adds one; returns the new value. */
	increment(index: number): number {
		if (index >= this.values.length) this.grow(index);
		return ++this.values[index]!;
	}
	private grow(index: number): void {
		let length = this.values.length * 2;
		while (length <= index) length *= 2;
		const grown = new Int32Array(length);
		grown.set(this.values);
		this.values = grown;
	}
}

interface ScoredTerm {
	term: string;
	score: number;
	count: number;
}

/** Keyword order: higher score, then higher count, then the term in code-point order. */
function byRank(a: ScoredTerm, b: ScoredTerm): number {
	return b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

const WORD_RUN = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
/** Scripts written without spaces (Han, Kana, Thai…) need the dictionary segmenter; Latin words do not. */
const NEEDS_DICTIONARY = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}'’-]/u;
/**
 * ICU's word breaking slows down more than linearly on very long runs (80,000 Han characters
 * take seconds), so runs are cut into slices of this many code units; a word split at a slice
 * edge is the price, and real text has punctuation far more often than that.
 */
const MAX_RUN = 256;

/** Portable segmentation with Intl.Segmenter (ICU dictionary for Chinese, word rules for English). Linear. */
export function intlSegment(language: string): Segment {
	const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
	// One token per distinct word, shared by its occurrences (see Segment).
	const tokens = new Map<string, Token>();
	const tokenOf = (word: string) => {
		let token = tokens.get(word);
		if (!token) tokens.set(word, (token = { word }));
		return token;
	};
	return (text) => {
		const words: Token[] = [];
		for (const match of text.matchAll(WORD_RUN)) {
			const run = match[0];
			if (!NEEDS_DICTIONARY.test(run)) {
				words.push(tokenOf(run));
				continue;
			}
			for (let start = 0; start < run.length; ) {
				let end = Math.min(run.length, start + MAX_RUN);
				// Never cut a surrogate pair in half.
				if (end < run.length && /[\uD800-\uDBFF]/.test(run[end - 1]!)) end++;
				for (const piece of segmenter.segment(run.slice(start, end))) if (piece.isWordLike) words.push(tokenOf(piece.segment));
				start = end;
			}
		}
		return words;
	};
}
