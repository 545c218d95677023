import { describe, expect, it } from 'vitest';
import { Selection } from '../../../src/lib/selection/selection.svelte';

const known = () => ({ speakers: ['altman', 'lightcap'], sections: [1, 2, 5], themes: ['compute', 'cost'] });

describe('Selection (the one owner of the linked selection)', () => {
	it('hands every click to the history as a query, so Back can undo it', () => {
		const written: string[] = [];
		const selection = new Selection(known, (search) => written.push(search));
		selection.toggleSection(5);
		selection.toggleSpeaker('lightcap');
		selection.toggleCell({ section: 2, topic: 'cost' });
		selection.toggleTerm('Robot');
		selection.setHeatmapMode('per10k');
		selection.toggleSpeaker('lightcap');
		selection.clear();
		expect(written).toEqual([
			'?section=5',
			'?speaker=lightcap&section=5',
			'?speaker=lightcap&section=5&cell=2,cost',
			'?speaker=lightcap&section=5&cell=2,cost&term=Robot',
			'?speaker=lightcap&section=5&cell=2,cost&term=Robot&rate=per10k',
			'?section=5&cell=2,cost&term=Robot&rate=per10k',
			'?rate=per10k'
		]);
	});

	it('is what the query says after Back and Forward, whatever was clicked before', () => {
		const selection = new Selection(known, () => {});
		selection.toggleSection(5);
		selection.toggleSpeaker('lightcap');
		// Back: the browser shows the previous query; the page reports it.
		selection.follow('?section=5');
		expect(selection.state.section).toBe(5);
		expect(selection.state.speaker).toBeNull();
		// The next click builds on what is shown, not on what was clicked last.
		selection.togglePair('cost', 'compute');
		expect(selection.search).toBe('?section=5&pair=compute,cost');
		selection.follow('?speaker=lightcap&section=5');
		expect(selection.isSpeaker('lightcap') && selection.isSection(5)).toBe(true);
		expect(selection.isPair('compute', 'cost')).toBe(false);
	});

	it('drops unknown ids from a pasted link and reports them', () => {
		const selection = new Selection(known);
		selection.follow('?speaker=nobody&section=99&term=robot');
		expect(selection.state.speaker).toBeNull();
		expect(selection.state.section).toBeNull();
		expect(selection.hasTerm('ROBOT')).toBe(true);
		expect(selection.dropped.map((d) => `${d.name}=${d.value}:${d.reason}`)).toEqual([
			'speaker=nobody:unknown-speaker',
			'section=99:unknown-section'
		]);
		// A click writes the canonical query, without what was dropped.
		selection.toggleSpeaker('altman');
		expect(selection.search).toBe('?speaker=altman&term=robot');
		expect(selection.dropped).toEqual([]);
	});
});
