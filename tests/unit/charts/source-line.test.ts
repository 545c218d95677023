/**
 * The source line prints what the metadata has and never an empty separator ("Source: ,"); the
 * theme-by-section chart's note says how sections were made when the text had no headings.
 */
import { describe, expect, it } from 'vitest';
import { publisherName } from '../../../src/lib/charts/labels';
import { sectioningNote, sourceLine } from '../../../src/lib/charts/chart-notes';
import type { TranscriptMeta } from '../../../src/lib/transcript/types';

const meta = (publisher: string, date: string, credit?: string): TranscriptMeta => ({
	title: 't',
	language: 'en',
	source: { publisher: { zh: publisher, en: publisher }, date, ...(credit ? { credit } : {}) },
	speakers: []
});

describe('sourceLine', () => {
	it.each([
		{ meta: meta('Riverside Gazette', '2025-03-14'), en: 'Source: Riverside Gazette, 14 March 2025', zh: '来源：Riverside Gazette，2025年3月14日' },
		{ meta: meta('Riverside Gazette', ''), en: 'Source: Riverside Gazette', zh: '来源：Riverside Gazette' },
		{ meta: meta('', '2025-03-14'), en: 'Source: 14 March 2025', zh: '来源：2025年3月14日' },
		{ meta: meta('', ''), en: '', zh: '' },
		{ meta: meta('', '', 'Written for the tests'), en: 'Written for the tests', zh: 'Written for the tests' },
		{ meta: { ...meta('', ''), source: { publisher: { zh: '腾讯科技', en: '' }, date: '' } }, en: 'Source: 腾讯科技', zh: '来源：腾讯科技' }
	])('$en', ({ meta, en, zh }) => {
		expect(sourceLine(meta, 'en')).toBe(en);
		expect(sourceLine(meta, 'zh')).toBe(zh);
	});
});

describe('publisherName', () => {
	it.each([
		// A Chinese transcript names its publisher in Chinese, then in English (the convention the seed's line set).
		[{ zh: '腾讯科技', en: 'Tencent Tech' }, 'zh', '腾讯科技 Tencent Tech'],
		// An English transcript: its publisher in English only, never a Chinese translation of it first.
		[{ zh: 'Parley 示例内容', en: 'Parley sample content' }, 'en', 'Parley sample content'],
		[{ zh: 'Same', en: 'Same' }, 'zh', 'Same'],
		[{ zh: '腾讯科技', en: '' }, 'zh', '腾讯科技'],
		[{ zh: '', en: '' }, 'en', '']
	] as const)('%o in a %s transcript → %s', (publisher, language, expected) => {
		expect(publisherName(publisher, language)).toBe(expected);
	});
});

describe('sectioningNote', () => {
	it('says nothing for headings, and how the segments were made otherwise, in both languages', () => {
		expect(sectioningNote({ sectioning: 'headings' }, 'en')).toEqual([]);
		expect(sectioningNote({}, 'en')).toEqual([]);
		expect(sectioningNote({ sectioning: 'questions' }, 'en')[0]).toMatch(/no headings.*host’s questions/);
		expect(sectioningNote({ sectioning: 'equal' }, 'en')[0]).toMatch(/no headings.*equal length/);
		expect(sectioningNote({ sectioning: 'questions' }, 'zh')[0]).toMatch(/没有小标题.*主持人/);
		expect(sectioningNote({ sectioning: 'equal' }, 'zh')[0]).toMatch(/没有小标题.*相等/);
	});
});
