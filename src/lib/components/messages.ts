/**
 * Interface strings for the pages, the quote panel and the reader, in English and Chinese.
 * English is the default; a later language switch passes `lang`. Transcript text (speaker
 * labels, section titles, quotes) is never here: it is data, passed in and escaped where
 * rendered. Knows nothing about Svelte.
 */
import type { Lang } from '../charts/messages';
import type { DroppedParam } from '../selection/state';

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
	speakingShareOf: (title: string) => `Speaking share in “${title}”`,
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
	embedOpenDashboard: 'Open the full dashboard',
	embedSummary: 'Embed a chart',
	embedIntro: 'Paste this code into a page to show one chart at the current selection. The frame sizes itself to the chart.',
	embedChartLabel: 'Chart',
	embedCodeLabel: 'Embed code',
	embedCopy: 'Copy embed code',
	embedCopied: 'Copied.',
	embedCopyFailed: 'Could not copy: select the code and copy it by hand.',
	embedFrameTitle: (chart: string, title: string) => `${chart} · ${title}`,

	selectionNone: 'Nothing selected.',
	selectionPrompt: 'Click a bar, a cell, a section or a word to filter everything else.',
	filteringNeedsJs:
		'Filtering the charts needs JavaScript, which is off or has not loaded. The figures, the data tables and every quote link work without it.',
	droppedIntro: 'Part of this link was left out:',
	droppedParam: (name: string, value: string, reason: string) => `${name} “${value}” (${reason})`,
	droppedReason: {
		'unknown-parameter': 'not something this page understands',
		malformed: 'not a valid value',
		'unknown-speaker': 'no such speaker',
		'unknown-section': 'no such section',
		'unknown-theme': 'no such theme or term',
		repeated: 'given more than once',
		'too-many-terms': 'at most five terms at once'
	} as Record<DroppedParam['reason'], string>,
	dashboardDescription: (title: string) => `Who spoke how much, and about what, in “${title}”: linked charts with every quote behind them.`,
	readerDescription: (title: string) => `The full transcript of “${title}”, every paragraph linkable, themes marked.`,

	termSearchLabel: 'Find a word or phrase',
	termPlaceholder: 'e.g. 机器人 or robot',
	termAdd: 'Add',
	termHint: 'It gets a heatmap column and a track, and its quotes are listed.',
	termEmpty: 'Type a word or phrase first.',
	termInvalid: 'That is not a word or phrase Parley can look for (at most 64 characters, no control characters).',
	termFull: (max: number) => `At most ${max} terms at once: remove one to add another.`,
	termListLabel: 'Terms in the selection',
	termRemoveName: (term: string, mentions: number, turns: number) =>
		`“${term}”: ${plural(mentions, 'mention', 'mentions')} in ${plural(turns, 'turn', 'turns')}. Remove this term`,
	termCount: (mentions: number) => plural(mentions, 'mention', 'mentions'),
	selectionIs: (parts: string) => `Selected: ${parts}`,
	clearSelection: 'Clear selection',
	jumpToQuotes: (count: number) => `Jump to the ${plural(count, 'quote', 'quotes')}`,

	quotesTitle: 'Quotes',
	quotesPrompt: 'Click a bar, a cell, a section or a word to see the quotes behind it.',
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

	correctionsTitle: 'Corrections to the source',
	correctionsIntro: 'The source’s speaker labels were corrected before any figure was computed:',
	correctionSource: (turn: number, label: string) => `turn ${turn} (${label})`,
	correctionReassign: (turn: number, from: string, to: string, reason: string) =>
		`Turn ${turn}: labelled ${from} in the source, attributed to ${to}, because ${reason}`,
	correctionMerge: (turn: number, sources: string[], to: string, reason: string) =>
		`Turn ${turn}: source ${sources.join(' and ')} merged into one turn by ${to}, because ${reason}`,
	correctionSplit: (turn: number, source: number, from: string, paragraph: number, to: string, reason: string) =>
		`Turn ${turn}: source turn ${source} (${from}) split before its paragraph ${paragraph}; this part attributed to ${to}, because ${reason}`,
	readerTitle: 'Full transcript',
	readerBack: 'Back to the charts',
	highlights: 'Highlights',
	introduction: 'Introduction',
	credit: 'Credit',
	turnOnDashboard: (label: string, section: string) => `Charts: ${label} in ${section}`,
	sectionHeading: (number: string, title: string) => (number ? `${number} ${title}` : title),
	untitledSection: 'Before the first section',

	present: 'Present',
	presentHint: 'Show these charts as slides, one per screen, with the current selection',
	presentTitle: (title: string) => `Slides: ${title}`,
	presentDescription: (title: string) => `“${title}” as slides for a projector: one chart per slide, then the quotes behind the selection.`,
	deckLabel: 'Slides',
	slideOf: (slide: number, total: number) => `${slide} of ${total}`,
	slideStatus: (slide: number, total: number, title: string) => `Slide ${slide} of ${total}: ${title}`,
	previousSlide: 'Previous',
	nextSlide: 'Next',
	exitPresent: 'Exit',
	exitPresentTo: 'to the dashboard',
	deckNavLabel: 'Step through the slides',
	deckKeys: 'Arrow keys, Space, Page Up/Down or the buttons step; Home and End jump; Esc leaves.',
	deckNoJs: 'Without JavaScript the slides follow one another on this page.',
	deckEverything: 'Everything: nothing selected',
	quoteSlideTitle: (quote: number, total: number) => `Quote ${quote} of ${total}`,
	quotesNoneTitle: 'No quotes',
	quotesCapped: (shown: number, total: number) => `These slides show the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} quotes.`,
	quotesRest: 'Read on in the transcript',

	// export
	exportGroupLabel: 'Download this chart',
	exportButtonName: (title: string, format: string) => `Download ${title} as ${format}`,
	exportFailed: 'The download failed. Please try again.'
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
	speakingShareOf: (title) => `“${title}”的发言占比`,
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
	embedOpenDashboard: '打开完整图表页',
	embedSummary: '嵌入图表',
	embedIntro: '把这段代码粘贴到网页中，即可按当前选择显示一张图表。框架高度会随图表自动调整。',
	embedChartLabel: '图表',
	embedCodeLabel: '嵌入代码',
	embedCopy: '复制嵌入代码',
	embedCopied: '已复制。',
	embedCopyFailed: '无法复制：请选中代码后手动复制。',
	embedFrameTitle: (chart, title) => `${chart} · ${title}`,

	selectionNone: '尚未选择。',
	selectionPrompt: '点击条形、单元格、章节或词语即可筛选其余内容。',
	filteringNeedsJs: '图表筛选需要 JavaScript（当前未启用或尚未加载）。数字、数据表和每条引文链接无需 JavaScript 也可使用。',
	droppedIntro: '链接中的部分内容未被采用：',
	droppedParam: (name, value, reason) => `${name}“${value}”（${reason}）`,
	droppedReason: {
		'unknown-parameter': '本页不识别此参数',
		malformed: '取值无效',
		'unknown-speaker': '没有这位发言人',
		'unknown-section': '没有这个章节',
		'unknown-theme': '没有这个主题或词语',
		repeated: '重复给出',
		'too-many-terms': '最多同时五个词语'
	},
	dashboardDescription: (title) => `“${title}”中谁说了多少、说了什么：相互联动的图表，每个数字都可追溯到引文。`,
	readerDescription: (title) => `“${title}”全文，每段均可链接，主题已标出。`,

	termSearchLabel: '查找词语',
	termPlaceholder: '例如 机器人 或 robot',
	termAdd: '添加',
	termHint: '该词会成为热力图的一列和对话图的一条轨道，并列出相关引文。',
	termEmpty: '请先输入词语。',
	termInvalid: 'Parley 无法查找这段文字（最多 64 个字符，不能含控制字符）。',
	termFull: (max) => `最多同时 ${max} 个词语：请先移除一个。`,
	termListLabel: '已选词语',
	termRemoveName: (term, mentions, turns) => `“${term}”：${zhCount(turns, '次发言')}中提及 ${zhCount(mentions, '次')}。移除该词`,
	termCount: (mentions) => zhCount(mentions, '次'),
	selectionIs: (parts) => `已选：${parts}`,
	clearSelection: '清除选择',
	jumpToQuotes: (count) => `跳到 ${zhCount(count, '段引文')}`,

	quotesTitle: '引文',
	quotesPrompt: '点击条形、单元格、章节或词语，查看其背后的引文。',
	quotesAll: (turns, paragraphs) => `全部 ${zhCount(turns, '次发言')}，${zhCount(paragraphs, '段')}`,
	quotesMentions: (mentions, paragraphs) => `${zhCount(paragraphs, '段')}中提及 ${zhCount(mentions, '次')}`,
	quotesTurns: (turns, paragraphs) => `${zhCount(turns, '次发言')}，${zhCount(paragraphs, '段')}`,
	quotesNone: '没有段落同时符合所有选择条件。清除部分条件可查看更多。',
	continueInTranscript: '在全文中从下一条引文继续阅读 →',
	showMore: (shown, total) => `显示更多（已显示 ${shown} / ${total}）`,
	quoteLink: (turn, paragraph) => `第 ${turn} 次发言第 ${paragraph} 段`,
	quoteLinkHint: '在全文中查看',
	themesLegend: '高亮的主题',

	correctionsTitle: '对原文的更正',
	correctionsIntro: '在计算任何数字之前，已更正原文中的发言人标注：',
	correctionSource: (turn, label) => `第 ${turn} 次发言（${label}）`,
	correctionReassign: (turn, from, to, reason) => `第 ${turn} 次发言：原文标为${from}，改归${to}，原因：${reason}`,
	correctionMerge: (turn, sources, to, reason) => `第 ${turn} 次发言：原文${sources.join('与')}合并为${to}的一次发言，原因：${reason}`,
	correctionSplit: (turn, source, from, paragraph, to, reason) =>
		`第 ${turn} 次发言：原文第 ${source} 次发言（${from}）在第 ${paragraph} 段前拆分，此部分归${to}，原因：${reason}`,
	readerTitle: '全文',
	readerBack: '返回图表',
	highlights: '划重点',
	introduction: '导语',
	credit: '署名',
	turnOnDashboard: (label, section) => `图表：${label}，${section}`,
	sectionHeading: (number, title) => (number ? `${number} ${title}` : title),
	untitledSection: '第一节之前',

	present: '演示',
	presentHint: '以幻灯片形式展示这些图表，每屏一张，保留当前选择',
	presentTitle: (title) => `幻灯片：${title}`,
	presentDescription: (title) => `“${title}”的投影幻灯片：每张一个图表，最后是当前选择背后的引文。`,
	deckLabel: '幻灯片',
	slideOf: (slide, total) => `第 ${slide} 张，共 ${total} 张`,
	slideStatus: (slide, total, title) => `第 ${slide} 张，共 ${total} 张：${title}`,
	previousSlide: '上一张',
	nextSlide: '下一张',
	exitPresent: '退出',
	exitPresentTo: '并返回图表',
	deckNavLabel: '翻页',
	deckKeys: '方向键、空格、Page Up/Down 或按钮翻页；Home 和 End 跳到首尾；Esc 退出。',
	deckNoJs: '未启用 JavaScript 时，幻灯片在本页依次排列。',
	deckEverything: '全部：尚未选择',
	quoteSlideTitle: (quote, total) => `引文 ${quote} / ${total}`,
	quotesNoneTitle: '没有引文',
	quotesCapped: (shown, total) => `幻灯片只展示 ${total} 段引文中的前 ${shown} 段。`,
	quotesRest: '在全文中继续阅读',

	// export
	exportGroupLabel: '下载此图表',
	exportButtonName: (title, format) => `将“${title}”下载为 ${format}`,
	exportFailed: '下载失败，请重试。'
};

const MESSAGES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang = 'en'): Messages {
	return MESSAGES[lang];
}
