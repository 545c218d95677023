/**
 * Figures pinned to oracles that owe nothing to the code under test: counts made by hand or by a
 * throwaway script over the raw text (written here as literals), and a second, deliberately
 * different way of finding theme mentions (a line scan and indexOf loops, not themes.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/server/files';
import type { ThemeDefinition } from '../../../src/lib/transcript/types';
import { ROOT, seedAnalysis, seedLines, THEMES_PATH } from './seed';

const round3 = (value: number) => Math.round(value * 1000) / 1000;

describe('oracle: the seed speaking shares, from content characters counted outside the project', () => {
	const analysis = seedAnalysis();

	// Counted by a throwaway Python script over the raw .txt, not the project's code: lines 19 on
	// (1-18 are title, highlights, introduction), headings `NN title` skipped, the text after each
	// `**斯特宾斯：**` / `**奥特曼：**` / `**莱特卡普：**` label credited to that speaker up to the next
	// label, the closing credit （编译/金鹿） at the end of line 316 left out (it is not speech), and
	// every character whose Unicode category is a letter (L*) or a number (N*) counted:
	//   sum(1 for c in line if unicodedata.category(c)[0] in 'LN')
	// Totals 2622 + 7170 + 3673 = 13465; turns (labels) 47, 36, 19. Shares 0.19473, 0.53249, 0.27278:
	// 奥特曼's is 0.532 to three decimals, not 0.533 (that is 0.53249 rounded twice, via 0.5325).
	const counted = [
		{ id: 'stebbings', units: 2622, turns: 47, share: 0.195 },
		{ id: 'altman', units: 7170, turns: 36, share: 0.532 },
		{ id: 'lightcap', units: 3673, turns: 19, share: 0.273 }
	];
	const total = 13465;

	it.each(counted)('$id: $units characters in $turns turns, a share of $share', ({ id, units, turns, share }) => {
		const speaker = analysis.speakers.find((s) => s.id === id)!;
		expect(speaker.units).toBe(units);
		expect(speaker.chars).toBe(units);
		expect(speaker.turns).toBe(turns);
		expect(round3(speaker.share)).toBe(share);
		expect(speaker.share).toBeCloseTo(units / total, 6);
	});

	it('adds up to the counted total', () => {
		expect(counted.reduce((sum, s) => sum + s.units, 0)).toBe(total);
		expect(analysis.totals.units).toBe(total);
	});
});

describe('oracle: theme mentions per section, found by a line scan and indexOf', () => {
	const analysis = seedAnalysis();
	const themes = (JSON.parse(readFileSync(THEMES_PATH, 'utf8')) as { themes: ThemeDefinition[] }).themes;

	/** Latin letters and digits (ASCII, Latin-1 and Latin Extended-A/B letters, full-width digits). */
	function isLatinWordChar(char: string | undefined): boolean {
		if (char === undefined) return false;
		const code = char.charCodeAt(0);
		return (
			(code >= 0x30 && code <= 0x39) ||
			(code >= 0x41 && code <= 0x5a) ||
			(code >= 0x61 && code <= 0x7a) ||
			(code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
			(code >= 0xff10 && code <= 0xff19)
		);
	}

	/** A pattern spelled out as every literal it stands for: {n} one of 20 digits, {-?} nothing or one of 6 dashes. */
	function expandPattern(pattern: string): string[] {
		let variants = [''];
		for (const part of pattern.split(/(\{n\}|\{-\?\})/)) {
			const options =
				part === '{n}'
					? [...'0123456789０１２３４５６７８９']
					: part === '{-?}'
						? ['', ...'-‐‑–—－']
						: [part];
			variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
		}
		return variants;
	}

	/** Non-overlapping mentions of any of the literals: leftmost first, longest at a position. */
	function countMentions(text: string, literals: string[]): number {
		const lower = text.toLowerCase();
		expect(lower.length).toBe(text.length);
		const spans: [number, number][] = [];
		for (const literal of literals) {
			const needle = literal.toLowerCase();
			for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
				const end = at + needle.length;
				if (isLatinWordChar(needle[0]) && isLatinWordChar(lower[at - 1])) continue;
				if (isLatinWordChar(needle[needle.length - 1]) && isLatinWordChar(lower[end])) continue;
				spans.push([at, end]);
			}
		}
		spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
		let count = 0;
		let free = 0;
		for (const [start, end] of spans) {
			if (start < free) continue;
			count++;
			free = end;
		}
		return count;
	}

	/**
	 * Paragraph texts per section number ('01'…'07') from the raw lines: a `NN title` line opens a
	 * section; a speaker label is cut off; a blank line ends a paragraph; wrapped lines are joined
	 * (with a space between two Latin letters). Lines before the first heading are front matter.
	 */
	function paragraphsBySection(): Map<string, string[]> {
		const sections = new Map<string, string[]>();
		let current: string[] | null = null;
		let open = false;
		for (const rawLine of seedLines) {
			const heading = /^(\d\d) /.exec(rawLine);
			if (heading) {
				current = [];
				sections.set(heading[1]!, current);
				open = false;
				continue;
			}
			if (current === null) continue;
			let line = rawLine.replace(/^\*\*(斯特宾斯|奥特曼|莱特卡普)：\*\*\s*/, '');
			if (line !== rawLine) open = false;
			// The closing credit is not speech (it holds no theme term either).
			line = line.replace(/（编译\/金鹿）$/, '');
			if (line.trim() === '') {
				open = false;
				continue;
			}
			if (open) {
				const previous = current[current.length - 1]!;
				const space = isLatinWordChar(previous[previous.length - 1]) && isLatinWordChar(line[0]) ? ' ' : '';
				current[current.length - 1] = previous + space + line;
			} else current.push(line);
			open = true;
		}
		return sections;
	}

	const scanned = paragraphsBySection();
	const oracle = new Map(
		themes.map((theme) => {
			const literals = [...theme.terms, ...(theme.patterns ?? []).flatMap(expandPattern)];
			const perSection = [...scanned].map(([number, paragraphs]) => [number, paragraphs.reduce((sum, p) => sum + countMentions(p, literals), 0)] as const);
			return [theme.id, new Map(perSection)] as const;
		})
	);

	it('scans the seven numbered sections, and spells GPT{-?}{n} out as 140 literals', () => {
		expect([...scanned.keys()]).toEqual(['01', '02', '03', '04', '05', '06', '07']);
		expect(expandPattern('GPT{-?}{n}')).toHaveLength(7 * 20);
		expect(expandPattern('GPT{-?}{n}')).toContain('GPT－９');
	});

	// The earlier hand check, by theme and section 01…07 (a Python scan gave the same table).
	it.each([
		{ theme: 'compute', bySection: [0, 3, 5, 0, 0, 0, 1], total: 9 },
		{ theme: 'cost', bySection: [0, 0, 9, 0, 1, 0, 0], total: 10 },
		{ theme: 'gpt-n', bySection: [0, 4, 6, 4, 1, 0, 0], total: 15 },
		{ theme: 'enterprise', bySection: [6, 1, 1, 0, 18, 6, 2], total: 34 }
	])('$theme: $total mentions, per section the same in the scan and in the analysis', ({ theme, bySection, total }) => {
		const scan = oracle.get(theme)!;
		expect([...scan.values()]).toEqual(bySection);
		expect(bySection.reduce((a, b) => a + b, 0)).toBe(total);

		for (const [number, count] of scan) {
			const section = analysis.sections.find((s) => s.number === number)!;
			const row = analysis.themeBySection.find((r) => r.theme === theme && r.section === section.index)!;
			expect({ number, count: row.count }).toEqual({ number, count });
		}
		expect(analysis.themes.find((t) => t.id === theme)!.mentions).toBe(total);
	});
});

