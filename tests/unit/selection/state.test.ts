import { describe, expect, it } from 'vitest';
import {
	EMPTY_SELECTION,
	selectionFromParams,
	selectionToSearch,
	toggleClause,
	toggleClauses,
	type SelectionState
} from '../../../src/lib/selection/state';

const known = { speakers: ['altman', 'lightcap'], sections: [1, 2, 3], themes: ['compute', 'cost'] };
const state = (partial: Partial<SelectionState>): SelectionState => ({ ...EMPTY_SELECTION, ...partial });

describe('selectionFromParams', () => {
	const cases: { query: string; expected: SelectionState }[] = [
		{ query: '', expected: state({}) },
		{ query: 'speaker=altman', expected: state({ speaker: 'altman' }) },
		{ query: 'section=3&theme=cost', expected: state({ section: 3, theme: 'cost' }) },
		{ query: 'pair=compute,cost', expected: state({ pair: ['compute', 'cost'] }) },
		{ query: 'pair=compute,compute', expected: state({ pair: ['compute', 'compute'] }) },
		// Unknown or malformed ids are dropped, not trusted: a stale link still opens.
		{ query: 'speaker=nobody&section=9&theme=x', expected: state({}) },
		{ query: 'section=-1&pair=compute', expected: state({}) },
		{ query: 'speaker=%3Cimg%20src%3Dx%3E', expected: state({}) },
		{ query: 'section=2.5&pair=compute,cost,extra', expected: state({}) }
	];
	for (const { query, expected } of cases) {
		it(`reads "${query}"`, () => {
			expect(selectionFromParams(new URLSearchParams(query), known)).toEqual(expected);
		});
	}
});

describe('URL round trip', () => {
	const states: SelectionState[] = [
		state({}),
		state({ speaker: 'lightcap' }),
		state({ speaker: 'altman', section: 2, theme: 'compute', pair: ['compute', 'cost'] })
	];
	for (const original of states) {
		it(`keeps ${JSON.stringify(original)}`, () => {
			const search = selectionToSearch(original);
			expect(selectionFromParams(new URLSearchParams(search), known)).toEqual(original);
		});
	}

	it('writes clauses in a fixed order, so equal selections give equal links', () => {
		expect(selectionToSearch(state({ theme: 'cost', speaker: 'altman', section: 1 }))).toBe(
			'?speaker=altman&section=1&theme=cost'
		);
		expect(selectionToSearch(state({}))).toBe('');
	});
});

describe('toggling', () => {
	it('selects, then clears on a second click', () => {
		const once = toggleClause(state({}), 'speaker', 'altman');
		expect(once.speaker).toBe('altman');
		expect(toggleClause(once, 'speaker', 'altman').speaker).toBeNull();
	});

	it('replaces a different value instead of clearing', () => {
		expect(toggleClause(state({ speaker: 'altman' }), 'speaker', 'lightcap').speaker).toBe('lightcap');
	});

	it('treats equal pairs as the same value', () => {
		const once = toggleClause(state({}), 'pair', ['compute', 'cost']);
		expect(toggleClause(once, 'pair', ['compute', 'cost']).pair).toBeNull();
	});

	it('selects a heatmap cell as section and theme together, and clears both on a second click', () => {
		const once = toggleClauses(state({ speaker: 'altman' }), { section: 2, theme: 'cost' });
		expect(once).toEqual(state({ speaker: 'altman', section: 2, theme: 'cost' }));
		expect(toggleClauses(once, { section: 2, theme: 'cost' })).toEqual(state({ speaker: 'altman' }));
	});

	it('moves to another cell when only one of the clauses differs', () => {
		const once = toggleClauses(state({}), { section: 2, theme: 'cost' });
		expect(toggleClauses(once, { section: 3, theme: 'cost' })).toEqual(state({ section: 3, theme: 'cost' }));
	});

	it('clears a clause given as null (a matrix cell replaces the theme clause)', () => {
		const next = toggleClauses(state({ theme: 'compute' }), { pair: ['compute', 'cost'], theme: null });
		expect(next).toEqual(state({ pair: ['compute', 'cost'] }));
	});
});
