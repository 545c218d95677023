/**
 * Word segmentation for keywords with @node-rs/jieba (native, Node-only): words tagged with their
 * part of speech, so that keywords.ts can keep nouns, names and verbs, and the theme terms added to
 * its dictionary so that 计算资源 stays one word. English text uses Intl.Segmenter (untagged).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { intlSegment, type Segment, type Token } from '../transcript/keywords';
import type { ThemeDefinition } from '../transcript/types';

interface TaggingJieba {
	jieba: Jieba;
	/** Theme terms added to the dictionary (tagged nz unless jieba already knew them). */
	added: ReadonlySet<string>;
	/** One token per distinct word seen in this process: the word and its tag. */
	tokens: Map<string, Token>;
}

const segmenters = new Map<string, TaggingJieba>();

/** One jieba per distinct set of theme terms (loadDict mutates the instance), kept for the process. */
function jiebaFor(terms: readonly string[]): TaggingJieba {
	// jieba's dictionary format is "word frequency"; a term with a space cannot be one word there.
	const words = [...new Set(terms.filter((term) => !/\s/.test(term) && term.trim() !== ''))].sort();
	const key = words.join('\n');
	let tagging = segmenters.get(key);
	if (!tagging) {
		const jieba = Jieba.withDict(dict);
		// Tagged nz (a noun of no other kind): without a tag a term new to jieba would be tagged ''
		// and dropped from keywords. A word jieba already knows keeps its own tag.
		if (words.length > 0) jieba.loadDict(new TextEncoder().encode(words.map((word) => `${word} 100000 nz`).join('\n') + '\n'));
		tagging = { jieba, added: new Set(words), tokens: new Map() };
		segmenters.set(key, tagging);
	}
	return tagging;
}

let dictionaryText: string | undefined;

/**
 * A word's tag as jieba's `tag` gives it: the dictionary's tag (the first entry, as jieba keeps
 * it), `nz` for an added theme term, and for a word jieba found without its dictionary `eng` when
 * it has a Latin letter or digit, `m` when those are all digits, `x` otherwise.
 */
function dictionaryTag(word: string, added: ReadonlySet<string>): string {
	dictionaryText ??= '\n' + new TextDecoder().decode(dict);
	const at = dictionaryText.indexOf(`\n${word} `);
	if (at !== -1) {
		const line = dictionaryText.slice(at + 1, dictionaryText.indexOf('\n', at + 1) >>> 0);
		return line.split(' ')[2]?.trim() ?? '';
	}
	if (added.has(word)) return 'nz';
	let latin = 0;
	let digits = 0;
	for (const char of word) {
		if (/[A-Za-z0-9]/.test(char)) latin++;
		if (/[0-9]/.test(char)) digits++;
	}
	return latin === 0 ? 'x' : latin === digits ? 'm' : 'eng';
}

/**
 * The tag of one word out of `cut`. jieba's `tag(text)` is `cut(text)` plus a dictionary look-up
 * per word, but it builds a { word, tag } object per word in native code, which takes about as
 * long again as the cut itself. The tag depends on the word alone, so it is asked for once per
 * distinct word: `tag(word)` gives it when jieba cuts the word alone the same way (nearly always);
 * the few words it cuts differently alone (很久 → 很 / 久) are looked up in the dictionary text.
 */
function tokenOf(word: string, tagging: TaggingJieba): Token {
	let token = tagging.tokens.get(word);
	if (!token) {
		const alone = tagging.jieba.tag(word, true);
		const tag = alone.length === 1 && alone[0]!.word === word ? alone[0]!.tag : dictionaryTag(word, tagging.added);
		token = { word, tag };
		tagging.tokens.set(word, token);
	}
	return token;
}

export function segmenterFor(language: 'zh' | 'en', themes: readonly ThemeDefinition[]): Segment {
	if (language === 'en') return intlSegment('en');
	const tagging = jiebaFor(themes.flatMap((theme) => theme.terms));
	// The same tokens as tagging.jieba.tag(text, true), in the same order (a unit test compares them).
	const segment: Segment = (text) => tagging.jieba.cut(text, true).map((word) => tokenOf(word, tagging));
	// The fast path keywords take: the cut alone, and a word's token when it is first met. The text
	// goes in as UTF-8 bytes: Node's encoder is quicker than the string conversion of the native
	// binding (1-3 ms less per MB here), and the words that come back are the same.
	segment.words = (text) => tagging.jieba.cut(Buffer.from(text), true);
	segment.tokenOf = (word) => tokenOf(word, tagging);
	return segment;
}
