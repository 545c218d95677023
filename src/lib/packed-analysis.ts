/**
 * The turns and mentions a chart page is sent, in columns of numbers instead of one object each.
 * As objects, every turn repeats eleven key names and every mention eight, with ids that follow
 * from its position (`t12`, `t12-p2`) and a speaker and section its turn already has: 35 MB for a
 * 50 MB transcript, a fifth of that packed. The server packs (packDashboard), the page unpacks
 * once (unpackDashboard) and draws from plain objects as before. Pure; runs in Node and the browser.
 */
import type { DashboardAnalysis } from './page-data';
import type { Mention, Paragraph, Turn, TurnCorrection } from './transcript/types';

/** Numbers per turn in PackedTurns.turns: speaker position, section, line, units, chars, questions, paragraphs. */
const TURN_WIDTH = 7;
/** Numbers per paragraph: line, units, text length. */
const PARAGRAPH_WIDTH = 3;
/** Numbers per mention: theme position, term position, turn position, paragraph position in its turn, start, end, text position. */
const MENTION_WIDTH = 7;

/** Every key a turn or a paragraph may have: a key not listed here would be lost in packing, so packing refuses it. */
const TURN_KEYS = new Set<string>(['id', 'index', 'speaker', 'section', 'line', 'paragraphs', 'units', 'chars', 'questions', 'corrected', 'start', 'end'] satisfies (keyof Turn)[]);
const PARAGRAPH_KEYS = new Set<string>(['id', 'text', 'line', 'units', 'textLength'] satisfies (keyof Paragraph)[]);

export interface PackedTurns {
	/** TURN_WIDTH numbers a turn, in order; the turn at position i has index i + 1 and id `t{i+1}`. */
	turns: number[];
	/** PARAGRAPH_WIDTH numbers a paragraph, turn after turn; paragraph k of turn t has id `t{t}-p{k}`. */
	paragraphs: number[];
	/** Each paragraph's text, when the page gets text (else every paragraph keeps only its length). */
	texts?: string[];
	/** Seconds, when the timing is measured: start and end a turn, in turn order (null where a turn has none). */
	times?: (number | null)[];
	/** turn position → its correction, for the few turns a correction changed. */
	corrected?: Record<number, TurnCorrection>;
	/** MENTION_WIDTH numbers a mention, in the analysis's order. */
	mentions: number[];
	/** The terms and the matched texts the mentions point at, each once. */
	terms: string[];
	matched: string[];
}

export type PackedDashboard = Omit<DashboardAnalysis, 'turns' | 'mentions'> & { packed: PackedTurns };

/** A value's position in `list`, adding it the first time it is seen. */
function positionIn(list: string[], positions: Map<string, number>, value: string): number {
	let position = positions.get(value);
	if (position === undefined) {
		positions.set(value, (position = list.length));
		list.push(value);
	}
	return position;
}

function packError(what: string): Error {
	return new Error(`cannot pack the dashboard's turns: ${what} (a change to the Turn type needs a change to packed-analysis.ts)`);
}

/**
 * `analysis` with its turns and mentions in columns. Ids, speakers and sections must follow from
 * positions as the parser makes them; anything else is a bug, and throws rather than ship wrong data.
 */
