/**
 * Subtitles as transcripts: the fixtures in tests/fixtures/subtitles were written for these tests,
 * and every figure below was counted by hand from them (turns per speaker, each turn's first cue
 * start and last cue end, the timing line numbers). The cues are also checked against a second
 * reader: media-captions' own asynchronous parseText.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText } from 'media-captions';
import { describe, expect, it } from 'vitest';
import { ParleyInputError } from '../../../src/lib/transcript/errors';
import { parseSubtitles, readCues, sniffSubtitleFormat } from '../../../src/lib/transcript/subtitles';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/subtitles');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Who, when and what, turn by turn. */
const summary = (text: string, format: 'srt' | 'vtt') =>
	parseSubtitles(text, format).turns.map((turn) => ({
		label: turn.label,
		line: turn.line,
		time: turn.time,
		end: turn.end,
		paragraphs: turn.paragraphs.map((p) => [p.line, p.text])
	}));

describe('sniffSubtitleFormat', () => {
	it.each([
		['WEBVTT\n\n00:01.000 --> 00:02.000\nhi', 'vtt'],
		['\uFEFFWEBVTT - Title\n', 'vtt'],
		['1\n00:00:01,000 --> 00:00:02,000\nhi', 'srt'],
		['\n\n12\n00:00:01,000 --> 00:00:02,000\nhi', 'srt'],
		['HOST: Hello.\n\nGUEST: Hi.', null],
		['WEBVTTX\n', null],
		['1\nHOST: Hello.', null],
		['1 Introduction\n00:00:01,000 --> 00:00:02,000', null]
	])('%j → %s', (text, format) => {
		expect(sniffSubtitleFormat(text)).toBe(format);
	});
});

describe('parseSubtitles on a WebVTT file with voice tags', () => {
	const text = fixture('panel.vtt');

	it('makes one turn of consecutive cues of one voice; a cue without a voice continues the last', () => {
		expect(summary(text, 'vtt')).toEqual([
			{ label: 'Ana Ruiz', line: 6, time: 1, end: 7, paragraphs: [[6, 'Welcome to the panel. Our guest builds chips.']] },
			{
				label: 'Ben Okafor',
				line: 14,
				time: 7.5,
				end: 20,
				// 15.0 s → 18.0 s is a pause of 3 s: a new paragraph. `&amp;` is read as "&".
				paragraphs: [
					[14, 'Thanks. Chips & data centers are my work. They cost a lot.'],
					[22, 'Prices fall every year.']
				]
			},
			{ label: 'Ana Ruiz', line: 26, time: 20.5, end: 23.5, paragraphs: [[26, 'Why do prices fall?']] },
			// The voice tag with a class (<v.loud Ben Okafor>) names the same voice.
			{ label: 'Ben Okafor', line: 30, time: 60, end: 65.25, paragraphs: [[30, 'Scale.']] }
		]);
	});

	it('takes the title from the WEBVTT line and lists the voices in order of appearance', () => {
		const parsed = parseSubtitles(text, 'vtt');
		expect(parsed.front).toEqual([{ kind: 'title', text: 'Panel on chips', line: 1 }]);
		expect(parsed.labels).toEqual(['Ana Ruiz', 'Ben Okafor']);
		expect(parsed.sections).toEqual([]);
		expect(parsed.warnings).toEqual([]);
	});
});

