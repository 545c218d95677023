/**
 * The view is computed from indexes (each speaker's, section's and topic's turns; figures over
 * every turn kept once). Oracle: the same figures recomputed here the plain way, a loop over every
 * turn and every mention for each selection, never through the view's helpers or its index; on the
 * real default transcript and on a generated one of 1,000 turns (bench.ts's generator).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCase } from '../../../scripts/bench';
import { dashboardAnalysis, type DashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { analyseFile } from '../../../src/lib/server/files';
import { EMPTY_SELECTION, type SelectionState } from '../../../src/lib/selection/state';
import { dashboardView, indexAnalysis } from '../../../src/lib/selection/view';
import type { Turn } from '../../../src/lib/transcript/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'parley-view-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function generated(turns: number): DashboardAnalysis {
	const path = join(folder, `generated-${turns}.txt`);
	writeFileSync(path, generateCase(`t${turns}`));
	return dashboardAnalysis(analyseFile(path, { defaultThemesPath: join(ROOT, 'src/content/themes.json') }).analysis);
}

/** A term's mentions in a text: non-overlapping occurrences, as a reader would count them (CJK terms only here). */
const occurrences = (text: string, term: string) => text.split(term).length - 1;

/** Everything the oracle needs, by a plain loop over the analysis. */
function plainFigures(analysis: DashboardAnalysis, selection: SelectionState) {
	const topicsOf = (turn: Turn) => {
		const topics = new Set(analysis.mentions.filter((mention) => mention.turn === turn.id).map((mention) => mention.theme));
		for (const term of selection.terms) if (turn.paragraphs.some((p) => occurrences(p.text, term) > 0)) topics.add(`term:${term}`);
		return topics;
	};
	// Which clause each view ignores: written out here, not read from CLAUSE_SOURCE.
	const passes = (turn: Turn, ignore: string) => {
		const topics = topicsOf(turn);
		if (ignore !== 'speaker' && selection.speaker !== null && turn.speaker !== selection.speaker) return false;
		if (ignore !== 'section' && selection.section !== null && turn.section !== selection.section) return false;
		if (ignore !== 'cell' && selection.cell && !(turn.section === selection.cell.section && topics.has(selection.cell.topic))) return false;
		if (ignore !== 'pair' && selection.pair && !(topics.has(selection.pair[0]) && topics.has(selection.pair[1]))) return false;
		if (ignore !== 'terms' && selection.terms.length > 0 && !selection.terms.some((term) => topics.has(`term:${term}`))) return false;
		return true;
	};
	const turnsIgnoring = (ignore: string) => analysis.turns.filter((turn) => passes(turn, ignore));
	const ids = (turns: Turn[]) => new Set(turns.map((turn) => turn.id));

	const bySpeaker = turnsIgnoring('speaker');
	const bySection = turnsIgnoring('section');
	const heat = ids(turnsIgnoring('cell'));
	const pairTurns = turnsIgnoring('pair');
	const termTurns = turnsIgnoring('terms');
	const selected = turnsIgnoring('none');
	const emphasised = new Set([...(selection.cell ? [selection.cell.topic] : []), ...(selection.pair ?? []), ...selection.terms.map((t) => `term:${t}`)]);
	const themeIds = analysis.themes.map((theme) => theme.id);
	return {
		turnIds: selected.map((turn) => turn.id),
		speakerShare: analysis.speakers.map((speaker) => {
			const own = bySpeaker.filter((turn) => turn.speaker === speaker.id);
			return [speaker.id, own.length, own.reduce((sum, turn) => sum + turn.units, 0)];
		}),
		sectionSpeakers: analysis.sections.flatMap((section) =>
			analysis.speakers.map((speaker) => {
				const own = bySection.filter((turn) => turn.section === section.index && turn.speaker === speaker.id);
				return [section.index, speaker.id, own.length, own.reduce((sum, turn) => sum + turn.units, 0)];
			})
		),
		heatmap: analysis.sections.flatMap((section) =>
			themeIds.map((theme) => [section.index, theme, analysis.mentions.filter((m) => m.theme === theme && m.section === section.index && heat.has(m.turn)).length])
		),
		matrix: themeIds.flatMap((a, i) =>
			themeIds.slice(i).map((b) => {
				const both = pairTurns.filter((turn) => topicsOf(turn).has(a) && topicsOf(turn).has(b));
				return [a, b, both.length];
			})
		),
		terms: selection.terms.map((term) => {
			const counts = termTurns.map((turn) => turn.paragraphs.reduce((sum, p) => sum + occurrences(p.text, term), 0));
			return [term, counts.reduce((a, b) => a + b, 0), counts.filter((count) => count > 0).length];
		}),
		quotes: selected.flatMap((turn) =>
			turn.paragraphs
				.filter((paragraph) => {
					if (emphasised.size === 0) return true;
					const themes = analysis.mentions.filter((m) => m.paragraph === paragraph.id).map((m) => m.theme);
					const terms = selection.terms.filter((term) => occurrences(paragraph.text, term) > 0).map((term) => `term:${term}`);
					return [...themes, ...terms].some((topic) => emphasised.has(topic));
				})
				.map((paragraph) => paragraph.id)
		)
	};
}

