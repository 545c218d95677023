/**
 * Keywords worth reading: the part-of-speech filter (jieba's tags), the stop-word lists, English
 * contractions and numbers, and, on the seed, terms a reader of the section expects to see and
 * fragments that must never appear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { segmenterFor } from '../../../src/lib/server/segment';
import { intlSegment, sectionKeywords, type Segment, type Token } from '../../../src/lib/transcript/keywords';
import { STOP_WORDS } from '../../../src/lib/transcript/stopwords';
import { RUNS, SEED } from '../properties/runs';
import { seedAnalysis, seedText } from './seed';

/** A segmenter that returns fixed tokens for the one text each section is, by its first character. */
function fixed(bySection: Record<string, Token[]>): Segment {
	return (text) => bySection[text[0]!] ?? [];
}

const terms = (result: ReturnType<typeof sectionKeywords>, section: number) =>
	result.find((k) => k.section === section)!.terms.map((t) => [t.term, t.count]);

describe('part-of-speech filter (tagged tokens)', () => {
	// Section A holds every token once; section B holds none of them, so each kept word scores.
	const cases: { word: string; tag: string; kept: boolean; why: string }[] = [
		{ word: '机器人', tag: 'n', kept: true, why: 'noun' },
		{ word: '布拉德', tag: 'nr', kept: true, why: 'person name' },
		{ word: '山姆', tag: 'nrt', kept: true, why: 'transliterated name' },
		{ word: '伦敦', tag: 'ns', kept: true, why: 'place' },
		{ word: '腾讯', tag: 'nz', kept: true, why: 'proper noun' },
		{ word: '招聘', tag: 'v', kept: true, why: 'verb' },
		{ word: '预测', tag: 'vn', kept: true, why: 'verbal noun' },
		{ word: 'OpenAI', tag: 'eng', kept: true, why: 'Latin word' },
		{ word: '三件', tag: 'mq', kept: false, why: 'numeral + quantifier' },
		{ word: '一两个', tag: 'm', kept: false, why: 'numeral' },
		{ word: '年期', tag: 't', kept: false, why: 'time word' },
		{ word: '怎样', tag: 'r', kept: false, why: 'pronoun' },
		{ word: '简直', tag: 'd', kept: false, why: 'adverb' },
		{ word: '重大', tag: 'a', kept: false, why: 'adjective' },
		{ word: '并非', tag: 'c', kept: false, why: 'conjunction' },
		{ word: '基于', tag: 'p', kept: false, why: 'preposition' },
		{ word: '回顾过去', tag: 'i', kept: false, why: 'idiom' },
		{ word: '至关重要', tag: 'l', kept: false, why: 'set phrase' },
		{ word: '一到', tag: 'x', kept: false, why: 'untagged (unknown to jieba)' },
		{ word: '不够', tag: 'v', kept: false, why: 'negated verb' },
		{ word: '没想到', tag: 'v', kept: false, why: 'negated verb' },
		{ word: '可能', tag: 'v', kept: false, why: 'modal verb (stop word)' },
		{ word: '我们', tag: 'n', kept: false, why: 'stop word, whatever the tag' }
	];
	const result = sectionKeywords(
		[
			{ section: 1, texts: ['A'] },
			{ section: 2, texts: ['B'] }
		],
		fixed({ A: cases.map(({ word, tag }) => ({ word, tag })), B: [{ word: '别的', tag: 'n' }] }),
		{ top: 100 }
	);
	const kept = new Set(result[0]!.terms.map((t) => t.term));

	it.each(cases)('$word ($tag, $why): kept $kept', ({ word, kept: expected }) => {
		expect(kept.has(word)).toBe(expected);
	});
});

