/**
 * Hostile selection URLs: very long, repeated, encoded twice, carrying markup, control characters
 * or unknown ids. Each is dropped (and reported) or kept as the plain text it is; expected
 * results are written out by hand. The term cap is MAX_TERM_LENGTH (64 code points), the echo
 * in a notice 40 code points, and at most MAX_PARAMS (24) parameters are read from one URL.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, MAX_PARAMS, selectionFromParams, selectionToSearch, type DroppedParam, type SelectionState } from '../../../src/lib/selection/state';

const known = { speakers: ['host', 'formula'], sections: [1, 2, 3], themes: ['markup', 'cost'] };
/** The query as a browser's address bar gives it to the page. */
const read = (query: string) => selectionFromParams(new URL(`https://parley.example/t/x/${query}`).searchParams, known);
const selection = (partial: Partial<SelectionState>): SelectionState => ({ ...EMPTY_SELECTION, terms: [], ...partial });

const cases: { name: string; query: string; state: SelectionState; dropped: DroppedParam[] }[] = [
	{
		name: 'a speaker given twice keeps the first',
		query: '?speaker=host&speaker=formula',
		state: selection({ speaker: 'host' }),
		dropped: [{ name: 'speaker', value: 'formula', reason: 'repeated' }]
	},
	{
		name: 'a speaker id that is markup is malformed, echoed as text',
		query: '?speaker=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
		state: selection({}),
		dropped: [{ name: 'speaker', value: '<img src=x onerror=alert(1)>', reason: 'malformed' }]
	},
	{
		name: 'an unknown speaker id is dropped',
		query: '?speaker=__proto__',
		state: selection({}),
		dropped: [{ name: 'speaker', value: '__proto__', reason: 'unknown-speaker' }]
	},
	{
		name: 'a term encoded twice is decoded once: the literal text %3Cscript%3E, never markup',
		query: '?term=%253Cscript%253Ealert(1)%253C%252Fscript%253E',
		state: selection({ terms: ['%3Cscript%3Ealert(1)%3C%2Fscript%3E'] }),
		dropped: []
	},
	{
		name: 'a term that is markup is kept as plain text',
		query: '?term=%3Csvg%20onload%3Dalert(3)%3E',
		state: selection({ terms: ['<svg onload=alert(3)>'] }),
		dropped: []
	},
	{
		name: 'a term of 64 code points is kept; 65 is dropped with a 40-code-point echo',
		query: `?term=${'机'.repeat(64)}&term=${'器'.repeat(65)}`,
		state: selection({ terms: ['机'.repeat(64)] }),
		dropped: [{ name: 'term', value: `${'器'.repeat(40)}…`, reason: 'malformed' }]
	},
	{
		name: 'astral characters are cut whole in the echo (no lone surrogate)',
		query: `?speaker=${encodeURIComponent('😀'.repeat(41))}`,
		state: selection({}),
		dropped: [{ name: 'speaker', value: `${'😀'.repeat(40)}…`, reason: 'malformed' }]
	},
	{
		name: 'a term with a control character is dropped, the character shown as U+FFFD',
		query: '?term=a%1B%5B31mb',
		state: selection({}),
		dropped: [{ name: 'term', value: 'a\ufffd[31mb', reason: 'malformed' }]
	},
	{
		name: 'a bidi override in an unknown parameter name is shown as U+FFFD',
		query: '?%E2%80%AEevil=1',
		state: selection({}),
		dropped: [{ name: '\ufffdevil', value: '1', reason: 'unknown-parameter' }]
	},
	{
		name: 'a cell naming markup as its theme is malformed',
		query: '?cell=1,%3Cb%3E',
		state: selection({}),
		dropped: [{ name: 'cell', value: '1,<b>', reason: 'malformed' }]
	},
	{
		name: 'a pair with a javascript: id is malformed',
		query: '?pair=javascript:alert(1),cost',
		state: selection({}),
		dropped: [{ name: 'pair', value: 'javascript:alert(1),cost', reason: 'malformed' }]
	},
	{
		name: 'a section with an exponent or sign is malformed',
		query: '?section=1e3&section=-1',
		state: selection({}),
		dropped: [
			{ name: 'section', value: '1e3', reason: 'malformed' },
			{ name: 'section', value: '-1', reason: 'repeated' }
		]
	}
];

describe('hostile selection URLs', () => {
	it.each(cases)('$name', ({ query, state, dropped }) => {
		const parsed = read(query);
		expect(parsed.state).toEqual(state);
		expect(parsed.dropped).toEqual(dropped);
	});

	it(`reads at most ${MAX_PARAMS} parameters, with one notice for the rest`, () => {
		expect(MAX_PARAMS).toBe(24);
		const junk = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
		const parsed = read(`?speaker=host&${junk}&speaker=formula`);
		expect(parsed.state).toEqual(selection({ speaker: 'host' }));
		// speaker and x0…x22 read (24), the junk reported (dropped[0] is x0), then one notice naming x23.
		expect(parsed.dropped).toHaveLength(24);
		expect(parsed.dropped[22]).toEqual({ name: 'x22', value: '1', reason: 'unknown-parameter' });
		expect(parsed.dropped[23]).toEqual({ name: 'x23', value: '1', reason: 'too-many-parameters' });
	});

	it('a very long URL (1 MB term) is dropped quickly, echoed in 40 code points', () => {
		const started = performance.now();
		const parsed = read(`?term=${'a'.repeat(1_000_000)}`);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(parsed.dropped).toEqual([{ name: 'term', value: `${'a'.repeat(40)}…`, reason: 'malformed' }]);
	});

	it('a kept markup term is written back to the URL percent-encoded, and reads back the same', () => {
		const parsed = read('?term=%3Csvg%20onload%3Dalert(3)%3E');
		const search = selectionToSearch(parsed.state);
		expect(search).toBe('?term=%3Csvg+onload%3Dalert%283%29%3E');
		expect(read(search).state).toEqual(parsed.state);
	});
});