export function packDashboard(analysis: DashboardAnalysis): PackedDashboard {
	const { turns, mentions, ...rest } = analysis;
	const speakerPosition = new Map(analysis.speakers.map((speaker, i) => [speaker.id, i]));
	const themePosition = new Map(analysis.themes.map((theme, i) => [theme.id, i]));
	const withText = turns.every((turn) => turn.paragraphs.every((paragraph) => paragraph.textLength === undefined));
	const timed = turns.some((turn) => turn.start !== undefined || turn.end !== undefined);
	const packed: PackedTurns = { turns: [], paragraphs: [], mentions: [], terms: [], matched: [] };
	const texts: string[] = [];
	const times: (number | null)[] = [];
	const corrected: Record<number, TurnCorrection> = {};
	const turnPosition = new Map<string, number>();
	const paragraphPosition = new Map<string, number>();
	turns.forEach((turn, i) => {
		for (const key of Object.keys(turn)) if (!TURN_KEYS.has(key)) throw packError(`unknown turn field "${key}"`);
		if (turn.index !== i + 1 || turn.id !== `t${i + 1}`) throw packError(`turn ${turn.id} is at position ${i + 1}`);
		const speaker = speakerPosition.get(turn.speaker);
		if (speaker === undefined) throw packError(`turn ${turn.id} has an unknown speaker`);
		packed.turns.push(speaker, turn.section, turn.line, turn.units, turn.chars, turn.questions, turn.paragraphs.length);
		turn.paragraphs.forEach((paragraph, k) => {
			for (const key of Object.keys(paragraph)) if (!PARAGRAPH_KEYS.has(key)) throw packError(`unknown paragraph field "${key}"`);
			if (paragraph.id !== `${turn.id}-p${k + 1}`) throw packError(`paragraph ${paragraph.id} is paragraph ${k + 1} of ${turn.id}`);
			packed.paragraphs.push(paragraph.line, paragraph.units, paragraph.textLength ?? paragraph.text.length);
			if (withText) texts.push(paragraph.text);
			paragraphPosition.set(paragraph.id, k);
		});
		if (timed) times.push(turn.start ?? null, turn.end ?? null);
		if (turn.corrected) corrected[i] = turn.corrected;
		turnPosition.set(turn.id, i);
	});
	const termPositions = new Map<string, number>();
	const matchedPositions = new Map<string, number>();
	for (const mention of mentions) {
		const turn = turnPosition.get(mention.turn);
		const paragraph = paragraphPosition.get(mention.paragraph);
		const theme = themePosition.get(mention.theme);
		if (turn === undefined || paragraph === undefined || theme === undefined) throw packError(`a mention points at an unknown turn, paragraph or theme (${mention.paragraph}, ${mention.theme})`);
		if (mention.speaker !== turns[turn]!.speaker || mention.section !== turns[turn]!.section) throw packError(`a mention in ${mention.turn} has another speaker or section than its turn`);
		packed.mentions.push(
			theme,
			positionIn(packed.terms, termPositions, mention.term),
			turn,
			paragraph,
			mention.start,
			mention.end,
			positionIn(packed.matched, matchedPositions, mention.text)
		);
	}
	if (withText) packed.texts = texts;
	if (timed) packed.times = times;
	if (Object.keys(corrected).length > 0) packed.corrected = corrected;
	return { ...rest, packed };
}

const unpacked = new WeakMap<PackedDashboard, DashboardAnalysis>();

/** The analysis packDashboard packed, as plain objects again (once per packed object). */
export function unpackDashboard(analysis: PackedDashboard): DashboardAnalysis {
	const known = unpacked.get(analysis);
	if (known) return known;
	const { packed, ...rest } = analysis;
	const turns: Turn[] = [];
	let p = 0;
	for (let i = 0, at = 0; at < packed.turns.length; i++, at += TURN_WIDTH) {
		const id = `t${i + 1}`;
		const count = packed.turns[at + 6]!;
		const paragraphs: Paragraph[] = [];
		for (let k = 0; k < count; k++, p++) {
			const line = packed.paragraphs[p * PARAGRAPH_WIDTH]!;
			const units = packed.paragraphs[p * PARAGRAPH_WIDTH + 1]!;
			paragraphs.push(
				packed.texts
					? { id: `${id}-p${k + 1}`, text: packed.texts[p]!, line, units }
					: { id: `${id}-p${k + 1}`, text: '', line, units, textLength: packed.paragraphs[p * PARAGRAPH_WIDTH + 2]! }
			);
		}
		const turn: Turn = {
			id,
			index: i + 1,
			speaker: rest.speakers[packed.turns[at]!]!.id,
			section: packed.turns[at + 1]!,
			line: packed.turns[at + 2]!,
			paragraphs,
			units: packed.turns[at + 3]!,
			chars: packed.turns[at + 4]!,
			questions: packed.turns[at + 5]!
		};
		const corrected = packed.corrected?.[i];
		if (corrected) turn.corrected = corrected;
		const start = packed.times?.[2 * i];
		const end = packed.times?.[2 * i + 1];
		if (start !== undefined && start !== null) turn.start = start;
		if (end !== undefined && end !== null) turn.end = end;
		turns.push(turn);
	}
	const mentions: Mention[] = [];
	for (let at = 0; at < packed.mentions.length; at += MENTION_WIDTH) {
		const turn = turns[packed.mentions[at + 2]!]!;
		mentions.push({
			theme: rest.themes[packed.mentions[at]!]!.id,
			term: packed.terms[packed.mentions[at + 1]!]!,
			turn: turn.id,
			paragraph: turn.paragraphs[packed.mentions[at + 3]!]!.id,
			speaker: turn.speaker,
			section: turn.section,
			start: packed.mentions[at + 4]!,
			end: packed.mentions[at + 5]!,
			text: packed.matched[packed.mentions[at + 6]!]!
		});
	}
	const result: DashboardAnalysis = { ...rest, turns, mentions };
	unpacked.set(analysis, result);
	return result;
}
