/**
 * Properties over random input (fast-check): the parser never throws anything but a
 * ParleyInputError, shares always sum to 1, mention offsets always slice to the mention text,
 * co-occurrence is consistent with the unit → themes map it was given, and the same turns
 * rendered in any label style parse back to the same turns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { cooccurrence } from '../../../src/lib/transcript/cooccurrence';
import { ParleyInputError } from '../../../src/lib/transcript/errors';
import { parseTranscript } from '../../../src/lib/transcript/parse';
import type { ThemeDefinition } from '../../../src/lib/transcript/types';
import { sharesOf } from '../../../src/lib/transcript/units';
import { RUNS, SEED } from '../properties/runs';

const themes: ThemeDefinition[] = [
	{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['算力', 'GPU', 'compute', '计算成本'] },
	{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['成本', 'cost', 'C++', '(x)'] },
	{ id: 'gpt-n', label: { zh: 'GPT-N', en: 'GPT-N' }, terms: [], patterns: ['GPT{-?}{n}'] }
];

/** Lines built from transcript-like pieces, so random input often has labels, headings and terms. */
const piece = fc.constantFrom(
	'**甲：**', '**乙：** ', 'A: ', 'BIDEN: ', 'JOE BIDEN, PRESIDENT: ', '张三：', '01 标题', '## H', '**02**', '一、开始',
	'计算成本', '算力', 'GPU', 'cost', 'costume', 'GPT-4', 'GPT40', 'ChatGPT', 'C++', '(x)', '？', '?', '。', '：', ':',
	'（编译/金鹿）', '<img src=x onerror=alert(1)>', '\uFEFF', '\r', '\t', ' ', '*', '_1_', '  * ', '\u0000', '😀', '\uD800'
);
const line = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join(''));
const transcript = fc
	.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n'))
	.map(([lines, newline]) => lines.join(newline));

describe('properties', () => {
	it('analysing any text either succeeds or throws a ParleyInputError', () => {
		fc.assert(
			fc.property(transcript, (text) => {
				try {
					analyseTranscript(text, { id: 'p', themes });
				} catch (error) {
					if (!(error instanceof ParleyInputError)) throw error;
				}
			}),
			{ numRuns: RUNS.analyseAnyText, seed: SEED }
		);
	});

	it('speaker shares sum to 1 whenever there is content; mention offsets slice to the mention text', () => {
		fc.assert(
			fc.property(transcript, (text) => {
				let analysis;
				try {
					analysis = analyseTranscript(text, { id: 'p', themes });
				} catch (error) {
					if (error instanceof ParleyInputError) return;
					throw error;
				}
				const sum = analysis.speakers.reduce((total, s) => total + s.share, 0);
				if (analysis.totals.units > 0) expect(sum).toBeCloseTo(1, 9);
				else expect(sum).toBe(0);
				const paragraphs = new Map(analysis.turns.flatMap((t) => t.paragraphs.map((p) => [p.id, p.text] as const)));
				for (const mention of analysis.mentions) {
					expect(paragraphs.get(mention.paragraph)!.slice(mention.start, mention.end)).toBe(mention.text);
				}
				for (const cell of analysis.cooccurrence) expect(cell.count).toBe(cell.ids.length);
			}),
			{ numRuns: RUNS.sharesAndOffsets, seed: SEED }
		);
	});

	it('sharesOf: non-negative, sum exactly to 1e6 millionths, order-preserving', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }), (values) => {
				const shares = sharesOf(values);
				const total = values.reduce((a, b) => a + b, 0);
				if (total === 0) {
					expect(shares.every((s) => s === 0)).toBe(true);
					return;
				}
				expect(Math.round(shares.reduce((a, b) => a + b, 0) * 1e6)).toBe(1e6);
				for (let i = 0; i < values.length; i++) {
					expect(shares[i]).toBeGreaterThanOrEqual(0);
					expect(Math.abs(shares[i]! - values[i]! / total)).toBeLessThanOrEqual(1e-6 + 1e-12);
				}
			}),
			{ numRuns: RUNS.sharesOf, seed: SEED }
		);
	});

	it('cooccurrence: the diagonal counts units with the theme; off-diagonal counts units with both', () => {
		const ids = ['a', 'b', 'c'];
		const units = fc.array(fc.subarray(ids), { maxLength: 20 }).map((sets) => sets.map((themesOf, i) => ({ id: `u${i}`, themes: new Set(themesOf) })));
		fc.assert(
			fc.property(units, (list) => {
				for (const cell of cooccurrence(list, ids, 'turn')) {
					const both = list.filter((u) => u.themes.has(cell.a) && u.themes.has(cell.b)).map((u) => u.id);
					expect(cell.ids).toEqual(both);
					const nA = list.filter((u) => u.themes.has(cell.a)).length;
					const nB = list.filter((u) => u.themes.has(cell.b)).length;
					// A theme with itself has no lift.
					if (cell.a === cell.b || nA === 0 || nB === 0) expect(cell.lift).toBeNull();
					else expect(cell.lift).toBeCloseTo((both.length * list.length) / (nA * nB), 5);
				}
			}),
			{ numRuns: RUNS.cooccurrenceUnits, seed: SEED }
		);
	});
});

