/**
 * The cross-filtered view on the seed transcript. Oracles: counts written here from reading the
 * transcript (and pinned by tests/unit/transcript/oracles.test.ts against an independent scan of
 * the raw text), and filters re-done here by a plain loop over the turns' text, never by the
 * view's own helpers.
 */
import { describe, expect, it } from 'vitest';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { EMPTY_SELECTION, type ClauseKey, type SelectionState, type ViewId } from '../../../src/lib/selection/state';
import { dashboardView, type DashboardView } from '../../../src/lib/selection/view';

const analysis = dashboardAnalysis(loadAnalysis('altman-lightcap-20vc'));
const view = (partial: Partial<SelectionState>) => dashboardView(analysis, { ...EMPTY_SELECTION, terms: [], ...partial });
const themesOf = (turnId: string) => new Set(analysis.mentions.filter((m) => m.turn === turnId).map((m) => m.theme));
const textOf = (turnId: string) =>
	analysis.turns
		.find((t) => t.id === turnId)!
		.paragraphs.map((p) => p.text)
		.join('\n');

/** One clause of each kind, each chosen so it changes every view it filters. */
const CLAUSES: Record<ClauseKey, Partial<SelectionState>> = {
	speaker: { speaker: 'lightcap' },
	section: { section: 5 },
	cell: { cell: { section: 3, topic: 'compute' } },
	pair: { pair: ['compute', 'cost'] },
	terms: { terms: ['OpenAI'] }
};

/** What each view draws, as plain figures to compare. */
const FIGURES: Record<Exclude<ViewId, 'conversation' | 'quotes'>, (v: DashboardView) => unknown> = {
	'speaker-share': (v) => v.speakerShare.map((row) => [row.speaker, row.units]),
	'section-speakers': (v) => v.sectionSpeakers.map((row) => [row.section, row.speaker, row.units]),
	'theme-heatmap': (v) => v.heatmap.filter((cell) => !cell.topic.startsWith('term:')).map((cell) => [cell.section, cell.topic, cell.count]),
	'cooccurrence-matrix': (v) => v.matrix.map((cell) => [cell.a, cell.b, cell.count]),
	// The figure of one term, 模型, which every run of this view has selected.
	terms: (v) => v.terms.filter((term) => term.term === '模型').map((term) => [term.term, term.mentions])
};

// Written out, not derived from CLAUSE_SOURCE: a chart is never filtered by its own clause, and
// is filtered by every other one.
const OWN_CLAUSE_TABLE: [keyof typeof FIGURES, ClauseKey, 'own' | 'filtered'][] = [
	['speaker-share', 'speaker', 'own'],
	['speaker-share', 'section', 'filtered'],
	['speaker-share', 'cell', 'filtered'],
	['speaker-share', 'pair', 'filtered'],
	['speaker-share', 'terms', 'filtered'],
	['section-speakers', 'speaker', 'filtered'],
	['section-speakers', 'section', 'own'],
	['section-speakers', 'cell', 'filtered'],
	['section-speakers', 'pair', 'filtered'],
	['section-speakers', 'terms', 'filtered'],
	['theme-heatmap', 'speaker', 'filtered'],
	['theme-heatmap', 'section', 'filtered'],
	['theme-heatmap', 'cell', 'own'],
	['theme-heatmap', 'pair', 'filtered'],
	['theme-heatmap', 'terms', 'filtered'],
	['cooccurrence-matrix', 'speaker', 'filtered'],
	['cooccurrence-matrix', 'section', 'filtered'],
	['cooccurrence-matrix', 'cell', 'filtered'],
	['cooccurrence-matrix', 'pair', 'own'],
	['cooccurrence-matrix', 'terms', 'filtered'],
	['terms', 'speaker', 'filtered'],
	['terms', 'section', 'filtered'],
	['terms', 'cell', 'filtered'],
	['terms', 'pair', 'filtered'],
	['terms', 'terms', 'own']
];

describe('cross-filtering: a view is never filtered by its own clause, and by every other', () => {
	it.each(OWN_CLAUSE_TABLE)('%s under a %s clause: %s', (viewId, clause, expected) => {
		// The term view only has figures when a term is selected: give it one in both runs.
		const base: Partial<SelectionState> = viewId === 'terms' ? { terms: ['模型'] } : {};
		const added = CLAUSES[clause];
		const plain = FIGURES[viewId](view(base));
		const selected = FIGURES[viewId](view({ ...base, ...added, terms: [...(base.terms ?? []), ...(added.terms ?? [])] }));
		if (expected === 'own') expect(selected).toEqual(plain);
		else expect(selected).not.toEqual(plain);
	});

	it('the heatmap under a section chosen in the section chart shows only that section; under its own cell, every section', () => {
		const bySection = view({ section: 5 }).heatmap;
		expect(bySection.filter((c) => c.section !== 5).every((c) => c.count === 0)).toBe(true);
		// Section 05's enterprise count, read in the transcript: 18 mentions.
		expect(bySection.find((c) => c.section === 5 && c.topic === 'enterprise')!.count).toBe(18);
		const byCell = view({ cell: { section: 5, topic: 'enterprise' } }).heatmap;
		// Every section keeps its mentions: 6, 1, 1, 0, 18, 6, 2 enterprise mentions by section.
		expect(byCell.filter((c) => c.topic === 'enterprise').map((c) => c.count)).toEqual([6, 1, 1, 0, 18, 6, 2]);
	});
});

