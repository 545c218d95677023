import { describe, expect, it } from 'vitest';
import { groupFrontMatter } from '../../../src/lib/transcript/matter';
import type { Matter } from '../../../src/lib/transcript/types';

const m = (kind: Matter['kind'], text: string, line: number): Matter => ({ kind, text, line });

describe('front matter grouped for the reader', () => {
	it.each([
		{
			name: 'drops the title, heads a run with the short colon line before it',
			front: [m('title', 'T', 1), m('other', '划重点：', 3), m('highlights', 'a', 4), m('highlights', 'b', 5), m('introduction', 'c', 7)],
			groups: [
				{ kind: 'highlights', heading: '划重点', lines: [4, 5] },
				{ kind: 'introduction', heading: null, lines: [7] }
			]
		},
		{
			name: 'a long line ending in a colon is text, not a heading',
			front: [m('other', '这是一段很长的介绍文字，它以冒号结尾但不是小标题，因为太长了：', 2), m('introduction', 'c', 3)],
			groups: [
				{ kind: 'other', heading: null, lines: [2] },
				{ kind: 'introduction', heading: null, lines: [3] }
			]
		},
		{
			name: 'a heading with nothing after it stays a line of text',
			front: [m('introduction', 'c', 2), m('other', 'Highlights:', 4)],
			groups: [
				{ kind: 'introduction', heading: null, lines: [2] },
				{ kind: 'other', heading: null, lines: [4] }
			]
		},
		{ name: 'nothing but a title', front: [m('title', 'T', 1)], groups: [] }
	])('$name', ({ front, groups }) => {
		expect(groupFrontMatter(front).map((g) => ({ kind: g.kind, heading: g.heading, lines: g.items.map((i) => i.line) }))).toEqual(groups);
	});
});
