/**
 * Interface strings for the charts in English and Chinese. English is the default; a later
 * language switch passes `lang`. Figures arrive already formatted (see format.ts), so a chart's
 * label, accessible name and table cell cannot disagree. Transcript text (speaker labels,
 * section titles) is passed in as data and is escaped where it is rendered.
 */
import type { Analysis } from '../transcript/types';

export type Lang = 'en' | 'zh';

function plural(count: string, one: string, many: string): string {
	return `${count} ${count === '1' ? one : many}`;
}

const en = {
	dataTable: 'Data table',
	source: 'Source',
	section: 'Section',
	speaker: 'Speaker',
	theme: 'Theme',
	turn: 'Turn',
	turns: 'Turns',
	share: 'Share',
	minutesEstimate: 'Minutes (estimate)',
	unitName: (unit: Analysis['unit']): string => (unit === 'word' ? 'words' : 'characters'),
	unitColumn: (unit: Analysis['unit']): string => (unit === 'word' ? 'Words' : 'Characters'),
	minutesShort: (minutes: string) => `≈ ${minutes} min, estimate`,
	correctionsNote: (count: string) =>
		`Counted after ${plural(count, 'correction', 'corrections')} to the source’s speaker labels; each, with its reason, is listed in the transcript.`,
	minutesNote: (rate: string, unit: string) =>
		`Minutes are estimates from text length at ${rate} ${unit} a minute, not timings from the recording.`,

	speakerShareTitle: 'Who spoke how much',
	speakerShareSubtitle: (unit: string) => `Share of the ${unit} spoken.`,
	speakerShareHint: 'Select a speaker to filter the other charts.',
	speakerBarName: (label: string, percent: string, turns: string, minutes: string) =>
		`${label}: ${percent} of speaking, ${plural(turns, 'turn', 'turns')}, ${minutes === '<1' ? 'under a minute' : `about ${plural(minutes, 'minute', 'minutes')}`} (estimate)`,
	speakerShareCaption: 'Speaking share by speaker',

	sectionSpeakersTitle: 'Who spoke in each section',
	sectionSpeakersSubtitle: (unit: string) =>
		`Bar length is the section's ${unit}; segments are speakers.`,
	sectionSpeakersHint: 'Select a section to filter the other charts.',
	sectionName: (number: string, title: string) => (number ? `Section ${number} ${title}` : `Untitled section ${title}`),
	sectionBarName: (section: string, turns: string, units: string, unit: string, parts: string) =>
		`${section}: ${plural(turns, 'turn', 'turns')}, ${units} ${unit}${parts ? `; ${parts}` : ''}`,
	sectionSpeakersCaption: (unit: string) => `${unit[0]!.toUpperCase()}${unit.slice(1)} by section and speaker`,
	sectionTotal: 'Section total',
	noTurns: 'no matching turns',

	heatmapTitle: 'Themes by section',
	heatmapSubtitle: 'Theme mentions in each section.',
	heatmapHint: 'Select a cell to read the quotes behind it.',
	heatmapModeLabel: 'Show values as',
	heatmapModeCount: 'Mentions',
	heatmapModePer10k: (unit: string) => `Per 10,000 ${unit}`,
	heatmapCellName: (section: string, theme: string, count: string, per10k: string, unit: string) =>
		`${section} × ${theme}: ${plural(count, 'mention', 'mentions')}, ${per10k} per 10,000 ${unit}`,
	heatmapCaption: (unit: string) => `Theme mentions by section (count, and per 10,000 ${unit})`,
	heatmapNoteZero: 'Cells with no mentions cannot be selected; they are listed in the data table.',
	heatmapNoteScale: (max: string) =>
		`Shading runs from 0 to ${max}, the largest figure with nothing selected, and keeps that range when a selection filters the chart: a paler cell means a smaller figure, never a rescaled one.`,
	heatmapNoteScaleExtended: (unfiltered: string, max: string) =>
		`Shading runs from 0 to ${max}: the selection’s largest rate is above ${unfiltered}, the largest with nothing selected, so the key is extended to it.`,
	sectionKeyLabel: 'Sections',
	mentions: 'Mentions',

	matrixTitle: 'Themes mentioned together',
	matrixSubtitle: 'Turns that mention both themes.',
	matrixHint: 'Select a cell to read those turns.',
	matrixPairName: (a: string, b: string, count: string, lift: string) =>
		`${a} and ${b}: ${plural(count, 'turn mentions', 'turns mention')} both, lift ${lift}`,
	matrixDiagonalName: (a: string, count: string) => `${a}: ${plural(count, 'turn mentions', 'turns mention')} it`,
	matrixCaption: 'Turns mentioning both themes, with lift',
	matrixFewTurnsName: (name: string, below: string) => `${name}; few turns (fewer than ${below}): the lift is uncertain`,
	matrixFewTurnsTable: (below: string) => `few turns (fewer than ${below}): lift uncertain`,
	matrixNoteFewTurns: (below: string) =>
		`Hatched cells marked † rest on fewer than ${below} turns: too few for their lift to show a pattern, so they are drawn pale, never dark.`,
	note: 'Note',
	matrixNote:
		'Diagonal (grey): turns that mention the theme. Lift is the count divided by what independent themes would give; above 1 means they come up together more often than chance.',
	pair: 'Themes',
	lift: 'Lift',

	conversationTitle: 'The conversation, turn by turn',
	conversationSubtitle: (unit: string) =>
		`Every turn in order; width is its length in ${unit}. Ticks above mark theme mentions.`,
	conversationHint: 'Select a turn to open it in the transcript, or a section number to filter.',
	turnName: (index: string, speaker: string, units: string, unit: string, section: string, themes: string) =>
		`Turn ${index}, ${speaker}, ${units} ${unit}, section ${section}${themes ? `, mentions ${themes}` : ''}`,
	inSelection: 'in the selection',
	conversationCaption: 'Every turn in transcript order',
	themesColumn: 'Themes mentioned',
	skipTurnLinks: (count: string) => `Skip the ${count} turn links`,
	turnPickerLabel: 'Turn',
	turnPickerRead: (index: string) => `Read turn ${index} in the transcript`,
	turnPickerHint: 'Tap the chart or pick a turn here, then open it.',

	keywordsTitle: 'Distinctive words by section',
	keywordsSubtitle: 'The words that set each section apart from the others, most distinctive first.',
	keywordsHint: 'Select a word to search for it everywhere.',
	keywordsNote:
		'Words are ranked by TF-IDF over the sections after Chinese word segmentation; function words, numbers and measure words are left out.',
	keywordName: (term: string, count: string, section: string) =>
		`${term}: ${plural(count, 'time', 'times')} in ${section}. Add it as a search term`,
	keywordsCaption: 'Distinctive words by section, with how often each occurs in the section',
	keywordsColumn: 'Words (occurrences)'
};

