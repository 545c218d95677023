/**
 * A title, a source and a date from a transcript's own first lines, for a transcript without a
 * metadata file. Knows nothing about Svelte, the DOM or the file system.
 *
 * Read from the lines before the first turn: `Source: …` / `来源：…` (also 來源, 出处, 出處) gives
 * the publisher; a line that is only a date (`2025-03-14`, `2025/3/14`, `2025年3月14日`, or after
 * `Date:` / `日期：`) gives the date; the first other line of at most TITLE_MAX characters (a
 * `# Title` loses its `#`s, bold loses its `**`) is the title. Anything absent stays empty.
 */
export const TITLE_MAX = 120;

export interface FirstLines {
	title: string;
	publisher: string;
	/** ISO YYYY-MM-DD, or ''. */
	date: string;
}

const SOURCE = /^(?:source|publisher|来源|來源|出处|出處)\s*[:：]\s*(.+)$/i;
const DATE_LABEL = /^(?:date|日期)\s*[:：]\s*(.+)$/i;
const DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

function isoDate(text: string): string {
	const match = DATE.exec(text.trim());
	if (!match) return '';
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return '';
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @param lines the file's lines before its first turn */
export function readFirstLines(lines: readonly string[]): FirstLines {
	const found: FirstLines = { title: '', publisher: '', date: '' };
	for (const raw of lines) {
		const line = raw.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').trim();
		if (line === '') continue;
		const source = SOURCE.exec(line);
		if (source) {
			found.publisher ||= source[1]!.trim();
			continue;
		}
		const labelled = DATE_LABEL.exec(line);
		const date = isoDate(labelled ? labelled[1]! : line);
		if (date) {
			found.date ||= date;
			continue;
		}
		if (found.title === '' && [...line].length <= TITLE_MAX) found.title = line;
	}
	return found;
}
