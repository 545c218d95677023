import { describe, expect, it } from 'vitest';
import { Selection } from '../../../src/lib/selection/selection.svelte';

const known = { speakers: ['altman', 'lightcap'], sections: [1, 2], themes: ['compute', 'cost'] };

describe('Selection (the one owner of the linked selection)', () => {
	it('writes every change to the URL, so Back can undo it', () => {
		const written: string[] = [];
		const selection = new Selection(known, (search) => written.push(search));
		selection.toggle('speaker', 'altman');
		selection.toggleMany({ section: 2, theme: 'cost' });
		selection.toggle('speaker', 'altman');
		selection.clear();
		expect(written).toEqual([
			'?speaker=altman',
			'?speaker=altman&section=2&theme=cost',
			'?section=2&theme=cost',
			''
		]);
	});

	it('updates its state at once, without waiting for the navigation', () => {
		const selection = new Selection(known, () => {});
		selection.toggle('pair', ['compute', 'cost']);
		expect(selection.state.pair).toEqual(['compute', 'cost']);
		expect(selection.isSelected('pair', ['compute', 'cost'])).toBe(true);
		expect(selection.isEmpty).toBe(false);
		expect(selection.search).toBe('?pair=compute,cost');
	});

	it('follows the URL (a pasted link, Back and Forward) and drops unknown ids', () => {
		const selection = new Selection(known);
		selection.syncFromParams(new URLSearchParams('speaker=lightcap&section=7&theme=cost'));
		expect(selection.state).toEqual({ speaker: 'lightcap', section: null, theme: 'cost', pair: null });
		selection.syncFromParams(new URLSearchParams(''));
		expect(selection.isEmpty).toBe(true);
	});
});
