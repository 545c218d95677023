/**
 * Table-driven parser tests: one row per transcript style or quirk, {name, input, expected}.
 * `expected` lists turns as [label, paragraphs] and sections as [number, title].
 */
import { describe, expect, it } from 'vitest';
import { joinWrapped, parseTranscript, type ParseOptions } from '../../../src/lib/transcript/parse';

interface Case {
	name: string;
	input: string;
	options?: ParseOptions;
	turns: [label: string, paragraphs: string[]][];
	sections?: [number: string, title: string][];
	/** Warning codes that must be present. */
	warnings?: string[];
}

const cases: Case[] = [
	{
		name: 'bold label with full-width colon inside, text on the next line',
		input: '**主持人：**\n你好吗？\n\n**嘉宾：**\n很好。\n\n**主持人：**\n谢谢。',
		turns: [['主持人', ['你好吗？']], ['嘉宾', ['很好。']], ['主持人', ['谢谢。']]]
	},
	{
		name: 'bold label with half-width colon inside, text on the same line',
		input: '**Host:** Hello there.\n\n**Guest:** Hi.\n\n**Host:** Bye.',
		turns: [['Host', ['Hello there.']], ['Guest', ['Hi.']], ['Host', ['Bye.']]]
	},
	{
		name: 'bold name with the colon outside the bold',
		input: '**甲**：第一句。\n\n**乙**: 第二句。\n\n**甲**：第三句。',
		turns: [['甲', ['第一句。']], ['乙', ['第二句。']], ['甲', ['第三句。']]]
	},
	{
		name: 'unbolded Chinese label, full-width colon, text on the same line',
		input: '张三：今天我们谈谈。\n李四：好的。\n张三：开始吧。\n李四：嗯。',
		turns: [['张三', ['今天我们谈谈。']], ['李四', ['好的。']], ['张三', ['开始吧。']], ['李四', ['嗯。']]]
	},
	{
		name: 'English debate style NAME:, long first label resolved to the short one',
		input:
			'JOE BIDEN, PRESIDENT OF THE UNITED STATES: Thank you.\n\nDANA BASH: Next question.\n\nBIDEN: We will.\n\nBASH: Thank you.',
		turns: [
			['JOE BIDEN, PRESIDENT OF THE UNITED STATES', ['Thank you.']],
			['DANA BASH', ['Next question.']],
			['BIDEN', ['We will.']],
			['BASH', ['Thank you.']]
		],
		warnings: ['auto-alias']
	},
	{
		name: 'ordinary sentences with a colon are not labels',
		input:
			'**A:** The rule is simple: never guess.\nHe said: yes.\nNote this: it matters.\n\n**B:** 我的看法是：先做再说。\n\n**A:** Time: 10:30.',
		turns: [
			['A', ['The rule is simple: never guess. He said: yes. Note this: it matters.']],
			['B', ['我的看法是：先做再说。']],
			['A', ['Time: 10:30.']]
		]
	},
	{
		name: 'a mixed-case Name: is text unless the metadata lists it',
		input: 'Harry: hello\n\nSam: hi\n\nHarry: bye\n\nSam: ok',
		options: { knownLabels: ['Harry', 'Sam'] },
		turns: [['Harry', ['hello']], ['Sam', ['hi']], ['Harry', ['bye']], ['Sam', ['ok']]]
	},
	{
		name: 'numbered headings 01 … as in the seed, paragraphs without a label continue the turn',
		input: '01 开始\n\n**甲：**\n一。\n\n二。\n\n02 结束\n\n**乙：** 三。\n\n**甲：** 四。',
		turns: [['甲', ['一。', '二。']], ['乙', ['三。']], ['甲', ['四。']]],
		sections: [['01', '开始'], ['02', '结束']]
	},
	{
		name: 'markdown ## headings',
		input: '# Title\n\n## Opening\n\n**A:** one\n\n## Closing remarks\n\n**B:** two\n\n**A:** three',
		turns: [['A', ['one']], ['B', ['two']], ['A', ['three']]],
		sections: [['', 'Opening'], ['', 'Closing remarks']]
	},
	{
		name: 'Chinese numbered headings 一、二、',
		input: '一、缘起\n\n张三：第一。\n\n二、展望\n\n李四：第二。\n\n张三：第三。\n\n李四：第四。',
		turns: [['张三', ['第一。']], ['李四', ['第二。']], ['张三', ['第三。']], ['李四', ['第四。']]],
		sections: [['一', '缘起'], ['二', '展望']]
	},
	{
		name: 'bold-number headings, title on the same line or the next',
		input: '**01** 开场\n\n**甲：** 一。\n\n**02**\n收尾\n\n**乙：** 二。\n\n**甲：** 三。',
		turns: [['甲', ['一。']], ['乙', ['二。']], ['甲', ['三。']]],
		sections: [['01', '开场'], ['02', '收尾']]
	},
	{
		name: 'a number starting a line of prose is not a heading (not alone, or out of sequence)',
		input: '**甲：** 开始。\n\n3 个人来了\n\n**乙：** 好。\n2024 年的事情\n\n**甲：** 完。',
		turns: [['甲', ['开始。', '3 个人来了']], ['乙', ['好。2024 年的事情']], ['甲', ['完。']]],
		sections: []
	},
	{
		name: 'hard-wrapped lines: Chinese joined without a space, Latin words with one',
		input: '**甲：**\n我们见了布拉德（Brad\nLightcap），然后\n继续讨论。\n\n**乙：** ok',
		options: { knownLabels: ['乙'] },
		turns: [['甲', ['我们见了布拉德（Brad Lightcap），然后继续讨论。']], ['乙', ['ok']]],
		warnings: ['label-once']
	},
	{
		name: 'CRLF line ends and a UTF-8 BOM',
		input: '\uFEFF**甲：**\r\n第一行\r\n第二行\r\n\r\n**乙：** 你好\r\n\r\n**甲：** 再见\r\n',
		turns: [['甲', ['第一行第二行']], ['乙', ['你好']], ['甲', ['再见']]]
	},
	{
		name: 'old Mac CR line ends',
		input: 'A: x\r\rB: y\r\rA: z\r\rB: w',
		turns: [['A', ['x']], ['B', ['y']], ['A', ['z']], ['B', ['w']]]
	},
	{
		name: 'markup in a label and in the text stays plain text',
		input: '**<img src=x onerror=alert(1)>：** <script>alert(1)</script>\n\n**乙：** <b>hi</b>\n\n**乙：** ok',
		turns: [
			['<img src=x onerror=alert(1)>', ['<script>alert(1)</script>']],
			['乙', ['<b>hi</b>']],
			['乙', ['ok']]
		],
		warnings: ['label-once']
	},
	{
		name: 'text before the first speaker is front matter, with a warning',
		input: 'Some preface.\n\nA: x\n\nB: y\n\nA: z\n\nB: w',
		turns: [['A', ['x']], ['B', ['y']], ['A', ['z']], ['B', ['w']]],
		warnings: ['text-before-first-speaker']
	},
	{
		name: 'a label-like line seen once is kept as text, with a warning',
		input: 'A: x\nNOTE: this is an aside\n\nB: y\n\nA: z\n\nB: w',
		turns: [['A', ['x NOTE: this is an aside']], ['B', ['y']], ['A', ['z']], ['B', ['w']]],
		warnings: ['label-once-ignored']
	}
];

