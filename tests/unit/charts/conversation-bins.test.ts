/**
 * Runs of turns for a very long conversation chart: six turns in two runs of three, figures
 * worked out by hand (a speaker's marks in a run are as wide as their turns together, laid end
 * to end from the run's start in order of first speaking).
 */
import { describe, expect, it } from 'vitest';
import type { ConversationLayout, TurnSpan } from '../../../src/lib/charts/chart-data';
import { binConversation } from '../../../src/lib/charts/conversation-bins';

const turn = (index: number, speaker: string, x0: number, x1: number, topics: string[] = [], inView = true): TurnSpan => ({
	id: `t${index}`,
	index,
	speaker,
	section: index <= 3 ? 1 : 2,
	units: x1 - x0,
	x0,
	x1,
	colour: speaker,
	topics,
	inView
});

const layout: ConversationLayout = {
	turns: [turn(1, 'A', 0, 10, ['ai'], false), turn(2, 'B', 10, 15), turn(3, 'A', 15, 35, ['ai', 'chips']), turn(4, 'B', 35, 40), turn(5, 'B', 40, 50, ['ai']), turn(6, 'C', 50, 52)],
	ticks: [
		{ turn: 't1', topic: 'ai', x: 2, inView: false },
		{ turn: 't3', topic: 'ai', x: 20, inView: true },
		{ turn: 't3', topic: 'chips', x: 30, inView: true },
		{ turn: 't5', topic: 'ai', x: 45, inView: true }
	],
	sections: [],
	total: 52,
	timed: false
};

describe('binConversation', () => {
	const binned = binConversation(layout, 2);

	it('gives each speaker one mark per run, as wide as their turns, linking to their first turn', () => {
		expect(binned.turns.map((span) => [span.id, span.speaker, span.x0, span.x1, span.units, span.count, span.firstIndex, span.lastIndex])).toEqual([
			['t1', 'A', 0, 30, 30, 2, 1, 3],
			['t2', 'B', 30, 35, 5, 1, 1, 3],
			['t4', 'B', 35, 50, 15, 2, 4, 6],
			['t6', 'C', 50, 52, 2, 1, 4, 6]
		]);
	});

	it('keeps a run in view when any of its turns is, and every topic mentioned in it', () => {
		expect(binned.turns.map((span) => span.inView)).toEqual([true, true, true, true]);
		expect(binned.turns[0]!.topics).toEqual(['ai', 'chips']);
	});

	it('draws one tick per run and topic, in view if any of its mentions is', () => {
		expect(binned.ticks).toEqual([
			{ turn: 't1', topic: 'ai', x: 2, inView: true },
			{ turn: 't3', topic: 'chips', x: 30, inView: true },
			{ turn: 't5', topic: 'ai', x: 45, inView: true }
		]);
		// The layout it was given is untouched.
		expect(layout.ticks[0]!.inView).toBe(false);
		expect(layout.turns[0]!.x1).toBe(10);
	});
});
