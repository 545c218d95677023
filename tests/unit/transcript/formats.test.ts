/**
 * The formats real transcripts come in: one fixture per format (tests/fixtures/formats, written
 * for these tests), with the turns per speaker, the section titles and a few texts counted by hand
 * from the fixture and written here. Small inline rows pin each variant of a format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { editDistance, isLikelyTypo } from '../../../src/lib/transcript/labels';
import { parseTranscript, type ParsedTranscript } from '../../../src/lib/transcript/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');

/** Turns per label, in order of first appearance. */
function turnsPerLabel(parsed: ParsedTranscript): [string, number][] {
	const counts = new Map<string, number>();
	for (const turn of parsed.turns) counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1);
	return [...counts];
}

const textOf = (parsed: ParsedTranscript, index: number) => parsed.turns[index]!.paragraphs.map((p) => p.text).join('\n');

describe('timestamps', () => {
	it('Rev style "Name (00:12:34):" with the text on the next line: speakers, times, text without the stamp', () => {
		const parsed = parseTranscript(fixture('timestamped-rev.txt'));
		expect(turnsPerLabel(parsed)).toEqual([['Maya Ortiz', 3], ['Tom Reyes', 3]]);
		expect(parsed.turns.map((turn) => turn.time)).toEqual([4, 15, 19, 62, 150, 161]);
		expect(textOf(parsed, 3)).toBe(
			'Two reasons. The engine was forty years old, and the council cut the fuel budget. We kept the evening boat because the fishermen need it.'
		);
		expect(parsed.turns[0]!.line).toBe(4);
		expect(parsed.front.map((item) => item.text)).toEqual(['Harbour Talk, episode 12: the ferry question Recorded at the town library']);
	});

	it('[00:12:34] before the label, alone on the line before it, and after the label', () => {
		const parsed = parseTranscript(fixture('timestamped-brackets.txt'));
		expect(parsed.turns.map((turn) => [turn.label, turn.time])).toEqual([
			['HOST', 0],
			['CHEN', 9],
			['HOST', 14],
			['CHEN', 65],
			['HOST', 132],
			['CHEN', 140],
			['HOST', 181]
		]);
		expect(textOf(parsed, 2)).toBe("Let's start with the schools. (CROSSTALK) One at a time, please.");
		expect(textOf(parsed, 5)).toBe('Roads are flat. [Laughter.] Flat budget, I mean, not flat roads.');
		expect(textOf(parsed, 6)).toBe('Thank you.');
		// Line numbers stay those of the file: the stamp alone on line 7 is blank now, CHEN is on 8.
		expect(parsed.turns[3]!.line).toBe(8);
	});

	it.each([
		{ name: '(00:12) mm:ss in brackets before the colon', input: 'A (00:12): one\n\nB (01:05): two\n\nA (1:02:03): three\n\nB (1:02:09): four', times: [12, 65, 3723, 3729], texts: ['one', 'two', 'three', 'four'] },
		{ name: 'bare 00:12:34 at the start', input: '00:00:01 A: one\n00:00:07 B: two\n00:01:00 A: three\n00:01:30 B: four', times: [1, 7, 60, 90], texts: ['one', 'two', 'three', 'four'] },
		{ name: 'bold label, stamp after it', input: '**甲：** [00:10] 一。\n\n**乙：** [00:20] 二。\n\n**甲：** [00:30] 三。', times: [10, 20, 30], texts: ['一。', '二。', '三。'] },
		{ name: 'bold label alone, stamp on the first text line', input: '**甲：**\n[00:10] 一。\n\n**乙：**\n[00:20] 二。\n\n**甲：**\n三。', times: [10, 20, undefined], texts: ['一。', '二。', '三。'] },
		{ name: 'Otter style "Name  0:03", text on the next line', input: 'Sam Lee  0:03\nHello.\n\nAna Cruz  0:09\nHi.\n\nSam Lee  1:15\nBye.\n\nAna Cruz  1:20\nBye now.', times: [3, 9, 75, 80], texts: ['Hello.', 'Hi.', 'Bye.', 'Bye now.'] },
		{ name: 'bold name, one space, h:mm:ss', input: '**Ana** 00:00:03\nHello.\n\n**Ben** 00:00:09\nHi.\n\n**Ana** 00:01:15\nBye.\n\n**Ben** 00:01:20\nBye now.', times: [3, 9, 75, 80], texts: ['Hello.', 'Hi.', 'Bye.', 'Bye now.'] },
		{ name: 'fractions of a second', input: '[00:00:01.5] A: one\n[00:00:02,250] B: two\n[00:00:03] A: three\n[00:00:04] B: four', times: [1.5, 2.25, 3, 4], texts: ['one', 'two', 'three', 'four'] }
	])('$name', ({ input, times, texts }) => {
		const parsed = parseTranscript(input);
		expect(parsed.turns.map((turn) => turn.time)).toEqual(times);
		expect(parsed.turns.map((turn) => turn.paragraphs.map((p) => p.text).join(' '))).toEqual(texts);
	});

	it('a time of day inside a sentence is text, not a timestamp', () => {
		const parsed = parseTranscript('A: We met at 10:30 and left at 11:45.\n\nB: The train was at 9:15:00 sharp.\n\nA: ok\n\nB: fine');
		expect(parsed.turns.map((turn) => turn.time)).toEqual([undefined, undefined, undefined, undefined]);
		expect(textOf(parsed, 0)).toBe('We met at 10:30 and left at 11:45.');
		expect(textOf(parsed, 1)).toBe('The train was at 9:15:00 sharp.');
	});
});