function viewFigures(analysis: DashboardAnalysis, selection: SelectionState, index: ReturnType<typeof indexAnalysis>) {
	const view = dashboardView(analysis, selection, index);
	const themeIds = new Set(analysis.themes.map((theme) => theme.id));
	return {
		turnIds: [...view.turnIds],
		speakerShare: view.speakerShare.map((row) => [row.speaker, row.turns, row.units]),
		sectionSpeakers: view.sectionSpeakers.map((row) => [row.section, row.speaker, row.turns, row.units]),
		heatmap: view.heatmap.filter((cell) => themeIds.has(cell.topic)).map((cell) => [cell.section, cell.topic, cell.count]),
		matrix: view.matrix.map((cell) => [cell.a, cell.b, cell.count]),
		terms: view.terms.map((term) => [term.term, term.mentions, term.turns]),
		quotes: view.quotes.map((quote) => quote.paragraph.id)
	};
}

const select = (partial: Partial<SelectionState>): SelectionState => ({ ...EMPTY_SELECTION, terms: [], ...partial });

/** Several selections, from one clause to four at once, for a transcript's ids. */
function selections(analysis: DashboardAnalysis, term: string): SelectionState[] {
	const [first, second] = analysis.speakers.map((speaker) => speaker.id);
	const section = analysis.sections[Math.min(2, analysis.sections.length - 1)]!.index;
	const [a, b] = analysis.themes.map((theme) => theme.id);
	// A theme the section mentions, so its cell selects something.
	const inSection = analysis.mentions.find((mention) => mention.section === section)!.theme;
	return [
		select({}),
		select({ speaker: first! }),
		select({ section }),
		select({ cell: { section, topic: inSection } }),
		select({ pair: [a!, b!] }),
		select({ pair: [a!, a!] }),
		select({ terms: [term] }),
		select({ terms: [term, '成本'] }),
		select({ speaker: second!, section }),
		select({ speaker: first!, pair: [a!, b!], terms: [term] }),
		select({ speaker: first!, cell: { section, topic: `term:${term}` }, terms: [term] }),
		// Combinations may select nothing: the empty view is checked as well.
		// A click on another speaker after one: the second view reuses nothing it must not.
		select({ speaker: second! })
	];
}

describe.each([
	['the default transcript', () => dashboardAnalysis(loadAnalysis('altman-lightcap-20vc'))],
	['a generated transcript of 1,000 turns', () => generated(1000)]
])('the indexed view on %s', (_, load) => {
	const analysis = load();

	it.each(selections(analysis, '模型').map((selection) => [JSON.stringify(selection), selection] as const))('equals a plain recomputation for %s', (_, selection) => {
		// One index for the term list, as the page keeps one across clicks.
		const index = indexAnalysis(analysis, selection.terms);
		const expected = plainFigures(analysis, selection);
		expect(viewFigures(analysis, selection, index)).toEqual(expected);
		// Asked again with the same index (figures kept from the first time): still the same.
		expect(viewFigures(analysis, selection, index)).toEqual(expected);
	});

	it('keeps the oracle honest: each single clause selects something, and not everything', () => {
		const sizes = selections(analysis, '模型').map((selection) => plainFigures(analysis, selection).turnIds.length);
		expect(sizes[0]).toBe(analysis.turns.length);
		const single = sizes.slice(1, 8);
		expect(single.filter((size) => size > 0 && size < analysis.turns.length).length, String(sizes)).toBe(single.length);
	});
});

describe('hand-checked counts on the generated transcript', () => {
	it('has the turns and parts its generator writes: 1,000 turns, a part every 20 turns', () => {
		const analysis = generated(1000);
		const view = dashboardView(analysis, select({}));
		expect(view.turnIds.size).toBe(1000);
		expect(view.speakerShare.reduce((sum, row) => sum + row.turns, 0)).toBe(1000);
		// Part 3 holds turns 41 to 60: twenty turns, whoever speaks them.
		const third = analysis.sections.find((section) => /Part 3$/.test(section.title));
		if (third) expect(dashboardView(analysis, select({ section: third.index })).speakerShare.reduce((sum, row) => sum + row.turns, 0)).toBe(20);
	});
});
