/**
 * The noise count that decides whether decoded bytes are text (decode.ts's noiseIn) keeps a class
 * per code unit instead of asking two Unicode-property expressions for each character. Checked
 * here against those expressions asked for every character, on text of every kind: CJK with its
 * punctuation, Latin, controls, private use, unassigned code points, lone and paired surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noiseIn } from '../../../src/lib/server/decode';
import { RUNS, SEED } from '../properties/runs';

/** The plain count: one character (a surrogate pair together) at a time, by the expressions alone. */
function plainNoise(text: string) {
	let count = 0;
	let controls = 0;
	let first = -1;
	let blank = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let char = text[i]!;
		if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) char = text.slice(i, i + 2);
		}
		i += char.length - 1;
		// In ASCII, blank is tab, line feed, form feed, carriage return and space; the other C0
		// controls are noise (a vertical tab too, though \s would count it blank).
		if (code < 0x80 ? [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(code) : /^\s$/u.test(char)) {
			blank++;
			continue;
		}
		const control = /^[\u0000-\u001f\u007f-\u009f]$/u.test(char);
		if (control || /^[\ufffd\p{Co}\p{Cn}\p{Cs}]$/u.test(char)) {
			if (first === -1) first = i + 1 - char.length;
			count++;
			if (control) controls++;
		}
	}
	return { count, controls, first, share: count / Math.max(1, text.length - blank) };
}

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const picked = fc.constantFrom('，', '。', '“', '”', '、', '：', '\u3000', '\u2028', '\ue000', '\ufffd', '\u0378', '\u0085', '\u0007', '\ud83d\ude00', '\ud83d', '\ude00', '\u{20000}', '奥', 'a', ' ', '\n');

describe('noiseIn, a class per code unit', () => {
	it('counts what the expressions count, character by character', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.oneof(anyUnit, picked, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 80 }), (text) => {
				expect(noiseIn(text)).toEqual(plainNoise(text));
			}),
			{ numRuns: RUNS.noiseCount, seed: SEED }
		);
	});

	it('on hand-counted text: two private-use marks and a C1 control among Chinese punctuation', () => {
		// 你好，\ue000世界。\u0085\ue001: 9 characters, none blank; noise: \ue000, \u0085 (a control), \ue001.
		expect(noiseIn('你好，\ue000世界。\u0085\ue001')).toEqual({ count: 3, controls: 1, first: 3, share: 3 / 9 });
		// The same units met again come from the filled table and must give the same answer.
		expect(noiseIn('\ue000，\u3000。')).toEqual({ count: 1, controls: 0, first: 0, share: 1 / 3 });
	});
});
