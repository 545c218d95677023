/**
 * The conversation chart for a very long transcript: one mark and one link per turn is tens of
 * thousands of elements, too many to draw, tab through or name. Above BIN_ABOVE turns the turns
 * are grouped into about BIN_COUNT runs of consecutive turns; within a run each speaker gets one
 * mark as wide as all their turns in it (laid end to end in order of first speaking), so a
 * lane's marks still add up to that speaker's share, and one link to their first turn in the run.
 * Theme ticks become one per run and topic. Pure; knows nothing about Svelte or the DOM.
 */
import type { ConversationLayout, TopicTick, TurnSpan } from './chart-data';

/** Turns above which the chart draws runs of turns instead of turns. */
export const BIN_ABOVE = 1500;
/** Runs of consecutive turns drawn for a long transcript. */
export const BIN_COUNT = 200;

/** A speaker's turns in one run: `id`/`index` are the first of them (its link opens that turn). */
export interface BinSpan extends TurnSpan {
	/** Index of the run's first and last turn (whoever spoke them). */
	firstIndex: number;
	lastIndex: number;
	/** The speaker's turns in the run. */
	count: number;
}

export interface BinnedLayout extends Omit<ConversationLayout, 'turns'> {
	turns: BinSpan[];
}

export function binConversation(layout: ConversationLayout, bins: number = BIN_COUNT): BinnedLayout {
	const size = Math.max(1, Math.ceil(layout.turns.length / bins));
	const spans: BinSpan[] = [];
	const ticks: TopicTick[] = [];
	const runOfTurn = new Map<string, number>();
	for (let start = 0, run = 0; start < layout.turns.length; start += size, run++) {
		const turns = layout.turns.slice(start, start + size);
		const bySpeaker = new Map<string, BinSpan>();
		for (const turn of turns) {
			runOfTurn.set(turn.id, run);
			const span = bySpeaker.get(turn.speaker);
			if (!span) {
				bySpeaker.set(turn.speaker, {
					...turn,
					topics: [...turn.topics],
					x1: turn.x0 + (turn.x1 - turn.x0),
					firstIndex: turns[0]!.index,
					lastIndex: turns.at(-1)!.index,
					count: 1
				});
				continue;
			}
			span.units += turn.units;
			span.x1 += turn.x1 - turn.x0;
			span.count++;
			span.inView ||= turn.inView;
			for (const topic of turn.topics) if (!span.topics.includes(topic)) span.topics.push(topic);
		}
		// End to end from the run's start, each speaker as wide as their turns together.
		let x = turns[0]!.x0;
		for (const span of bySpeaker.values()) {
			const width = span.x1 - span.x0;
			span.x0 = x;
			span.x1 = x + width;
			x += width;
			spans.push(span);
		}
	}
	const tickOf = new Map<string, TopicTick>();
	for (const tick of layout.ticks) {
		const key = `${runOfTurn.get(tick.turn)}\u0000${tick.topic}`;
		const first = tickOf.get(key);
		if (first) first.inView ||= tick.inView;
		else {
			const copy = { ...tick };
			tickOf.set(key, copy);
			ticks.push(copy);
		}
	}
	return { ...layout, turns: spans, ticks };
}
