/**
 * Sections for a transcript without headings: the conversation cut into a few meaningful segments,
 * each titled by its first words. Knows nothing about Svelte, the DOM or the file system.
 *
 * How (Analysis.sectioning):
 * - 'questions': a segment starts at each host's question that opens a new topic, that is a host
 *   turn with a question that follows another speaker's turn. Used when that gives at least
 *   SEGMENT_BOUNDS.min segments; with more than SEGMENT_BOUNDS.max, the openings kept are those
 *   nearest to equal shares of the talk (in content units), so the segments stay comparable.
 * - 'equal': otherwise (no host, or too few such questions), SEGMENT_BOUNDS.max parts of about
 *   equal running length (content units), cut at the first turn that starts past each share.
 * Never more segments than half the turns (at least two turns a segment, so a short conversation
 * gets fewer than SEGMENT_BOUNDS.min); fewer than four turns are one segment.
 */
import type { ParsedSection } from './parse';
import type { Turn } from './types';

export type Sectioning = 'headings' | 'questions' | 'equal';

export const SEGMENT_BOUNDS = { min: 4, max: 8 } as const;

/** Title length: the first words of a segment, at most this many words (English) or characters (Chinese). */
export const TITLE_WORDS = 6;
export const TITLE_CHARS = 12;

export type SegmentTurn = Pick<Turn, 'speaker' | 'units' | 'questions' | 'line'> & { text: string };

export interface Segmentation {
	sectioning: Exclude<Sectioning, 'headings'>;
	/** Sections numbered from 1, in order; `number` is '' (they are not written in the text). */
	sections: ParsedSection[];
	/** Section index of each turn, in turn order. */
	sectionOf: number[];
}

/** "Good evening and welcome. Ms…" → "Good evening and welcome. Ms Smith,…": the first words, an ellipsis when cut. */
export function firstWords(text: string, language: 'zh' | 'en'): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (language === 'en') {
		const words = clean.split(' ');
		return words.length <= TITLE_WORDS ? clean : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
	}
	const chars = [...clean];
	return chars.length <= TITLE_CHARS ? clean : `${chars.slice(0, TITLE_CHARS).join('')}…`;
}

export function segmentTurns(turns: readonly SegmentTurn[], hosts: readonly string[], language: 'zh' | 'en'): Segmentation {
	const most = Math.min(SEGMENT_BOUNDS.max, Math.floor(turns.length / 2));
	const hostSet = new Set(hosts);
	// Openings: a host's question after someone else spoke (turn 0 always starts the first segment).
	const openings = turns.flatMap((turn, i) =>
		i > 0 && hostSet.has(turn.speaker) && turn.questions > 0 && !hostSet.has(turns[i - 1]!.speaker) ? [i] : []
	);
	const cumulative: number[] = [];
	let running = 0;
	for (const turn of turns) {
		cumulative.push(running); // units before this turn
		running += turn.units;
	}
	const total = running;

	let starts: number[];
	let sectioning: Segmentation['sectioning'];
	if (most >= SEGMENT_BOUNDS.min && openings.length + 1 >= SEGMENT_BOUNDS.min) {
		sectioning = 'questions';
		starts = [0, ...nearestTo(openings, cumulative, total, Math.min(most, openings.length + 1))];
	} else {
		sectioning = 'equal';
		const parts = Math.max(1, most);
		starts = [0];
		for (let k = 1; k < parts; k++) {
			const target = (total * k) / parts;
			// The first turn that starts at or after the target, after the previous start.
			let at = cumulative.findIndex((before, i) => i > starts[starts.length - 1]! && before >= target);
			if (at === -1) at = turns.length;
			if (at < turns.length) starts.push(at);
		}
	}
	starts = [...new Set(starts)].sort((a, b) => a - b);

	const sectionOf: number[] = [];
	let section = 0;
	turns.forEach((_, i) => {
		if (section < starts.length && starts[section] === i) section++;
		sectionOf.push(section);
	});
	const sections = starts.map((start, k) => ({
		index: k + 1,
		number: '',
		title: firstWords(turns[start]?.text ?? '', language),
		line: turns[start]?.line ?? 0
	}));
	return { sectioning, sections, sectionOf };
}

/** `count - 1` of the candidate turns, each the nearest still free to an equal share of the talk. */
function nearestTo(candidates: readonly number[], before: readonly number[], total: number, count: number): number[] {
	if (candidates.length <= count - 1) return [...candidates];
	const chosen = new Set<number>();
	for (let k = 1; k < count; k++) {
		const target = (total * k) / count;
		let best = -1;
		for (const candidate of candidates) {
			if (chosen.has(candidate)) continue;
			if (best === -1 || Math.abs(before[candidate]! - target) < Math.abs(before[best]! - target)) best = candidate;
		}
		if (best !== -1) chosen.add(best);
	}
	return [...chosen].sort((a, b) => a - b);
}
