/**
 * The conversation chart for a very long transcript: one mark and one link per turn is tens of
 * thousands of elements, too many to draw, tab through or name. Above BIN_ABOVE turns the turns
 * are grouped into about BIN_COUNT runs of consecutive turns; within a run each speaker gets one
 * mark as wide as all their turns in it (laid end to end in order of first speaking), so a
 * lane's marks still add up to that speaker's share, and one link to their first turn in the run.
 * Theme ticks become one per run and topic. Pure; knows nothing about Svelte or the DOM.
 */
import { withInView, type ConversationLayout, type TopicTick, type TurnSpan } from './chart-data';

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
	/** The turns each drawn span and tick stands for: it is in view when one of them is. */
	members: Map<BinSpan | TopicTick, string[]>;
}

export function binConversation(layout: ConversationLayout, bins: number = BIN_COUNT): BinnedLayout {
	const size = Math.max(1, Math.ceil(layout.turns.length / bins));
	const spans: BinSpan[] = [];
	const ticks: TopicTick[] = [];
	const runOfTurn = new Map<string, number>();
	const members = new Map<BinSpan | TopicTick, string[]>();
	for (let start = 0, run = 0; start < layout.turns.length; start += size, run++) {
		const turns = layout.turns.slice(start, start + size);
		const bySpeaker = new Map<string, BinSpan>();
		for (const turn of turns) {
			runOfTurn.set(turn.id, run);
			const span = bySpeaker.get(turn.speaker);
			if (!span) {
				const first: BinSpan = {
					...turn,
					topics: [...turn.topics],
					x1: turn.x0 + (turn.x1 - turn.x0),
					firstIndex: turns[0]!.index,
					lastIndex: turns.at(-1)!.index,
					count: 1
				};
				bySpeaker.set(turn.speaker, first);
				members.set(first, [turn.id]);
				continue;
			}
			members.get(span)!.push(turn.id);
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
		if (first) {
			first.inView ||= tick.inView;
			members.get(first)!.push(tick.turn);
		} else {
			const copy = { ...tick };
			tickOf.set(key, copy);
			ticks.push(copy);
			members.set(copy, [tick.turn]);
		}
	}
	return { ...layout, turns: spans, ticks, members };
}

/**
 * Runs binned from conversationGeometry (nothing in view) with those holding a turn `inView`
 * names in view: the same span objects click after click (see withInView).
 */
export function runsInView(runs: BinnedLayout, inView: (turnId: string) => boolean): BinnedLayout {
	const any = (item: BinSpan | TopicTick) => runs.members.get(item)!.some(inView);
	return { ...runs, turns: runs.turns.map((span) => withInView(span, any(span))), ticks: runs.ticks.map((tick) => withInView(tick, any(tick))) };
}
