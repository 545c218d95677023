import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TranscriptReader from '../../../src/lib/components/TranscriptReader.svelte';
import { loadAnalysis } from '../../../src/lib/server/content';
import { attributeValues, clean, unescapeHtml } from './markup';

const analysis = loadAnalysis('altman-lightcap-20vc');
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

	it('has the front matter (title, highlights, introduction) and the credit at the end', () => {
		expect(html).toMatch(/<h1 class="reader-title[^"]*" lang="zh">/);
		const highlights = analysis.front.filter((m) => m.kind === 'highlights');
		expect(highlights.length).toBeGreaterThan(0);
		for (const item of highlights) expect(html).toMatch(new RegExp(`<li lang="zh"[^>]*>${item.text.replace(/[()?.*+]/g, '\\$&')}</li>`));
		const introduction = analysis.front.find((m) => m.kind === 'introduction')!;
		expect(html.indexOf(introduction.text)).toBeLessThan(html.indexOf('id="t1"'));
		const credit = analysis.back.find((m) => m.kind === 'credit')!;
		expect(html.lastIndexOf(credit.text)).toBeGreaterThan(html.lastIndexOf('class="paragraph'));
	});
});
