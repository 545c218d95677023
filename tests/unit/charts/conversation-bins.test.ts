/**
 * Runs of turns for a very long conversation chart: six turns in two runs of three, figures
 * worked out by hand (a speaker's marks in a run are as wide as their turns together, laid end
 * to end from the run's start in order of first speaking).
 */
import { describe, expect, it } from 'vitest';
import type { ConversationLayout, TurnSpan } from '../../../src/lib/charts/chart-data';
import { binConversation, runsInView } from '../../../src/lib/charts/conversation-bins';
import { layoutInView, reuseEqual, sameData } from '../../../src/lib/charts/chart-data';

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

describe('a click marks what is in view without redrawing the rest', () => {
	// The geometry a chart computes once: nothing in view.
	const geometry: ConversationLayout = { ...layout, turns: layout.turns.map((t) => ({ ...t, inView: false })), ticks: layout.ticks.map((t) => ({ ...t, inView: false })) };
	const runs = binConversation(geometry, 2);

	it('puts a run in view when one of its turns is, the same as binning the turns in view', () => {
		// Only turn 5 in view: B's second run (t4, t5) and its ai tick; nothing in the first run.
		const onlyFive = runsInView(runs, (id) => id === 't5');
		expect(onlyFive.turns.map((span) => [span.id, span.inView])).toEqual([
			['t1', false],
			['t2', false],
			['t4', true],
			['t6', false]
		]);
		expect(onlyFive.ticks.map((tick) => [tick.turn, tick.topic, tick.inView])).toEqual([
			['t1', 'ai', false],
			['t3', 'chips', false],
			['t5', 'ai', true]
		]);
		// The same figures as binning a layout whose turns already say so (the other method).
		const inFive = layoutInView(geometry, (id) => id === 't5');
		const direct = binConversation(inFive, 2);
		expect(onlyFive.turns.map(({ ...span }) => span)).toEqual(direct.turns);
		expect(onlyFive.ticks).toEqual(direct.ticks);
	});

	it('hands back the same objects for marks whose state did not change, one twin for those that did', () => {
		const first = runsInView(runs, (id) => id === 't5');
		const second = runsInView(runs, (id) => id === 't4' || id === 't6');
		// t1 and t2 stay out of view, t4 stays in: the very same objects; t6 comes into view: a new one.
		expect(second.turns[0]).toBe(first.turns[0]);
		expect(second.turns[1]).toBe(first.turns[1]);
		expect(second.turns[2]).toBe(first.turns[2]);
		expect(second.turns[3]).not.toBe(first.turns[3]);
		expect(second.turns[3]!.inView).toBe(true);
		// Back again: the twin made the first time, not a third object.
		expect(runsInView(runs, (id) => id === 't6').turns[3]).toBe(second.turns[3]);
		// The geometry is untouched.
		expect(runs.turns.every((span) => !span.inView)).toBe(true);
	});
});

describe('reuseEqual', () => {
	it('keeps last time\'s object for an equal item under the same key, and takes the new one otherwise', () => {
		const reuse = reuseEqual<{ key: string; count: number; parts: number[] }>((item) => item.key);
		const a = { key: 'a', count: 1, parts: [1, 2] };
		const b = { key: 'b', count: 2, parts: [3] };
		reuse([a, b]);
		const next = reuse([
			{ key: 'a', count: 1, parts: [1, 2] },
			{ key: 'b', count: 3, parts: [3] }
		]);
		expect(next[0]).toBe(a);
		expect(next[1]).not.toBe(b);
		expect(next[1]!.count).toBe(3);
		// An equal item under another key is not confused with it.
		expect(reuse([{ key: 'c', count: 1, parts: [1, 2] }])[0]).not.toBe(a);
	});

	it('compares plain data value by value', () => {
		expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
		expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
		expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(sameData([1, 2], [1, 2, 3])).toBe(false);
		expect(sameData(null, {})).toBe(false);
	});
});
