/**
 * The compiled messages (messages/*.json through paraglide): a handful checked word for word in
 * both languages against hand-written sentences, and the two files checked to have the same keys
 * with the same variables, so a translation can neither go missing nor ask for an input the code
 * does not pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/lib/i18n/locale';
import { m } from '../../../src/lib/paraglide/messages.js';
import { sectionName } from '../../../src/lib/charts/labels';
import { describeDropped } from '../../../src/lib/components/describe-dropped';

const cases: { name: string; say: (locale: Lang) => string; expected: [string, string] }[] = [
	{
		name: 'one turn, under a minute',
		say: (locale) => m.speakerBarName({ label: '奥特曼', percent: '3%', turns: '1', minutes: '<1' }, { locale }),
		expected: ['奥特曼: 3% of speaking, 1 turn, under a minute (estimate)', '奥特曼：发言占比 3%，1 次发言，不到 1 分钟（估算）']
	},
	{
		name: 'thousands of turns, one minute',
		say: (locale) => m.speakerBarName({ label: 'A', percent: '53%', turns: '1,234', minutes: '1' }, { locale }),
		expected: ['A: 53% of speaking, 1,234 turns, about 1 minute (estimate)', 'A：发言占比 53%，1,234 次发言，约 1 分钟（估算）']
	},
	{
		name: 'many turns, many minutes',
		say: (locale) => m.speakerBarName({ label: 'A', percent: '40%', turns: '12', minutes: '1,001' }, { locale }),
		expected: ['A: 40% of speaking, 12 turns, about 1,001 minutes (estimate)', 'A：发言占比 40%，12 次发言，约 1,001 分钟（估算）']
	},
	{
		name: 'two plurals in one sentence',
		say: (locale) => m.termRemoveName({ term: 'robot', mentions: '1', turns: '2,000' }, { locale }),
		expected: ['“robot”: 1 mention in 2,000 turns. Remove this term', '“robot”：2,000 次发言中提及 1 次。移除该词']
	},
	{
		name: 'a plural with a verb',
		say: (locale) => m.matrixDiagonalName({ a: 'Compute', count: '1' }, { locale }),
		expected: ['Compute: 1 turn mentions it', 'Compute：1 次发言提及']
	},
	{
		name: 'zero is plural in English',
		say: (locale) => m.quotesAll({ turns: '0', paragraphs: '1' }, { locale }),
		expected: ['All 0 turns, 1 paragraph', '全部 0 次发言，1 段']
	},
	{
		name: 'words',
		say: (locale) => m.unitName({ unit: 'word' }, { locale }),
		expected: ['words', '词']
	},
	{
		name: 'characters',
		say: (locale) => m.unitColumn({ unit: 'char' }, { locale }),
		expected: ['Characters', '字数']
	},
	{
		name: 'a caption by unit',
		say: (locale) => m.sectionSpeakersCaption({ unit: 'char' }, { locale }),
		expected: ['Characters by section and speaker', '各章节各发言人字数']
	},
	{
		name: 'a plain string',
		say: (locale) => m.readerBack({}, { locale }),
		expected: ['Back to the charts', '返回图表']
	}
];

describe('messages, word for word', () => {
	it.each(cases)('$name', ({ say, expected }) => {
		expect(LANGS.map(say)).toEqual(expected);
	});

	it('names an untitled section and a dropped parameter in both languages', () => {
		expect(sectionName({ number: '', title: 'Intro' }, 'en')).toBe('Unnumbered section Intro');
		expect(sectionName({ number: '02', title: '算力' }, 'zh')).toBe('第 02 节 算力');
		const dropped = [{ name: 'speaker', value: 'nobody', reason: 'unknown-speaker' } as const];
		expect(describeDropped(dropped, 'en')).toEqual(['speaker “nobody” (no such speaker)']);
		expect(describeDropped(dropped, 'zh')).toEqual(['speaker“nobody”（没有这位发言人）']);
	});

	it('gives the same text whatever was asked before: the locale is only ever the one passed', () => {
		const once = LANGS.map((locale) => m.jumpToQuotes({ count: '3' }, { locale }));
		const again = [...LANGS].reverse().map((locale) => m.jumpToQuotes({ count: '3' }, { locale })).reverse();
		expect(once).toEqual(['Jump to the 3 quotes', '跳到 3 段引文']);
		expect(again).toEqual(once);
	});
});

type Variant = { declarations?: string[]; match: Record<string, string> };
const files = Object.fromEntries(
	LANGS.map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../../messages/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string | Variant[]>])
);

/** The inputs a message takes: its declared inputs and every `{name}` in its text that is not a local. */
function variables(message: string | Variant[]): string[] {
	const texts = typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match));
	const declarations = typeof message === 'string' ? [] : message.flatMap((variant) => variant.declarations ?? []);
	const locals = new Set(declarations.filter((d) => d.startsWith('local ')).map((d) => d.split(/\s+/)[1]));
	const inputs = declarations.filter((d) => d.startsWith('input ')).map((d) => d.split(/\s+/)[1]!);
	const used = texts.flatMap((text) => [...text.matchAll(/(?<!\\)\{(\w+)\}/g)].map((match) => match[1]!));
	return [...new Set([...inputs, ...used.filter((name) => !locals.has(name))])].sort();
}

describe('messages/en.json and messages/zh.json', () => {
	const keys = (lang: string) => Object.keys(files[lang]!).filter((key) => key !== '$schema');

	it('have the same keys', () => {
		expect(keys('zh')).toEqual(keys('en'));
	});

	it.each(keys('en'))('%s takes the same variables in both languages', (key) => {
		expect(variables(files.zh![key]!)).toEqual(variables(files.en![key]!));
	});
});