interface FormatCase {
	format: string;
	file: string;
	/** [name shown, role, turns], in the dashboard's order; counted by hand in the fixture. */
	speakers: [name: string, role: string, turns: number][];
	/** [number, title] of each section. */
	sections: [string, string][];
	/** Turn index → its paragraphs, for the turns the format is about. */
	texts?: Record<number, string[]>;
	/** Turn index → its units (words or Han characters), counted by hand without markers. */
	units?: Record<number, number>;
	/** Noise removed, by kind. */
	noise?: Record<string, number>;
	/** Line in the file of each turn's label. */
	lines?: number[];
	/** Warning codes that must be present. */
	warnings?: string[];
}

const formats: FormatCase[] = [
	{
		format: 'bold label alone on its line, colon inside or outside the bold, a Latin name in Chinese text',
		file: 'bold-label-alone.md',
		speakers: [['李然', '', 3], ['Kevin Weil', '', 3]],
		sections: [],
		texts: { 1: ['谢谢邀请，很高兴来到这里。'], 3: ['比我们预想的好。很多人每天都在用它整理邮件。', '不过也有人抱怨速度。'] },
		lines: [5, 8, 11, 14, 19, 22]
	},
	{
		format: 'the whole question in bold, the label inside the bold',
		file: 'bold-question.md',
		speakers: [['腾讯新闻', '', 3], ['周晓', '', 3]],
		sections: [],
		texts: {
			0: ['你们今年最大的变化是什么？'],
			2: ['人多了以后，决策会变慢吗？有没有具体的例子？你们怎么应对？'],
			3: ['会慢一点。比如上个月的一次发布，我们开了三次会才定下来。后来我们规定，每个项目只有一个人拍板。']
		}
	},
	{
		format: 'messy bold: doubled opening, bold fragments inside a turn',
		file: 'messy-bold.md',
		speakers: [['张鹏', '', 3], ['王琳', '', 2], ['赵宇', '', 2]],
		sections: [],
		texts: {
			0: ['今天这场圆桌，我们聊聊大模型落地。先请各位简单介绍一下自己。'],
			2: ['OpenAI 发布新模型之后，你们的客户有什么反应？'],
			3: ['客户最关心的还是成本，其次是数据安全。'],
			5: ['那观望的原因是什么？']
		}
	},
	{
		format: 'headings: setext **01** / ------ / bold title over two lines or in ****, bold headings ending in a colon',
		file: 'headings.md',
		speakers: [['主持人', '', 4], ['陈默', '', 3]],
		sections: [['01', '开源与闭源的竞争格局'], ['02', '开源的商业模式'], ['', '开源的未来'], ['', '一个没有说完的问题']],
		texts: { 6: ['我们下期再聊。'] },
		warnings: ['continued-after-heading']
	},
	{
		format: 'English NAME: labels, long first label later short, markers out of the word counts',
		file: 'debate-long-labels.txt',
		speakers: [['MODERATOR', '', 3], ['LOPEZ', 'Governor of New Mexico', 4], ['KERR', 'Former Senator from Ohio', 3]],
		sections: [],
		texts: { 6: ['It will (inaudible) next spring, and Ms. Abeyta (ph) will run it.'] },
		// "Thank you. It is good to be back in Riverton. (APPLAUSE)" = 10; "It will … run it." = 10; "A toll, [laughter] a small one." = 5.
		units: { 1: 10, 6: 10, 8: 5 },
		warnings: ['auto-alias']
	},
	{
		format: 'official record: Mr./Senator/Chairman labels with a period, indented paragraphs, page headers, dot-leader contents',
		file: 'hearing.txt',
		speakers: [['Chairman HARLOW', '', 3], ['Ms. WHITFIELD', '', 3], ['Senator OKAFOR', '', 2]],
		sections: [],
		texts: {
			0: ['The committee will come to order. Today we examine how the broadband grants have been spent.', 'Ms. Whitfield, thank you for coming.'],
			1: ['Thank you, Mr. Chairman. I am glad to be here.', '[Laughter.]'],
			3: ['Without objection.'],
			6: ['They are still under review. Most of them were filed after the deadline.']
		},
		// "Thank you, Mr. Chairman. I am glad to be here." = 10 words; [Laughter.] none.
		units: { 1: 10 },
		noise: { contents: 3, 'page-header': 4 },
		lines: [12, 15, 17, 19, 23, 24, 28, 33]
	},
	{
		format: 'official record saved as a web page (<pre>, entities, a script)',
		file: 'hearing.html',
		speakers: [['Chairman HARLOW', '', 3], ['Ms. WHITFIELD', '', 3], ['Senator OKAFOR', '', 2]],
		sections: [],
		texts: { 1: ['Thank you, Mr. Chairman. I am glad to be here.', '[Laughter.]'] },
		noise: { contents: 3, 'page-header': 4 },
		// The <pre> opens on line 11 of the page: each label is 10 lines below its line in hearing.txt.
		lines: [22, 25, 27, 29, 33, 34, 38, 43]
	},
	{
		format: 'Cantonese, one-character labels and a legend line',
		file: 'cantonese-legend.txt',
		speakers: [['記者', '', 3], ['梁志明', '', 3]],
		sections: [],
		texts: { 3: ['首先要加快覆建。其次，劏房嘅租金要管制。'] },
		// 首先要加快覆建 (7) + 其次 (2) + 劏房嘅租金要管制 (8) = 17 characters.
		units: { 3: 17 }
	},
	{
		format: 'WeChat clipping: images, highlight counts, reading list, account boilerplate, footer',
		file: 'wechat-clipping.md',
		speakers: [['科技前哨', '', 3], ['林舟', '', 2]],
		sections: [],
		texts: { 3: ['都是我们在菜市场一家一家谈下来的，这是最难的一段'], 4: ['谢谢林舟。'] },
		noise: { account: 4, footer: 1, 'highlight-count': 1, image: 2, 'reading-list': 3 },
		warnings: ['noise']
	},
	{
		format: 'a label seen once, close to a recurring one',
		file: 'typo-label.md',
		speakers: [['NoPriors', '', 2], ['嘉宾', '', 3], ['Priors', '', 1]],
		sections: [],
		texts: { 4: ['最大的难点是什么？硬件还是软件？'] },
		warnings: ['label-typo']
	},
	{
		format: 'timestamps on the label line, text on the next (Rev)',
		file: 'timestamped-rev.txt',
		speakers: [['Maya Ortiz', '', 3], ['Tom Reyes', '', 3]],
		sections: []
	},
	{
		format: 'timestamps before, after and above labels',
		file: 'timestamped-brackets.txt',
		speakers: [['HOST', '', 4], ['CHEN', '', 3]],
		sections: [],
		// "Let's start with the schools. (CROSSTALK) One at a time, please." = 10 words.
		units: { 2: 10 }
	}
];

