/**
 * Analysis beyond the seed: English transcripts (words, aliases, no metadata), rates, the pure
 * helpers the dashboard reuses for filtered subsets, keywords, and the server's content listing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/server/files';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';
import { segmenterFor } from '../../../src/lib/server/segment';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { cooccurrence, unitThemesFromMentions } from '../../../src/lib/transcript/cooccurrence';
import { intlSegment, sectionKeywords } from '../../../src/lib/transcript/keywords';
import { speakerShares } from '../../../src/lib/transcript/speakers';
import { themeBySection } from '../../../src/lib/transcript/themeFigures';
import type { ThemeDefinition } from '../../../src/lib/transcript/types';
import { seedAnalysis, THEMES_PATH } from './seed';

const themes: ThemeDefinition[] = [
	{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['cost', 'costs', 'price'] },
	{ id: 'jobs', label: { zh: '就业', en: 'Jobs' }, terms: ['jobs', 'workers'] }
];

const DEBATE = [
	'## Economy',
	'',
	'JOE BIDEN, PRESIDENT OF THE UNITED STATES: Costs are down. Jobs are up. Prices too?',
	'',
	'DANA BASH: Mr. President, what about the price of eggs?',
	'',
	'BIDEN: The price of eggs fell. Workers earn more.',
	'',
	'## Closing',
	'',
	'BASH: Thank you both.',
	'',
	'BIDEN: Thank you. The costume party is over.'
].join('\n');

describe('an English debate without metadata', () => {
	const analysis = analyseTranscript(DEBATE, { id: 'debate', themes });

	it('detects English and counts words', () => {
		expect(analysis.unit).toBe('word');
		expect(analysis.meta.language).toBe('en');
		expect(analysis.turns[0]!.units).toBe('Costs are down. Jobs are up. Prices too?'.split(' ').length);
		expect(analysis.speakers[0]!.estimatedMinutes).toBeCloseTo(analysis.speakers[0]!.units / 150, 5);
	});

	it('resolves BIDEN to the long first label, shows the short form used most, and warns that it did', () => {
		// BIDEN labels 2 turns and the long form 1; BASH and DANA BASH 1 each (a tie goes to the shorter).
		expect(analysis.speakers.map((s) => [s.id, s.label, s.labels, s.turns, s.role.en])).toEqual([
			['speaker-1', 'BIDEN', ['JOE BIDEN, PRESIDENT OF THE UNITED STATES', 'BIDEN'], 3, 'President of the United States'],
			['speaker-2', 'BASH', ['DANA BASH', 'BASH'], 2, '']
		]);
		expect(analysis.warnings.filter((w) => w.code === 'auto-alias').map((w) => w.line)).toEqual([7, 11]);
		expect(analysis.meta.speakers.map((s) => s.id)).toEqual(['speaker-1', 'speaker-2']);
	});

	it('matches Latin theme terms on word boundaries only', () => {
		expect(analysis.mentions.map((m) => [m.theme, m.text, m.turn])).toEqual([
			['cost', 'Costs', 't1'],
			['jobs', 'Jobs', 't1'],
			['cost', 'price', 't2'],
			['cost', 'price', 't3'],
			['jobs', 'Workers', 't3']
		]);
	});

	it('honours a rate option over the metadata rate', () => {
		const meta = { ...analysis.meta, rate: { wordsPerMinute: 100 } };
		expect(analyseTranscript(DEBATE, { id: 'd', themes, meta }).rate.wordsPerMinute).toBe(100);
		expect(analyseTranscript(DEBATE, { id: 'd', themes, meta, rate: { wordsPerMinute: 200 } }).rate.wordsPerMinute).toBe(200);
	});
});

describe('helpers the dashboard reuses on a subset', () => {
	const seed = seedAnalysis();

	it('speakerShares over the whole transcript equals the analysis', () => {
		expect(speakerShares(seed.turns, seed.speakers, seed.unit, seed.rate)).toEqual(seed.speakers);
	});

	it('speakerShares over one section equals that section’s speaker figures', () => {
		const section = seed.sections[2]!;
		const shares = speakerShares(seed.turns.filter((t) => t.section === section.index), seed.speakers, seed.unit, seed.rate).filter((s) => s.turns > 0);
		expect(shares.map((s) => [s.id, s.turns, s.units, s.share])).toEqual(section.speakers.map((s) => [s.speaker, s.turns, s.units, s.share]));
	});

	it('every section gives each speaker the same figures as the transcript does: questions, longest turn, characters', () => {
		for (const section of seed.sections) {
			for (const figures of section.speakers) {
				const own = seed.turns.filter((t) => t.section === section.index && t.speaker === figures.speaker);
				const longest = own.reduce((a, b) => (b.units > a.units ? b : a));
				expect(figures.questions).toBe(own.reduce((n, t) => n + t.questions, 0));
				expect(figures.longestTurn).toEqual({ turn: longest.id, units: longest.units });
				expect(figures.chars).toBe(own.reduce((n, t) => n + t.chars, 0));
			}
			expect(section.chars).toBe(section.speakers.reduce((n, s) => n + s.chars, 0));
		}
		// In Chinese text the unit is the character.
		expect(seed.turns.every((t) => t.chars === t.units)).toBe(true);
	});

	it('themeBySection and cooccurrence over the whole transcript equal the analysis; over one speaker they shrink', () => {
		const sectionIndexes = seed.sections.map((s) => s.index);
		const speakerIds = seed.speakers.map((s) => s.id);
		const themeIds = seed.themes.map((t) => t.id);
		expect(themeBySection(seed.turns, seed.mentions, themeIds, sectionIndexes, speakerIds)).toEqual(seed.themeBySection);
		const turnIds = seed.turns.map((t) => t.id);
		expect(cooccurrence(unitThemesFromMentions(turnIds, seed.mentions, 'turn'), themeIds, 'turn')).toEqual(seed.cooccurrence.filter((c) => c.unit === 'turn'));

		const altmanTurns = seed.turns.filter((t) => t.speaker === 'altman');
		const altmanMentions = seed.mentions.filter((m) => m.speaker === 'altman');
		const rows = themeBySection(altmanTurns, altmanMentions, themeIds, sectionIndexes, speakerIds);
		for (const row of rows) expect(row.bySpeaker.altman).toBe(row.count);
		const cells = cooccurrence(unitThemesFromMentions(altmanTurns.map((t) => t.id), altmanMentions, 'turn'), themeIds, 'turn');
		for (const cell of cells) expect(cell.ids.every((id) => altmanTurns.some((t) => t.id === id))).toBe(true);
	});
});

describe('keywords', () => {
	it('ranks the words that distinguish a section, without stop words, numbers or punctuation', () => {
		const result = sectionKeywords(
			[
				{ section: 1, texts: ['Apples and apples, 2024! The orchard.'] },
				{ section: 2, texts: ['The orchard and pears, pears, pears.'] }
			],
			intlSegment('en')
		);
		// Counted in lower case, shown as first written on a tie of forms.
		expect(result[0]!.terms.map((t) => [t.term, t.count])).toEqual([['Apples', 2]]);
		expect(result[1]!.terms.map((t) => [t.term, t.count])).toEqual([['pears', 3]]);
	});

	it('keywordsPerSection 0 leaves keywords out without cutting the text into words', () => {
		const segmenter = () => {
			throw new Error('the segmenter was asked for');
		};
		const without = analyseTranscript(DEBATE, { id: 'debate', themes, segmenter, keywordsPerSection: 0 });
		// Both headings of DEBATE, each with no terms; the figures are those of a full analysis.
		expect(without.keywords).toEqual([
			{ section: 1, terms: [] },
			{ section: 2, terms: [] }
		]);
		const full = analyseTranscript(DEBATE, { id: 'debate', themes, segmenter: () => intlSegment('en') });
		expect(full.keywords.some((section) => section.terms.length > 0)).toBe(true);
		expect({ ...without, keywords: [] }).toEqual({ ...full, keywords: [] });
	});

	it('jieba keeps theme terms whole', () => {
		const segment = segmenterFor('zh', [{ id: 'c', label: { zh: '', en: '' }, terms: ['计算资源', '计算的成本'] }]);
		const words = segment('如何获取足够的计算资源，降低计算的成本').map((token) => token.word);
		expect(words).toContain('计算资源');
		expect(words).toContain('计算的成本');
	});
});

describe('companion files', () => {
	it('uses <name>.themes.json beside a transcript over the default themes, and <name>.meta.json', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-companions-'));
		const path = join(dir, 'talk.txt');
		writeFileSync(path, '**甲：** 芯片很贵，C++ 也很难。\n\n**乙：** 是的，芯片。\n\n**甲：** 好。\n');
		writeFileSync(join(dir, 'talk.themes.json'), JSON.stringify({ themes: [{ id: 'lang', label: { zh: '语言', en: 'Languages' }, terms: ['C++'] }] }));
		writeFileSync(
			join(dir, 'talk.meta.json'),
			JSON.stringify({ title: 'Talk', language: 'zh', source: { publisher: { zh: 'p', en: 'p' }, date: '2024-01-02' }, speakers: [{ id: 'jia', labels: ['甲'], name: { zh: '甲', en: 'Jia' }, role: { zh: '', en: '' } }] })
		);
		const { analysis, themesPath, metaPath } = analyseFile(path, { defaultThemesPath: THEMES_PATH });
		expect(themesPath).toBe(join(dir, 'talk.themes.json'));
		expect(metaPath).toBe(join(dir, 'talk.meta.json'));
		expect(analysis.themes.map((t) => t.id)).toEqual(['lang']);
		expect(analysis.mentions.map((m) => m.text)).toEqual(['C++']);
		expect(analysis.speakers.map((s) => [s.id, s.name.en])).toEqual([
			['jia', 'Jia'],
			['speaker-1', '乙']
		]);
	});
});

describe('content on disk', () => {
	it('lists the transcripts and loads the seed through the same path as the CLI', () => {
		expect(listTranscripts()).toContain('altman-lightcap-20vc');
		const loaded = loadAnalysis('altman-lightcap-20vc');
		expect(loaded.turns).toHaveLength(102);
		expect(loadAnalysis('altman-lightcap-20vc')).toBe(loaded);
	});

	it('refuses a slug that could leave the content directory', () => {
		expect(() => loadAnalysis('../../etc/passwd')).toThrow(/no transcript/);
	});
});