describe('untagged words (Intl.Segmenter, English)', () => {
	it.each([
		{
			name: 'stop words from the package, spoken filler and numbers go',
			a: 'Yeah, um, the tariffs were about 2024 and 1,000 tariffs.',
			b: 'Inflation.',
			expected: [['tariffs', 2]]
		},
		{
			name: 'negated auxiliaries go; a contraction of a stop word goes',
			a: "We didn't, it's, they're, wasn't, can't, won't. Pensions.",
			b: 'Inflation.',
			expected: [['Pensions', 1]]
		},
		{
			name: "a possessive counts as its stem, shown as most often written",
			a: "Biden's plan. BIDEN said Biden would.",
			b: 'Inflation.',
			expected: [['Biden', 3], ['plan', 1]]
		},
		{
			// İ lower-cases to two code points (i + a combining dot): still one letter, so noise.
			name: 'one letter is noise, even one whose lower case is longer',
			a: 'İ İ İ x x x Pensions.',
			b: 'Inflation.',
			expected: [['Pensions', 1]]
		}
	])('$name', ({ a, b, expected }) => {
		const result = sectionKeywords(
			[
				{ section: 1, texts: [a] },
				{ section: 2, texts: [b] }
			],
			intlSegment('en')
		);
		expect(terms(result, 1)).toEqual(expected);
	});

	it('takes the English list from the stopword package and the Chinese one from stopwords-iso', () => {
		// Spot checks of what each package lists (not of our own additions).
		for (const word of ['the', 'and', 'would', 'because']) expect(STOP_WORDS.has(word)).toBe(true);
		for (const word of ['我们', '这个', '从而', '基于']) expect(STOP_WORDS.has(word)).toBe(true);
		// stopwords-iso's English list would drop these content words; the stopword package keeps them.
		for (const word of ['research', 'computer', 'million', 'world']) expect(STOP_WORDS.has(word)).toBe(false);
	});
});

describe('jieba tagging (src/lib/server/segment.ts)', () => {
	const segment = segmenterFor('zh', [{ id: 'c', label: { zh: '', en: '' }, terms: ['计算资源', '计算的成本'] }]);

	it('tags every word; a theme term new to jieba as a noun (nz), so that keywords keep it', () => {
		const tokens = segment('如何获取足够的计算资源，降低计算的成本');
		expect(tokens.every((t) => typeof t.tag === 'string' && t.tag !== '')).toBe(true);
		expect(tokens).toContainEqual({ word: '计算资源', tag: 'n' }); // in jieba's dictionary already
		expect(tokens).toContainEqual({ word: '计算的成本', tag: 'nz' });
	});

	it('tags the seed’s fragments as numerals, time words, pronouns and adverbs', () => {
		expect(segment('只有一到三件事情')).toEqual(expect.arrayContaining([{ word: '三件', tag: 'mq' }]));
		expect(segment('做10年期的预测')).toEqual(expect.arrayContaining([{ word: '年期', tag: 't' }]));
		expect(segment('这简直令人难以置信')).toEqual(expect.arrayContaining([{ word: '简直', tag: 'd' }]));
	});

	it('gives the tokens jieba’s own tag() gives, word for word and tag for tag, on the whole seed', () => {
		// The segmenter cuts and then tags each distinct word once (segment.ts); jieba's tag() over
		// the whole text is the other method. Theme terms loaded the same way in both.
		const terms = ['计算资源', '计算的成本', '算力', 'GPT4'];
		const reference = Jieba.withDict(dict);
		reference.loadDict(new TextEncoder().encode(terms.map((word) => `${word} 100000 nz`).join('\n') + '\n'));
		const themed = segmenterFor('zh', [{ id: 'c', label: { zh: '', en: '' }, terms }]);
		const expected = reference.tag(seedText, true).map(({ word, tag }) => ({ word, tag }));
		const actual = themed(seedText).map(({ word, tag }) => ({ word, tag }));
		expect(expected.length).toBeGreaterThan(10_000);
		expect(actual).toEqual(expected);
		// Words jieba cuts differently when alone (很久 → 很 / 久, a word only in context): the
		// fallback to the dictionary must still tag them as tag() does.
		const inContext = '我们等了很久，差不多了，这类事情更快';
		expect(themed(inContext)).toEqual(reference.tag(inContext, true).map(({ word, tag }) => ({ word, tag })));
		// The fast path keywords take (words, then a word's token) gives the same tokens too.
		const words = themed.words!(seedText);
		expect(words.map((word) => themed.tokenOf!(word)).map(({ word, tag }) => ({ word, tag }))).toEqual(expected);
	});
});

