/**
 * The charts' pure helpers: number formats (table of args → expected), colours (contrast of the
 * text printed on every colour a scale can produce), and the rows the charts draw, checked
 * against the real seed analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationLayout, heatmapCells, matrixCells, sectionStacks, speakerBars } from '../../../src/lib/charts/chart-data';
import { formatCount, formatDate, formatLift, formatMeasuredMinutes, formatMinutes, formatPer10k, formatPercent } from '../../../src/lib/charts/format';
import { themeName, topicName } from '../../../src/lib/charts/labels';
import { sourceLine } from '../../../src/lib/charts/chart-notes';
import {
	HEAT_RANGE,
	NEUTRAL_RANGE,
	SPEAKER_COLOURS,
	contrastRatio,
	luminance,
	sequentialColour,
	speakerColour,
	textColourOn
} from '../../../src/lib/charts/palette';
import { EMPTY_SELECTION } from '../../../src/lib/selection/state';
import { dashboardView, topicsOf } from '../../../src/lib/selection/view';
import { seedAnalysis } from './ssr';

describe('format', () => {
	it.each([
		[formatPercent, 0, '0%'],
		[formatPercent, 0.532, '53%'],
		[formatPercent, 0.004, '<1%'],
		[formatPercent, 1, '100%'],
		[formatMinutes, 28.7, '29'],
		[formatMinutes, 0.2, '<1'],
		[formatMinutes, 0, '0'],
		[formatMinutes, 1234.4, '1,234'],
		[formatCount, 13465, '13,465'],
		[formatCount, 0, '0'],
		[formatPer10k, 0, '0'],
		[formatPer10k, 35.0331, '35.0'],
		[formatPer10k, 81.78, '81.8'],
		[formatPer10k, 12345.6, '12,345.6']
	] as const)('%o(%o) is %o', (format, value, expected) => {
		expect(format(value)).toBe(expected);
	});

	it.each([
		[10.2, '10.20×'],
		[1, '1.00×'],
		[0, '0.00×'],
		[null, 'n/a']
	] as const)('formatLift(%o) is %o', (lift, expected) => {
		expect(formatLift(lift)).toBe(expected);
	});

	it('formats for the interface language: digits group alike, dates as each language writes them', () => {
		expect(formatCount(13465, 'zh')).toBe('13,465');
		expect(formatPer10k(81.78, 'zh')).toBe('81.8');
		expect(formatPercent(0.532, 'zh')).toBe('53%');
		expect(formatDate('2024-04-16', 'en')).toBe('16 April 2024');
		expect(formatDate('2024-04-16', 'zh')).toBe('2024年4月16日');
		// The first of a month stays the first whatever the reader's time zone.
		expect(formatDate('2024-01-01', 'en')).toBe('1 January 2024');
		expect(formatDate('', 'en')).toBe('');
		expect(formatDate('2024-4-16', 'zh')).toBe('2024-4-16');
	});

	it('writes every day of 1900-2100 as Intl.DateTimeFormat does (en-GB, zh-CN long dates), impossible days rolled over alike', () => {
		const intl = {
			en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
			zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
		};
		const pad = (n: number, width: number) => String(n).padStart(width, '0');
		let compared = 0;
		for (let day = Date.UTC(1900, 0, 1); day <= Date.UTC(2100, 11, 31); day += 86_400_000) {
			const date = new Date(day);
			const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
			for (const lang of ['en', 'zh'] as const) {
				if (formatDate(iso, lang) !== intl[lang].format(day)) expect(formatDate(iso, lang)).toBe(intl[lang].format(day));
				compared++;
			}
		}
		expect(compared).toBe(2 * 73_414);
		expect(formatDate('2023-02-31', 'en')).toBe(intl.en.format(Date.UTC(2023, 1, 31)));
		expect(formatDate('2023-02-31', 'zh')).toBe('2023年3月3日');
	});

	it('writes every number as Intl.NumberFormat does (en-GB, zh-CN): grouping, decimals, rounding of halves, percents', () => {
		const intl = (options: Intl.NumberFormatOptions) => ({
			en: new Intl.NumberFormat('en-GB', options),
			zh: new Intl.NumberFormat('zh-CN', options)
		});
		const percent = intl({ style: 'percent', maximumFractionDigits: 0 });
		const whole = intl({ maximumFractionDigits: 0 });
		const tenths = intl({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
		const hundredths = intl({ minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
		const values: number[] = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 1.005, 1.015, 2.675, 0.145, 0.155, 0.285, 0.575];
		// Whole numbers across the grouping boundaries, halves and near-halves at every scale,
		// decimals in small steps, and floats of every magnitude.
		for (let i = 0; i <= 20_000; i += 7) values.push(i, i + 0.5, i / 8, i / 1000, i / 100_000 + 0.0005);
		for (let exponent = -9; exponent <= 22; exponent++) for (const mantissa of [1, 1.5, 4.99, 5, 9.95, 9.999, 123.456]) values.push(mantissa * 10 ** exponent);
		values.push(...fc.sample(fc.double({ min: -1e9, max: 1e9, noNaN: true }), 5000));
		values.push(Infinity, -Infinity, NaN, 1e21, 123456789012345680000);
		let compared = 0;
		for (const value of values) {
			for (const lang of ['en', 'zh'] as const) {
				const pairs: [string, string][] = [
					[formatCount(value, lang), whole[lang].format(value)],
					[formatMeasuredMinutes(value, lang), tenths[lang].format(value)],
					[formatLift(value, lang), `${hundredths[lang].format(value)}×`]
				];
				if (value !== 0) pairs.push([formatPer10k(value, lang), tenths[lang].format(value)]);
				if (!(value > 0 && value < 0.005)) pairs.push([formatPercent(value, lang), percent[lang].format(value)]);
				for (const [ours, theirs] of pairs) {
					if (ours !== theirs) expect(`${value} (${lang}): ${ours}`).toBe(`${value} (${lang}): ${theirs}`);
					compared++;
				}
			}
		}
		expect(compared).toBeGreaterThan(150_000);
	});
});

describe('palette', () => {
	it('gives speakers distinct Okabe–Ito colours in order, repeating past six', () => {
		expect(new Set(SPEAKER_COLOURS).size).toBe(6);
		expect([0, 1, 2].map(speakerColour)).toEqual(['#0072B2', '#E69F00', '#009E73']);
		expect(speakerColour(6)).toBe(speakerColour(0));
	});

	it.each([
		['#ffffff', 1],
		['#000000', 0],
		['rgb(255, 255, 255)', 1],
		['#fff', 1]
	])('luminance(%s) is %d', (colour, expected) => {
		expect(luminance(colour)).toBeCloseTo(expected, 6);
	});

	it('computes the WCAG contrast ratio', () => {
		expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('maps 0..max onto the single-hue scale, clamped, with max 0 giving the lightest colour', () => {
		const colour = sequentialColour(10);
		expect(colour(0)).toBe('rgb(238, 243, 250)');
		expect(colour(10)).toBe('rgb(8, 48, 107)');
		expect(colour(20)).toBe(colour(10));
		expect(sequentialColour(0)(0)).toBe(colour(0));
	});

	it('prints cell text at AA contrast (4.5:1) on every colour either scale produces', () => {
		for (const range of [HEAT_RANGE, NEUTRAL_RANGE]) {
			fc.assert(
				fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
					const fill = sequentialColour(1, range)(t);
					expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
				})
			);
		}
	});

	it('prints segment labels at AA contrast on every speaker colour', () => {
		for (const fill of SPEAKER_COLOURS) expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
	});
});

describe('labels', () => {
	it.each([
		[{ en: 'Compute', zh: '算力' }, 'en', 'Compute (算力)'],
		[{ en: 'Compute', zh: '算力' }, 'zh', '算力'],
		[{ en: 'GPT-N', zh: 'GPT-N' }, 'en', 'GPT-N']
	] as const)('themeName(%o, %s) is %s', (label, lang, expected) => {
		expect(themeName({ label }, lang)).toBe(expected);
	});

	it('names a theme topic by its theme and a term topic in quotation marks, as typed', () => {
		const [compute, term] = topicsOf([seedAnalysis().themes[0]!], ['<b>Robot</b>']);
		expect(topicName(compute!, 'en')).toBe('Compute (算力)');
		expect(topicName(compute!, 'zh')).toBe('算力');
		expect(topicName(term!, 'en')).toBe('“<b>Robot</b>”');
		expect(term!.key).toBe('term:<b>Robot</b>');
	});

	it('builds the source line from the metadata', () => {
		expect(sourceLine(seedAnalysis().meta, 'en')).toBe(
			'Source: 腾讯科技 Tencent Tech, 16 April 2024. 编译/金鹿；译自 20VC 播客 (translated from the 20VC podcast)'
		);
	});
});

describe('chart rows from the seed', () => {
	const analysis = seedAnalysis();
	const view = dashboardView(analysis, { ...EMPTY_SELECTION });

	it('speaker bars carry the view’s shares, in speaker order', () => {
		const bars = speakerBars(analysis, view);
		expect(bars.map((b) => [b.label, b.turns])).toEqual([
			['斯特宾斯', 47],
			['奥特曼', 36],
			['莱特卡普', 19]
		]);
		expect(bars.reduce((sum, b) => sum + b.share, 0)).toBeCloseTo(1, 9);
	});

	it('section stacks are contiguous and as long as the section', () => {
		for (const [i, stack] of sectionStacks(analysis, view).entries()) {
			const section = analysis.sections[i]!;
			expect(stack.units).toBe(section.units);
			expect(stack.turns).toBe(section.turns);
			stack.segments.forEach((segment, j) => expect(segment.x0).toBe(j === 0 ? 0 : stack.segments[j - 1]!.x1));
			stack.segments.forEach((segment) => expect(segment.x1 - segment.x0).toBe(segment.units));
		}
	});

	it('heatmap cells are row-major and sum to every mention', () => {
		const cells = heatmapCells(analysis, view);
		expect(cells.slice(0, 4).map((c) => c.topic)).toEqual(analysis.themes.map((t) => t.id));
		expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(analysis.mentions.length);
	});

	it('heatmap cells put a term’s column after the themes', () => {
		const withTerm = dashboardView(analysis, { ...EMPTY_SELECTION, terms: ['OpenAI'] });
		const cells = heatmapCells(analysis, withTerm);
		expect(cells).toHaveLength(analysis.sections.length * 5);
		expect(cells.slice(0, 5).map((c) => c.topic)).toEqual([...analysis.themes.map((t) => t.id), 'term:OpenAI']);
		// The term column counts every occurrence: a plain, case-insensitive whole-word scan.
		const occurrences = analysis.turns
			.flatMap((t) => t.paragraphs)
			.reduce((sum, p) => sum + (p.text.match(/(?<![A-Za-z0-9])openai(?![A-Za-z0-9])/gi) ?? []).length, 0);
		expect(cells.filter((c) => c.topic === 'term:OpenAI').reduce((sum, c) => sum + c.count, 0)).toBe(occurrences);
	});

	it('matrix cells are the upper triangle with the diagonal', () => {
		const cells = matrixCells(analysis, view);
		expect(cells.filter((c) => c.diagonal).map((c) => c.count)).toEqual(analysis.themes.map((t) => t.turns));
		expect(cells).toHaveLength(10);
	});

	it('the conversation lays turns end to end and puts every tick inside its turn', () => {
		const layout = conversationLayout(analysis, view);
		expect(layout.total).toBe(analysis.totals.units);
		layout.turns.forEach((turn, i) => expect(turn.x0).toBe(i === 0 ? 0 : layout.turns[i - 1]!.x1));
		expect(layout.ticks).toHaveLength(analysis.mentions.length);
		const byId = new Map(layout.turns.map((t) => [t.id, t]));
		for (const tick of layout.ticks) {
			const turn = byId.get(tick.turn)!;
			expect(tick.x).toBeGreaterThanOrEqual(turn.x0);
			expect(tick.x).toBeLessThanOrEqual(turn.x1);
		}
		expect(layout.sections.map((s) => s.number)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
		expect(layout.sections.at(-1)!.x1).toBe(layout.total);
	});
});
