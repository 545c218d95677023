/**
 * Sections joined into parts for the charts of a transcript of very many sections. The transcript
 * below has 7 sections whose turns and "compute" mentions were counted by hand:
 *
 *   section   turns (A/B)   compute mentions
 *   1 One     2 (1/1)       1
 *   2 Two     1 (1/0)       2
 *   3 Three   2 (1/1)       0
 *   4 Four    1 (0/1)       1
 *   5 Five    1 (1/0)       0
 *   6 Six     1 (0/1)       3
 *   7 Seven   1 (1/0)       1
 *
 * With at most 3 parts, 3 sections go into a part: 1–3, 4–6, 7.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CHART_SECTIONS, partSections, sectionsPerPart } from '../../src/lib/section-parts';
import { dashboardAnalysis } from '../../src/lib/page-data';
import { dashboardView } from '../../src/lib/selection/view';
import { EMPTY_SELECTION } from '../../src/lib/selection/state';
import { sectionName } from '../../src/lib/charts/labels';
import { sectionNotes } from '../../src/lib/charts/chart-notes';
import { analyseTranscript } from '../../src/lib/transcript/analyse';
import type { Analysis } from '../../src/lib/transcript/types';

const TEXT = `# Parts

## 01 One

**A:** We need compute.

**B:** Yes.

## 02 Two

**A:** compute and more compute.

## 03 Three

**A:** Nothing here.

**B:** Nor here.

## 04 Four

**B:** compute again.

## 05 Five

**A:** Quiet.

## 06 Six

**B:** compute, compute, compute.

## 07 Seven

**A:** Last compute.
`;

const themes = [{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['compute'] }];
const analysis = analyseTranscript(TEXT, { id: 'parts', themes, segmenter: () => () => [] });

describe('sectionsPerPart', () => {
	it('keeps sections up to the maximum, else joins the fewest that make at most the maximum of parts', () => {
		expect(MAX_CHART_SECTIONS).toBe(60);
		expect(sectionsPerPart(60)).toBe(1);
		expect(sectionsPerPart(61)).toBe(2);
		expect(sectionsPerPart(120)).toBe(2);
		expect(sectionsPerPart(121)).toBe(3);
		// 5,931 sections (a 50 MB generated transcript): 99 a part, 60 parts (59 × 99 = 5,841, then 90).
		expect(sectionsPerPart(5931)).toBe(99);
		expect(sectionsPerPart(7, 3)).toBe(3);
	});
});

describe('partSections', () => {
	it('leaves a transcript within the maximum as it is', () => {
		const same = partSections(analysis, analysis.sections);
		expect(same.parts).toBeUndefined();
		expect(same.turns).toBe(analysis.turns);
		expect(same.sections.map((section) => section.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	const parted = partSections(analysis, analysis.sections, 3);

	it('joins consecutive sections into parts named by their first and last sections', () => {
		expect(parted.parts).toEqual({ sections: 7, perPart: 3 });
		expect(parted.sections.map((part) => [part.index, part.number, part.title, part.sectionCount, part.turns])).toEqual([
			[1, '01–03', 'One … Three', 3, 5],
			[2, '04–06', 'Four … Six', 3, 3],
			[3, '07', 'Seven', 1, 1]
		]);
		expect(sectionName(parted.sections[0]!, 'en')).toBe('Sections 01–03 One … Three');
		expect(sectionName(parted.sections[2]!, 'en')).toBe('Section 07 Seven');
	});

	it('points turns and mentions at their part, and counts each part’s speakers from its turns', () => {
		const turnsPerPart = [1, 2, 3].map((part) => parted.turns.filter((turn) => turn.section === part).length);
		expect(turnsPerPart).toEqual([5, 3, 1]);
		const mentionsPerPart = [1, 2, 3].map((part) => parted.mentions.filter((mention) => mention.section === part).length);
		expect(mentionsPerPart).toEqual([3, 4, 1]);
		const first = parted.sections[0]!.speakers;
		const label = new Map(analysis.speakers.map((speaker) => [speaker.id, speaker.label]));
		expect(first.map((row) => [label.get(row.speaker), row.turns])).toEqual([
			['A', 3],
			['B', 2]
		]);
		// The analysis itself is not changed.
		expect(analysis.turns.filter((turn) => turn.section === 7)).toHaveLength(1);
	});

	it('adds up the keywords of a part’s sections, best first, as many as a section lists', () => {
		const withKeywords: Pick<Analysis, 'keywords'> = {
			keywords: [
				{ section: 1, terms: [{ term: 'x', score: 2, count: 4 }, { term: 'y', score: 1, count: 1 }] },
				{ section: 2, terms: [{ term: 'y', score: 1.5, count: 2 }, { term: 'z', score: 1.2, count: 3 }] },
				{ section: 4, terms: [{ term: 'w', score: 1, count: 1 }] }
			]
		};
		const { keywords } = partSections({ ...analysis, ...withKeywords }, analysis.sections, 3);
		// y: 1 + 1.5 = 2.5 beats x's 2; z (1.2) falls off: sections list at most 2.
		expect(keywords).toEqual([
			{ section: 1, terms: [{ term: 'y', score: 2.5, count: 3 }, { term: 'x', score: 2, count: 4 }] },
			{ section: 2, terms: [{ term: 'w', score: 1, count: 1 }] },
			{ section: 3, terms: [] }
		]);
	});
});

describe('a dashboard of many sections', () => {
	// 130 sections of one turn each: 3 a part, so 44 parts (43 of 3, the last of 1).
	const many = Array.from({ length: 130 }, (_, i) => `## ${i + 1} S${i + 1}\n\n**${i % 2 ? 'B' : 'A'}:** ${'compute '.repeat(i % 4)}words.\n`).join('\n');
	const big = analyseTranscript(`# Many\n\n${many}`, { id: 'many', themes, segmenter: () => () => [] });
	const dashboard = dashboardAnalysis(big, 'en');

	it('draws parts, and says so in the charts’ notes', () => {
		expect(big.sections).toHaveLength(130);
		expect(dashboard.sections).toHaveLength(44);
		expect(dashboard.sectionParts).toEqual({ sections: 130, perPart: 3 });
		expect(sectionNotes(dashboard, 'en')[0]).toBe(
			'The transcript has 130 sections: the charts join them into 44 parts of 3 consecutive sections (a part’s keywords are its sections’ added up). The full transcript keeps every section.'
		);
	});

	it('gives each part the sum of its sections’ heatmap counts', () => {
		const view = dashboardView(dashboard, EMPTY_SELECTION);
		const counts = view.heatmap.filter((cell) => cell.topic === 'compute').map((cell) => cell.count);
		// Section i (1-based) has (i − 1) mod 4 mentions: 0,1,2,3 repeating; parts of three.
		const expected = Array.from({ length: 44 }, (_, part) => {
			let sum = 0;
			for (let i = part * 3 + 1; i <= Math.min(part * 3 + 3, 130); i++) sum += (i - 1) % 4;
			return sum;
		});
		expect(counts).toEqual(expected);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(big.mentions.length);
	});
});

describe('chart pages of the site', () => {
	it('take the part limit from PARLEY_CHART_SECTIONS, refusing anything but a positive whole number', async () => {
		const { chartSectionLimit, chartPageAnalysis, loadAnalysis } = await import('../../src/lib/server/content');
		const { unpackDashboard } = await import('../../src/lib/packed-analysis');
		const before = process.env.PARLEY_CHART_SECTIONS;
		try {
			delete process.env.PARLEY_CHART_SECTIONS;
			expect(chartSectionLimit()).toBe(60);
			for (const bad of ['0', '2.5', 'many']) {
				process.env.PARLEY_CHART_SECTIONS = bad;
				expect(() => chartSectionLimit()).toThrow(`PARLEY_CHART_SECTIONS must be a positive whole number of sections, not "${bad}"`);
			}
			process.env.PARLEY_CHART_SECTIONS = '3';
			// The seed's 7 numbered sections, 3 parts: 01–03, 04–06, 07.
			const seed = unpackDashboard(chartPageAnalysis(loadAnalysis('altman-lightcap-20vc'), 'zh'));
			expect(seed.sections.map((part) => part.number)).toEqual(['01–03', '04–06', '07']);
			expect(seed.sectionParts).toEqual({ sections: 7, perPart: 3 });
		} finally {
			if (before === undefined) delete process.env.PARLEY_CHART_SECTIONS;
			else process.env.PARLEY_CHART_SECTIONS = before;
		}
	});
});
