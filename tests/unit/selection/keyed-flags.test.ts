import { describe, expect, it } from 'vitest';
import { KeyedFlags } from '../../../src/lib/selection/keyed-flags.svelte';
import { Selection } from '../../../src/lib/selection/selection.svelte';

const known = () => ({ speakers: ['altman', 'lightcap', 'guest'], sections: [1, 2, 5], themes: ['compute', 'cost', 'risk'] });

describe('KeyedFlags (a flag per key: a click flips only the keys whose answer changes)', () => {
	it('flips the key that left and the key that came, nothing else', () => {
		const flags = new KeyedFlags();
		expect(flags.is('a')).toBe(false);
		expect(flags.set(['a'])).toEqual(['a']);
		expect(flags.is('a')).toBe(true);
		expect(flags.set(['a'])).toEqual([]); // the same selection again: no flag moves
		expect(flags.set(['b'])).toEqual(['a', 'b']);
		expect([flags.is('a'), flags.is('b'), flags.is('c')]).toEqual([false, true, false]);
		expect(flags.set(['b', 'c'])).toEqual(['c']); // several keys (terms)
		expect(flags.set([])).toEqual(['b', 'c']);
		expect([flags.is('b'), flags.is('c')]).toEqual([false, false]);
	});

	it('a key first asked about after a set answers as that set says', () => {
		const flags = new KeyedFlags();
		flags.set(['x']);
		expect(flags.is('x')).toBe(true);
		expect(flags.is('y')).toBe(false);
	});
});

describe("Selection's is… questions answer from the flags exactly as from the query", () => {
	it('speakers, sections, cells, pairs in either order, terms by term key; after clicks and Back', () => {
		const selection = new Selection(known, () => {});
		selection.follow('?section=5&cell=2,cost&pair=cost,compute&term=Robot');
		expect(selection.isSection(5)).toBe(true);
		expect(selection.isSection(2)).toBe(false);
		expect(selection.isCell({ section: 2, topic: 'cost' })).toBe(true);
		expect(selection.isCell({ section: 5, topic: 'cost' })).toBe(false);
		expect(selection.isPair('cost', 'compute')).toBe(true);
		expect(selection.isPair('compute', 'cost')).toBe(true);
		expect(selection.isPair('compute', 'risk')).toBe(false);
		expect(selection.hasTerm('ROBOT')).toBe(true);
		expect(selection.hasTerm('robots')).toBe(false);
		selection.toggleCell({ section: 5, topic: 'cost' });
		expect(selection.isCell({ section: 2, topic: 'cost' })).toBe(false);
		expect(selection.isCell({ section: 5, topic: 'cost' })).toBe(true);
		selection.toggleTerm('robot');
		expect(selection.hasTerm('Robot')).toBe(false);
		selection.toggleSpeaker('guest');
		expect([selection.isSpeaker('guest'), selection.isSpeaker('altman')]).toEqual([true, false]);
		selection.follow('?speaker=altman'); // Back
		expect([selection.isSpeaker('guest'), selection.isSpeaker('altman'), selection.isSection(5)]).toEqual([false, true, false]);
		// An unknown id in a pasted link is dropped: not selected.
		selection.follow('?speaker=nobody');
		expect(selection.isSpeaker('nobody')).toBe(false);
	});

	it('before the page reports its query (the server render), the answers come from the state', () => {
		const selection = new Selection(known, () => {});
		expect([selection.isSpeaker('altman'), selection.isSection(5), selection.isPair('cost', 'compute')]).toEqual([false, false, false]);
	});
});
