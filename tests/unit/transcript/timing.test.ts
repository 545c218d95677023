/**
 * Measured speaking time. Oracles: seconds summed by hand from the fixtures' cue times
 * (tests/fixtures/subtitles), written out below; the estimate stays the text length at the rate.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';
import { analyseFile } from '../../../src/lib/server/files';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import type { ParsedTurn } from '../../../src/lib/transcript/parse';
import { assertAnalysis } from '../../../src/lib/transcript/schema';
import { measureTurns } from '../../../src/lib/transcript/timing';
import { THEMES_PATH } from './seed';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/subtitles');

describe('measured minutes of a WebVTT transcript', () => {
	const { analysis } = analyseFile(join(FIXTURES, 'panel.vtt'), { defaultThemesPath: THEMES_PATH });
	const ana = analysis.speakers.find((s) => s.label === 'Ana Ruiz')!;
	const ben = analysis.speakers.find((s) => s.label === 'Ben Okafor')!;

	it('is measured, each turn from its first cue’s start to its last cue’s end', () => {
		expect(assertAnalysis(analysis).timing).toBe('measured');
		expect(analysis.turns.map((t) => [t.start, t.end])).toEqual([
			[1, 7],
			[7.5, 20],
			[20.5, 23.5],
			[60, 65.25]
		]);
	});

	it('sums the speakers’ seconds by hand: Ana 6 + 3 = 9 s, Ben 12.5 + 5.25 = 17.75 s', () => {
		expect(ana.measuredMinutes).toBeCloseTo(9 / 60, 6);
		expect(ben.measuredMinutes).toBeCloseTo(17.75 / 60, 6);
		expect(analysis.totals.measuredMinutes).toBeCloseTo(26.75 / 60, 6);
		// Time share: 9 / 26.75 and 17.75 / 26.75, summing to 1.
		expect(ana.timeShare).toBeCloseTo(9 / 26.75, 6);
		expect(ben.timeShare).toBeCloseTo(17.75 / 26.75, 6);
		expect(ana.timeShare! + ben.timeShare!).toBe(1);
	});

	it('keeps the shares of words and the estimate at the rate beside them', () => {
		// Ana: "Welcome to the panel. Our guest builds chips." (8) + "Why do prices fall?" (4) = 12 words;
		// Ben: 7 + 4 + 4 + 1 = 16 words.
		expect([ana.units, ben.units]).toEqual([12, 16]);
		expect(ana.share).toBeCloseTo(12 / 28, 6);
		expect(ana.estimatedMinutes).toBeCloseTo(12 / 150, 6);
		expect(analysis.totals.estimatedMinutes).toBeCloseTo(28 / 150, 6);
	});

	it('measures a section’s speakers over the section’s turns', () => {
		// No headings: two segments of two turns each (segments.ts); seconds by hand from the cues.
		expect(analysis.sections.map((section) => section.speakers.map((s) => [s.speaker, s.measuredMinutes]))).toEqual([
			[
				[ana.id, 6 / 60],
				[ben.id, +(12.5 / 60).toFixed(6)]
			],
			[
				[ana.id, 3 / 60],
				[ben.id, 5.25 / 60]
			]
		]);
	});

	it('gives the same JSON twice (deterministic)', () => {
		const again = analyseFile(join(FIXTURES, 'panel.vtt'), { defaultThemesPath: THEMES_PATH }).analysis;
		expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
	});
});

describe('format by content: an SRT file under any name', () => {
	it('sniffs subtitles in analyseTranscript, and a text transcript stays estimated', () => {
		const srt = '1\n00:00:01,000 --> 00:00:03,000\nHOST: Hello.\n\n2\n00:00:03,000 --> 00:00:08,500\nGUEST: Hi there.\n';
		const analysis = analyseTranscript(srt, { id: 'x', themes: [] });
		expect(analysis.timing).toBe('measured');
		expect(analysis.totals.measuredMinutes).toBeCloseTo((2 + 5.5) / 60, 6);

		const text = analyseTranscript('HOST: Hello.\n\nGUEST: Hi there.\n\nHOST: Bye.\n', { id: 'y', themes: [] });
		expect(text.timing).toBe('estimated');
		expect(text.totals.measuredMinutes).toBeUndefined();
		expect(text.speakers[0]!.measuredMinutes).toBeUndefined();
		expect(text.turns[0]!.start).toBeUndefined();
	});
});

describe('measureTurns on timestamped text turns', () => {
	const turn = (label: string, line: number, time: number | undefined, text: string): ParsedTurn => ({
		label,
		line,
		section: 0,
		paragraphs: [{ text, line }],
		...(time === undefined ? {} : { time })
	});
	const words = (p: { text: string }) => p.text.split(' ').length;

	it('runs each turn to the next one’s time and estimates the last from its units', () => {
		const turns = [turn('A', 1, 0, 'one two'), turn('B', 3, 30, 'three'), turn('A', 5, 95, 'a b c d e f g h i j')];
		const { spans, warnings } = measureTurns(turns, turns, words, 150);
		// The last: 10 words at 150 a minute = 4 s.
		expect(spans).toEqual([
			{ start: 0, end: 30 },
			{ start: 30, end: 95 },
			{ start: 95, end: 99 }
		]);
		expect(warnings.map((w) => [w.code, w.line])).toEqual([['last-turn-estimated', 5]]);
	});

	it('is not measured when a turn has no time, or when times go backwards', () => {
		const untimed = [turn('A', 1, 0, 'x'), turn('B', 2, undefined, 'y')];
		expect(measureTurns(untimed, untimed, words, 150).spans).toBeNull();
		const backwards = [turn('A', 1, 50, 'x'), turn('B', 2, 20, 'y'), turn('A', 3, 60, 'z')];
		const result = measureTurns(backwards, backwards, words, 150);
		expect(result.spans).toBeNull();
		expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['times-out-of-order', 2]]);
	});

	it('times the parts of a split turn by their units, the edges exactly', () => {
		const source: ParsedTurn[] = [
			{ label: 'A', line: 1, section: 0, time: 10, end: 20, paragraphs: [{ text: 'a b c', line: 1 }, { text: 'd', line: 2 }] }
		];
		const corrected = [
			{ line: 1, paragraphs: [source[0]!.paragraphs[0]!] },
			{ line: 2, paragraphs: [source[0]!.paragraphs[1]!] }
		];
		// 3 of 4 words: 10 + 10 × 3/4 = 17.5 s.
		expect(measureTurns(source, corrected, words, 150).spans).toEqual([
			{ start: 10, end: 17.5 },
			{ start: 17.5, end: 20 }
		]);
	});
});

describe('content directory with subtitles', () => {
	const root = mkdtempSync(join(tmpdir(), 'parley-subtitles-'));
	mkdirSync(join(root, 'transcripts'));
	copyFileSync(THEMES_PATH, join(root, 'themes.json'));
	copyFileSync(join(FIXTURES, 'panel.vtt'), join(root, 'transcripts/panel.vtt'));
	copyFileSync(join(FIXTURES, 'debate.srt'), join(root, 'transcripts/debate.srt'));
	writeFileSync(join(root, 'transcripts/talk.txt'), 'HOST: Hello.\n\nGUEST: Hi.\n\nHOST: Bye.\n');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('lists .srt and .vtt transcripts beside .txt, by slug', () => {
		expect(listTranscripts(root)).toEqual(['debate', 'panel', 'talk']);
		expect(loadAnalysis('debate', root).timing).toBe('measured');
		// MODERATOR 2.5 + 1, SENATOR HALE 7.5, GOVERNOR IDE 6, Dana 4: 21 s.
		expect(loadAnalysis('debate', root).totals.measuredMinutes).toBeCloseTo(21 / 60, 6);
		expect(loadAnalysis('talk', root).timing).toBe('estimated');
	});

	it('refuses two files with one slug, naming both', () => {
		writeFileSync(join(root, 'transcripts/panel.srt'), '1\n00:00:01,000 --> 00:00:02,000\nA: x\n');
		expect(() => listTranscripts(root)).toThrow(/two transcripts have the slug "panel": panel\.srt and panel\.vtt/);
		rmSync(join(root, 'transcripts/panel.srt'));
	});

	it('names the file and line of a broken subtitle file', () => {
		copyFileSync(join(FIXTURES, 'broken-timing.srt'), join(root, 'transcripts/broken.srt'));
		expect(() => loadAnalysis('broken', root)).toThrow(/broken\.srt:6: broken timing line/);
		rmSync(join(root, 'transcripts/broken.srt'));
	});
});

describe('the schema holds timing to the turns', () => {
	it('refuses a measured analysis with an untimed turn, and an estimated one with times', () => {
		const { analysis } = analyseFile(join(FIXTURES, 'panel.vtt'), { defaultThemesPath: THEMES_PATH });
		const untimed = structuredClone(analysis);
		delete untimed.turns[2]!.start;
		expect(() => assertAnalysis(untimed)).toThrow(/timing must agree with the turns/);
		const mislabelled = structuredClone(analysis);
		mislabelled.timing = 'estimated';
		expect(() => assertAnalysis(mislabelled)).toThrow(/timing must agree with the turns/);
	});
});