/** Three speakers, each labelled as every style would write them. */
const SPEAKER_LABELS = [
	{ bold: '李然', caps: 'ALICE WONG', cjk: '李然', official: 'Ms. WONG', named: 'Alice Wong' },
	{ bold: 'Kevin Weil', caps: 'KEVIN WEIL', cjk: '周晓', official: 'Mr. WEIL', named: 'Kevin Weil' },
	{ bold: '陈默', caps: 'MARIA LOPEZ', cjk: '陈默', official: 'Senator LOPEZ', named: 'Maria Lopez' }
];
const SENTENCES = [
	'We should build more.',
	'That is not what the data says.',
	'我们需要更多的算力。',
	'成本会继续下降，这一点很清楚。',
	'Why now?',
	'OpenAI 发布了新模型。',
	'Yes.',
	'好的，谢谢。',
	'The price, not the model, decides it.'
];

type Style = 'bold-inside' | 'bold-outside' | 'bold-alone' | 'caps' | 'cjk' | 'official' | 'timed-bracket' | 'timed-rev';
const STYLES: Style[] = ['bold-inside', 'bold-outside', 'bold-alone', 'caps', 'cjk', 'official', 'timed-bracket', 'timed-rev'];

interface GeneratedTurn {
	speaker: number;
	paragraphs: string[];
	/** Seconds from the start. */
	time: number;
}

const clock = (seconds: number) =>
	[Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');

function labelFor(style: Style, speaker: number): string {
	const labels = SPEAKER_LABELS[speaker]!;
	if (style === 'caps' || style === 'timed-bracket') return labels.caps;
	if (style === 'cjk') return labels.cjk;
	if (style === 'official') return labels.official;
	if (style === 'timed-rev') return labels.named;
	return labels.bold;
}

function render(turns: readonly GeneratedTurn[], style: Style): string {
	return turns
		.map(({ speaker, paragraphs, time }) => {
			const label = labelFor(style, speaker);
			const [first, ...more] = paragraphs;
			const head = {
				'bold-inside': `**${label}：** ${first}`,
				'bold-outside': `**${label}**：${first}`,
				'bold-alone': `**${label}：**\n${first}`,
				caps: `${label}:  ${first}`,
				cjk: `${label}：${first}`,
				official: `    ${label}. ${first}`,
				'timed-bracket': `[${clock(time)}] ${label}: ${first}`,
				'timed-rev': `${label} (${clock(time)}):\n${first}`
			}[style];
			return [head, ...more].join('\n\n');
		})
		.join('\n\n');
}

const generatedTurns = fc
	.array(
		fc.record({
			speaker: fc.integer({ min: 0, max: 2 }),
			paragraphs: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }),
			gap: fc.integer({ min: 1, max: 400 })
		}),
		{ minLength: 2, maxLength: 12 }
	)
	.map((drawn) => {
		// Every speaker who speaks speaks twice: a label seen once is a different matter (a typo?).
		const turns = [...drawn];
		for (let speaker = 0; speaker < 3; speaker++) {
			const own = turns.filter((turn) => turn.speaker === speaker);
			if (own.length === 1) turns.push({ ...own[0]! });
		}
		let time = 0;
		return turns.map(({ speaker, paragraphs, gap }): GeneratedTurn => ({ speaker, paragraphs, time: (time += gap) }));
	});

describe('label styles', () => {
	it('the same turns rendered in any label style parse to the same speakers, texts and times', () => {
		fc.assert(
			fc.property(generatedTurns, fc.constantFrom(...STYLES), (turns, style) => {
				const parsed = parseTranscript(render(turns, style));
				const speakerOf = new Map(SPEAKER_LABELS.map((_, index) => [labelFor(style, index), index]));
				expect(parsed.turns.map((turn) => speakerOf.get(turn.label))).toEqual(turns.map((turn) => turn.speaker));
				expect(parsed.turns.map((turn) => turn.paragraphs.map((p) => p.text))).toEqual(turns.map((turn) => turn.paragraphs));
				if (style.startsWith('timed')) expect(parsed.turns.map((turn) => turn.time)).toEqual(turns.map((turn) => turn.time));
				else expect(parsed.turns.every((turn) => turn.time === undefined)).toBe(true);
			}),
			{ numRuns: RUNS.labelStyles, seed: SEED }
		);
	});
});
