/**
 * Stop words for keywords, from maintained lists rather than our own: Chinese from stopwords-iso
 * (794 function words, multi-character ones included, as a segmenter emits them) and English from
 * stopword (108 words). stopword's Chinese list is 78 single characters, which keywords drop
 * anyway; stopwords-iso's English list (1,298) also drops content words such as "research",
 * "computer" and "million", so each language comes from the package that lists it well. Chinese
 * and English words never collide, so one set serves both languages, and an English word inside
 * a Chinese transcript meets the English list. Knows nothing about Svelte, the DOM or the file system.
 */
import { eng } from 'stopword';
import { zh } from 'stopwords-iso';

/**
 * What the packages lack, and only that. stopwords-iso's Chinese list holds function words; jieba
 * tags modal and auxiliary verbs (可能, 应该, 无法), light verbs (做出, 进行), verbs that frame an
 * opinion (认为, 觉得) and the most general nouns (事情, 问题) as verbs and nouns, so the part-of-speech
 * filter keeps them, yet they say nothing about a topic. English: hesitations and back-channel
 * words of speech, which no list for written text has.
 */
const NOT_IN_PACKAGES = [
	...'可能 能够 需要 应该 是否 有没有 无法 做出 进行 认为 觉得 知道 看到 方面 事情 东西 问题 情况 方式 过程 时间'.split(' '),
	...'yeah yep okay ok oh um uh hmm mm'.split(' ')
];

/** Lower-case stop words of both languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...zh, ...eng, ...NOT_IN_PACKAGES].map((word) => word.toLowerCase()));
