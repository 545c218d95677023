/**
 * Corrections in the metadata (reassign, merge, split): applied before every figure, recorded in
 * the analysis, and refused with the correction's position when they do not fit. The figures are
 * counted by hand from the five-turn transcript below.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/server/files';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { assertAnalysis, parseMeta } from '../../../src/lib/transcript/schema';
import type { Analysis, ThemeDefinition } from '../../../src/lib/transcript/types';
import { ROOT, THEMES_PATH } from './seed';
import { refusal } from './refusal';

// Content characters per turn (punctuation never counts), and the line of each label:
//   source turn 1, line 3,  甲: 你好吗？                      3, one question
//   source turn 2, line 5,  乙: 我很好，谢谢。 / 今天聊芯片。   5 + 5 (second paragraph on line 7)
//   source turn 3, line 9,  甲: 芯片很贵吗？                  5, one question
//   source turn 4, line 11, 乙: 芯片的成本很高。              7
//   source turn 5, line 15, 甲: 再见。                        2  (section 2)
// As parsed: 甲 3 turns, 3 + 5 + 2 = 10 characters; 乙 2 turns, 10 + 7 = 17; 27 in all.
const TEXT = [
	'01 开场',
	'',
	'**甲：** 你好吗？',
	'',
	'**乙：** 我很好，谢谢。',
	'',
	'今天聊芯片。',
	'',
	'**甲：** 芯片很贵吗？',
	'',
	'**乙：** 芯片的成本很高。',
	'',
	'02 结尾',
	'',
	'**甲：** 再见。',
	''
].join('\n');

const THEMES: ThemeDefinition[] = [
	{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['芯片'] },
	{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['成本', '贵'] }
];

function metaWith(corrections: unknown[]) {
	const speaker = (id: string, label: string) => ({ id, labels: [label], name: { zh: label, en: id }, role: { zh: '', en: '' } });
	return {
		title: 't',
		language: 'zh',
		source: { publisher: { zh: '', en: '' }, date: '2024-01-01' },
		// 丙 never speaks in the text: only a correction can give them a turn.
		speakers: [speaker('jia', '甲'), speaker('yi', '乙'), speaker('bing', '丙')],
		corrections
	};
}

function analyse(corrections: unknown[]): Analysis {
	return assertAnalysis(analyseTranscript(TEXT, { id: 'c', meta: parseMeta(metaWith(corrections)), themes: THEMES }));
}

const figures = (analysis: Analysis) =>
	Object.fromEntries(analysis.speakers.map((s) => [s.id, { turns: s.turns, units: s.units, questions: s.questions }]));

describe('corrections change every figure, counted by hand', () => {
	it.each([
		{
			name: 'none: the figures as parsed',
			corrections: [],
			speakers: { jia: { turns: 3, units: 10, questions: 2 }, yi: { turns: 2, units: 17, questions: 0 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'yi', 5], ['t3', 'jia', 9], ['t4', 'yi', 11], ['t5', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 1, yi: 2, bing: 0 },
			turnsWithComputeAndCost: ['t3', 't4']
		},
		{
			// Moves 我很好谢谢 (5) + 今天聊芯片 (5) = 10 characters from 乙 to 甲, and the 芯片 in its second paragraph.
			name: 'reassign turn 2 to 甲',
			corrections: [{ turn: 2, speaker: 'jia', reason: 'the translation labels 甲’s answer as 乙' }],
			speakers: { jia: { turns: 4, units: 20, questions: 2 }, yi: { turns: 1, units: 7, questions: 0 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'jia', 5], ['t3', 'jia', 9], ['t4', 'yi', 11], ['t5', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 2, yi: 1, bing: 0 },
			turnsWithComputeAndCost: ['t3', 't4']
		},
		{
			// Turns 3 and 4 become one turn of 5 + 7 = 12 characters by 甲 (the first one's speaker).
			name: 'merge turns 3 and 4',
			corrections: [{ merge: [3, 4], reason: 'one answer cut in two by the rush transcript' }],
			speakers: { jia: { turns: 3, units: 17, questions: 2 }, yi: { turns: 1, units: 10, questions: 0 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'yi', 5], ['t3', 'jia', 9], ['t4', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 2, yi: 1, bing: 0 },
			turnsWithComputeAndCost: ['t3']
		},
		{
			// The same, given to 乙: 甲 keeps 3 + 2 = 5 and one question, 乙 has 10 + 12 = 22 and the other.
			name: 'merge turns 3 and 4, as 乙',
			corrections: [{ merge: [3, 4], speaker: 'yi', reason: 'the question is 乙’s own' }],
			speakers: { jia: { turns: 2, units: 5, questions: 1 }, yi: { turns: 2, units: 22, questions: 1 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'yi', 5], ['t3', 'yi', 9], ['t4', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 0, yi: 3, bing: 0 },
			turnsWithComputeAndCost: ['t3']
		},
		{
			// 今天聊芯片 (5, line 7) becomes a turn of 甲's: 甲 3 + 5 + 5 + 2 = 15, 乙 5 + 7 = 12; later turns shift by one.
			name: 'split turn 2 before paragraph 2, to 甲',
			corrections: [{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'the label before 今天聊芯片 was lost' }],
			speakers: { jia: { turns: 4, units: 15, questions: 2 }, yi: { turns: 2, units: 12, questions: 0 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'yi', 5], ['t3', 'jia', 7], ['t4', 'jia', 9], ['t5', 'yi', 11], ['t6', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 2, yi: 1, bing: 0 },
			turnsWithComputeAndCost: ['t4', 't5']
		},
		{
			// Turn 2 reassigned to 甲 and its second paragraph split off back to 乙: 5 characters move.
			name: 'reassign and split the same turn',
			corrections: [
				{ turn: 2, speaker: 'jia', reason: 'the greeting is 甲’s' },
				{ split: 2, atParagraph: 2, speaker: 'yi', reason: 'the topic is 乙’s' }
			],
			speakers: { jia: { turns: 4, units: 15, questions: 2 }, yi: { turns: 2, units: 12, questions: 0 }, bing: { turns: 0, units: 0, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'jia', 5], ['t3', 'yi', 7], ['t4', 'jia', 9], ['t5', 'yi', 11], ['t6', 'jia', 15]],
			computeBySpeakerInSection1: { jia: 1, yi: 2, bing: 0 },
			turnsWithComputeAndCost: ['t4', 't5']
		},
		{
			// 丙 has no label in the text; the correction makes them a speaker with 再见 (2).
			name: 'reassign turn 5 to a speaker only the metadata knows',
			corrections: [{ turn: 5, speaker: 'bing', reason: '丙 says goodbye, not 甲' }],
			speakers: { jia: { turns: 2, units: 8, questions: 2 }, yi: { turns: 2, units: 17, questions: 0 }, bing: { turns: 1, units: 2, questions: 0 } },
			turns: [['t1', 'jia', 3], ['t2', 'yi', 5], ['t3', 'jia', 9], ['t4', 'yi', 11], ['t5', 'bing', 15]],
			computeBySpeakerInSection1: { jia: 1, yi: 2, bing: 0 },
			turnsWithComputeAndCost: ['t3', 't4']
		}
	])('$name', ({ corrections, speakers, turns, computeBySpeakerInSection1, turnsWithComputeAndCost }) => {
		const analysis = analyse(corrections);
		// 丙 is in the analysis only when a correction gives them a turn.
		const expected = Object.fromEntries(Object.entries(speakers).filter(([id]) => analysis.speakers.some((s) => s.id === id)));
		expect(figures(analysis)).toEqual(expected);
		expect(analysis.totals.units).toBe(27);
		expect(analysis.turns.map((t) => [t.id, t.speaker, t.line])).toEqual(turns);
		expect(analysis.totals.turns).toBe(turns.length);
		// Shares follow the units.
		for (const speaker of analysis.speakers) expect(speaker.share).toBeCloseTo(speaker.units / 27, 6);
		// Every mention carries the speaker of its corrected turn.
		for (const mention of analysis.mentions) expect(mention.speaker).toBe(analysis.turns.find((t) => t.id === mention.turn)!.speaker);
		const row = analysis.themeBySection.find((r) => r.theme === 'compute' && r.section === 1)!;
		expect(Object.fromEntries(Object.entries(row.bySpeaker).filter(([id]) => id in computeBySpeakerInSection1))).toEqual(
			Object.fromEntries(Object.entries(computeBySpeakerInSection1).filter(([id]) => id in row.bySpeaker))
		);
		expect(analysis.cooccurrence.find((c) => c.unit === 'turn' && c.a === 'compute' && c.b === 'cost')!.ids).toEqual(turnsWithComputeAndCost);
		// Section figures are over the corrected turns too.
		const section1 = analysis.sections.find((s) => s.index === 1)!;
		expect(section1.turns).toBe(analysis.turns.filter((t) => t.section === 1).length);
		expect(section1.units).toBe(25);
		for (const stats of section1.speakers) {
			expect(stats.units).toBe(analysis.turns.filter((t) => t.section === 1 && t.speaker === stats.speaker).reduce((sum, t) => sum + t.units, 0));
		}
		// Corrections never move text across sections, so keywords are the same as without them.
		expect(analysis.keywords).toEqual(analyse([]).keywords);
	});

	it('lists a speaker only corrections make speak, with no "speaker-absent" warning', () => {
		expect(analyse([]).warnings.map((w) => w.code)).toContain('speaker-absent');
		const analysis = analyse([{ turn: 5, speaker: 'bing', reason: 'r' }]);
		expect(analysis.warnings.map((w) => w.code)).not.toContain('speaker-absent');
		expect(analysis.speakers.map((s) => [s.id, s.label, s.labels])).toEqual([
			['jia', '甲', ['甲']],
			['yi', '乙', ['乙']],
			['bing', '丙', []]
		]);
	});
});

describe('what the analysis records of each correction', () => {
	it('a reassign: the turn, its source label and speaker, the new speaker, the reason and the line', () => {
		const analysis = analyse([{ turn: 2, speaker: 'jia', reason: 'mislabelled' }]);
		expect(analysis.corrections).toEqual([
			{
				kind: 'reassign',
				reason: 'mislabelled',
				turn: 't2',
				turns: ['t2'],
				speaker: 'jia',
				source: [{ turn: 2, label: '乙', speaker: 'yi', line: 5 }],
				line: 5
			}
		]);
		expect(analysis.turns[1]!.corrected).toEqual({ corrections: [0], sourceTurns: [2] });
		expect(analysis.turns[0]!.corrected).toBeUndefined();
		// The metadata keeps the corrections as written.
		expect(analysis.meta.corrections).toEqual([{ turn: 2, speaker: 'jia', reason: 'mislabelled' }]);
	});

	it('a merge: one turn with both turns’ paragraphs, renumbered, and the later turns renumbered too', () => {
		const analysis = analyse([{ merge: [3, 4], reason: 'cut in two' }]);
		const merged = analysis.turns[2]!;
		expect(merged.paragraphs.map((p) => [p.id, p.line, p.text])).toEqual([
			['t3-p1', 9, '芯片很贵吗？'],
			['t3-p2', 11, '芯片的成本很高。']
		]);
		expect([merged.units, merged.chars, merged.questions]).toEqual([12, 12, 1]);
		expect(merged.corrected).toEqual({ corrections: [0], sourceTurns: [3, 4] });
		expect(analysis.turns[3]!.paragraphs[0]!.id).toBe('t4-p1');
		expect(analysis.totals.paragraphs).toBe(6);
		expect(analysis.corrections![0]).toEqual({
			kind: 'merge',
			reason: 'cut in two',
			turn: 't3',
			turns: ['t3'],
			speaker: 'jia',
			source: [
				{ turn: 3, label: '甲', speaker: 'jia', line: 9 },
				{ turn: 4, label: '乙', speaker: 'yi', line: 11 }
			],
			line: 9
		});
	});

	it('a split: the new turn starts at the paragraph cut at; both pieces name their source paragraphs', () => {
		const analysis = analyse([{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'lost label' }]);
		expect(analysis.turns[1]!.corrected).toEqual({ corrections: [0], sourceTurns: [2], sourceParagraphs: { first: 1, last: 1 } });
		expect(analysis.turns[2]!.corrected).toEqual({ corrections: [0], sourceTurns: [2], sourceParagraphs: { first: 2, last: 2 } });
		expect(analysis.turns[2]!.paragraphs.map((p) => [p.id, p.line, p.text])).toEqual([['t3-p1', 7, '今天聊芯片。']]);
		expect(analysis.corrections).toEqual([
			{
				kind: 'split',
				reason: 'lost label',
				turn: 't3',
				turns: ['t2', 't3'],
				speaker: 'jia',
				source: [{ turn: 2, label: '乙', speaker: 'yi', line: 5 }],
				atParagraph: 2,
				line: 7
			}
		]);
	});

	it('corrections name source turns, so their order in the file does not matter', () => {
		const a = analyse([
			{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'r' },
			{ merge: [3, 4], reason: 'm' }
		]);
		const b = analyse([
			{ merge: [3, 4], reason: 'm' },
			{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'r' }
		]);
		expect(a.turns).toEqual(b.turns.map((t) => (t.corrected ? { ...t, corrected: { ...t.corrected, corrections: t.corrected.corrections.map((i) => 1 - i) } } : t)));
		expect(a.turns.map((t) => [t.id, t.speaker, t.units])).toEqual([
			['t1', 'jia', 3],
			['t2', 'yi', 5],
			['t3', 'jia', 5],
			['t4', 'jia', 12],
			['t5', 'jia', 2]
		]);
	});

	it('without corrections, the analysis has an empty list and no turn is marked', () => {
		const analysis = analyse([]);
		expect(analysis.corrections).toEqual([]);
		expect(analysis.turns.every((t) => t.corrected === undefined)).toBe(true);
	});
});


describe('invalid corrections are refused, naming the correction', () => {
	it.each([
		{
			name: 'an unknown turn',
			corrections: [{ turn: 9, speaker: 'jia', reason: 'r' }],
			message: 'corrections[0] (reassign of turn 9): turn 9 does not exist: the transcript has 5 turns.'
		},
		{
			name: 'an unknown speaker',
			corrections: [{ turn: 1, speaker: 'yi', reason: 'r' }, { turn: 2, speaker: 'ding', reason: 'r' }],
			message: 'corrections[1] (reassign of turn 2): "ding" is not a speaker of this transcript (speakers: jia, yi, bing).'
		},
		{
			name: 'a reassign that changes nothing',
			corrections: [{ turn: 1, speaker: 'jia', reason: 'r' }],
			message: 'corrections[0] (reassign of turn 1): turn 1 (line 3, labelled "甲") is already attributed to "jia": is the turn number right?'
		},
		{
			name: 'a merge across a section heading',
			corrections: [{ merge: [4, 5], reason: 'r' }],
			message: 'corrections[0] (merge of turns 4, 5): turns 4, 5 are in different sections (1, 2); a turn cannot cross a section heading.'
		},
		{
			name: 'a merge past the last turn',
			corrections: [{ merge: [5, 6], reason: 'r' }],
			message: 'corrections[0] (merge of turns 5, 6): turn 6 does not exist: the transcript has 5 turns.'
		},
		{
			name: 'a split at a paragraph that does not exist',
			corrections: [{ split: 1, atParagraph: 2, speaker: 'yi', reason: 'r' }],
			message: 'corrections[0] (split of turn 1 at paragraph 2): turn 1 (line 3) has 1 paragraph: there is no paragraph 2 to cut before.'
		},
		{
			name: 'a turn merged twice',
			corrections: [{ merge: [2, 3], reason: 'r' }, { merge: [3, 4], reason: 'r' }],
			message: 'corrections[1] (merge of turns 3, 4): turn 3 is already merged by corrections[0] (merge of turns 2, 3).'
		},
		{
			name: 'a merged turn also reassigned',
			corrections: [{ merge: [2, 3], reason: 'r' }, { turn: 2, speaker: 'jia', reason: 'r' }],
			message: 'corrections[1] (reassign of turn 2): turn 2 is already merged by corrections[0] (merge of turns 2, 3).'
		},
		{
			name: 'a split turn also merged',
			corrections: [{ split: 2, atParagraph: 2, speaker: 'jia', reason: 'r' }, { merge: [1, 2], reason: 'r' }],
			message: 'corrections[1] (merge of turns 1, 2): turn 2 is already split by corrections[0] (split of turn 2 at paragraph 2).'
		}
	])('$name', ({ corrections, message }) => {
		const error = refusal(() => analyse(corrections));
		expect(error.code).toBe('invalid-correction');
		expect(error.message).toBe(message);
	});

	it.each([
		{ name: 'a missing reason', correction: { turn: 2, speaker: 'jia' }, message: 'corrections[0]: a reassign correction needs "reason"' },
		{ name: 'an empty reason', correction: { turn: 2, speaker: 'jia', reason: '  ' }, message: 'corrections[0].reason: must not be empty: say why the source is corrected' },
		{ name: 'a merge of turns that are not consecutive', correction: { merge: [2, 4], reason: 'r' }, message: 'corrections[0].merge: must list consecutive turns in order, e.g. [12, 13]' },
		{ name: 'a merge of one turn', correction: { merge: [2], reason: 'r' }, message: 'corrections[0].merge: must list at least two turns, e.g. [12, 13]' },
		{ name: 'a split without a paragraph', correction: { split: 2, speaker: 'jia', reason: 'r' }, message: 'corrections[0]: a split correction needs "atParagraph"' },
		{ name: 'a split before paragraph 1', correction: { split: 2, atParagraph: 1, speaker: 'jia', reason: 'r' }, message: 'corrections[0].atParagraph: must be 2 or more' },
		{ name: 'two kinds at once', correction: { turn: 2, merge: [2, 3], reason: 'r' }, message: 'corrections[0]: must have exactly one of "turn" (a reassign), "merge" or "split"' },
		{ name: 'a key of another kind', correction: { turn: 2, speaker: 'jia', atParagraph: 2, reason: 'r' }, message: 'corrections[0]: "atParagraph" has no meaning in a reassign correction' },
		{ name: 'turn 0', correction: { turn: 0, speaker: 'jia', reason: 'r' }, message: 'corrections[0].turn: must be 1 or more' }
	])('the metadata schema refuses $name', ({ correction, message }) => {
		const error = refusal(() => parseMeta(metaWith([correction])));
		expect(error.code).toBe('invalid-meta');
		expect(error.message).toContain(message);
	});
});

describe('through the files and the CLI', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-corrections-'));
	const transcript = join(dir, 'talk.txt');
	writeFileSync(transcript, TEXT);
	const metaPath = join(dir, 'talk.meta.json');

	it('analyseFile applies the corrections in <name>.meta.json', () => {
		writeFileSync(metaPath, JSON.stringify(metaWith([{ turn: 2, speaker: 'jia', reason: 'r' }])));
		const { analysis } = analyseFile(transcript, { defaultThemesPath: THEMES_PATH });
		expect(figures(analysis).jia).toEqual({ turns: 4, units: 20, questions: 2 });
	});

	it('an invalid correction names the metadata file, not the transcript, and the CLI exits 1', () => {
		writeFileSync(metaPath, JSON.stringify(metaWith([{ turn: 2, speaker: 'jia', reason: 'r' }, { turn: 7, speaker: 'yi', reason: 'r' }])));
		const error = refusal(() => analyseFile(transcript, { defaultThemesPath: THEMES_PATH }));
		expect(error.message).toBe(`${metaPath}: corrections[1] (reassign of turn 7): turn 7 does not exist: the transcript has 5 turns.`);

		const cli = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'scripts/analyze.ts'), transcript], { cwd: ROOT, encoding: 'utf8' });
		expect(cli.status).toBe(1);
		expect(cli.stdout).toBe('');
		expect(cli.stderr).toBe(`parley analyze: error: ${error.message}\n`);
	}, 30_000);
});
