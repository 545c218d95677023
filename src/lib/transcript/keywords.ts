/**
 * Keywords per section: the words that distinguish a section from the others, by TF-IDF with the
 * sections as documents. Segmentation is injected (`Segment`), because the good Chinese segmenter
 * (jieba, see src/lib/server/segment.ts) is native and Node-only; `intlSegment` is the portable
 * fallback (Intl.Segmenter, also right for English). Knows nothing about Svelte, the DOM or the
 * file system.
 */
import { round6 } from './units';

/** Text → words, in order. Punctuation and spaces may be included; they are filtered here. */
export type Segment = (text: string) => string[];

export interface KeywordDocument {
	section: number;
	texts: readonly string[];
}

export interface KeywordOptions {
	/** Terms per section. Default 10. */
	top?: number;
	/** Extra stop words (compared in lower case). */
	stopWords?: Iterable<string>;
}

/**
 * Function words and conversational filler: frequent everywhere, they say nothing about a section.
 * Chinese from common stop-word lists, trimmed to words a segmenter actually emits.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'我们 你们 他们 她们 它们 我 你 他 她 它 自己 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 这是 那是 就是 还是 但是 可是 ' +
		'因为 所以 如果 虽然 然而 而且 并且 或者 以及 还有 已经 可能 可以 能够 需要 应该 非常 真的 确实 一些 一个 一种 一样 一直 一定 ' +
		'什么 怎么 如何 为什么 哪些 哪个 是否 没有 不是 只是 也是 都是 就会 不会 会有 认为 觉得 知道 看到 实际上 其实 当然 比如 例如 ' +
		'时候 之后 之前 以后 现在 今天 目前 方面 事情 东西 问题 情况 方式 过程 时间 很多 许多 更多 更加 最 很 都 也 就 还 又 再 才 ' +
		'的 了 和 是 在 有 对 与 及 或 等 把 被 让 给 从 向 到 为 于 以 而 则 之 其 此 中 上 下 里 吗 呢 吧 啊 呀 嗯 哦 ' +
		'您 我们的 他们的 你们的 一点 一下 一起 这一 那么 这么 那些 并 不 没 说 做 去 来 想 看 要 会 能 将 地 得 着 过 ' +
		'the a an and or but if so of to in on at for with by from as is are was were be been being it its this that these those ' +
		'i you he she we they me him her us them my your his our their what which who whom how why when where there here ' +
		'do does did done have has had not no yes just very really also then than too can could would should will shall may might ' +
		'about into over out up down more most some any all one two know think going get got like well yeah okay oh um uh'
	).split(/\s+/)
);

const HAS_LETTER = /\p{L}/u;
const HAS_HAN = /\p{Script=Han}/u;

function isCandidate(word: string, stop: ReadonlySet<string>): boolean {
	if (!HAS_LETTER.test(word)) return false; // punctuation, spaces, pure numbers
	if (stop.has(word.toLowerCase())) return false;
	// One Chinese character is almost always a function word; one Latin letter is noise.
	return [...word].length >= 2;
}

/** TF-IDF top terms per section; ties broken by count, then by code-point order of the term. */
export function sectionKeywords(
	documents: readonly KeywordDocument[],
	segment: Segment,
	options: KeywordOptions = {}
): { section: number; terms: { term: string; score: number; count: number }[] }[] {
	const top = options.top ?? 10;
	const stop = new Set(STOP_WORDS);
	for (const word of options.stopWords ?? []) stop.add(word.toLowerCase());

	// A transcript repeats a few thousand distinct words: decide each once (cheap per word, linear overall).
	const keyOf = new Map<string, string | null>();
	const counts = documents.map(({ texts }) => {
		const tally = new Map<string, number>();
		let total = 0;
		// One segmenter call per section: far fewer native calls than one per paragraph.
		for (const raw of texts.length > 0 ? segment(texts.join('\n')) : []) {
			let key = keyOf.get(raw);
			if (key === undefined) {
				const word = raw.trim();
				key = isCandidate(word, stop) ? (HAS_HAN.test(word) ? word : word.toLowerCase()) : null;
				keyOf.set(raw, key);
			}
			if (key === null) continue;
			tally.set(key, (tally.get(key) ?? 0) + 1);
			total++;
		}
		return { tally, total };
	});
	const documentFrequency = new Map<string, number>();
	for (const { tally } of counts) for (const word of tally.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
	const n = documents.length;

	return documents.map(({ section }, index) => {
		const { tally, total } = counts[index]!;
		const scored: { term: string; score: number; count: number }[] = [];
		for (const [term, count] of tally) {
			// With one document every term is everywhere: fall back to plain frequency.
			const idf = n > 1 ? Math.log(n / documentFrequency.get(term)!) : 1;
			const score = round6((count / total) * idf * 1000);
			if (score > 0) scored.push({ term, score, count });
		}
		scored.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
		return { section, terms: scored.slice(0, top) };
	});
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
	return (text) => {
		const words: string[] = [];
		for (const match of text.matchAll(WORD_RUN)) {
			const run = match[0];
			if (!NEEDS_DICTIONARY.test(run)) {
				words.push(run);
				continue;
			}
			for (let start = 0; start < run.length; ) {
				let end = Math.min(run.length, start + MAX_RUN);
				// Never cut a surrogate pair in half.
				if (end < run.length && /[\uD800-\uDBFF]/.test(run[end - 1]!)) end++;
				for (const piece of segmenter.segment(run.slice(start, end))) if (piece.isWordLike) words.push(piece.segment);
				start = end;
			}
		}
		return words;
	};
}
