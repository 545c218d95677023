/**
 * Interface strings for the pages, the quote panel and the reader, in English and Chinese.
 * English is the default; a later language switch passes `lang`. Transcript text (speaker
 * labels, section titles, quotes) is never here: it is data, passed in and escaped where
 * rendered. Knows nothing about Svelte.
 */
import type { Lang } from '../charts/messages';

export type { Lang };

function plural(count: number, one: string, many: string): string {
	return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const en = {
	siteName: 'Parley',
	siteTagline: 'Who talked about what: interviews and debates as linked, clickable charts.',
	skipToContent: 'Skip to content',

	homeTitle: 'Transcripts',
	homeIntro:
		'Pick a transcript to explore its speakers, sections and themes. Every chart links to the quotes behind it, and every quote to its place in the full text.',
	homeEmpty: 'No transcripts yet: add a .txt file to src/content/transcripts.',
	openDashboard: 'Explore the charts',
	readTranscript: 'Read the transcript',
	speakingShare: 'Speaking share',
	speakingShareOf: (title: string) => `Speaking share in “${title}”`,
	speakerShareItem: (label: string, name: string, percent: string) => `${label} (${name}) ${percent}`,
	published: (publisher: string, date: string) => `${publisher}, ${date}`,
	turnsCount: (turns: number) => plural(turns, 'turn', 'turns'),
	sectionsCount: (sections: number) => plural(sections, 'section', 'sections'),

	figuresLabel: 'The transcript in figures',
	figureTurns: 'Turns',
	figureMinutes: 'Minutes (estimate)',
	figureSpeakers: 'Speakers',
	figureMentions: 'Theme mentions',
	chartsLabel: 'Charts',
	allTranscripts: 'All transcripts',
	dataJson: 'Analysis data (JSON)',
	dashboardLink: 'Charts',

	selectionLabel: 'Selection',
	selectionNone: 'Nothing selected: click a bar, a cell or a section to filter everything else.',
	selectionIs: (parts: string) => `Selected: ${parts}`,
	clearSelection: 'Clear selection',
	jumpToQuotes: (count: number) => `Jump to the ${plural(count, 'quote', 'quotes')}`,

	quotesTitle: 'Quotes',
	quotesPrompt: 'Click a bar, a cell or a section to see the quotes behind it.',
	quotesAll: (turns: number, paragraphs: number) =>
		`All ${plural(turns, 'turn', 'turns')}, ${plural(paragraphs, 'paragraph', 'paragraphs')}`,
	quotesMentions: (mentions: number, paragraphs: number) =>
		`${plural(mentions, 'mention', 'mentions')} in ${plural(paragraphs, 'paragraph', 'paragraphs')}`,
	quotesTurns: (turns: number, paragraphs: number) =>
		`${plural(turns, 'turn', 'turns')}, ${plural(paragraphs, 'paragraph', 'paragraphs')}`,
	quotesNone: 'No paragraph matches every part of the selection. Clear a part of it to see more.',
	continueInTranscript: 'Continue in the transcript from the next quote →',
	showMore: (shown: number, total: number) => `Show more (${shown.toLocaleString('en')} of ${total.toLocaleString('en')} shown)`,
	quoteLink: (turn: number, paragraph: number) => `Turn ${turn}, paragraph ${paragraph}`,
	quoteLinkHint: 'in the full transcript',
	themesLegend: 'Highlighted themes',

	readerTitle: 'Full transcript',
	readerBack: 'Back to the charts',
	highlights: 'Highlights',
	introduction: 'Introduction',
	credit: 'Credit',
	turnOnDashboard: (label: string, section: string) => `Charts: ${label} in ${section}`,
	sectionHeading: (number: string, title: string) => (number ? `${number} ${title}` : title),
	untitledSection: 'Before the first section',
	paragraphAnchor: 'Link to this paragraph'
};

export type Messages = typeof en;

function zhCount(count: number, unit: string): string {
	return `${count.toLocaleString('en')} ${unit}`;
}

const zh: Messages = {
	siteName: 'Parley',
	siteTagline: '谁说了什么：把访谈与辩论变成可点击、相互联动的图表。',
	skipToContent: '跳到正文',

	homeTitle: '文字实录',
	homeIntro: '选择一份实录，查看发言人、章节与主题。每个图形都链接到背后的引文，每段引文都链接到全文中的位置。',
	homeEmpty: '暂无实录：请在 src/content/transcripts 中添加 .txt 文件。',
	openDashboard: '查看图表',
	readTranscript: '阅读全文',
	speakingShare: '发言占比',
	speakingShareOf: (title) => `“${title}”的发言占比`,
	speakerShareItem: (label, name, percent) => `${label}（${name}）${percent}`,
	published: (publisher, date) => `${publisher}，${date}`,
	turnsCount: (turns) => zhCount(turns, '次发言'),
	sectionsCount: (sections) => zhCount(sections, '个章节'),

	figuresLabel: '实录数据概览',
	figureTurns: '发言次数',
	figureMinutes: '分钟（估算）',
	figureSpeakers: '发言人',
	figureMentions: '主题提及',
	chartsLabel: '图表',
	allTranscripts: '全部实录',
	dataJson: '分析数据（JSON）',
	dashboardLink: '图表',

	selectionLabel: '当前选择',
	selectionNone: '尚未选择：点击条形、单元格或章节即可筛选其余内容。',
	selectionIs: (parts) => `已选：${parts}`,
	clearSelection: '清除选择',
	jumpToQuotes: (count) => `跳到 ${zhCount(count, '段引文')}`,

	quotesTitle: '引文',
	quotesPrompt: '点击条形、单元格或章节，查看其背后的引文。',
	quotesAll: (turns, paragraphs) => `全部 ${zhCount(turns, '次发言')}，${zhCount(paragraphs, '段')}`,
	quotesMentions: (mentions, paragraphs) => `${zhCount(paragraphs, '段')}中提及 ${zhCount(mentions, '次')}`,
	quotesTurns: (turns, paragraphs) => `${zhCount(turns, '次发言')}，${zhCount(paragraphs, '段')}`,
	quotesNone: '没有段落同时符合所有选择条件。清除部分条件可查看更多。',
	continueInTranscript: '在全文中从下一条引文继续阅读 →',
	showMore: (shown, total) => `显示更多（已显示 ${shown} / ${total}）`,
	quoteLink: (turn, paragraph) => `第 ${turn} 次发言第 ${paragraph} 段`,
	quoteLinkHint: '在全文中查看',
	themesLegend: '高亮的主题',

	readerTitle: '全文',
	readerBack: '返回图表',
	highlights: '划重点',
	introduction: '导语',
	credit: '署名',
	turnOnDashboard: (label, section) => `图表：${label}，${section}`,
	sectionHeading: (number, title) => (number ? `${number} ${title}` : title),
	untitledSection: '第一节之前',
	paragraphAnchor: '本段链接'
};

const MESSAGES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang = 'en'): Messages {
	return MESSAGES[lang];
}