describe('keywords of the seed, against a reading of the sections', () => {
	const analysis = seedAnalysis();
	const list = (section: number) => analysis.keywords.find((k) => k.section === section)!.terms.map((t) => t.term);

	// 01 七年前创建OpenAI: how Lightcap came to work full-time (全职), first to find a CFO (财务), the
	// faith (信心) it took, and each partner's strengths in the other's words (山姆, 布拉德).
	// 07 the quick-fire round: an experiment budget (实验), the instability of geopolitics (政治),
	// robots they expected to build (机器人), no time to read (读书), 10-year predictions (预测).
	it.each([
		{
			section: 1,
			must: ['全职', '财务', '信心', '山姆', '布拉德'],
			mustNot: ['一到', '三件', '我们', '非常', '真正', '25', '两点']
		},
		{
			section: 7,
			must: ['机器人', '预测', '读书', '实验', '政治'],
			mustNot: ['回顾过去', '年期', '怎样', '简直', '不够', '有没有', '12', '60']
		}
	])('section $section has $must and none of $mustNot', ({ section, must, mustNot }) => {
		const terms = list(section);
		expect(terms).toHaveLength(10);
		for (const term of must) expect(terms).toContain(term);
		for (const term of mustNot) expect(terms).not.toContain(term);
	});

	it('no section lists a numeral, quantifier, time word, pronoun or adverb jieba tagged so', () => {
		const segment = segmenterFor('zh', []);
		for (const { terms } of analysis.keywords) {
			for (const { term } of terms) {
				const tags = segment(term).map((t) => t.tag);
				expect(tags.some((tag) => ['m', 'q', 'mq', 't', 'r', 'd', 'x'].includes(tag!)), `${term}: ${tags}`).toBe(false);
			}
		}
	});
});

describe('TF-IDF ranking against a plain count and full sort', () => {
	// Sections of words drawn from a small pool (so counts tie, forms differ only in case, and some
	// words are everywhere); the oracle counts and sorts everything in the test, with the ranking
	// rule written out: score, then count, then the term; the shown form is the most frequent
	// (first seen on a tie).
	const pool = ['Alpha', 'alpha', 'ALPHA', 'beta', 'Gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
	const sections = fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), { minLength: 1, maxLength: 6 });

	function oracle(words: string[][], top: number) {
		const n = words.length;
		const tallies = words.map((section) => {
			const byKey = new Map<string, { count: number; forms: Map<string, number> }>();
			for (const word of section) {
				const key = word.toLowerCase();
				const entry = byKey.get(key) ?? { count: 0, forms: new Map<string, number>() };
				entry.count++;
				entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
				byKey.set(key, entry);
			}
			return byKey;
		});
		return tallies.map((byKey, index) => {
			const total = words[index]!.length;
			const rows = [...byKey].map(([key, { count, forms }]) => {
				const df = tallies.filter((other) => other.has(key)).length;
				const idf = n > 1 ? Math.log(n / df) : 1;
				const score = Math.round((count / total) * idf * 1000 * 1e6) / 1e6;
				const form = [...forms].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
				return { term: form, score, count };
			});
			const ranked = rows.filter((row) => row.score > 0).sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
			return { section: index + 1, terms: ranked.slice(0, top) };
		});
	}

	it('gives the same terms, scores and order for any sections and any top', () => {
		fc.assert(
			fc.property(sections, fc.integer({ min: 0, max: 8 }), (words, top) => {
				// One shared token per word, as the real segmenters give.
				const tokens = new Map(pool.map((word) => [word, { word }]));
				const segment: Segment = (text) => (text === '' ? [] : text.split(' ').map((word) => tokens.get(word)!));
				const documents = words.map((section, index) => ({ section: index + 1, texts: section.length > 0 ? [section.join(' ')] : [] }));
				expect(sectionKeywords(documents, segment, { top })).toEqual(oracle(words, top));
				// The same segmenter with the fast path (words, then a word's token): the same answer.
				const fast: Segment = Object.assign((text: string) => segment(text), {
					words: (text: string) => (text === '' ? [] : text.split(' ')),
					tokenOf: (word: string) => tokens.get(word)!
				});
				expect(sectionKeywords(documents, fast, { top })).toEqual(oracle(words, top));
			}),
			{ numRuns: RUNS.keywordRanking, seed: SEED }
		);
	});
});
