/**
 * The server's cache of analyses follows the files on disk: under `npm run dev` an edited
 * transcript, metadata file or themes file gives a new analysis on the next load, and an
 * unchanged one gives the very same object (the build asks for it from several routes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTranscripts, loadAnalysis } from '../../../src/lib/server/content';

const root = mkdtempSync(join(tmpdir(), 'parley-content-'));
mkdirSync(join(root, 'transcripts'));
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
const themes = (terms: string[]) => JSON.stringify({ themes: [{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms }] });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadAnalysis on a changing content directory', () => {
	write('themes.json', themes(['cost']));
	const TALK = 'HOST: What does it cost?\n\nGUEST: Less every year.\n\nHOST: Why?\n\nGUEST: Chips.\n';
	write('transcripts/talk.txt', TALK);

	it('lists the transcripts of the directory it is given', () => {
		expect(listTranscripts(root)).toEqual(['talk']);
	});

	it('keeps an unchanged analysis, and analyses an edited transcript again', () => {
		const first = loadAnalysis('talk', root);
		expect(first.turns).toHaveLength(4);
		expect(first.totals.units).toBe(9);
		expect(loadAnalysis('talk', root)).toBe(first);

		write('transcripts/talk.txt', `${TALK}\nHOST: And the cost of chips?\n`);
		const second = loadAnalysis('talk', root);
		expect(second.turns).toHaveLength(5);
		expect(second.totals.units).toBe(14);
		expect(second.themes[0]!.mentions).toBe(2);
	});

	it('follows a metadata file that appears and changes', () => {
		const speakers = (name: string) =>
			JSON.stringify({
				title: 'Talk',
				language: 'en',
				source: { publisher: { zh: '', en: 'Test' }, date: '2024-01-01', credit: '' },
				speakers: [{ id: 'host', labels: ['HOST'], name: { zh: name, en: name }, role: { zh: '', en: '' } }]
			});
		write('transcripts/talk.meta.json', speakers('Pat'));
		expect(loadAnalysis('talk', root).speakers.find((s) => s.id === 'host')!.name.en).toBe('Pat');
		write('transcripts/talk.meta.json', speakers('Patricia'));
		expect(loadAnalysis('talk', root).speakers.find((s) => s.id === 'host')!.name.en).toBe('Patricia');
	});

	it('follows the default themes file and a transcript’s own themes file', () => {
		write('themes.json', themes(['cost', 'chips']));
		expect(loadAnalysis('talk', root).themes[0]!.mentions).toBe(4);
		write('transcripts/talk.themes.json', themes(['year']));
		expect(loadAnalysis('talk', root).themes[0]!.mentions).toBe(1);
	});
});

describe('a content file that cannot be analysed', () => {
	const bad = mkdtempSync(join(tmpdir(), 'parley-bad-content-'));
	mkdirSync(join(bad, 'transcripts'));
	writeFileSync(join(bad, 'themes.json'), themes(['cost']));
	writeFileSync(join(bad, 'transcripts', 'good.txt'), 'HOST: What does it cost?\n\nGUEST: Less.\n\nHOST: Why?\n\nGUEST: Chips.\n');
	writeFileSync(join(bad, 'transcripts', 'essay.txt'), 'An essay.\n\nNo labels here: none at all.\n');
	writeFileSync(join(bad, 'transcripts', 'fixes.txt'), 'HOST: What?\n\nGUEST: This.\n\nHOST: Why?\n\nGUEST: That.\n');
	writeFileSync(
		join(bad, 'transcripts', 'fixes.meta.json'),
		JSON.stringify({
			title: 't',
			language: 'en',
			source: { publisher: { zh: '', en: '' }, date: '2024-01-01' },
			speakers: [{ id: 'host', labels: ['HOST'], name: { zh: 'h', en: 'h' }, role: { zh: '', en: '' } }],
			corrections: [{ turn: 9, speaker: 'host', reason: 'no such turn' }]
		})
	);
	afterAll(() => rmSync(bad, { recursive: true, force: true }));

	it('is listed (so the build asks for its page) and its load fails naming the file', () => {
		expect(listTranscripts(bad)).toEqual(['essay', 'fixes', 'good']);
		expect(loadAnalysis('good', bad).turns).toHaveLength(4);
		expect(() => loadAnalysis('essay', bad)).toThrow(`${join(bad, 'transcripts', 'essay.txt')}: no speaker labels found`);
	});

	it('names the metadata file for a correction that does not fit the transcript', () => {
		expect(() => loadAnalysis('fixes', bad)).toThrow(new RegExp(`^${join(bad, 'transcripts', 'fixes.meta.json').replace(/[.\\/]/g, '\\$&')}: corrections\\[0\\]`));
	});
});
