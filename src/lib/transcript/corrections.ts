/**
 * Corrections from the metadata, applied to the turns as parsed and before any figure is
 * computed: a turn given to another speaker (reassign), consecutive turns joined (merge), a turn
 * cut before one of its paragraphs (split). Knows nothing about Svelte, the DOM or the file system.
 *
 * Every correction names turns by their source number (1-based, as parsed), whatever the other
 * corrections do, so an editor can write them in any order. A source turn may be merged once, or
 * reassigned once and split at any number of distinct paragraphs; a reassign then applies to the
 * part before the first cut. Anything else is refused with the correction's position.
 */
import { ParleyInputError } from './errors';
import type { ParsedParagraph } from './parse';
import type { AppliedCorrection, MetaCorrection, TurnCorrection } from './types';

/** A turn as parsed, with the speaker its label names. */
export interface SourceTurn {
	label: string;
	speaker: string;
	section: number;
	line: number;
	paragraphs: ParsedParagraph[];
}

/** A turn as corrected; its position in the list is its order (its id is given later). */
export interface CorrectedTurn {
	speaker: string;
	section: number;
	line: number;
	paragraphs: ParsedParagraph[];
	corrected?: TurnCorrection;
}

/** AppliedCorrection before turn ids exist: turns are positions in CorrectedTurn[]. */
export interface PendingCorrection extends Omit<AppliedCorrection, 'turn' | 'turns'> {
	turn: number;
	turns: number[];
}

export interface CorrectionResult {
	turns: CorrectedTurn[];
	corrections: PendingCorrection[];
}

/** The kind of a correction, told by its key. */
function kindOf(correction: MetaCorrection): AppliedCorrection['kind'] {
	return 'turn' in correction ? 'reassign' : 'merge' in correction ? 'merge' : 'split';
}

function describe(correction: MetaCorrection): string {
	if ('turn' in correction) return `reassign of turn ${correction.turn}`;
	if ('merge' in correction) return `merge of turns ${correction.merge.join(', ')}`;
	return `split of turn ${correction.split} at paragraph ${correction.atParagraph}`;
}

/** What a source turn is subject to, by position of the correction. */
interface Plan {
	merge?: number;
	reassign?: number;
	/** Cuts: paragraph (1-based) → correction position. */
	splits: Map<number, number>;
}

/**
 * @param turns the turns as parsed, in order (source turn n is turns[n - 1])
 * @param speakerIds the ids a correction may attribute text to
 */
