import { describe, expect, it } from 'vitest';
import { seedAnalysis, seedLines, seedText } from './seed';

const analysis = seedAnalysis();
const paragraphText = new Map(analysis.turns.flatMap((turn) => turn.paragraphs.map((p) => [p.id, p.text] as const)));

describe('the seed transcript: structure', () => {
	it('has the 7 numbered sections, with their titles and lines', () => {
		// Independent of the parser: the heading lines as they stand in the file.
		const headingLines = seedLines.flatMap((line, index) => (/^0\d /.test(line) ? [{ line: index + 1, text: line }] : []));
		expect(headingLines).toHaveLength(7);
		expect(analysis.sections.map((s) => ({ line: s.line, text: `${s.number} ${s.title}` }))).toEqual(headingLines);
		expect(analysis.sections.map((s) => s.title)).toEqual([
			'七年前创建OpenAI',
			'工作中有分歧，但要分轻重缓急',
			'高质量AI的成本将趋近于零',
			'人工智能模型还不够聪明，GPT-6将成为通用工具',
			'ChatGPT推出加速OpenAI扩张',
			'“失败乃成功之母”过时了？更多从成功中吸取经验',
			'OpenAI五年内最大挑战在于供应链和计算资源'
		]);
		expect(analysis.sections.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('has 102 turns: 斯特宾斯 47, 奥特曼 36, 莱特卡普 19 (as many as label lines in the file)', () => {
		const labelLines = (name: string) => seedLines.filter((line) => line.startsWith(`**${name}：**`)).length;
		const turnsOf = (id: string) => analysis.turns.filter((turn) => turn.speaker === id).length;
		expect(analysis.turns).toHaveLength(102);
		expect(turnsOf('stebbings')).toBe(47);
		expect(turnsOf('altman')).toBe(36);
		expect(turnsOf('lightcap')).toBe(19);
		expect(turnsOf('stebbings')).toBe(labelLines('斯特宾斯'));
		expect(turnsOf('altman')).toBe(labelLines('奥特曼'));
		expect(turnsOf('lightcap')).toBe(labelLines('莱特卡普'));
		expect(analysis.speakers.map((s) => [s.id, s.turns])).toEqual([
			['stebbings', 47],
			['altman', 36],
			['lightcap', 19]
		]);
	});

	it('gives turns and paragraphs stable ids and their source lines', () => {
		const first = analysis.turns[0]!;
		expect(first).toMatchObject({ id: 't1', index: 1, speaker: 'stebbings', section: 1, line: 21 });
		expect(first.paragraphs[0]).toMatchObject({ id: 't1-p1', line: 22 });
		expect(seedLines[first.paragraphs[0]!.line - 1]).toBe(first.paragraphs[0]!.text);
		// Text on the label's own line: the paragraph starts on the label line.
		const sameLine = analysis.turns.find((turn) => turn.line === 27)!;
		expect(sameLine.paragraphs[0]).toMatchObject({ line: 27 });
		expect(sameLine.paragraphs[0]!.text.startsWith('在那些年里')).toBe(true);
		// A paragraph without a label continues the turn (lines 29-32: one turn, two paragraphs).
		const twoParagraphs = analysis.turns.find((turn) => turn.line === 29)!;
		expect(twoParagraphs.paragraphs.map((p) => [p.id, p.line])).toEqual([
			[`${twoParagraphs.id}-p1`, 30],
			[`${twoParagraphs.id}-p2`, 32]
		]);
		analysis.turns.forEach((turn, index) => expect(turn.id).toBe(`t${index + 1}`));
	});

	it('joins hard-wrapped lines: a space between Latin words, none between Chinese characters', () => {
		const intro = analysis.front.find((m) => m.line === 12)!;
		expect(intro.kind).toBe('introduction');
		expect(intro.text).toContain('布拉德·莱特卡普（Brad Lightcap），近日首次');
		const wrapped = analysis.turns.find((turn) => turn.line === 37)!.paragraphs[0]!;
		expect(wrapped.line).toBe(38);
		expect(wrapped.text).toContain('格雷格·布罗克曼（Greg Brockman，OpenAI总裁）和伊利亚·苏茨凯弗（Ilya Sutskever，OpenAI首席科学家）交流');
		expect([...paragraphText.values()].some((text) => text.includes('\n'))).toBe(false);
	});

	it('keeps title, highlights and introduction as front matter, and the credit as back matter', () => {
		expect(analysis.front.filter((m) => m.kind === 'title')).toEqual([
			{ kind: 'title', text: '奥特曼与OpenAI COO首次“合体”访谈：未来AI成本将趋近零（视频+实录）', line: 1 }
		]);
		expect(analysis.front.filter((m) => m.kind === 'highlights').map((m) => m.line)).toEqual([7, 8, 9, 10]);
		expect(analysis.front.find((m) => m.line === 7)!.text.startsWith('那些声称决策不多的人')).toBe(true);
		expect(analysis.front.filter((m) => m.kind === 'introduction').map((m) => m.line)).toEqual([12, 15, 17]);
		expect(analysis.back).toEqual([{ kind: 'credit', text: '编译/金鹿', line: 316 }]);
		const lastTurn = analysis.turns.at(-1)!;
		const lastText = lastTurn.paragraphs.at(-1)!.text;
		expect(seedText).toContain('我依然充满了期待。（编译/金鹿）');
		expect(lastText.endsWith('我依然充满了期待。')).toBe(true);
		expect([...paragraphText.values()].some((text) => text.includes('编译/金鹿'))).toBe(false);
	});
});

describe('the seed transcript: speaking share', () => {
	it('gives 奥特曼 the largest share; shares sum to 1', () => {
		const [largest] = [...analysis.speakers].sort((a, b) => b.share - a.share);
		expect(largest!.id).toBe('altman');
		expect(analysis.speakers.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
		for (const section of analysis.sections) {
			expect(section.speakers.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
		}
	});

	it('counts content units as Chinese characters, letters and digits, without punctuation', () => {
		const t1 = analysis.turns[0]!;
		const independent = t1.paragraphs[0]!.text.replace(/[^\p{L}\p{N}]/gu, '').length;
		expect(t1.units).toBe(independent);
		expect(analysis.unit).toBe('char');
		const total = analysis.turns.flatMap((t) => t.paragraphs).reduce((sum, p) => sum + p.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
		expect(analysis.totals.units).toBe(total);
		expect(analysis.speakers.reduce((sum, s) => sum + s.units, 0)).toBe(total);
	});

	it('estimates minutes at 250 characters a minute by default', () => {
		expect(analysis.rate).toEqual({ charsPerMinute: 250, wordsPerMinute: 150 });
		for (const speaker of analysis.speakers) expect(speaker.estimatedMinutes).toBeCloseTo(speaker.units / 250, 5);
	});

	it('counts questions as runs of ? or ？ in the turns', () => {
		const independent = analysis.turns
			.flatMap((t) => t.paragraphs)
			.reduce((sum, p) => sum + (p.text.match(/[?？]+/g)?.length ?? 0), 0);
		expect(analysis.totals.questions).toBe(independent);
		const host = analysis.speakers.find((s) => s.id === 'stebbings')!;
		expect(host.questions).toBeGreaterThan(analysis.speakers.find((s) => s.id === 'altman')!.questions);
	});

	it('names the longest turn of each speaker', () => {
		for (const speaker of analysis.speakers) {
			const own = analysis.turns.filter((t) => t.speaker === speaker.id);
			expect(speaker.longestTurn.units).toBe(Math.max(...own.map((t) => t.units)));
			expect(own.find((t) => t.id === speaker.longestTurn.turn)!.units).toBe(speaker.longestTurn.units);
		}
	});
});

describe('the seed transcript: themes', () => {
	const gpt = analysis.mentions.filter((m) => m.theme === 'gpt-n');

	it('finds GPT-N in every form the turns use, and only there', () => {
		// Independent count over the raw lines of the turns (line 21 on), headings excluded.
		const turnLines = seedLines.slice(20).filter((line) => !/^0\d /.test(line));
		const raw = turnLines.flatMap((line) => line.match(/(?<![A-Za-z])GPT-?\d(?!\d)/g) ?? []);
		expect(gpt.map((m) => m.text)).toEqual(raw);
		expect(new Set(gpt.map((m) => m.text))).toEqual(
			new Set(['GPT-3', 'GPT-4', 'GPT-5', 'GPT-6', 'GPT-7', 'GPT-8', 'GPT2', 'GPT4', 'GPT6', 'GPT8'])
		);
		expect(gpt.every((m) => m.term === 'GPT{-?}{n}')).toBe(true);
		// ChatGPT is a product name, not a GPT-N.
		expect(seedText).toContain('ChatGPT');
		expect(gpt.some((m) => paragraphText.get(m.paragraph)!.slice(Math.max(0, m.start - 4), m.start) === 'Chat')).toBe(false);
	});

	it('points every mention at its text (UTF-16 offsets into the paragraph)', () => {
		const turnOf = new Map(analysis.turns.map((t) => [t.id, t]));
		for (const mention of analysis.mentions) {
			expect(paragraphText.get(mention.paragraph)!.slice(mention.start, mention.end)).toBe(mention.text);
			const turn = turnOf.get(mention.turn)!;
			expect(mention.paragraph.startsWith(`${turn.id}-p`)).toBe(true);
			expect(mention.speaker).toBe(turn.speaker);
			expect(mention.section).toBe(turn.section);
		}
	});

	it('counts 计算成本 for both compute and cost', () => {
		const at = analysis.mentions.filter((m) => m.text === '计算成本');
		expect(at.map((m) => m.theme).sort()).toEqual(['compute']);
		const cost = analysis.mentions.filter((m) => m.theme === 'cost' && m.text === '成本');
		const overlaps = at.filter((c) => cost.some((m) => m.paragraph === c.paragraph && m.start >= c.start && m.end <= c.end));
		expect(overlaps.length).toBe(at.length);
	});

	it('adds theme-by-section counts up to the theme totals, per speaker too', () => {
		for (const theme of analysis.themes) {
			const rows = analysis.themeBySection.filter((r) => r.theme === theme.id);
			expect(rows).toHaveLength(analysis.sections.length);
			expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(theme.mentions);
			for (const row of rows) {
				expect(Object.values(row.bySpeaker).reduce((a, b) => a + b, 0)).toBe(row.count);
				const units = analysis.sections.find((s) => s.index === row.section)!.units;
				expect(row.per10k).toBeCloseTo((row.count * 10000) / units, 5);
			}
		}
	});

	it('lists co-occurrence ids that really mention both themes, and no others', () => {
		const themesIn = (unit: 'turn' | 'paragraph', id: string) =>
			new Set(analysis.mentions.filter((m) => (unit === 'turn' ? m.turn : m.paragraph) === id).map((m) => m.theme));
		const units = { turn: analysis.turns.map((t) => t.id), paragraph: [...paragraphText.keys()] };
		expect(analysis.cooccurrence).toHaveLength(2 * ((analysis.themes.length * (analysis.themes.length + 1)) / 2));
		for (const cell of analysis.cooccurrence) {
			expect(cell.count).toBe(cell.ids.length);
			const expected = units[cell.unit].filter((id) => {
				const themes = themesIn(cell.unit, id);
				return themes.has(cell.a) && themes.has(cell.b);
			});
			expect(cell.ids).toEqual(expected);
			if (cell.a === cell.b && cell.unit === 'turn') {
				expect(cell.count).toBe(analysis.themes.find((t) => t.id === cell.a)!.turns);
			}
		}
	});

	it('finds section keywords with real Chinese words, no stop words, punctuation or numbers', () => {
		expect(analysis.keywords.map((k) => k.section)).toEqual(analysis.sections.map((s) => s.index));
		for (const { terms } of analysis.keywords) {
			expect(terms.length).toBe(10);
			for (const { term } of terms) {
				expect(term).toMatch(/\p{L}/u);
				expect(['我们', '的', '是', '，']).not.toContain(term);
			}
		}
		const all = analysis.keywords.flatMap((k) => k.terms.map((t) => t.term));
		expect(all.some((term) => term.length >= 2 && /\p{Script=Han}/u.test(term))).toBe(true);
	});
});