describe('parseTranscript: label and heading styles', () => {
	it.each(cases)('$name', ({ input, options, turns, sections, warnings }) => {
		const parsed = parseTranscript(input, options);
		expect(parsed.turns.map((turn) => [turn.label, turn.paragraphs.map((p) => p.text)])).toEqual(turns);
		if (sections) expect(parsed.sections.map((s) => [s.number, s.title])).toEqual(sections);
		for (const code of warnings ?? []) expect(parsed.warnings.map((w) => w.code)).toContain(code);
	});
});

describe('parseTranscript: line numbers', () => {
	it('records the 1-based line of each label and paragraph, CRLF or not', () => {
		for (const newline of ['\n', '\r\n']) {
			const parsed = parseTranscript(['# T', '', '**A:**', 'one', 'wrapped', '', 'two', '', '**B:** three', '', '**A:** four'].join(newline));
			expect(parsed.turns.map((t) => [t.line, t.paragraphs.map((p) => p.line)])).toEqual([
				[3, [4, 7]],
				[9, [9]],
				[11, [11]]
			]);
		}
	});
});

describe('joinWrapped', () => {
	it.each([
		{ before: '（Brad', after: 'Lightcap）', expected: '（Brad Lightcap）' },
		{ before: '然后', after: '继续', expected: '然后继续' },
		{ before: 'OpenAI', after: '首席', expected: 'OpenAI首席' },
		{ before: '首席', after: 'OpenAI', expected: '首席OpenAI' },
		{ before: 'end,', after: 'next', expected: 'end, next' },
		{ before: '', after: 'x', expected: 'x' }
	])('$before + $after → $expected', ({ before, after, expected }) => {
		expect(joinWrapped(before, after)).toBe(expected);
	});
});
