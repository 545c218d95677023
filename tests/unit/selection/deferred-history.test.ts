/**
 * A click's history entry is written after the frame that shows the click (deferredHistory in
 * page-selection.svelte.ts): never lost, never out of order, dropped only when Back or Forward
 * moved the history first. The frame is a queue run by hand here.
 */
import { describe, expect, it } from 'vitest';
import { deferredHistory } from '../../../src/lib/selection/page-selection.svelte';

function setUp() {
	const written: string[] = [];
	const frames: (() => void)[] = [];
	const history = deferredHistory(
		(search) => written.push(search),
		(run) => frames.push(run)
	);
	const paint = () => frames.splice(0).forEach((run) => run());
	return { written, history, paint };
}

describe('deferredHistory', () => {
	it('writes a click’s entry once the frame is painted, not inside the click', () => {
		const { written, history, paint } = setUp();
		history.push('?speaker=altman');
		expect(written).toEqual([]);
		expect(history.pending).toBe('?speaker=altman');
		paint();
		expect(written).toEqual(['?speaker=altman']);
		expect(history.pending).toBeUndefined();
	});

	it('two clicks within one frame make two entries, in order (Back then undoes one click at a time)', () => {
		const { written, history, paint } = setUp();
		history.push('?speaker=altman');
		history.push('?speaker=altman&section=3');
		expect(written).toEqual(['?speaker=altman']);
		paint();
		expect(written).toEqual(['?speaker=altman', '?speaker=altman&section=3']);
		// The first click's frame callback finds nothing left to write: no entry twice.
		paint();
		expect(written).toHaveLength(2);
	});

	it('writes what is pending when asked (the page is left), once', () => {
		const { written, history, paint } = setUp();
		history.push('?theme=cost');
		history.flush();
		history.flush();
		paint();
		expect(written).toEqual(['?theme=cost']);
	});

	it('drops the pending entry when Back or Forward moved the history first', () => {
		const { written, history, paint } = setUp();
		history.push('?section=2');
		history.drop();
		paint();
		expect(written).toEqual([]);
		history.push('');
		paint();
		expect(written).toEqual(['']);
	});
});
