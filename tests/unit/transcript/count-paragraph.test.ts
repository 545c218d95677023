/**
 * countParagraph counts a Chinese paragraph's units and questions in one pass; it must agree with
 * the two plain functions it stands for (countUnits, which leaves transcriber's markers out, and
 * countQuestions), and with a regex count of letters and digits, on random text with markers,
 * brackets, question marks, surrogate pairs and lone surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParagraph, countQuestions, countUnits, withoutMarkers, type UnitKind } from '../../../src/lib/transcript/units';

const piece = fc.constantFrom(
	'我们', '算力', '，', '。', '？', '?', '？？', '?!', 'GPT-4', '４', 'a', ' ', '\t', 'don\'t', '（笑）', '（掌声）', '(laughter)', '[applause]',
	'[', ']', '(', ')', '（', '）', '𠀀', '😀', '\ud800', '\udc00', 'é', '٣', '—', '\u3000'
);
const text = fc.oneof(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

/** Letters and digits, code point by code point, by the regex alone. */
const regexChars = (value: string) => (value.match(/[\p{L}\p{N}]/gu) ?? []).length;

describe('countParagraph: units and questions in one pass', () => {
	it('equals countUnits and countQuestions, for both units', () => {
		fc.assert(
			fc.property(text, fc.constantFrom<UnitKind>('char', 'word'), (value, unit) => {
				const counts = countParagraph(value, unit, { units: -1, questions: -1 });
				expect(counts).toEqual({ units: countUnits(value, unit), questions: countQuestions(value) });
				if (unit === 'char') expect(counts.units).toBe(regexChars(withoutMarkers(value)));
			}),
			{ numRuns: 3000 }
		);
	});

	it('writes into the object it is given', () => {
		const into = { units: 0, questions: 0 };
		expect(countParagraph('你好？（笑）我们?', 'char', into)).toBe(into);
		expect(into).toEqual({ units: 4, questions: 2 });
	});
});
