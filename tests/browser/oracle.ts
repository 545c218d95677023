/**
 * What the dashboard should show for a URL, worked out a second way: plain loops over the
 * analysed turns and mentions, with none of the page's selection or view code. The browser
 * tests compare the page with this, so a wrong filter in the page cannot agree with itself.
 * Terms are matched with String.includes: the tests use Chinese terms only, where that is the
 * rule (no word boundaries), and lower-case Latin ones.
 */
import type { Analysis, Turn } from '../../src/lib/transcript/types';

interface Clauses {
	speaker?: string;
	section?: number;
	cell?: { section: number; topic: string };
	pair?: [string, string];
	terms: string[];
}

type ClauseName = 'speaker' | 'section' | 'cell' | 'pair' | 'terms';

export interface Expected {
	/** Paragraph ids of the quote panel, in order. */
	quotes: string[];
	/** Turns in the selection. */
	turns: number;
	/** Turns per speaker on the speaking-share chart. */
	speakerTurns: Map<string, number>;
	/** Heatmap figures by `${section}|${topic}`. */
	heatmap: Map<string, number>;
	/** Matrix figures by `${a}|${b}` (a before b in theme order). */
	matrix: Map<string, number>;
}

/** The clauses of a URL; ids the transcript does not have are left out, as the page must. */
function clausesOf(analysis: Analysis, search: string): Clauses {
	const params = new URLSearchParams(search);
	const cell = params.get('cell');
	const pair = params.get('pair');
	const comma = cell?.indexOf(',') ?? -1;
	const speaker = params.get('speaker');
	const section = Number(params.get('section') ?? NaN);
	return {
		speaker: analysis.speakers.some((s) => s.id === speaker) ? speaker! : undefined,
		section: analysis.sections.some((s) => s.index === section) ? section : undefined,
		cell: cell ? { section: Number(cell.slice(0, comma)), topic: cell.slice(comma + 1) } : undefined,
		pair: pair ? (pair.split(',') as [string, string]) : undefined,
		terms: params.getAll('term')
	};
}

export function expectedFor(analysis: Analysis, search: string): Expected {
	const clauses = clausesOf(analysis, search);
	const themeIds = analysis.themes.map((theme) => theme.id);
	const paragraphHas = (paragraphId: string, text: string, topic: string) =>
		topic.startsWith('term:')
			? text.toLowerCase().includes(topic.slice(5).toLowerCase())
			: analysis.mentions.some((m) => m.paragraph === paragraphId && m.theme === topic);
	const turnHas = (turn: Turn, topic: string) => turn.paragraphs.some((p) => paragraphHas(p.id, p.text, topic));

	const passes = (turn: Turn, except?: ClauseName) =>
		(except === 'speaker' || clauses.speaker === undefined || turn.speaker === clauses.speaker) &&
		(except === 'section' || clauses.section === undefined || turn.section === clauses.section) &&
		(except === 'cell' || clauses.cell === undefined || (turn.section === clauses.cell.section && turnHas(turn, clauses.cell.topic))) &&
		(except === 'pair' || clauses.pair === undefined || clauses.pair.every((theme) => turnHas(turn, theme))) &&
		(except === 'terms' || clauses.terms.length === 0 || clauses.terms.some((term) => turnHas(turn, `term:${term}`)));

	const selectedTopics = [
		...(clauses.cell ? [clauses.cell.topic] : []),
		...(clauses.pair ?? []),
		...clauses.terms.map((term) => `term:${term}`)
	];
	const quotes: string[] = [];
	let turns = 0;
	for (const turn of analysis.turns) {
		if (!passes(turn)) continue;
		turns++;
		for (const p of turn.paragraphs) {
			if (selectedTopics.length === 0 || selectedTopics.some((topic) => paragraphHas(p.id, p.text, topic))) quotes.push(p.id);
		}
	}

	const speakerTurns = new Map(analysis.speakers.map((s) => [s.id, 0]));
	for (const turn of analysis.turns) if (passes(turn, 'speaker')) speakerTurns.set(turn.speaker, speakerTurns.get(turn.speaker)! + 1);

	const heatmap = new Map<string, number>();
	const topics = [...themeIds, ...clauses.terms.map((term) => `term:${term}`)];
	for (const section of analysis.sections) for (const topic of topics) heatmap.set(`${section.index}|${topic}`, 0);
	for (const turn of analysis.turns) {
		if (!passes(turn, 'cell')) continue;
		for (const p of turn.paragraphs) {
			for (const m of analysis.mentions) if (m.paragraph === p.id) heatmap.set(`${turn.section}|${m.theme}`, heatmap.get(`${turn.section}|${m.theme}`)! + 1);
			for (const term of clauses.terms) {
				const count = p.text.toLowerCase().split(term.toLowerCase()).length - 1;
				heatmap.set(`${turn.section}|term:${term}`, heatmap.get(`${turn.section}|term:${term}`)! + count);
			}
		}
	}

	const matrix = new Map<string, number>();
	for (const [i, a] of themeIds.entries()) {
		for (const b of themeIds.slice(i)) {
			matrix.set(`${a}|${b}`, analysis.turns.filter((turn) => passes(turn, 'pair') && turnHas(turn, a) && turnHas(turn, b)).length);
		}
	}
	return { quotes, turns, speakerTurns, heatmap, matrix };
}