export function applyCorrections(
	turns: readonly SourceTurn[],
	corrections: readonly MetaCorrection[],
	speakerIds: readonly string[]
): CorrectionResult {
	const plans = turns.map((): Plan => ({ splits: new Map() }));
	const fail = (position: number, detail: string): never => {
		throw new ParleyInputError('invalid-correction', `corrections[${position}] (${describe(corrections[position]!)}): ${detail}`);
	};
	const sourceTurn = (position: number, number: number): SourceTurn =>
		turns[number - 1] ?? fail(position, `turn ${number} does not exist: the transcript has ${turns.length} turn${turns.length === 1 ? '' : 's'}.`);
	const checkSpeaker = (position: number, speaker: string | undefined) => {
		if (speaker !== undefined && !speakerIds.includes(speaker)) {
			fail(position, `"${speaker}" is not a speaker of this transcript (speakers: ${speakerIds.join(', ')}).`);
		}
	};
	const taken = (position: number, number: number, by: number | undefined, what: string) => {
		if (by !== undefined) fail(position, `turn ${number} is already ${what} by corrections[${by}] (${describe(corrections[by]!)}).`);
	};

	corrections.forEach((correction, position) => {
		checkSpeaker(position, correction.speaker);
		if ('turn' in correction) {
			const turn = sourceTurn(position, correction.turn);
			const plan = plans[correction.turn - 1]!;
			taken(position, correction.turn, plan.merge, 'merged');
			taken(position, correction.turn, plan.reassign, 'reassigned');
			if (turn.speaker === correction.speaker) {
				fail(position, `turn ${correction.turn} (line ${turn.line}, labelled "${turn.label}") is already attributed to "${correction.speaker}": is the turn number right?`);
			}
			plan.reassign = position;
		} else if ('merge' in correction) {
			const members = correction.merge.map((number) => sourceTurn(position, number));
			const sections = new Set(members.map((turn) => turn.section));
			if (sections.size > 1) {
				fail(position, `turns ${correction.merge.join(', ')} are in different sections (${[...sections].join(', ')}); a turn cannot cross a section heading.`);
			}
			for (const number of correction.merge) {
				const plan = plans[number - 1]!;
				taken(position, number, plan.merge, 'merged');
				taken(position, number, plan.reassign, 'reassigned');
				taken(position, number, [...plan.splits.values()][0], 'split');
				plan.merge = position;
			}
		} else {
			const turn = sourceTurn(position, correction.split);
			const plan = plans[correction.split - 1]!;
			taken(position, correction.split, plan.merge, 'merged');
			if (correction.atParagraph > turn.paragraphs.length) {
				fail(
					position,
					`turn ${correction.split} (line ${turn.line}) has ${turn.paragraphs.length} paragraph${turn.paragraphs.length === 1 ? '' : 's'}: there is no paragraph ${correction.atParagraph} to cut before.`
				);
			}
			taken(position, correction.split, plan.splits.get(correction.atParagraph), `cut at paragraph ${correction.atParagraph}`);
			plan.splits.set(correction.atParagraph, position);
		}
	});

	const corrected: CorrectedTurn[] = [];
	// In the metadata's order; where each lands is filled in below.
	const pending: PendingCorrection[] = corrections.map((correction) => ({
		kind: kindOf(correction),
		reason: correction.reason,
		turn: -1,
		turns: [],
		speaker: correction.speaker ?? '',
		source: [],
		...('split' in correction ? { atParagraph: correction.atParagraph } : {}),
		line: 0
	}));
	const sourceOf = (number: number) => {
		const turn = turns[number - 1]!;
		return { turn: number, label: turn.label, speaker: turn.speaker, line: turn.line };
	};

	for (let number = 1; number <= turns.length; number++) {
		const turn = turns[number - 1]!;
		const plan = plans[number - 1]!;
		if (plan.merge !== undefined) {
			const members = (corrections[plan.merge] as { merge: number[] }).merge;
			if (members[0] !== number) continue; // joined into the turn made at the first member
			const entry = pending[plan.merge]!;
			entry.speaker ||= turn.speaker;
			entry.source = members.map(sourceOf);
			entry.line = turn.line;
			entry.turn = corrected.length;
			entry.turns = [corrected.length];
			corrected.push({
				speaker: entry.speaker,
				section: turn.section,
				line: turn.line,
				paragraphs: members.flatMap((member) => turns[member - 1]!.paragraphs),
				corrected: { corrections: [plan.merge], sourceTurns: [...members] }
			});
			continue;
		}
		if (plan.reassign === undefined && plan.splits.size === 0) {
			corrected.push({ speaker: turn.speaker, section: turn.section, line: turn.line, paragraphs: turn.paragraphs });
			continue;
		}

		// Pieces: before the first cut, then from each cut to the next.
		const cuts = [...plan.splits.keys()].sort((a, b) => a - b);
		const starts = [1, ...cuts];
		starts.forEach((first, piece) => {
			const last = (starts[piece + 1] ?? turn.paragraphs.length + 1) - 1;
			const madeBy = piece === 0 ? plan.reassign : plan.splits.get(first)!;
			const cutBy = piece + 1 < starts.length ? plan.splits.get(starts[piece + 1]!)! : undefined;
			const speaker = madeBy === undefined ? turn.speaker : pending[madeBy]!.speaker;
			const position = corrected.length;
			if (madeBy !== undefined) {
				const entry = pending[madeBy]!;
				entry.source = [sourceOf(number)];
				entry.line = piece === 0 ? turn.line : turn.paragraphs[first - 1]!.line;
				entry.turn = position;
				entry.turns = piece === 0 ? [position] : [position - 1, position];
			}
			const by = [madeBy, cutBy].filter((value): value is number => value !== undefined).sort((a, b) => a - b);
			const paragraphs = turn.paragraphs.slice(first - 1, last);
			corrected.push({
				speaker,
				section: turn.section,
				line: piece === 0 ? turn.line : paragraphs[0]!.line,
				paragraphs,
				corrected: {
					corrections: by,
					sourceTurns: [number],
					...(cuts.length > 0 ? { sourceParagraphs: { first, last } } : {})
				}
			});
		});
	}
	return { turns: corrected, corrections: pending };
}
