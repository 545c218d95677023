/**
 * The cheap screens the parser runs before its expressions (prepare.ts): a screen may let a line
 * through that the expression then rejects, never the reverse. Each is checked against the
 * expressions it stands in front of, or against a plain regular expression, on generated lines
 * built from the pieces those expressions look at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	endsInDigit,
	hasClockTime,
	HIGHLIGHT_COUNT,
	isWhiteSpaceCode,
	mayStartNoiseMark,
	mayStartOrEndWithDigit,
	ACCOUNT_COUNT,
	CONTENTS_HEADING,
	PAGE_MARK,
	prepareText,
	READING_LIST_HEADING,
	TIMESTAMP_PATTERNS
} from '../../../src/lib/transcript/prepare';
import { BULLET, INDENTED, isPlainStart, RULE } from '../../../src/lib/transcript/parse';
import { headingCandidate, titleLine } from '../../../src/lib/transcript/headings';
import { detectLabel, labelCandidate, mayStartWithLabel } from '../../../src/lib/transcript/labels';
import { RUNS, SEED } from '../properties/runs';

const pieces = ['一', '三', '十', '、', '•', '·', '_', '___', '---', '=', '* ', '- ', '## ', '   ', '01', '01 标题', 'x', '0', '1', '7', '9', '12', '00:12', '0:03', '1:02:03', '12:34.5', ':', '：', ' ', '  ', '\t', '\u3000', '\u00a0', '[', ']', '(', ')', '**', '赞', '，', ',', 'A', 'SAM', 'b', '张三', '说', '.', '-', '#'];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

describe('line screens against the expressions they stand in front of', () => {
	it('hasClockTime is /\\d:\\d\\d/ exactly', () => {
		fc.assert(
			fc.property(line, (text) => {
				expect(hasClockTime(text)).toBe(/\d:\d\d/.test(text));
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
	});

	it('no timestamp pattern matches a line hasClockTime lets go', () => {
		fc.assert(
			fc.property(line, (text) => {
				if (hasClockTime(text)) return;
				for (const pattern of TIMESTAMP_PATTERNS) expect(pattern.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(false);
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
	});

	it('the highlight count matches only lines that end in a digit (spaces and tabs aside)', () => {
		fc.assert(
			fc.property(line, (text) => {
				if (HIGHLIGHT_COUNT.test(text)) expect(endsInDigit(text)).toBe(true);
				expect(endsInDigit(text)).toBe(/\d[ \t]*$/.test(text));
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
	});

	it('a line that starts or ends with a digit once trimmed passes the header screen', () => {
		fc.assert(
			fc.property(line, (text) => {
				if (/^\d|\d$/.test(text.trim())) expect(mayStartOrEndWithDigit(text)).toBe(true);
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
	});

	it('white space is what \\s (and so trim) takes, for every UTF-16 code unit', () => {
		const wrong: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
		expect(wrong).toEqual([]);
	});

	it('timestamps, highlight counts and page numbers are still found past the screens', () => {
		// Counted by hand: three timed lines (one alone), one highlight count, three page headers.
		const prepared = prepareText(
			['[00:12] SAM: hello', '', '1:02:03', 'ANN: hi there', 'Bob (00:45): yes', '', '要点，赞 12', '', '12 HEARING ON COSTS', 'text', '13 HEARING ON COSTS', 'more', '14 HEARING ON COSTS'].join('\n')
		);
		expect([...prepared.times.slice(0, 5)]).toEqual([12, NaN, 3723, NaN, 45]);
		expect(prepared.timeOnly[2]).toBe(1);
		expect(prepared.lines[0]).toBe('SAM: hello');
		expect(prepared.lines[4]).toBe('Bob: yes');
		expect(prepared.lines[6]).toBe('要点');
		expect(prepared.noise.map((item) => [item.kind, item.line])).toEqual([
			['highlight-count', 7],
			['page-header', 9],
			['page-header', 11],
			['page-header', 13]
		]);
	});

	it('a line with a plain start is no rule, title, heading, bullet, indented or blank line', () => {
		fc.assert(
			fc.property(line, (text) => {
				if (!isPlainStart(text.charCodeAt(0))) return;
				const trimmed = text.trimEnd();
				expect(text.trim()).not.toBe('');
				expect(RULE.test(text)).toBe(false);
				expect(titleLine(trimmed)).toBe(null);
				expect(headingCandidate(trimmed)).toBe(null);
				expect(/^\d{1,3}$/.test(text.trim())).toBe(false);
				expect(BULLET.test(trimmed)).toBe(false);
				expect(INDENTED.test(trimmed)).toBe(false);
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
	});

	it('an indented line starts with a space or a tab (the screen in front of INDENTED)', () => {
		fc.assert(
			fc.property(line, (text) => {
				const first = text.charCodeAt(0);
				if (INDENTED.test(text)) expect(first === 32 || first === 9).toBe(true);
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
		expect(['   x', '\tx', '  x', ' \tx'].map((text) => INDENTED.test(text))).toEqual([true, true, false, false]);
	});

	it('no page mark, contents or reading-list heading or account count starts a line the noise screen lets go', () => {
		const noisePieces = ['[[Page 3]]', '- 12 -', '— 4 —', 'Page 2 of 9', 'PAGE 7', 'contents', 'Table of Contents', '目录', '目錄', '推荐阅读', '相关阅读', '往期回顾', '延伸阅读', '精彩推荐', '热门推荐', 'Recommended reading', 'RELATED ARTICLES', 'Further reading', 'Read more', 'You may also like', '12篇原创内容', '# ', '> ', '**', '- ', ' ', '\t', '：', '张三', '说'];
		const noiseLine = fc.array(fc.constantFrom(...noisePieces), { maxLength: 5 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.oneof(line, noiseLine), (text) => {
				if (mayStartNoiseMark(text)) return;
				for (const pattern of [PAGE_MARK, CONTENTS_HEADING, READING_LIST_HEADING, ACCOUNT_COUNT]) expect(pattern.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(false);
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
		// By hand: each kind passes the screen and its expression; prose does not pass.
		for (const text of ['[[Page 3]]', '  - 12 -', '— 4 —', 'Page 2 of 9', 'contents', '\tTable of Contents', '目录', '推荐阅读', '> 相关阅读', '**往期回顾**', 'Further reading', 'further reading', 'read more', 'You may also like', 'you may also like', 'related reading', 'Contents', 'table of contents', 'page 3', '12 篇原创内容']) {
			expect(mayStartNoiseMark(text), text).toBe(true);
			expect([PAGE_MARK, CONTENTS_HEADING, READING_LIST_HEADING, ACCOUNT_COUNT].some((pattern) => pattern.test(text)), text).toBe(true);
		}
		expect(mayStartNoiseMark('我们认为算力会越来越便宜')).toBe(false);
	});

	it('a line the label screen lets go holds no label in any style', () => {
		// Pieces of every label style: bold, an official record's honorific, caps, Chinese, plain.
		const labelPieces = ['**', '张三', 'Mr. ', 'Mr ', 'The ', 'Senator ', 'SMITH', 'CHAIRMAN', 'Sam', 'Altman', ' of Texas', '.', ':', '：', ' ', '\t', '说', '，', '（', 'x', '7'];
		const labelLine = fc
			.tuple(fc.array(fc.constantFrom(...labelPieces), { maxLength: 8 }), fc.nat({ max: 60 }), fc.array(fc.constantFrom(...labelPieces), { maxLength: 4 }))
			// Some long prefixes put the colon past a label's length (50).
			.map(([head, padding, tail]) => head.join('') + '文'.repeat(padding) + tail.join(''));
		fc.assert(
			fc.property(fc.oneof(line, labelLine), (text) => {
				if (!mayStartWithLabel(text)) expect(detectLabel(text), JSON.stringify(text)).toBeNull();
				expect(labelCandidate(text)).toEqual(detectLabel(text));
			}),
			{ numRuns: RUNS.lineScreens, seed: SEED }
		);
		// By hand: each style passes the screen and is found; prose is screened out.
		for (const text of ['**张三：**你好', 'Mr. SMITH. Thank you.', '\tMr. SMITH. Thank you.', '   The CHAIRMAN. Order.', 'SAM ALTMAN: yes', '张三：你好', 'Harry: hi']) {
			expect(mayStartWithLabel(text)).toBe(true);
			expect(labelCandidate(text)).not.toBeNull();
		}
		expect(mayStartWithLabel('我们认为算力会越来越便宜，而且' + '文'.repeat(40) + '：后面')).toBe(false);
	});

	it('plain starts, by hand', () => {
		expect(['张', 'S', '（', '"', '【'].map((char) => isPlainStart(char.charCodeAt(0)))).toEqual([true, true, true, true, true]);
		expect(['', ' ', '\t', '\u3000', '#', '*', '-', '=', '_', '•', '·', '0', '9', '一', '十'].map((char) => isPlainStart(char.charCodeAt(0)))).toEqual(Array(15).fill(false));
	});
});
