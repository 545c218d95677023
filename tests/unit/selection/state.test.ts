import { describe, expect, it } from 'vitest';
import {
	CLAUSE_SOURCE,
	EMPTY_SELECTION,
	clearClauses,
	isEmptySelection,
	selectionFromParams,
	selectionToSearch,
	toggleCell,
	togglePair,
	toggleSection,
	toggleSpeaker,
	toggleTerm,
	withHeatmapMode,
	type SelectionState
} from '../../../src/lib/selection/state';

const known = { speakers: ['altman', 'lightcap'], sections: [1, 2, 5], themes: ['compute', 'cost', 'gpt-n'] };
const read = (query: string) => selectionFromParams(new URLSearchParams(query), known);
const state = (partial: Partial<SelectionState>): SelectionState => ({ ...EMPTY_SELECTION, terms: [], ...partial });

describe('the selection in the URL', () => {
	it.each([
		['', state({})],
		['?speaker=altman', state({ speaker: 'altman' })],
		['?speaker=lightcap&section=5', state({ speaker: 'lightcap', section: 5 })],
		['?cell=2,cost', state({ cell: { section: 2, topic: 'cost' } })],
		['?pair=compute,cost', state({ pair: ['compute', 'cost'] })],
		['?pair=gpt-n,gpt-n', state({ pair: ['gpt-n', 'gpt-n'] })],
		['?term=%E6%9C%BA%E5%99%A8%E4%BA%BA&term=robot', state({ terms: ['机器人', 'robot'] })],
		['?cell=1,term:robot&term=robot', state({ terms: ['robot'], cell: { section: 1, topic: 'term:robot' } })],
		['?rate=per10k', state({ heatmapMode: 'per10k' })],
		['?speaker=altman&section=1&cell=1,compute&pair=compute,cost&term=GPT&rate=per10k', state({
			speaker: 'altman',
			section: 1,
			cell: { section: 1, topic: 'compute' },
			pair: ['compute', 'cost'],
			terms: ['GPT'],
			heatmapMode: 'per10k'
		})]
	])('%s reads as written and writes back the same', (query, expected) => {
		const parsed = read(query);
		expect(parsed.dropped).toEqual([]);
		expect(parsed.state).toEqual(expected);
		// The canonical form is the form it was written in: a link survives a round trip unchanged.
		expect(decodeURIComponent(selectionToSearch(parsed.state))).toBe(decodeURIComponent(query));
	});

	it.each([
		['?initialWidth=600&childId=example-1&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2F&speaker=altman', state({ speaker: 'altman' }), []],
		['?childId=c&section=5', state({ section: 5 }), []],
		// Only the host parameters pym.js adds are silent; other unknown names are still reported.
		['?childid=c&parentURL=x', state({}), [
			{ name: 'childid', value: 'c', reason: 'unknown-parameter' },
			{ name: 'parentURL', value: 'x', reason: 'unknown-parameter' }
		]]
	])('ignores the parameters an embed host adds: %s', (query, expected, dropped) => {
		const parsed = read(query);
		expect(parsed.state).toEqual(expected);
		expect(parsed.dropped).toEqual(dropped);
	});

	it('orders a pair by theme order, so both spellings are one clause', () => {
		expect(read('?pair=cost,compute').state.pair).toEqual(['compute', 'cost']);
	});

	it('drops what it cannot use and says why, keeping the rest', () => {
		const parsed = read('?speaker=nobody&section=99&theme=cost&pair=compute&cell=7,cost&rate=loud&section=1&term=%00x&speaker=altman');
		expect(parsed.dropped).toEqual([
			{ name: 'speaker', value: 'nobody', reason: 'unknown-speaker' },
			{ name: 'section', value: '99', reason: 'unknown-section' },
			{ name: 'theme', value: 'cost', reason: 'unknown-parameter' },
			{ name: 'pair', value: 'compute', reason: 'malformed' },
			{ name: 'rate', value: 'loud', reason: 'malformed' },
			{ name: 'section', value: '1', reason: 'repeated' },
			// A control character is shown as U+FFFD in the notice, never echoed raw.
			{ name: 'term', value: '\ufffdx', reason: 'malformed' },
			{ name: 'speaker', value: 'altman', reason: 'repeated' },
			{ name: 'cell', value: '7,cost', reason: 'unknown-section' }
		]);
		expect(isEmptySelection(parsed.state)).toBe(true);
	});

	it('drops a term cell whose term is not in the selection, and markup stays a plain value', () => {
		const parsed = read('?cell=1,term:robot&term=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
		expect(parsed.state.cell).toBeNull();
		expect(parsed.dropped).toEqual([{ name: 'cell', value: '1,term:robot', reason: 'unknown-theme' }]);
		// A term is data: kept as typed, to be matched literally and rendered escaped.
		expect(parsed.state.terms).toEqual(['<script>alert(1)</script>']);
	});

	it('keeps one of each term (compared without case) and at most five, cutting long echoes', () => {
		const parsed = read(`?term=GPT&term=gpt&term=a&term=b&term=c&term=d&term=e&speaker=${'x'.repeat(80)}`);
		expect(parsed.state.terms).toEqual(['GPT', 'a', 'b', 'c', 'd']);
		expect(parsed.dropped.map((d) => d.reason)).toEqual(['repeated', 'too-many-terms', 'malformed']);
		expect(parsed.dropped[2]!.value).toBe(`${'x'.repeat(40)}…`);
	});
});

describe('clicks', () => {
	it('a second click on the same mark undoes the first', () => {
		const start = state({ speaker: 'altman', section: 2 });
		expect(toggleSpeaker(toggleSpeaker(start, 'lightcap'), 'lightcap')).toEqual(state({ section: 2, speaker: null }));
		expect(toggleSection(start, 2)).toEqual(state({ speaker: 'altman' }));
		const cell = { section: 2, topic: 'cost' };
		expect(toggleCell(toggleCell(start, cell), { ...cell })).toEqual(start);
		expect(togglePair(togglePair(start, ['compute', 'cost']), ['compute', 'cost'])).toEqual(start);
		expect(toggleTerm(toggleTerm(start, 'Robot'), ' robot ')).toEqual(start);
	});

	it('removing a term removes the heatmap cell that stood for it', () => {
		const withCell = state({ terms: ['robot'], cell: { section: 1, topic: 'term:robot' } });
		expect(toggleTerm(withCell, 'ROBOT')).toEqual(state({}));
	});

	it('Clear removes every clause but keeps how the heatmap is drawn', () => {
		const busy = withHeatmapMode(state({ speaker: 'altman', terms: ['x'], pair: ['compute', 'cost'] }), 'per10k');
		expect(clearClauses(busy)).toEqual(state({ heatmapMode: 'per10k' }));
		expect(isEmptySelection(state({ heatmapMode: 'per10k' }))).toBe(true);
	});

	it('names the view that makes each clause', () => {
		expect(CLAUSE_SOURCE).toEqual({
			speaker: 'speaker-share',
			section: 'section-speakers',
			cell: 'theme-heatmap',
			pair: 'cooccurrence-matrix',
			terms: 'terms'
		});
	});
});