describe('parseSubtitles on an SRT file with NAME: labels', () => {
	const text = fixture('debate.srt');

	it('reads labels at the start of cues, joins a label’s cues and keeps unlabelled opening cues out of the turns', () => {
		expect(summary(text, 'srt')).toEqual([
			{ label: 'MODERATOR', line: 6, time: 2.5, end: 5, paragraphs: [[6, 'Good evening. Our first question is on cost.']] },
			{ label: 'SENATOR HALE', line: 11, time: 5, end: 12.5, paragraphs: [[11, 'Costs are too high. We will cut them.']] },
			{ label: 'MODERATOR', line: 19, time: 13, end: 14, paragraphs: [[19, 'Thank you.']] },
			{ label: 'GOVERNOR IDE', line: 23, time: 14, end: 20, paragraphs: [[23, 'I disagree & I will say why.']] },
			// A plain "Name:" is a label when it recurs; its two cues (0.5 s apart) are one paragraph.
			{ label: 'Dana', line: 27, time: 20, end: 24, paragraphs: [[27, 'Time. Time is up.']] }
		]);
		const parsed = parseSubtitles(text, 'srt');
		expect(parsed.front).toEqual([{ kind: 'other', text: '[Music]', line: 2 }]);
		expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([['text-before-first-speaker', 2]]);
	});

	it('takes a plain label seen once as text unless the metadata lists it', () => {
		const once = '1\n00:00:01,000 --> 00:00:02,000\nHOST: Hello.\n\n2\n00:00:02,000 --> 00:00:03,000\nDana: See you.\n';
		expect(parseSubtitles(once, 'srt').turns.map((t) => [t.label, t.paragraphs.map((p) => p.text)])).toEqual([['HOST', ['Hello. Dana: See you.']]]);
		const listed = parseSubtitles(once, 'srt', { knownLabels: ['dana'] });
		expect(listed.turns.map((t) => [t.label, t.time, t.end])).toEqual([
			['HOST', 1, 2],
			['Dana', 2, 3]
		]);
	});

	it('shares a cue with two voices between them by their characters', () => {
		// 10 s; "Yes." has 3 letters, "No way." 5: 10 × 3/8 = 3.75 s and the rest.
		const two = 'WEBVTT\n\n00:00:10.000 --> 00:00:20.000\n<v Ann>Yes.</v> <v Bo>No way.</v>\n';
		expect(parseSubtitles(two, 'vtt').turns.map((t) => [t.label, t.time, t.end, t.paragraphs[0]!.text])).toEqual([
			['Ann', 10, 13.75, 'Yes.'],
			['Bo', 13.75, 20, 'No way.']
		]);
	});
});

describe('readCues agrees with media-captions’ parseText', () => {
	it.each([
		['panel.vtt', 'vtt'],
		['debate.srt', 'srt']
	] as const)('%s: the same cues, times and raw text', async (name, format) => {
		const text = fixture(name);
		const theirs = await parseText(text, { type: format });
		expect(theirs.cues.length).toBeGreaterThan(0);
		expect(readCues(text, format).cues.map(({ start, end, text }) => ({ start, end, text }))).toEqual(
			theirs.cues.map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cue.text }))
		);
	});
});

describe('bad subtitle files', () => {
	const failure = (text: string, format: 'srt' | 'vtt') => {
		try {
			parseSubtitles(text, format);
		} catch (error) {
			expect(error).toBeInstanceOf(ParleyInputError);
			const { code, line, message } = error as ParleyInputError;
			return { code, line, message };
		}
		throw new Error('expected a ParleyInputError');
	};

	it('names the line of a broken timing line', () => {
		const error = failure(fixture('broken-timing.srt'), 'srt');
		expect(error).toMatchObject({ code: 'invalid-subtitles', line: 6 });
		expect(error.message).toContain('broken timing line "00:00:03,5OO --> 00:00:05,000"');
	});

	it('refuses a file with no cues', () => {
		expect(failure(fixture('no-cues.vtt'), 'vtt')).toMatchObject({ code: 'invalid-subtitles', line: 1 });
	});

	it('refuses a block without a timing line, a cue that ends before it starts, a WebVTT file without its header', () => {
		expect(failure('1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\nA: y\n', 'srt')).toMatchObject({ code: 'invalid-subtitles', line: 5 });
		expect(failure('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v A>x\n', 'vtt')).toMatchObject({ code: 'invalid-subtitles', line: 3 });
		expect(failure('1\n00:00:01.000 --> 00:00:02.000\nx\n', 'vtt')).toMatchObject({ code: 'invalid-subtitles', line: 1 });
	});

	it('refuses subtitles in which no one is named', () => {
		expect(failure('1\n00:00:01,000 --> 00:00:02,000\nHello there.\n', 'srt')).toMatchObject({ code: 'no-speakers', line: 2 });
	});
});