describe('the seed through the view (figures counted in the transcript)', () => {
	it('nothing selected: 102 turns, 111 paragraphs; 47 / 36 / 19 turns; theme mentions 9 / 10 / 15 / 34', () => {
		const all = view({});
		expect(all.quoteSummary).toEqual({ unit: 'all', count: 102, turns: 102, paragraphs: 111 });
		expect(all.speakerShare.map((r) => [r.speaker, r.turns, r.units])).toEqual([
			['stebbings', 47, 2622],
			['altman', 36, 7170],
			['lightcap', 19, 3673]
		]);
		const perTheme = (id: string) => all.heatmap.filter((c) => c.topic === id).reduce((n, c) => n + c.count, 0);
		expect(['compute', 'cost', 'gpt-n', 'enterprise'].map(perTheme)).toEqual([9, 10, 15, 34]);
		// compute × cost: turns 29 and 31 mention both.
		expect(all.matrix.find((c) => c.a === 'compute' && c.b === 'cost')!.turnIds).toEqual(['t29', 't31']);
	});

	it('a term counts like a theme: 机器人 three times, found by a plain search of the turns', () => {
		const robot = view({ terms: ['机器人'] });
		const byScan = analysis.turns.flatMap((t) => t.paragraphs).reduce((n, p) => n + p.text.split('机器人').length - 1, 0);
		expect(byScan).toBe(3);
		expect(robot.terms).toEqual([{ term: '机器人', topic: 'term:机器人', mentions: 3, turns: robot.quoteSummary.turns }]);
		expect(robot.quoteSummary.unit).toBe('mentions');
		expect(robot.quoteSummary.count).toBe(3);
		for (const quote of robot.quotes) expect(quote.paragraph.text).toContain('机器人');
		// The heatmap gains a column for it, per section; its cells add up to the same 3.
		expect(robot.heatmap.filter((c) => c.topic === 'term:机器人').reduce((n, c) => n + c.count, 0)).toBe(3);
	});

	it('an English term matches case-insensitively on word boundaries: “openai” finds OpenAI 27 times', () => {
		const found = view({ terms: ['openai'] });
		expect(found.terms[0]!.mentions).toBe(27);
		for (const quote of found.quotes) expect(quote.paragraph.text.toLowerCase()).toContain('openai');
	});

	it('two terms: a paragraph with either is a quote', () => {
		const both = view({ terms: ['机器人', '芯片'] });
		const expected = analysis.turns
			.flatMap((t) => t.paragraphs)
			.filter((p) => p.text.includes('机器人') || p.text.includes('芯片'))
			.map((p) => p.id);
		expect(both.quotes.map((q) => q.paragraph.id)).toEqual(expected);
	});
});

describe('counts agree with the mark that was clicked', () => {
	it('every heatmap cell selects quotes whose mention count is the number on the cell', () => {
		for (const cell of view({ speaker: 'altman' }).heatmap.filter((c) => c.count > 0)) {
			const picked = view({ speaker: 'altman', cell: { section: cell.section, topic: cell.topic } });
			expect(picked.quoteSummary.unit).toBe('mentions');
			expect(picked.quoteSummary.count).toBe(cell.count);
			for (const quote of picked.quotes) {
				expect(quote.turn.section).toBe(cell.section);
				expect(quote.turn.speaker).toBe('altman');
				expect(quote.mentions.some((m) => m.topic === cell.topic)).toBe(true);
			}
		}
	});

	it('every matrix cell selects exactly the turns it counts, each mentioning both themes', () => {
		for (const cell of view({ speaker: 'lightcap' }).matrix.filter((c) => c.count > 0)) {
			const picked = view({ speaker: 'lightcap', pair: [cell.a, cell.b] });
			expect(picked.quoteSummary).toMatchObject({ unit: 'turns', count: cell.count });
			expect([...picked.turnIds]).toEqual(cell.turnIds);
			for (const id of picked.turnIds) {
				expect(analysis.turns.find((t) => t.id === id)!.speaker).toBe('lightcap');
				expect(themesOf(id).has(cell.a) && themesOf(id).has(cell.b)).toBe(true);
			}
		}
	});

	it('a speaker bar counts the turns its click selects, under a section and a term too', () => {
		const filtered = view({ section: 5, terms: ['OpenAI'] });
		for (const row of filtered.speakerShare) {
			const picked = view({ section: 5, terms: ['OpenAI'], speaker: row.speaker });
			expect(picked.quoteSummary.turns).toBe(row.turns);
			// The same turns, found by a plain loop over the text.
			const byLoop = analysis.turns.filter((t) => t.section === 5 && t.speaker === row.speaker && /openai/i.test(textOf(t.id)));
			expect(row.turns).toBe(byLoop.length);
		}
	});

	it('a selection nothing matches gives empty quotes and zero shares, not NaN', () => {
		const none = view({ section: 2, pair: ['compute', 'gpt-n'], speaker: 'stebbings' });
		expect(none.quotes).toEqual([]);
		expect(none.speakerShare.every((row) => Number.isFinite(row.share))).toBe(true);
		expect(none.heatmap.every((cell) => Number.isFinite(cell.per10k))).toBe(true);
	});
});

describe('what the view answers for the components', () => {
	it('emphasises the selected topics and numbers each quote’s paragraph within its turn', () => {
		const v = view({ cell: { section: 3, topic: 'cost' }, terms: ['芯片'] });
		expect([...v.emphasised].sort()).toEqual(['cost', 'term:芯片']);
		for (const quote of v.quotes) {
			expect(quote.turn.paragraphs[quote.paragraphNumber - 1]!.id).toBe(quote.paragraph.id);
		}
		// Turn 13 has three paragraphs in the transcript: its third is numbered 3.
		const third = view({}).quotes.find((q) => q.turn.id === 't13' && q.paragraph === q.turn.paragraphs[2]);
		expect(third?.paragraphNumber).toBe(3);
	});
});
