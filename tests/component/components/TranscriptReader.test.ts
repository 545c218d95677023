import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TranscriptReader from '../../../src/lib/components/TranscriptReader.svelte';
import { readerAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { analyseSmall } from '../../fixtures/small-transcript';
import { attributeValues, clean, unescapeHtml } from './markup';

const full = loadAnalysis('altman-lightcap-20vc');
const analysis = readerAnalysis(full);
const html = clean(
	render(TranscriptReader, { props: { analysis, dashboardHref: (search: string) => `/t/${analysis.id}/${search}` } }).body
);

describe('TranscriptReader', () => {
	it('gives every paragraph its stable anchor, in transcript order, inside its turn', () => {
		const paragraphIds = attributeValues(html, /<p class="paragraph[^>]*>/, 'id');
		expect(paragraphIds).toEqual(analysis.turns.flatMap((t) => t.paragraphs.map((p) => p.id)));
		expect(attributeValues(html, /<div class="turn[^>]*>/, 'id')).toEqual(analysis.turns.map((t) => t.id));
	});

	it('prints every paragraph’s text whole, with theme terms marked', () => {
		for (const turn of analysis.turns) {
			for (const paragraph of turn.paragraphs) {
				const match = new RegExp(`<p class="paragraph[^"]*" id="${paragraph.id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
				expect(match, paragraph.id).not.toBeNull();
				expect(unescapeHtml(match![1]!.replace(/<[^>]+>/g, '')).trim()).toBe(paragraph.text);
			}
		}
		// One mark per mention, a mention inside another ("成本" in "计算的成本") nested in it.
		const marked = attributeValues(html, /<mark class="mention[^>]*>/, 'data-theme');
		expect(marked.sort()).toEqual(analysis.mentions.map((m) => m.theme).sort());
	});

	it('heads each section with its number and title, and links each turn to the charts for its speaker and section', () => {
		for (const section of analysis.sections) {
			expect(html).toMatch(new RegExp(`<h2 id="section-${section.index}"[^>]*>${section.number} ${section.title.replace(/[()?]/g, '\\$&')}</h2>`));
		}
		const links = attributeValues(html, /<a class="turn-dashboard[^>]*>/, 'href').map(unescapeHtml);
		expect(links).toEqual(analysis.turns.map((t) => `/t/${analysis.id}/?speaker=${t.speaker}&section=${t.section}`));
	});

	it('has the title, the front matter in runs under their headings, and the credit once at the end', () => {
		expect(html).toMatch(/<h1 class="reader-title[^"]*" lang="zh">奥特曼与OpenAI COO首次“合体”访谈/);
		// The title is the page heading only: the text repeats it, the reader does not.
		expect(html.split(full.meta.title).length - 1).toBe(1);
		// "划重点：" in the text heads the four highlights, as written and without its colon.
		const highlights = full.front.filter((m) => m.kind === 'highlights');
		expect(highlights).toHaveLength(4);
		const list = /<h2 id="front-\d+" lang="zh"[^>]*>划重点<\/h2>\s*<ol[^>]*>([\s\S]*?)<\/ol>/.exec(html);
		expect(list).not.toBeNull();
		expect([...list![1]!.matchAll(/<li lang="zh"[^>]*>([^<]*)<\/li>/g)].map((m) => unescapeHtml(m[1]!))).toEqual(highlights.map((m) => m.text));
		expect(html).not.toContain('划重点：');
		// The introduction, under the interface's heading, before the first turn.
		const introduction = full.front.filter((m) => m.kind === 'introduction');
		expect(introduction.length).toBeGreaterThan(0);
		expect(html).toMatch(/<h2 id="front-\d+"[^>]*>Introduction<\/h2>/);
		for (const item of introduction) expect(html.indexOf(item.text)).toBeLessThan(html.indexOf('id="t1"'));
		// The metadata's credit closes the reader, after the last paragraph, printed once.
		const credit = full.meta.source.credit!;
		expect(html.lastIndexOf(credit)).toBeGreaterThan(html.lastIndexOf('class="paragraph'));
		expect(html.split(credit).length - 1).toBe(1);
	});
});

describe('TranscriptReader with corrections in the metadata', () => {
	// Three turns; the metadata says turn 2, labelled 乙 in the source, was 甲 speaking.
	const corrected = analyseSmall(
		['01 开场', '', '**甲：** 你好。', '', '**乙：** 我们谈谈芯片。', '', '**乙：** 好的。', ''],
		[{ turn: 2, speaker: 'jia', reason: 'the recording has <b>甲</b> asking this' }]
	);
	const out = clean(render(TranscriptReader, { props: { analysis: readerAnalysis(corrected), dashboardHref: (s: string) => s } }).body);
	const expected = 'Turn 2: labelled 乙 in the source, attributed to 甲, because the recording has <b>甲</b> asking this';

	it('lists each correction at the top, linked to its turn, and notes it beside the turn', () => {
		const listed = /<section class="corrections[^>]*>[\s\S]*?<\/section>/.exec(out)?.[0] ?? '';
		expect(listed).toContain('Corrections to the source');
		expect(listed).toMatch(/<a href="#t2"[^>]*>/);
		expect(unescapeHtml(listed.replace(/<[^>]+>/g, ''))).toContain(expected);
		const turn2 = /<div class="turn[^"]*" id="t2"[\s\S]*?<\/div>/.exec(out)?.[0] ?? '';
		expect(turn2).toContain('data-speaker="jia"');
		expect(unescapeHtml(turn2.replace(/<[^>]+>/g, ''))).toContain(expected);
		// The reason is data: its markup is escaped, never a <b> element.
		expect(out).not.toContain('<b>甲</b>');
	});

	it('shows nothing of the kind for a transcript without corrections', () => {
		expect(html).not.toContain('class="corrections');
		expect(html).not.toContain('correction-note');
	});
});