describe('oracle: an English debate, in words counted by hand', () => {
	const { analysis } = analyseFile(resolve(ROOT, 'tests/fixtures/english-debate.txt'), { defaultThemesPath: THEMES_PATH });

	// Words counted by hand from tests/fixtures/english-debate.txt (a word is a run of letters and
	// digits; "can't" and "evidence-based" are one word each):
	//   MODERATOR  Good evening and welcome Ms Smith you argue for congestion pricing Why      12
	//              Mr Jones what would you do instead                                            7
	//              Thank you both                                                                3  = 22
	//   SMITH      Congestion pricing internalises externalities discourages unnecessary
	//              journeys and funds transformational infrastructure investment               12
	//              Comprehensive evidence-based transportation strategies necessitate
	//              complementary demand management mechanisms                                     9  = 21
	//   JONES      It is a tax on the poor We can't all work from home                          13
	//              Run more buses and run them on time That is all / Fares stay low        11 + 3
	//              Buses first Then we talk                                                      5  = 32
	// Total 75 words. Smith's long words make the shares by characters very different: letters and
	// digits are 99 / 220 / 107 of 426 (by a throwaway script), shares 0.232 / 0.516 / 0.251.
	const counted = [
		{ id: 'moderator', words: 22, chars: 99, turns: 3, share: 0.293 },
		{ id: 'smith', words: 21, chars: 220, turns: 2, share: 0.28 },
		{ id: 'jones', words: 32, chars: 107, turns: 3, share: 0.427 }
	];

	it('is English, counted in words', () => {
		expect(analysis.meta.language).toBe('en');
		expect(analysis.unit).toBe('word');
		expect(analysis.totals.units).toBe(75);
		expect(analysis.totals.chars).toBe(426);
		expect(analysis.sections.map((s) => s.title)).toEqual(['Opening', 'Rebuttal']);
	});

	it.each(counted)('$id: $words words ($chars characters) in $turns turns, a share of $share', ({ id, words, chars, turns, share }) => {
		const speaker = analysis.speakers.find((s) => s.id === id)!;
		expect(speaker.units).toBe(words);
		expect(speaker.chars).toBe(chars);
		expect(speaker.turns).toBe(turns);
		expect(round3(speaker.share)).toBe(share);
		// 150 words a minute by default.
		expect(speaker.estimatedMinutes).toBeCloseTo(words / 150, 6);
	});

	it('splits the words by section: Opening 19 / 12 / 13, Rebuttal 3 / 9 / 19', () => {
		const bySection = analysis.sections.map((section) => section.speakers.map((s) => s.units));
		expect(bySection).toEqual([
			[19, 12, 13],
			[3, 9, 19]
		]);
	});
});
