/**
 * The conversation chart on the real seed: every turn is a link to the reader in transcript
 * order, named with index, speaker, length and section; every mention is a tick (a term the
 * reader added gets its own track); section numbers are buttons; turns outside the selection
 * are dimmed, not removed; the turn picker (the touch way in) lists every turn.
 */
import { describe, expect, it } from 'vitest';
import ConversationChart from '../../../src/lib/charts/ConversationChart.svelte';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { classes, elements, elementsWithClass, renderChart, seedAnalysis, svgElements } from './ssr';

const analysis = seedAnalysis();
const readerHref = (turnId: string) => `/t/altman-lightcap-20vc/read/#${turnId}`;

describe('ConversationChart', () => {
	const html = renderChart(ConversationChart, { analysis, readerHref });
	const links = elements(html, 'a').filter((a) => classes(a.attributes).includes('turn'));

	it('links every turn to its paragraph in the reader, in transcript order', () => {
		expect(links).toHaveLength(102);
		expect(links.map((a) => a.attributes.href)).toEqual(analysis.turns.map((t) => readerHref(t.id)));
	});

	it('names a turn with its index, speaker as written, length and section (its title: the name of a link with no text)', () => {
		expect(links.filter((a) => 'aria-label' in a.attributes)).toEqual([]);
		const turn = analysis.turns[11]!;
		const label = analysis.speakers.find((s) => s.id === turn.speaker)!.label;
		const section = analysis.sections.find((s) => s.index === turn.section)!.number;
		expect(links[11]!.attributes.title).toMatch(
			new RegExp(`^Turn 12, ${label}, ${turn.units.toLocaleString('en-US')} characters, section ${section}(, mentions .+)?$`)
		);
		const withTheme = links.find((a) => a.attributes.title!.includes('mentions Enterprise (企业)'));
		expect(withTheme).toBeDefined();
	});

	it('draws each turn as wide as its length, in its speaker’s lane', () => {
		const marks = svgElements(elements(html, 'g').find((g) => classes(g.attributes).includes('turn-marks'))!.html, 'rect');
		expect(marks).toHaveLength(102);
		const total = analysis.turns.reduce((sum, t) => sum + t.units, 0);
		marks.forEach((mark, i) => expect(Number(mark.width)).toBeCloseTo((analysis.turns[i]!.units / total) * 100, 3)); // written to a thousandth (charts/coordinates.ts)
		const laneOf = new Map<string, string>();
		marks.forEach((mark, i) => {
			const speaker = analysis.turns[i]!.speaker;
			expect(laneOf.get(speaker) ?? mark.y).toBe(mark.y);
			laneOf.set(speaker, mark.y!);
		});
		expect(new Set(laneOf.values()).size).toBe(analysis.speakers.length);
	});

	it('draws a tick for every theme mention', () => {
		expect(svgElements(html, 'line').filter((l) => l.stroke)).toHaveLength(analysis.mentions.length);
	});

	it('gives a term in the selection its own labelled track, a tick per occurrence', () => {
		const withTerm = renderChart(ConversationChart, { analysis, readerHref }, { terms: ['OpenAI'] });
		// The oracle: a plain, case-insensitive whole-word scan of every paragraph.
		const occurrences = analysis.turns
			.flatMap((t) => t.paragraphs)
			.reduce((sum, p) => sum + (p.text.match(/(?<![A-Za-z0-9])openai(?![A-Za-z0-9])/gi) ?? []).length, 0);
		expect(occurrences).toBeGreaterThan(0);
		const ticks = svgElements(withTerm, 'line').filter((l) => l.stroke);
		expect(ticks).toHaveLength(analysis.mentions.length + occurrences);
		// Terms are drawn in one dark ink (shape and label tell them apart), unlike every theme.
		expect(ticks.filter((l) => l.stroke === '#3d3d3d')).toHaveLength(occurrences);
		expect(withTerm).toMatch(/<span lang="zh"[^>]*>“OpenAI”<\/span>/);
	});

	it('has a turn picker listing every turn, opening the first turn in the selection', () => {
		const options = elements(html, 'option');
		expect(options.map((o) => o.attributes.value)).toEqual(analysis.turns.map((t) => t.id));
		expect(options[5]!.text).toBe('6 · 莱特卡普 · 01');
		const read = elementsWithClass(html, 'a', 'read-turn')[0]!;
		expect(read.attributes.href).toBe(readerHref('t1'));

		// With a speaker selected, the picker starts at that speaker's first turn.
		const firstLightcap = analysis.turns.find((t) => t.speaker === 'lightcap')!;
		const selected = renderChart(ConversationChart, { analysis, readerHref }, { speaker: 'lightcap' });
		const picked = elements(selected, 'option').filter((o) => 'selected' in o.attributes);
		expect(picked.map((o) => o.attributes.value)).toEqual([firstLightcap.id]);
		const link = elementsWithClass(selected, 'a', 'read-turn')[0]!;
		expect(link.attributes.href).toBe(readerHref(firstLightcap.id));
		expect(link.attributes['aria-label']).toBe(
			`Read turn ${firstLightcap.index} in the transcript: Turn ${firstLightcap.index}, 莱特卡普, ${firstLightcap.units.toLocaleString('en-US')} characters, section 01 (in the selection)`
		);
	});

	it('has a button per section that toggles it, named with the full title', () => {
		const sections = elements(html, 'button');
		expect(sections.map((b) => b.text)).toEqual(analysis.sections.map((s) => s.number));
		expect(sections[5]!.attributes['aria-label']).toBe('Section 06 “失败乃成功之母”过时了？更多从成功中吸取经验');
		expect(sections.every((b) => b.attributes['aria-pressed'] === 'false')).toBe(true);
		const selected = renderChart(ConversationChart, { analysis, readerHref }, { section: 6 });
		expect(elements(selected, 'button').map((b) => b.attributes['aria-pressed'])).toEqual(
			analysis.sections.map((s) => String(s.index === 6))
		);
	});

	it('dims turns outside the selection and keeps them drawn and linked', () => {
		const selected = renderChart(ConversationChart, { analysis, readerHref }, { speaker: 'altman' });
		const turns = elements(selected, 'a').filter((a) => classes(a.attributes).includes('turn'));
		const marks = elements(elements(selected, 'g').find((g) => classes(g.attributes).includes('turn-marks'))!.html, 'rect');
		const dimmed = marks.filter((rect) => classes(rect.attributes).includes('dimmed'));
		const altmanTurns = analysis.turns.filter((t) => t.speaker === 'altman').length;
		expect(turns).toHaveLength(102);
		expect(marks).toHaveLength(102);
		expect(dimmed).toHaveLength(102 - altmanTurns);
		const inSelection = turns.filter((a) => a.attributes.title!.endsWith('(in the selection)'));
		expect(inSelection).toHaveLength(altmanTurns);
	});

	it('lists every turn with a reader link in its data table', () => {
		const rows = elements(elements(html, 'tbody')[0]!.html, 'tr');
		expect(rows).toHaveLength(102);
		expect(elements(rows[0]!.html, 'a')[0]!.attributes.href).toBe(readerHref('t1'));
	});

	it('numbers every section of the seed, and only numbers that fit when there are many', () => {
		const seedSections = elementsWithClass(html, 'button', 'section');
		expect(seedSections.map((button) => button.text)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
		// 60 sections of one equal turn each: each spans 100/60 % of the plot. A two-digit number
		// needs (2 × 7.5 + 8) px: 3.6 % of a 640 px plot, so every third is numbered (01, 04 … 58,
		// twenty); 8.2 % of a 280 px phone plot, so every second of those stays there (01, 07 … 55).
		const text = Array.from({ length: 60 }, (_, i) => `## Part ${i + 1}\n\n**${i % 2 ? '甲' : '乙'}：** 同样长的一段话。\n`).join('\n');
		const many = analyseTranscript(text, { id: 'many', themes: [] });
		expect(many.sections).toHaveLength(60);
		const buttons = elementsWithClass(renderChart(ConversationChart, { analysis: many, readerHref }), 'button', 'section');
		expect(buttons).toHaveLength(60);
		const numbered = buttons.filter((button) => button.text !== '');
		expect(numbered.map((button) => button.text)).toEqual(Array.from({ length: 20 }, (_, i) => String(i * 3 + 1).padStart(2, '0')));
		const onPhones = numbered.filter((button) => !classes(button.attributes).includes('wide-only'));
		expect(onPhones.map((button) => button.text)).toEqual(Array.from({ length: 10 }, (_, i) => String(i * 6 + 1).padStart(2, '0')));
		// The seed's seven sections keep their numbers at both widths.
		expect(seedSections.some((button) => classes(button.attributes).includes('wide-only'))).toBe(false);
		// Every section keeps its button and its name.
		expect(buttons.every((button) => /Part \d+/.test(button.attributes['aria-label'] ?? ''))).toBe(true);
	});

	it('pairs each picker label with its own select, one unit that wraps whole, on a long transcript too', () => {
		// 1,600 turns (over BIN_ABOVE) in four sections: the picker goes by section, then turn.
		const text = Array.from({ length: 4 }, (_, s) => `## Part ${s + 1}\n\n${Array.from({ length: 400 }, (_, t) => `**${t % 2 ? '甲' : '乙'}：** 第${t}句。\n`).join('\n')}`).join('\n');
		const long = analyseTranscript(text, { id: 'long', themes: [], segmenter: () => () => [] });
		expect(long.turns).toHaveLength(1600);
		for (const [markup, ids] of [
			[html, ['turn']],
			[renderChart(ConversationChart, { analysis: long, readerHref }), ['section', 'turn']]
		] as const) {
			const fields = [...markup.matchAll(/<span class="picker-field[^"]*">(.*?)<\/span>/gs)].map((field) => field[1]!);
			expect(fields).toHaveLength(ids.length);
			for (const [i, field] of fields.entries()) {
				const label = /<label for="([^"]+)"/.exec(field)?.[1];
				expect(label).toMatch(new RegExp(`-${ids[i]}-picker$`));
				expect(field).toMatch(new RegExp(`^\\s*<label for="${label}"[^>]*>[^<]*</label>\\s*<select id="${label}"`));
			}
		}
	});
});
