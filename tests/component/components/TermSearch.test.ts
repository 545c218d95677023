/**
 * The term search on the real seed: a labelled search form (hidden until JavaScript runs), and a
 * chip per term in the selection with its mentions and turns within the rest of the selection,
 * each chip a button that removes its term. Figures are checked against a plain scan of the text.
 */
import { describe, expect, it } from 'vitest';
import TermSearch from '../../../src/lib/components/TermSearch.svelte';
import { dashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import { renderWithSelection, type Selected } from '../render';
import { attributeValues, clean, unescapeHtml } from './markup';

const analysis = dashboardAnalysis(loadAnalysis('altman-lightcap-20vc'));
const search = (selected: Selected = {}) => clean(renderWithSelection(TermSearch, analysis, {}, selected));
const chips = (html: string) =>
	[...html.matchAll(/<button type="button" class="term[^"]*" aria-label="([^"]*)"[^>]*>([\s\S]*?)<\/button>/g)].map((m) => ({
		name: unescapeHtml(m[1]!),
		text: unescapeHtml(m[2]!.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()
	}));

/** Occurrences of a Chinese term in the turns (a plain substring count), and the turns with one. */
function scan(term: string, speaker?: string): { mentions: number; turns: number } {
	let mentions = 0;
	let turns = 0;
	for (const turn of analysis.turns.filter((t) => !speaker || t.speaker === speaker)) {
		const count = turn.paragraphs.reduce((sum, p) => sum + p.text.split(term).length - 1, 0);
		mentions += count;
		if (count > 0) turns++;
	}
	return { mentions, turns };
}

describe('TermSearch', () => {
	it('is a labelled search form, hidden until JavaScript runs, with no chips when no term is selected', () => {
		const html = search();
		expect(html).toMatch(/^<div class="term-search needs-js[^"]*">/);
		expect(html).toMatch(/<form role="search" aria-label="Find a word or phrase"/);
		expect(html).toMatch(/<label for="term-input"[^>]*>Find a word or phrase<\/label>/);
		expect(attributeValues(html, /<input id="term-input"[^>]*>/, 'maxlength')).toEqual(['64']);
		expect(html).not.toMatch(/<input id="term-input"[^>]*disabled/);
		expect(html).not.toContain('<ul class="terms');
	});

	it('lists a chip per selected term, in the order added, with its mentions and turns', () => {
		// Counted by hand in the transcript's turns: 人才 (talent) 4 times; 创业 (start-up) 7 times (and once
		// more in the introduction, which is not a turn).
		const talent = scan('人才');
		const startUp = scan('创业');
		expect(talent.mentions).toBe(4);
		expect(startUp.mentions).toBe(7);
		const html = search({ terms: ['人才', '创业'] });
		expect(html).toMatch(/<ul class="terms[^"]*" aria-label="Terms in the selection">/);
		expect(chips(html)).toEqual([
			{ name: `“人才”: 4 mentions in ${talent.turns} turns. Remove this term`, text: '“人才” 4 mentions ×' },
			{ name: `“创业”: 7 mentions in ${startUp.turns} turns. Remove this term`, text: '“创业” 7 mentions ×' }
		]);
	});

	it('counts a term within the rest of the selection (a speaker), not within its own clause', () => {
		const altman = scan('人才', 'altman');
		const html = search({ speaker: 'altman', terms: ['人才'] });
		const [chip] = chips(html);
		expect(chip!.name).toBe(
			`“人才”: ${altman.mentions} ${altman.mentions === 1 ? 'mention' : 'mentions'} in ${altman.turns} ${altman.turns === 1 ? 'turn' : 'turns'}. Remove this term`
		);
	});

	it('disables the input at five terms and says why', () => {
		const html = search({ terms: ['人才', '创业', '模型', '成本', '企业'] });
		expect(chips(html)).toHaveLength(5);
		expect(html).toMatch(/<input id="term-input"[^>]*disabled/);
		expect(html).toMatch(/<button type="submit" class="button[^"]*" disabled/);
		expect(html).toContain('At most 5 terms at once: remove one to add another.');
	});

	it('escapes a term, in its chip and its name', () => {
		const html = search({ terms: ['<img src=x onerror=alert(1)>'] });
		expect(html).not.toMatch(/<img/i);
		expect(html).toContain('“&lt;img src=x onerror=alert(1)>”');
		expect(chips(html)[0]!.name).toBe('“<img src=x onerror=alert(1)>”: 0 mentions in 0 turns. Remove this term');
	});
});
