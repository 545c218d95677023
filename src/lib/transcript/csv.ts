/**
 * The analysis as tidy tables (one row per observation, one column per variable), and RFC 4180
 * CSV. Used by the CLI's --format csv and the dashboard's data export. Knows nothing about
 * Svelte, the DOM or the file system.
 */
import type { Analysis } from './types';

/** Figures rounded to what they mean: a share to 4 decimals (0.01%), minutes and rates per 10,000 to 0.1, a lift to 0.01. */
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
const share = (value: number) => round(value, 4);
const tenth = (value: number) => round(value, 1);

/** Characters of text either side of a mention in its `context` column. */
export const CONTEXT_CHARS = 20;

/**
 * The match with up to CONTEXT_CHARS characters (code points) either side, "…" where the paragraph
 * goes on: enough to see how a term is used without opening the transcript.
 */
export function mentionContext(text: string, start: number, end: number): string {
	const before = [...text.slice(0, start)];
	const after = [...text.slice(end)];
	const head = before.slice(Math.max(0, before.length - CONTEXT_CHARS)).join('');
	const tail = after.slice(0, CONTEXT_CHARS).join('');
	return `${before.length > CONTEXT_CHARS ? '…' : ''}${head}${text.slice(start, end)}${tail}${after.length > CONTEXT_CHARS ? '…' : ''}`;
}

export interface Table {
	/** File-name-safe name, e.g. 'speakers'. */
	name: string;
	columns: string[];
	rows: (string | number | null)[][];
}

