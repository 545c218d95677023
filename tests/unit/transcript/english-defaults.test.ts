/**
 * English defaults: the default themes file finds English mentions (singular and plural), and
 * keywords of an English transcript use an English tokenizer and stop-word list, with the
 * contractions Intl.Segmenter keeps whole ("wasn't", "didn't") kept out. Every count below was made
 * by hand on the text written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmenterFor } from '../../../src/lib/server/segment';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { parseThemesFile } from '../../../src/lib/transcript/schema';
import { THEMES_PATH } from './seed';

const themes = parseThemesFile(JSON.parse(readFileSync(THEMES_PATH, 'utf8')));

const TEXT = `## One section, so the keywords are counted over the whole text

HOST: Welcome. Chips are scarce and GPUs cost a fortune. Is compute power the new oil?

GUEST: A data center wasn't cheap. We didn't expect prices to fall; pricing for business customers is expensive.

HOST: Will GPT-5 change enterprise sales?

GUEST: Every customer asks. A chip is a chip, and chips wasn't what they didn't want.
`;

const analysis = analyseTranscript(TEXT, { id: 'english', themes, segmenter: (language) => segmenterFor(language, themes) });
const mentionsOf = (theme: string) => analysis.mentions.filter((m) => m.theme === theme).map((m) => m.text);

describe('English defaults', () => {
	it('detects English and counts words', () => {
		expect(analysis.meta.language).toBe('en');
		expect(analysis.unit).toBe('word');
		// "A data center wasn't cheap. We didn't expect prices to fall; pricing for business customers is expensive.": 17 words.
		expect(analysis.turns[1]!.units).toBe(17);
	});

	it.each([
		{ theme: 'compute', expected: ['Chips', 'GPUs', 'compute power', 'data center', 'chip', 'chip', 'chips'] },
		{ theme: 'cost', expected: ['cost', 'cheap', 'prices', 'pricing', 'expensive'] },
		{ theme: 'gpt-n', expected: ['GPT-5'] },
		{ theme: 'enterprise', expected: ['business', 'customers', 'enterprise', 'sales', 'customer'] }
	])('finds the $theme theme’s English terms, singular and plural', ({ theme, expected }) => {
		expect(mentionsOf(theme)).toEqual(expected);
	});

	it('keeps stop words and negated contractions out of the keywords', () => {
		const terms = analysis.keywords[0]!.terms.map((t) => t.term.toLowerCase());
		for (const word of ["wasn't", 'wasn', "didn't", 'didn', 'the', 'a', 'is', 'and', 'we', 'they', 'what']) expect(terms).not.toContain(word);
		// "chip" twice ("A chip is a chip"); "chips" twice ("Chips are scarce", "and chips"): two words, no stemming.
		expect(analysis.keywords[0]!.terms.find((t) => t.term === 'chip')?.count).toBe(2);
		expect(analysis.keywords[0]!.terms.find((t) => t.term.toLowerCase() === 'chips')?.count).toBe(2);
	});
});
