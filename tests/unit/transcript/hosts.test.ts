/**
 * Hosts: named in the metadata, or the clear top questioner. Oracles: who hosts each fixture is
 * known by hand (Harry Stebbings hosts 20VC; the debate's MODERATOR chairs it), and the question
 * counts in the tables are written in the test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { findHosts, HOST_RULE } from '../../../src/lib/transcript/hosts';
import { parseMeta } from '../../../src/lib/transcript/schema';
import type { MetaSpeaker } from '../../../src/lib/transcript/types';
import { ROOT, SEED_META_PATH, seedAnalysis, seedText } from './seed';

const speaker = (id: string, host?: boolean): MetaSpeaker => ({
	id,
	labels: [id.toUpperCase()],
	name: { zh: id, en: id },
	role: { zh: '', en: '' },
	...(host === undefined ? {} : { host })
});
/** Turns with the given questions per speaker, one turn each. */
const asked = (counts: Record<string, number>) => Object.entries(counts).map(([speaker, questions]) => ({ speaker, questions }));

describe('findHosts', () => {
	it.each<{ name: string; counts: Record<string, number>; hosts: string[]; source: string }>([
		{ name: 'a clear top questioner', counts: { a: 6, b: 2, c: 0 }, hosts: ['a'], source: 'questions' },
		{ name: 'exactly 1.5 times the next, 3 questions', counts: { a: 1, b: 3, c: 2 }, hosts: ['b'], source: 'questions' },
		{ name: 'just under 1.5 times the next', counts: { a: 5, b: 4 }, hosts: [], source: 'none' },
		{ name: 'a tie', counts: { a: 4, b: 4 }, hosts: [], source: 'none' },
		{ name: 'too few questions (2, nobody else asks)', counts: { a: 2, b: 0 }, hosts: [], source: 'none' },
		{ name: 'one speaker with 3 questions', counts: { a: 3 }, hosts: ['a'], source: 'questions' },
		{ name: 'no questions at all', counts: { a: 0, b: 0 }, hosts: [], source: 'none' }
	])('with no host in the metadata: $name', ({ counts, hosts, source }) => {
		expect(findHosts(asked(counts), Object.keys(counts))).toEqual({ ids: hosts, source });
	});

	it('adds up a speaker’s questions over all their turns', () => {
		const turns = [...asked({ a: 1 }), ...asked({ a: 1 }), ...asked({ b: 1 }), ...asked({ a: 1 })];
		expect(findHosts(turns, ['a', 'b'])).toEqual({ ids: ['a'], source: 'questions' });
	});

	it('follows the metadata over the questions: one host, several, or none', () => {
		const turns = asked({ a: 9, b: 0, c: 0 });
		expect(findHosts(turns, ['a', 'b', 'c'], [speaker('a'), speaker('b', true), speaker('c')])).toEqual({ ids: ['b'], source: 'metadata' });
		expect(findHosts(turns, ['a', 'b', 'c'], [speaker('a'), speaker('b', true), speaker('c', true)])).toEqual({ ids: ['b', 'c'], source: 'metadata' });
		// Saying no one hosts (a debate between equals) is the metadata's call too.
		expect(findHosts(turns, ['a', 'b', 'c'], [speaker('a', false), speaker('b', false)])).toEqual({ ids: [], source: 'metadata' });
		// Metadata that says nothing about hosts leaves it to the questions.
		expect(findHosts(turns, ['a', 'b', 'c'], [speaker('a'), speaker('b')])).toEqual({ ids: ['a'], source: 'questions' });
	});

	it('documents its thresholds', () => {
		expect(HOST_RULE).toEqual({ minQuestions: 3, ratio: 1.5 });
	});
});

describe('hosts in the analysis', () => {
	const themes: never[] = [];

	it('the seed: Harry Stebbings hosts, as its metadata says', () => {
		expect(seedAnalysis().speakers.map((s) => [s.id, s.host])).toEqual([
			['stebbings', true],
			['altman', false],
			['lightcap', false]
		]);
	});

	it('the seed with no host in its metadata: Stebbings is still found, as the one who asks', () => {
		const meta = parseMeta(JSON.parse(readFileSync(SEED_META_PATH, 'utf8')));
		for (const s of meta.speakers) delete s.host;
		const analysis = analyseTranscript(seedText, { id: 'seed', meta, themes });
		expect(analysis.speakers.filter((s) => s.host).map((s) => s.id)).toEqual(['stebbings']);
	});

	it('the English debate: MODERATOR hosts by its metadata; without it, 2 questions are too few to tell', () => {
		const text = readFileSync(resolve(ROOT, 'tests/fixtures/english-debate.txt'), 'utf8');
		const meta = parseMeta(JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/english-debate.meta.json'), 'utf8')));
		const withMeta = analyseTranscript(text, { id: 'debate', meta, themes });
		expect(withMeta.speakers.map((s) => [s.id, s.host])).toEqual([
			['moderator', true],
			['smith', false],
			['jones', false]
		]);
		// Counted by hand: "…congestion pricing. Why?" and "what would you do instead?".
		const alone = analyseTranscript(text, { id: 'debate', themes });
		expect(alone.speakers.map((s) => [s.label, s.questions, s.host])).toEqual([
			['MODERATOR', 2, false],
			['SMITH', 0, false],
			['JONES', 0, false]
		]);
		// One more question from the moderator, and the rule finds them.
		const more = analyseTranscript(text.replace('MODERATOR: Thank you both.', 'MODERATOR: Thank you both. Any last words?'), { id: 'debate', themes });
		expect(more.speakers.filter((s) => s.host).map((s) => s.label)).toEqual(['MODERATOR']);
	});

	it('rejects a host flag that is not true or false', () => {
		const meta = JSON.parse(readFileSync(SEED_META_PATH, 'utf8'));
		meta.speakers[0].host = 'yes';
		expect(() => parseMeta(meta)).toThrow(/speakers\[0\]\.host/);
	});
});
