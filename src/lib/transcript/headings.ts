/**
 * Section-heading detection: `01 标题` (the seed's style), `## Heading`, `一、标题`, and a bold
 * number `**01**` with the title on the same or the next line. Knows nothing about Svelte, the
 * DOM or the file system.
 *
 * A bare number or a Chinese numeral at the start of a line is common in ordinary prose ("2 个人"),
 * so those two styles only count when the line stands alone and continues the numbering
 * (the next heading is always previous + 1). `##` and the bold number are explicit markup.
 */

export interface HeadingCandidate {
	/** The number as written ('01', '一'), or ''. */
	number: string;
	/** Its value, for the numbering check (0 when there is none). */
	value: number;
	/** The title; '' when it is on the next line (bold-number style only). */
	title: string;
	/** Explicit markup (## or **01**) needs no numbering check. */
	explicit: boolean;
}

const MAX_TITLE = 80;
const MARKDOWN_HEADING = /^(#{2,6})[ \t]+(.+?)[ \t#]*$/;
const BOLD_NUMBER = /^\*\*[ \t]*(\d{1,3})[ \t]*\*\*[ \t]*(.*)$/;
const PLAIN_NUMBER = /^(\d{1,3})[ \t\u3000]+(\S.*)$/;
const CHINESE_NUMBER = /^([一二三四五六七八九十]{1,3})[、.．][ \t\u3000]*(\S.*)$/;
/** A title does not end like a sentence. A question mark may end one. */
const SENTENCE_END = /[。.!！;；,，:：]$/;

const CHINESE_DIGITS: Record<string, number> = {
	一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
};

/** 一 … 九十九; NaN for anything else. */
export function chineseNumeralValue(numeral: string): number {
	if (numeral === '十') return 10;
	const tenAt = numeral.indexOf('十');
	if (tenAt === -1) return numeral.length === 1 ? (CHINESE_DIGITS[numeral] ?? NaN) : NaN;
	const tens = tenAt === 0 ? 1 : (CHINESE_DIGITS[numeral.slice(0, tenAt)] ?? NaN);
	const unitsText = numeral.slice(tenAt + 1);
	const units = unitsText === '' ? 0 : (CHINESE_DIGITS[unitsText] ?? NaN);
	return tens * 10 + units;
}

/** `# Title` lines: the document title, front matter. */
export function titleLine(line: string): string | null {
	if (line[0] !== '#' || (line[1] !== ' ' && line[1] !== '\t')) return null;
	// Trailing spaces and closing #s trimmed by a loop: a regex like /(.+?)[ #]*$/ is quadratic on "# # # # …".
	let end = line.length;
	while (end > 2 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '#')) end--;
	const title = line.slice(2, end).trim();
	return title === '' ? null : title;
}

/** What a line would be as a heading, before the stand-alone and numbering checks. */
export function headingCandidate(line: string): HeadingCandidate | null {
	if (line.length > MAX_TITLE + 12) return null;
	let match = MARKDOWN_HEADING.exec(line);
	if (match) {
		// `### **Title：**`: the bold and a closing colon are markup, not title.
		const text = match[2]!.replace(/^\*{2,}(.*?)\*{2,}$/, '$1').replace(/[:：]$/, '').trim();
		if (text === '') return null;
		const numbered = /^(\d{1,3})[ \t.、]+(\S.*)$/.exec(text);
		if (numbered) return { number: numbered[1]!, value: Number(numbered[1]), title: numbered[2]!, explicit: true };
		return { number: '', value: 0, title: text, explicit: true };
	}
	match = BOLD_NUMBER.exec(line);
	if (match) return { number: match[1]!, value: Number(match[1]), title: match[2]!.trim(), explicit: true };
	match = PLAIN_NUMBER.exec(line);
	if (match && !SENTENCE_END.test(match[2]!)) {
		return { number: match[1]!, value: Number(match[1]), title: match[2]!.trim(), explicit: false };
	}
	match = CHINESE_NUMBER.exec(line);
	if (match && !SENTENCE_END.test(match[2]!)) {
		const value = chineseNumeralValue(match[1]!);
		if (Number.isFinite(value)) return { number: match[1]!, value, title: match[2]!.trim(), explicit: false };
	}
	return null;
}