describe('formats: one fixture each, figures counted by hand', () => {
	it.each(formats)('$format ($file)', ({ file, speakers, sections, texts, units, noise, lines, warnings }) => {
		const text = fixture(file);
		const parsed = parseTranscript(text);
		const analysis = analyseTranscript(text, { id: 'f', themes: [] });
		expect(analysis.speakers.map((speaker) => [speaker.name.en, speaker.role.en, speaker.turns])).toEqual(speakers);
		// Without metadata the label the charts print is the form used most (LOPEZ, not MARIA LOPEZ, GOVERNOR …);
		// a legend names a label without changing it (記 is 記者).
		if (file === 'debate-long-labels.txt') expect(analysis.speakers.map((speaker) => speaker.label)).toEqual(['MODERATOR', 'LOPEZ', 'KERR']);
		expect(parsed.sections.map((section) => [section.number, section.title])).toEqual(sections);
		for (const [index, paragraphs] of Object.entries(texts ?? {})) {
			expect(parsed.turns[Number(index)]!.paragraphs.map((p) => p.text)).toEqual(paragraphs);
		}
		for (const [index, count] of Object.entries(units ?? {})) expect(analysis.turns[Number(index)]!.units).toBe(count);
		const noiseByKind: Record<string, number> = {};
		for (const item of parsed.noise) noiseByKind[item.kind] = (noiseByKind[item.kind] ?? 0) + 1;
		expect(noiseByKind).toEqual(noise ?? {});
		if (lines) expect(parsed.turns.map((turn) => turn.line)).toEqual(lines);
		for (const code of warnings ?? []) expect(parsed.warnings.map((w) => w.code)).toContain(code);
		// No markup or clipping residue reaches a speaker's text.
		for (const turn of parsed.turns) {
			for (const paragraph of turn.paragraphs) expect(paragraph.text).not.toMatch(/\*\*|!\[|<\/?[a-z]|&[a-z]+;|公众号|赞 \d/);
		}
	});
});

describe('noise and typos are reported where they are', () => {
	it('one warning per kind of noise, with the count and the first line', () => {
		const parsed = parseTranscript(fixture('wechat-clipping.md'));
		expect(parsed.warnings.filter((w) => w.code === 'noise').map((w) => [w.line, w.message.split(' removed')[0]])).toEqual([
			[3, '4 account boilerplate line(s)'],
			[6, '2 image link(s)'],
			[16, '1 highlight count(s) ("，赞 N")'],
			[20, '3 reading-list line(s)'],
			[29, '1 clipping footer line(s)']
		]);
	});

	it('a caps label seen once and close to a speaker is suggested as an alias but kept as text', () => {
		const parsed = parseTranscript('BIDEN: One.\n\nBASH: Two.\n\nBIDNE: Three.\n\nBASH: Four.\n\nBIDEN: Five.');
		expect(parsed.turns.map((turn) => turn.label)).toEqual(['BIDEN', 'BASH', 'BASH', 'BIDEN']);
		expect(parsed.suggestedAliases).toEqual([{ label: 'BIDNE', target: 'BIDEN', line: 5 }]);
	});

	it('suggests the alias with the line of the odd label', () => {
		const parsed = parseTranscript(fixture('typo-label.md'));
		expect(parsed.suggestedAliases).toEqual([{ label: 'Priors', target: 'NoPriors', line: 11 }]);
		expect(parsed.warnings.find((w) => w.code === 'label-typo')?.line).toBe(11);
	});

	it('a web page gives its <title> as the title and never its markup or scripts', () => {
		const parsed = parseTranscript(fixture('hearing.html'));
		expect(parsed.front[0]).toEqual({ kind: 'title', text: 'Hearing on Rural Broadband Grants', line: 1 });
		const all = JSON.stringify(parsed);
		expect(all).not.toContain('tracked');
		expect(all).not.toContain('DOCTYPE');
		expect(all).not.toContain('&gt;');
	});

	it('the legend names the one-character labels', () => {
		expect(parseTranscript(fixture('cantonese-legend.txt')).legend).toEqual([
			{ label: '記', name: '記者', line: 2 },
			{ label: '梁', name: '梁志明', line: 2 }
		]);
	});
});

interface VariantCase {
	name: string;
	input: string;
	turns: [label: string, text: string][];
	sections?: [string, string][];
}

const variants: VariantCase[] = [
	{ name: '**Name：** alone, text below', input: '**甲：**\n一。\n\n**乙：**\n二。\n\n**甲：**\n三。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。']] },
	{ name: '**Name**：alone, text below', input: '**甲**：\n一。\n\n**乙**：\n二。\n\n**甲**：\n三。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。']] },
	{ name: '**Name** ： with a space', input: '**甲** ：一。\n\n**乙** ： 二。\n\n**甲** ：三。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。']] },
	{ name: 'bold question, English, several sentences', input: '**NoPriors: Why now? What changed? Tell us.**\n\n**Guest:** Cost.\n\n**NoPriors: And next?**\n\n**Guest:** Scale.', turns: [['NoPriors', 'Why now? What changed? Tell us.'], ['Guest', 'Cost.'], ['NoPriors', 'And next?'], ['Guest', 'Scale.']] },
	{ name: 'bold question closing on a later line', input: '**记者：第一个问题，\n分两行。**\n\n**嘉宾：** 好。\n\n**记者：第二个。**\n\n**嘉宾：** 行。', turns: [['记者', '第一个问题，分两行。'], ['嘉宾', '好。'], ['记者', '第二个。'], ['嘉宾', '行。']] },
	{ name: 'a bold sentence with a colon, seen once, is text', input: '**甲：** 一。\n\n**我的看法是：先做再说。**\n\n**乙：** 二。\n\n**甲：** 三。\n\n**乙：** 四。', turns: [['甲', '一。 我的看法是：先做再说。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']] },
	{ name: '01 Title', input: '01 开场\n\n甲：一。\n\n02 收尾\n\n乙：二。\n\n甲：三。\n\n乙：四。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']], sections: [['01', '开场'], ['02', '收尾']] },
	{ name: '## Title and ### **Title：**', input: '## 开场\n\n甲：一。\n\n### **收尾：**\n\n乙：二。\n\n甲：三。\n\n乙：四。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']], sections: [['', '开场'], ['', '收尾']] },
	{ name: '一、标题', input: '一、缘起\n\n甲：一。\n\n二、展望\n\n乙：二。\n\n甲：三。\n\n乙：四。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']], sections: [['一', '缘起'], ['二', '展望']] },
	{ name: 'plain 01 over an underline', input: '01\n---\n开场\n\n甲：一。\n\n02\n---\n收尾\n\n乙：二。\n\n甲：三。\n\n乙：四。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']], sections: [['01', '开场'], ['02', '收尾']] },
	{ name: 'a name and a verb before a colon, once, stays text (奥特曼说：)', input: '奥特曼：一。\n奥特曼说：好。\n\n布拉德：二。\n\n奥特曼：三。\n\n布拉德：四。', turns: [['奥特曼', '一。奥特曼说：好。'], ['布拉德', '二。'], ['奥特曼', '三。'], ['布拉德', '四。']] },
	{ name: 'a topic in bold, seen once between turns, followed by text: a heading; the speaker goes on', input: '**Ann:** one\n\n**Closing remarks:**\n\ntwo\n\n**Bob:** three\n\n**Ann:** four\n\n**Bob:** five', turns: [['Ann', 'one'], ['Ann', 'two'], ['Bob', 'three'], ['Ann', 'four'], ['Bob', 'five']], sections: [['', 'Closing remarks']] },
	{ name: 'three plain numbers over underlines are headings, not page numbers', input: '001\n---\n开场\n\n甲：一。\n\n002\n---\n中场\n\n乙：二。\n\n003\n---\n收尾\n\n甲：三。\n\n乙：四。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。'], ['乙', '四。']], sections: [['001', '开场'], ['002', '中场'], ['003', '收尾']] },
	{ name: 'Mr. SMITH. / The CHAIRMAN. / Ms. WATERS.', input: 'The CHAIRMAN. We begin.\n\nMs. WATERS. Thank you.\n\nMr. SMITH. Briefly.\n\nMs. WATERS. Go on.\n\nMr. SMITH. Done.\n\nThe CHAIRMAN. Adjourned.', turns: [['The CHAIRMAN', 'We begin.'], ['Ms. WATERS', 'Thank you.'], ['Mr. SMITH', 'Briefly.'], ['Ms. WATERS', 'Go on.'], ['Mr. SMITH', 'Done.'], ['The CHAIRMAN', 'Adjourned.']] },
	{ name: 'numbered question lines that repeat are not page headers', input: '问题1\n\n甲：一？\n\n乙：二。\n\n问题2\n\n甲：三？\n\n问题3\n\n乙：四。', turns: [['甲', '一？'], ['乙', '二。 问题2'], ['甲', '三？ 问题3'], ['乙', '四。']] },
	{ name: 'a turn that names two people is not a legend', input: '张三：好的，李四：你说。\n李四：我说完了。\n张三：好。\n李四：嗯。', turns: [['张三', '好的，李四：你说。'], ['李四', '我说完了。'], ['张三', '好。'], ['李四', '嗯。']] },
	{ name: 'a topic in bold before the first speaker is front matter, not a speaker', input: '**导语：**\n\n这是一段介绍。\n\n**甲：** 一。\n\n**乙：** 二。\n\n**甲：** 三。', turns: [['甲', '一。'], ['乙', '二。'], ['甲', '三。']] },
	{ name: 'an HTML fragment (no <html>), <strong> labels, entities', input: '<p><strong>Q:</strong> Where &amp; when?</p>\n<p><strong>A:</strong> Here&#8217;s&nbsp;the answer.</p>\n<p><strong>Q:</strong> Why?</p>\n<p><strong>A:</strong> Because.</p>', turns: [['Q', 'Where & when?'], ['A', 'Here’s the answer.'], ['Q', 'Why?'], ['A', 'Because.']] },
	{ name: 'HTML paragraphs with <b> labels', input: '<!doctype html><html><body><p><b>HOST:</b> Hello &amp; welcome.</p>\n<p><b>GUEST:</b> Thanks.<br>Glad to be here.</p><p><b>HOST:</b> Bye.</p><p><b>GUEST:</b> Bye.</p></body></html>', turns: [['HOST', 'Hello & welcome.'], ['GUEST', 'Thanks. Glad to be here.'], ['HOST', 'Bye.'], ['GUEST', 'Bye.']] }
];

