/**
 * Word segmentation for keywords with @node-rs/jieba (native, Node-only): words tagged with their
 * part of speech, so that keywords.ts can keep nouns, names and verbs, and the theme terms added to
 * its dictionary so that 计算资源 stays one word. English text uses Intl.Segmenter (untagged).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { intlSegment, type Segment } from '../transcript/keywords';
import type { ThemeDefinition } from '../transcript/types';

const segmenters = new Map<string, Jieba>();

/** One jieba per distinct set of theme terms (loadDict mutates the instance), kept for the process. */
function jiebaFor(terms: readonly string[]): Jieba {
	// jieba's dictionary format is "word frequency"; a term with a space cannot be one word there.
	const words = [...new Set(terms.filter((term) => !/\s/.test(term) && term.trim() !== ''))].sort();
	const key = words.join('\n');
	let jieba = segmenters.get(key);
	if (!jieba) {
		jieba = Jieba.withDict(dict);
		// Tagged nz (a noun of no other kind): without a tag a term new to jieba would be tagged ''
		// and dropped from keywords. A word jieba already knows keeps its own tag.
		if (words.length > 0) jieba.loadDict(new TextEncoder().encode(words.map((word) => `${word} 100000 nz`).join('\n') + '\n'));
		segmenters.set(key, jieba);
	}
	return jieba;
}

export function segmenterFor(language: 'zh' | 'en', themes: readonly ThemeDefinition[]): Segment {
	if (language === 'en') return intlSegment('en');
	const jieba = jiebaFor(themes.flatMap((theme) => theme.terms));
	// TaggedWord is { tag, word }: already a Token.
	return (text) => jieba.tag(text, true);
}
