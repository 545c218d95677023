/**
 * Transcripts without headings or metadata: segments at the host's questions or in equal parts,
 * titled by their first words; title, publisher and date from the file's first lines. Every
 * expected value was worked out by hand from the fixtures (written for these tests).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { readFirstLines } from '../../../src/lib/transcript/first-lines';
import { firstWords, segmentTurns } from '../../../src/lib/transcript/segments';
import { assertAnalysis } from '../../../src/lib/transcript/schema';
import { ROOT, seedAnalysis } from './seed';

const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
const analyse = (text: string, id: string) => assertAnalysis(analyseTranscript(text, { id, themes: [] }));
const outline = (analysis: ReturnType<typeof analyse>) => analysis.sections.map((s) => [s.index, s.title, s.turns, s.line]);

describe('a heading-less English town hall, no metadata', () => {
	const analysis = analyse(fixture('town-hall.txt'), 'town-hall');

	it('takes title, publisher and date from its first lines', () => {
		expect(analysis.meta.title).toBe('Town hall on the new tram line');
		expect(analysis.meta.source.publisher).toEqual({ zh: 'Riverside Gazette', en: 'Riverside Gazette' });
		expect(analysis.meta.source.date).toBe('2025-03-14');
	});

	it('finds CHAIR as host (5 questions, the others none) and starts a segment at each of the chair’s new questions', () => {
		expect(analysis.speakers.map((s) => [s.label, s.questions, s.host])).toEqual([
			['CHAIR', 5, true],
			['PATEL', 0, false],
			['OKAFOR', 0, false]
		]);
		expect(analysis.sectioning).toBe('questions');
		expect(outline(analysis)).toEqual([
			[1, 'Good evening, everyone. Tonight we talk…', 3, 5],
			[2, 'Let us turn to money. How…', 3, 11],
			[3, 'What about noise? Residents on Mill…', 3, 17],
			[4, 'And the trees on the avenue:…', 3, 23],
			[5, 'Last question: when will the first…', 4, 29]
		]);
		expect(analysis.turns.map((t) => t.section)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5]);
	});
});

describe('a heading-less Chinese conversation, no metadata', () => {
	const analysis = analyse(fixture('tea-house.txt'), 'tea-house');

	it('takes title, publisher and a Chinese date from its first lines', () => {
		expect(analysis.meta.title).toBe('老城茶馆的夜谈');
		expect(analysis.meta.source.publisher.zh).toBe('城南周刊');
		expect(analysis.meta.source.date).toBe('2025-04-02');
	});

	it('segments at the host’s questions, titled by their first 12 characters', () => {
		expect(analysis.speakers.find((s) => s.host)?.label).toBe('主持人');
		expect(analysis.sectioning).toBe('questions');
		expect(outline(analysis)).toEqual([
			[1, '各位晚上好。今天我们聊聊…', 3, 5],
			[2, '那么房租呢？这几年房租涨…', 3, 11],
			[3, '说到线上，老顾客会用手机…', 3, 17],
			[4, '最后一个问题，十年以后，…', 4, 23]
		]);
	});
});

describe('the English debate without its headings or metadata', () => {
	const text = fixture('english-debate.txt').replace(/^## .*\n\n/gm, '');
	const analysis = analyse(text, 'debate');

	it('has no host (2 questions are too few) and falls back to 4 parts of about equal length', () => {
		// Words by hand (as in oracles.test.ts): 12, 12, 13, 7, 14, 9, 5, 3 = 75; a quarter is 18.75:
		// the parts start at the first turn that starts past 18.75, 37.5 and 56.25 words (turns 3, 5 and 6).
		expect(analysis.speakers.some((s) => s.host)).toBe(false);
		expect(analysis.sectioning).toBe('equal');
		expect(analysis.turns.map((t) => t.section)).toEqual([1, 1, 2, 2, 3, 4, 4, 4]);
		expect(analysis.sections.map((s) => s.title)).toEqual([
			'Good evening and welcome. Ms Smith,…',
			'It is a tax on the…',
			'Run more buses, and run them…',
			'Comprehensive, evidence-based transportation strategies necessitate complementary…'
		]);
		expect(analysis.meta.title).toBe('Should cities charge for congestion?');
		expect(analysis.meta.source).toEqual({ publisher: { zh: '', en: '' }, date: '' });
	});

	it('keeps the headings when the file has them', () => {
		const withHeadings = analyse(fixture('english-debate.txt'), 'debate');
		expect(withHeadings.sectioning).toBe('headings');
		expect(withHeadings.sections.map((s) => s.title)).toEqual(['Opening', 'Rebuttal']);
		expect(seedAnalysis().sectioning).toBe('headings');
	});
});

describe('segmentTurns', () => {
	const turn = (speaker: string, questions: number, i: number) => ({ speaker, units: 10, questions, line: i + 1, text: `turn ${i + 1}` });

	it('keeps at most 8 segments, at the openings nearest to equal shares of the talk', () => {
		// 20 turns of 10 units: the host asks in every even turn (0, 2, … 18): 9 openings after turn 0.
		// Eighths of 200 units fall at 25, 50, … 175; the nearest opening starts (10 units a turn) are
		// turns 2, 4 (a tie with 6: the first), 8, 10, 12, 14 (a tie with 16), 18.
		const turns = Array.from({ length: 20 }, (_, i) => turn(i % 2 === 0 ? 'host' : 'guest', i % 2 === 0 ? 1 : 0, i));
		const { sectioning, sections } = segmentTurns(turns, ['host'], 'en');
		expect(sectioning).toBe('questions');
		expect(sections.map((s) => s.line - 1)).toEqual([0, 2, 4, 8, 10, 12, 14, 18]);
	});

	it('makes one segment of a very short conversation', () => {
		const { sections, sectionOf } = segmentTurns([turn('a', 1, 0), turn('b', 0, 1), turn('a', 1, 2)], ['a'], 'en');
		expect(sections).toHaveLength(1);
		expect(sectionOf).toEqual([1, 1, 1]);
	});

	it.each([
		{ text: 'One two three four five six', language: 'en' as const, expected: 'One two three four five six' },
		{ text: 'One two three four five six seven', language: 'en' as const, expected: 'One two three four five six…' },
		{ text: '一二三四五六七八九十一二', language: 'zh' as const, expected: '一二三四五六七八九十一二' },
		{ text: '一二三四五六七八九十一二三', language: 'zh' as const, expected: '一二三四五六七八九十一二…' }
	])('firstWords($text)', ({ text, language, expected }) => {
		expect(firstWords(text, language)).toBe(expected);
	});
});

describe('readFirstLines', () => {
	it.each([
		{ lines: ['# A title', 'Source: The Paper', 'Date: 2024-1-5'], expected: { title: 'A title', publisher: 'The Paper', date: '2024-01-05' } },
		{ lines: ['**标题**', '来源：某报', '2024年12月3日'], expected: { title: '标题', publisher: '某报', date: '2024-12-03' } },
		{ lines: ['', 'Just a title'], expected: { title: 'Just a title', publisher: '', date: '' } },
		{ lines: ['2024-13-40'], expected: { title: '2024-13-40', publisher: '', date: '' } },
		{ lines: [], expected: { title: '', publisher: '', date: '' } }
	])('$lines', ({ lines, expected }) => {
		expect(readFirstLines(lines)).toEqual(expected);
	});
});