export type ChartMessages = typeof en;

const zh: ChartMessages = {
	dataTable: '数据表',
	source: '来源',
	section: '章节',
	speaker: '发言人',
	theme: '主题',
	turn: '发言',
	turns: '发言次数',
	share: '占比',
	minutesEstimate: '分钟（估算）',
	unitName: (unit) => (unit === 'word' ? '词' : '字'),
	unitColumn: (unit) => (unit === 'word' ? '词数' : '字数'),
	minutesShort: (minutes) => `约 ${minutes} 分钟（估算）`,
	correctionsNote: (count) => `已按元数据对原文发言人标注作 ${count} 处更正后再计算；每处更正及原因见全文。`,
	minutesNote: (rate, unit) => `分钟数按每分钟 ${rate} ${unit}从文本长度估算，并非录音计时。`,

	speakerShareTitle: '谁说了多少',
	speakerShareSubtitle: (unit) => `各发言人所占${unit}数比例。`,
	speakerShareHint: '选择发言人可筛选其他图表。',
	speakerBarName: (label, percent, turns, minutes) =>
		`${label}：发言占比 ${percent}，${turns} 次发言，${minutes === '<1' ? '不到 1 分钟' : `约 ${minutes} 分钟`}（估算）`,
	speakerShareCaption: '各发言人发言占比',

	sectionSpeakersTitle: '各章节谁在发言',
	sectionSpeakersSubtitle: (unit) => `条长为章节${unit}数，分段为发言人。`,
	sectionSpeakersHint: '选择章节可筛选其他图表。',
	sectionName: (number, title) => (number ? `第 ${number} 节 ${title}` : `未编号章节 ${title}`),
	sectionBarName: (section, turns, units, unit, parts) =>
		`${section}：${turns} 次发言，${units} ${unit}${parts ? `；${parts}` : ''}`,
	sectionSpeakersCaption: (unit) => `各章节各发言人${unit}数`,
	sectionTotal: '章节合计',
	noTurns: '无匹配发言',

	heatmapTitle: '各章节的主题',
	heatmapSubtitle: '各章节提及主题的次数。',
	heatmapHint: '选择单元格可查看对应引文。',
	heatmapModeLabel: '数值显示为',
	heatmapModeCount: '提及次数',
	heatmapModePer10k: (unit) => `每万${unit}`,
	heatmapCellName: (section, theme, count, per10k, unit) =>
		`${section} × ${theme}：提及 ${count} 次，每万${unit} ${per10k} 次`,
	heatmapCaption: (unit) => `各章节主题提及次数（次数及每万${unit}）`,
	heatmapNoteZero: '无提及的单元格不可选择；数据表中列出了这些单元格。',
	heatmapNoteScale: (max) => `色阶从 0 到 ${max}（未选择时的最大值）；筛选时保持该范围不变：颜色越浅，数值越小，而不是重新缩放。`,
	heatmapNoteScaleExtended: (unfiltered, max) => `色阶从 0 到 ${max}：当前选择的最大比率高于未选择时的最大值 ${unfiltered}，图例随之延伸。`,
	sectionKeyLabel: '章节',
	mentions: '提及次数',

	matrixTitle: '同时提及的主题',
	matrixSubtitle: '同时提及两个主题的发言数。',
	matrixHint: '选择单元格可查看这些发言。',
	matrixPairName: (a, b, count, lift) => `${a} 与 ${b}：${count} 次发言同时提及，提升度 ${lift}`,
	matrixDiagonalName: (a, count) => `${a}：${count} 次发言提及`,
	matrixCaption: '同时提及两个主题的发言数及提升度',
	matrixFewTurnsName: (name, below) => `${name}；发言过少（少于 ${below} 次）：提升度不确定`,
	matrixFewTurnsTable: (below) => `发言过少（少于 ${below} 次）：提升度不确定`,
	matrixNoteFewTurns: (below) => `带 † 的斜线单元格所依据的发言少于 ${below} 次，提升度不足以说明规律，因此以浅色绘制，绝不用深色。`,
	note: '备注',
	matrixNote: '对角线（灰色）：提及该主题的发言数。提升度为实际次数与主题相互独立时预期次数之比；大于 1 表示两者比偶然更常一起出现。',
	pair: '主题',
	lift: '提升度',

	conversationTitle: '逐次发言的对话全貌',
	conversationSubtitle: (unit) => `按顺序排列的每次发言，宽度为${unit}数。上方刻度标出主题提及。`,
	conversationHint: '选择发言可在全文中打开，选择章节编号可筛选。',
	turnName: (index, speaker, units, unit, section, themes) =>
		`第 ${index} 次发言，${speaker}，${units} ${unit}，第 ${section} 节${themes ? `，提及 ${themes}` : ''}`,
	inSelection: '属于当前选择',
	conversationCaption: '按原文顺序的每次发言',
	themesColumn: '提及主题',
	skipTurnLinks: (count) => `跳过 ${count} 个发言链接`,
	turnPickerLabel: '发言',
	turnPickerRead: (index) => `在全文中阅读第 ${index} 次发言`,
	turnPickerHint: '点按图表或在此选择一次发言，再打开它。',

	keywordsTitle: '各章节的特色词',
	keywordsSubtitle: '让每个章节区别于其他章节的词语，按特色程度排序。',
	keywordsHint: '选择词语即可在全文中查找。',
	keywordsNote: '中文分词后按各章节的 TF-IDF 排序；已去除虚词、数词和量词。',
	keywordName: (term, count, section) => `${term}：在${section}中出现 ${count} 次。添加为搜索词`,
	keywordsCaption: '各章节的特色词及其在该章节出现的次数',
	keywordsColumn: '词语（出现次数）'
};

const MESSAGES: Record<Lang, ChartMessages> = { en, zh };

export function chartMessages(lang: Lang = 'en'): ChartMessages {
	return MESSAGES[lang];
}
