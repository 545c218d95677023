import { describe, expect, it } from 'vitest';
import { loadAnalysis } from '../../../src/lib/server/content';
import { EMPTY_SELECTION, type SelectionState } from '../../../src/lib/selection/state';
import { dashboardView, indexAnalysis } from '../../../src/lib/selection/view';

const analysis = loadAnalysis('altman-lightcap-20vc');
const index = indexAnalysis(analysis);
const view = (partial: Partial<SelectionState>) =>
	dashboardView(analysis, { ...EMPTY_SELECTION, ...partial }, index);
const speakerOf = new Map(analysis.turns.map((turn) => [turn.id, turn.speaker]));
const themesOf = (turnId: string) =>
	new Set(analysis.mentions.filter((m) => m.turn === turnId).map((m) => m.theme));

describe('dashboardView on the seed transcript', () => {
	it('with nothing selected, quotes every paragraph and repeats the analysis figures', () => {
		const all = view({});
		expect(all.quotes).toHaveLength(analysis.totals.paragraphs);
		expect(all.quoteCounts.turns).toBe(analysis.turns.length);
		for (const row of all.speakerShare) {
			const speaker = analysis.speakers.find((s) => s.id === row.speaker)!;
			expect(row.turns).toBe(speaker.turns);
			expect(row.share).toBeCloseTo(speaker.share, 6);
		}
		for (const cell of all.heatmap) {
			const figure = analysis.themeBySection.find((f) => f.theme === cell.theme && f.section === cell.section);
			expect(cell.count).toBe(figure?.count ?? 0);
		}
		for (const cell of all.matrix) {
			const figure = analysis.cooccurrence.find((c) => c.unit === 'turn' && c.a === cell.a && c.b === cell.b);
			expect(cell.turnIds).toEqual(figure?.ids);
		}
	});

	it('selecting 奥特曼 keeps only his quotes and turns the heatmap and matrix into his mentions', () => {
		const altman = view({ speaker: 'altman' });
		const his = analysis.turns.filter((t) => t.speaker === 'altman');
		expect(altman.quoteCounts.turns).toBe(his.length);
		expect(altman.quotes.every((q) => q.turn.speaker === 'altman')).toBe(true);
		expect(altman.quotes).toHaveLength(his.reduce((n, t) => n + t.paragraphs.length, 0));
		for (const cell of altman.heatmap) {
			const expected = analysis.mentions.filter(
				(m) => m.speaker === 'altman' && m.section === cell.section && m.theme === cell.theme
			).length;
			expect(cell.count).toBe(expected);
		}
		for (const cell of altman.matrix) {
			const expected = his.filter((t) => themesOf(t.id).has(cell.a) && themesOf(t.id).has(cell.b));
			expect(cell.turnIds).toEqual(expected.map((t) => t.id));
		}
		// The speaker chart owns the speaker clause: it still shows everybody.
		expect(altman.speakerShare.map((r) => r.turns)).toEqual(analysis.speakers.map((s) => s.turns));
	});

	it('every heatmap cell selects quotes whose mention count is the number on the cell', () => {
		for (const cell of view({}).heatmap.filter((c) => c.count > 0)) {
			const picked = view({ section: cell.section, theme: cell.theme });
			expect(picked.quoteCounts.mentions).toBe(cell.count);
			for (const quote of picked.quotes) {
				expect(quote.turn.section).toBe(cell.section);
				expect(quote.mentions.some((m) => m.theme === cell.theme)).toBe(true);
			}
		}
	});

	it('every matrix cell selects exactly the turns it counts, each mentioning both themes', () => {
		for (const cell of view({ speaker: 'lightcap' }).matrix.filter((c) => c.count > 0)) {
			const picked = view({ speaker: 'lightcap', pair: [cell.a, cell.b] });
			expect(picked.quoteCounts.turns).toBe(cell.count);
			expect([...picked.turnIds]).toEqual(cell.turnIds);
			for (const id of picked.turnIds) {
				expect(speakerOf.get(id)).toBe('lightcap');
				expect(themesOf(id).has(cell.a) && themesOf(id).has(cell.b)).toBe(true);
			}
		}
	});

	it('a speaker bar counts the turns its click selects, under a section filter too', () => {
		const inSection = view({ section: 7 });
		for (const row of inSection.speakerShare) {
			expect(view({ section: 7, speaker: row.speaker }).quoteCounts.turns).toBe(row.turns);
		}
		const total = inSection.speakerShare.reduce((sum, row) => sum + row.share, 0);
		expect(total).toBeCloseTo(1, 9);
	});

	it('section bars are not filtered by the speaker: the others are dimmed, not removed', () => {
		const rows = view({ speaker: 'altman' }).sectionSpeakers;
		for (const section of analysis.sections) {
			for (const speaker of section.speakers) {
				const row = rows.find((r) => r.section === section.index && r.speaker === speaker.speaker);
				expect(row?.units).toBe(speaker.units);
			}
		}
	});

	it('a selection nothing matches gives empty quotes and zero shares, not NaN', () => {
		const none = view({ section: 2, pair: ['compute', 'gpt-n'] });
		expect(none.quotes).toEqual([]);
		expect(none.speakerShare.every((row) => row.share === 0)).toBe(true);
		expect(none.heatmap.every((cell) => Number.isFinite(cell.per10k))).toBe(true);
	});
});
