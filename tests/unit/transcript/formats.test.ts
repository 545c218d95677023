/**
 * The formats real transcripts come in: one fixture per format (tests/fixtures/formats, written
 * for these tests), with the turns per speaker, the section titles and a few texts counted by hand
 * from the fixture and written here. Small inline rows pin each variant of a format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParsedTranscript } from '../../../src/lib/transcript/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');

/** Turns per label, in order of first appearance. */
function turnsPerLabel(parsed: ParsedTranscript): [string, number][] {
	const counts = new Map<string, number>();
	for (const turn of parsed.turns) counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1);
	return [...counts];
}

const textOf = (parsed: ParsedTranscript, index: number) => parsed.turns[index]!.paragraphs.map((p) => p.text).join('\n');

describe('timestamps', () => {
	it('Rev style "Name (00:12:34):" with the text on the next line: speakers, times, text without the stamp', () => {
		const parsed = parseTranscript(fixture('timestamped-rev.txt'));
		expect(turnsPerLabel(parsed)).toEqual([['Maya Ortiz', 3], ['Tom Reyes', 3]]);
		expect(parsed.turns.map((turn) => turn.time)).toEqual([4, 15, 19, 62, 150, 161]);
		expect(textOf(parsed, 3)).toBe(
			'Two reasons. The engine was forty years old, and the council cut the fuel budget. We kept the evening boat because the fishermen need it.'
		);
		expect(parsed.turns[0]!.line).toBe(4);
		expect(parsed.front.map((item) => item.text)).toEqual(['Harbour Talk, episode 12: the ferry question Recorded at the town library']);
	});

	it('[00:12:34] before the label, alone on the line before it, and after the label', () => {
		const parsed = parseTranscript(fixture('timestamped-brackets.txt'));
		expect(parsed.turns.map((turn) => [turn.label, turn.time])).toEqual([
			['HOST', 0],
			['CHEN', 9],
			['HOST', 14],
			['CHEN', 65],
			['HOST', 132],
			['CHEN', 140],
			['HOST', 181]
		]);
		expect(textOf(parsed, 2)).toBe("Let's start with the schools. (CROSSTALK) One at a time, please.");
		expect(textOf(parsed, 5)).toBe('Roads are flat. [Laughter.] Flat budget, I mean, not flat roads.');
		expect(textOf(parsed, 6)).toBe('Thank you.');
		// Line numbers stay those of the file: the stamp alone on line 7 is blank now, CHEN is on 8.
		expect(parsed.turns[3]!.line).toBe(8);
	});

	it.each([
		{ name: '(00:12) mm:ss in brackets before the colon', input: 'A (00:12): one\n\nB (01:05): two\n\nA (1:02:03): three\n\nB (1:02:09): four', times: [12, 65, 3723, 3729], texts: ['one', 'two', 'three', 'four'] },
		{ name: 'bare 00:12:34 at the start', input: '00:00:01 A: one\n00:00:07 B: two\n00:01:00 A: three\n00:01:30 B: four', times: [1, 7, 60, 90], texts: ['one', 'two', 'three', 'four'] },
		{ name: 'bold label, stamp after it', input: '**甲：** [00:10] 一。\n\n**乙：** [00:20] 二。\n\n**甲：** [00:30] 三。', times: [10, 20, 30], texts: ['一。', '二。', '三。'] },
		{ name: 'bold label alone, stamp on the first text line', input: '**甲：**\n[00:10] 一。\n\n**乙：**\n[00:20] 二。\n\n**甲：**\n三。', times: [10, 20, undefined], texts: ['一。', '二。', '三。'] },
		{ name: 'Otter style "Name  0:03", text on the next line', input: 'Sam Lee  0:03\nHello.\n\nAna Cruz  0:09\nHi.\n\nSam Lee  1:15\nBye.\n\nAna Cruz  1:20\nBye now.', times: [3, 9, 75, 80], texts: ['Hello.', 'Hi.', 'Bye.', 'Bye now.'] },
		{ name: 'fractions of a second', input: '[00:00:01.5] A: one\n[00:00:02,250] B: two\n[00:00:03] A: three\n[00:00:04] B: four', times: [1.5, 2.25, 3, 4], texts: ['one', 'two', 'three', 'four'] }
	])('$name', ({ input, times, texts }) => {
		const parsed = parseTranscript(input);
		expect(parsed.turns.map((turn) => turn.time)).toEqual(times);
		expect(parsed.turns.map((turn) => turn.paragraphs.map((p) => p.text).join(' '))).toEqual(texts);
	});

	it('a time of day inside a sentence is text, not a timestamp', () => {
		const parsed = parseTranscript('A: We met at 10:30 and left at 11:45.\n\nB: The train was at 9:15:00 sharp.\n\nA: ok\n\nB: fine');
		expect(parsed.turns.map((turn) => turn.time)).toEqual([undefined, undefined, undefined, undefined]);
		expect(textOf(parsed, 0)).toBe('We met at 10:30 and left at 11:45.');
		expect(textOf(parsed, 1)).toBe('The train was at 9:15:00 sharp.');
	});
});