/** Every figure of the analysis, one table each. */
export function analysisTables(analysis: Analysis): Table[] {
	const speakerIds = analysis.speakers.map((speaker) => speaker.id);
	// Timed transcripts add their measured figures; an estimated one's tables stay as they were.
	const measured = analysis.timing === 'measured';
	const timeColumns = measured ? ['measured_minutes', 'time_share'] : [];
	const timeCells = (figures: { measuredMinutes?: number; timeShare?: number }) => (measured ? [tenth(figures.measuredMinutes ?? 0), share(figures.timeShare ?? 0)] : []);
	const paragraphText = new Map(analysis.turns.flatMap((turn) => turn.paragraphs.map((paragraph) => [paragraph.id, paragraph.text] as const)));
	return [
		{
			name: 'speakers',
			columns: ['speaker', 'label', 'name_zh', 'name_en', 'host', 'turns', 'units', 'chars', 'share', 'estimated_minutes', 'longest_turn', 'longest_turn_units', 'questions', ...timeColumns],
			rows: analysis.speakers.map((s) => [s.id, s.label, s.name.zh, s.name.en, s.host ? 1 : 0, s.turns, s.units, s.chars, share(s.share), tenth(s.estimatedMinutes), s.longestTurn.turn, s.longestTurn.units, s.questions, ...timeCells(s)])
		},
		{
			name: 'sections',
			columns: ['section', 'number', 'title', 'line', 'turns', 'units', 'chars'],
			rows: analysis.sections.map((s) => [s.index, s.number, s.title, s.line, s.turns, s.units, s.chars])
		},
		{
			name: 'section_speakers',
			columns: ['section', 'speaker', 'turns', 'units', 'chars', 'share', 'estimated_minutes', 'longest_turn', 'longest_turn_units', 'questions', ...timeColumns],
			rows: analysis.sections.flatMap((s) =>
				s.speakers.map((p) => [s.index, p.speaker, p.turns, p.units, p.chars, share(p.share), tenth(p.estimatedMinutes), p.longestTurn.turn, p.longestTurn.units, p.questions, ...timeCells(p)])
			)
		},
		{
			name: 'turns',
			columns: ['turn', 'index', 'speaker', 'section', 'line', 'paragraphs', 'units', 'chars', 'questions', ...(measured ? ['start_seconds', 'end_seconds'] : [])],
			rows: analysis.turns.map((t) => [t.id, t.index, t.speaker, t.section, t.line, t.paragraphs.length, t.units, t.chars, t.questions, ...(measured ? [round(t.start ?? 0, 3), round(t.end ?? 0, 3)] : [])])
		},
		{
			name: 'themes',
			columns: ['theme', 'label_zh', 'label_en', 'mentions', 'turns'],
			rows: analysis.themes.map((t) => [t.id, t.label.zh, t.label.en, t.mentions, t.turns])
		},
		{
			name: 'theme_by_section',
			columns: ['theme', 'section', 'count', 'per10k'],
			rows: analysis.themeBySection.map((r) => [r.theme, r.section, r.count, tenth(r.per10k)])
		},
		{
			name: 'theme_by_section_speaker',
			columns: ['theme', 'section', 'speaker', 'count'],
			rows: analysis.themeBySection.flatMap((r) => speakerIds.map((id) => [r.theme, r.section, id, r.bySpeaker[id] ?? 0]))
		},
		{
			name: 'cooccurrence',
			columns: ['unit', 'a', 'b', 'count', 'lift', 'ids'],
			// The diagonal (a = b) has no lift: an empty field.
			rows: analysis.cooccurrence.map((c) => [c.unit, c.a, c.b, c.count, c.a === c.b || c.lift === null ? null : round(c.lift, 2), c.ids.join(' ')])
		},
		{
			name: 'mentions',
			columns: ['theme', 'term', 'turn', 'paragraph', 'speaker', 'section', 'start', 'end', 'text', 'context'],
			rows: analysis.mentions.map((m) => [m.theme, m.term, m.turn, m.paragraph, m.speaker, m.section, m.start, m.end, m.text, mentionContext(paragraphText.get(m.paragraph) ?? '', m.start, m.end)])
		},
		{
			name: 'keywords',
			columns: ['section', 'rank', 'term', 'score', 'count'],
			rows: analysis.keywords.flatMap((k) => k.terms.map((t, rank) => [k.section, rank + 1, t.term, round(t.score, 2), t.count]))
		},
		{
			name: 'corrections',
			columns: ['correction', 'kind', 'turn', 'turns', 'speaker', 'source_turns', 'source_labels', 'source_speakers', 'at_paragraph', 'line', 'reason'],
			rows: (analysis.corrections ?? []).map((c, index) => [
				index,
				c.kind,
				c.turn,
				c.turns.join(' '),
				c.speaker,
				c.source.map((s) => s.turn).join(' '),
				c.source.map((s) => s.label).join(' '),
				c.source.map((s) => s.speaker).join(' '),
				c.atParagraph ?? null,
				c.line,
				c.reason
			])
		},
		{
			name: 'warnings',
			columns: ['code', 'line', 'message'],
			rows: analysis.warnings.map((w) => [w.code, w.line ?? null, w.message])
		}
	];
}

/**
 * Transcript text reaches these tables (labels, mentions, titles). A spreadsheet would run a
 * field starting with = + - @ (or a tab/CR) as a formula, so such text fields get a leading
 * apostrophe. Numbers are left alone: -0.5 is data.
 */
function defuseFormula(value: string | number): string {
	// The full-width forms too: spreadsheets with an East Asian input method read ＝ as =.
	return typeof value === 'string' && /^[=+\-@\t\r＝＋－＠]/.test(value) ? `'${value}` : String(value);
}

// Control characters but tab and line breaks (C0, a CR not ending a line, DEL, C1): never data
// in a field, and on a terminal (the CLI prints CSV to stdout) ESC and U+009B start escape
// sequences and a lone CR overwrites the line shown. Dropped from text fields.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/** One RFC 4180 field: control characters dropped, formula-defused, quoted when it needs it. Shared with the chart CSV export. */
export function csvCell(value: string | number | null): string {
	if (value === null) return '';
	const text = defuseFormula(typeof value === 'string' ? value.replace(CONTROLS, '') : value);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, fields quoted when they need it. Null is an empty field. */
export function toCsv(table: Table): string {
	return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