describe('format variants', () => {
	it.each(variants)('$name', ({ input, turns, sections }) => {
		const parsed = parseTranscript(input);
		expect(parsed.turns.map((turn) => [turn.label, turn.paragraphs.map((p) => p.text).join(' ')])).toEqual(turns);
		expect(parsed.sections.map((section) => [section.number, section.title])).toEqual(sections ?? []);
	});
});

describe('the pre-pass and the new label styles stay linear', () => {
	it.each([
		{ name: 'image-link openers', line: '!['.repeat(200_000) },
		{ name: 'timestamp-like openers', line: '[00:'.repeat(100_000) },
		{ name: 'highlight-count residue', line: '，赞 1'.repeat(100_000) },
		{ name: 'a label then a sea of spaces and a time', line: 'Sam Lee' + ' '.repeat(400_000) + '0:03x' },
		{ name: 'honorifics without a surname', line: 'Mr. '.repeat(100_000) },
		{ name: 'dot leaders', line: '. '.repeat(200_000) + '12' },
		{ name: 'a legend that never ends', line: '（記：記者；'.repeat(60_000) },
		{ name: 'doubled bold openers', line: '****'.repeat(100_000) + '名字：' },
		{ name: 'markers', line: '(inaudible '.repeat(50_000) + '[x'.repeat(50_000) }
	])(
		'$name',
		({ line }) => {
			const text = `${line}\n\n**A：** x\n\n**B：** y\n\n**A：** ${line}`;
			const analysis = analyseTranscript(text, { id: 'p', themes: [] });
			expect(analysis.turns).toHaveLength(3);
		},
		30_000
	);

	it('a web page of unclosed tags', () => {
		const text = `<html><body><pre>\n**A：** x\n\n**B：** y\n\n**A：** ${'<a'.repeat(200_000)}\n</pre>`;
		expect(parseTranscript(text).turns).toHaveLength(3);
	}, 30_000);
});

describe('typo distance', () => {
	it.each([
		{ a: 'kitten', b: 'sitting', distance: 3, typo: false },
		{ a: 'bidne', b: 'biden', distance: 1, typo: true },
		{ a: 'priors', b: 'nopriors', distance: 2, typo: true },
		{ a: '张朋', b: '张鹏', distance: 1, typo: true },
		{ a: '記', b: '梁', distance: 1, typo: false },
		{ a: '奥特曼说', b: '奥特曼', distance: 1, typo: false },
		{ a: 'smith', b: 'jones', distance: 5, typo: false }
	])('$a / $b: $distance', ({ a, b, distance, typo }) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
		expect(isLikelyTypo(a, b)).toBe(typo);
	});
});
