/**
 * Measured time: where every turn as parsed has a start (subtitle cues, or timestamps in a text
 * transcript), each turn's start and end in seconds, after the metadata's corrections. Knows
 * nothing about Svelte, the DOM or the file system.
 *
 * A turn with an end (a subtitle turn: its last cue's end) lasts to it; a turn without one lasts
 * to the next turn's start; the last such turn is estimated from its units at the speaking rate
 * (and a warning says so). A corrected turn starts where its first paragraph starts and ends where
 * its last one ends; within a source turn, paragraphs share its time by their units (exact at the
 * turn's edges, so only a split turn's cut is interpolated).
 */
import type { ParsedParagraph, ParsedTurn } from './parse';
import type { Warning } from './types';
import { round6 } from './units';

export interface TimeSpan {
	/** Seconds from the start of the recording. */
	start: number;
	end: number;
}

export interface Measured {
	/** One span per corrected turn, in order; null when the transcript is not timed throughout. */
	spans: TimeSpan[] | null;
	warnings: Warning[];
}

/**
 * @param source the turns as parsed
 * @param corrected the turns after corrections (their paragraphs are the parsed paragraph objects)
 * @param unitsOf content units of a paragraph
 * @param unitsPerMinute the speaking rate, for the last turn of a timestamped text
 */
export function measureTurns(
	source: readonly ParsedTurn[],
	corrected: readonly { paragraphs: readonly ParsedParagraph[]; line: number }[],
	unitsOf: (paragraph: ParsedParagraph) => number,
	unitsPerMinute: number
): Measured {
	const warnings: Warning[] = [];
	if (source.length === 0 || source.some((turn) => turn.time === undefined)) return { spans: null, warnings };

	const spanOfParagraph = new Map<ParsedParagraph, TimeSpan>();
	const spanOfTurn = new Map<readonly ParsedParagraph[], TimeSpan>();
	for (const [index, turn] of source.entries()) {
		const start = turn.time!;
		const next = source[index + 1];
		const units = turn.paragraphs.reduce((sum, paragraph) => sum + unitsOf(paragraph), 0);
		let end = turn.end ?? next?.time;
		if (end === undefined) {
			end = start + (units / unitsPerMinute) * 60;
			warnings.push({
				code: 'last-turn-estimated',
				message: `The last turn has a start time but no end: its length is estimated from its ${units} units at ${unitsPerMinute} a minute.`,
				line: turn.line
			});
		}
		if (end < start) {
			return {
				spans: null,
				warnings: [
					{
						code: 'times-out-of-order',
						message: 'A turn starts before the turn ahead of it: the times are not in order, so minutes are estimated from the text instead.',
						line: next?.line ?? turn.line
					}
				]
			};
		}
		spanOfTurn.set(turn.paragraphs, { start: round6(start), end: round6(end) });
		let before = 0;
		turn.paragraphs.forEach((paragraph, p) => {
			const share = (count: number) => (units > 0 ? count / units : p / turn.paragraphs.length);
			const own = unitsOf(paragraph);
			const from = start + (end - start) * share(before);
			before += own;
			const to = units > 0 ? start + (end - start) * share(before) : start + ((end - start) * (p + 1)) / turn.paragraphs.length;
			spanOfParagraph.set(paragraph, { start: round6(from), end: round6(to) });
		});
		// The turn's own edges, exactly, whatever the rounding inside.
		const first = turn.paragraphs[0];
		const last = turn.paragraphs[turn.paragraphs.length - 1];
		if (first) spanOfParagraph.get(first)!.start = round6(start);
		if (last) spanOfParagraph.get(last)!.end = round6(end);
	}

	const spans: TimeSpan[] = [];
	for (const turn of corrected) {
		const whole = spanOfTurn.get(turn.paragraphs);
		const first = turn.paragraphs[0] && spanOfParagraph.get(turn.paragraphs[0]);
		const last = turn.paragraphs.length > 0 ? spanOfParagraph.get(turn.paragraphs[turn.paragraphs.length - 1]!) : undefined;
		const span = whole ?? (first && last ? { start: first.start, end: last.end } : undefined);
		if (!span) {
			warnings.push({ code: 'turn-not-timed', message: 'A corrected turn with no text has no time: minutes are estimated from the text instead.', line: turn.line });
			return { spans: null, warnings };
		}
		spans.push({ ...span });
	}
	return { spans, warnings };
}
