/**
 * The whole analysis: text (+ metadata, themes, a segmenter) → the Analysis JSON. Knows nothing
 * about Svelte, the DOM or the file system: the caller reads and decodes files (src/lib/server).
 *
 * Deterministic: the same input gives byte-identical JSON (stable orders, floats rounded to six
 * decimals, no dates or timestamps).
 */
import { applyCorrections, type CorrectedTurn } from './corrections';
import { cooccurrenceFromMentions } from './cooccurrence';
import { readFirstLines, type FirstLines } from './first-lines';
import { findHosts } from './hosts';
import { segmentTurns, type Sectioning } from './segments';
import { intlSegment, sectionKeywords, type Segment } from './keywords';
import { parseTranscript, type ParsedTranscript } from './parse';
import { sectionStats } from './sections';
import { measuredSeconds, resolveSpeakers, speakerShares } from './speakers';
import { parseSubtitles, sniffSubtitleFormat, type SubtitleFormat } from './subtitles';
import { themeBySection, themeStats } from './themeFigures';
import { measureTurns, type TimeSpan } from './timing';
import { compileTheme, type CompiledTheme } from './themes';
import { sortFewByKey } from './tally';
import {
	SCHEMA_VERSION,
	type Analysis,
	type Mention,
	type Paragraph,
	type SpeakingRate,
	type ThemeDefinition,
	type TranscriptMeta,
	type Turn
} from './types';
import { countChars, countParagraph, countUnits, DEFAULT_RATE, detectLanguage, LANGUAGE_SAMPLE, minutesAt, round6, withoutMarkers, type ParagraphCounts, type UnitKind } from './units';

/** A mention's place in its paragraph: the key of reading order. */
const byStart = (mention: Mention) => mention.start;

export interface AnalyseOptions {
	/** Slug of the transcript (file name without extension). */
	id: string;
	/** The metadata file, if there is one; otherwise speakers come from labels and the language is detected. */
	meta?: TranscriptMeta | null;
	themes: readonly ThemeDefinition[];
	/** Word segmentation for keywords, chosen by the transcript's language. Default: Intl.Segmenter. */
	segmenter?: (language: 'zh' | 'en') => Segment;
	/** Overrides meta.rate, which overrides the default (250 chars / 150 words a minute). */
	rate?: Partial<SpeakingRate>;
	/** Refuse longer text (UTF-16 code units). */
	maxChars?: number;
	/** Keywords per section. Default 10; 0 leaves keywords out and skips segmentation (the text is never cut into words). */
	keywordsPerSection?: number;
	/**
	 * What the text is: a text transcript or subtitles. Default: sniffed from the content (a
	 * `WEBVTT` header; a first block `1` + `00:00:01,000 --> …`), so every caller reads a file alike.
	 */
	format?: TranscriptFormat;
}

export type TranscriptFormat = 'text' | SubtitleFormat;

export function analyseTranscript(text: string, options: AnalyseOptions): Analysis {
	return analyseWithParse(text, options).analysis;
}

/** The analysis and the parse it was made from (what `--check` reports beyond the figures: noise removed, suggested aliases). */
export function analyseWithParse(text: string, options: AnalyseOptions): { analysis: Analysis; parsed: ParsedTranscript } {
	const meta = options.meta ?? null;
	const metaSpeakers = meta?.speakers ?? [];
	const format = options.format ?? sniffSubtitleFormat(text) ?? 'text';
	const parseOptions = { knownLabels: metaSpeakers.flatMap((speaker) => speaker.labels), maxChars: options.maxChars };
	const parsed = format === 'text' ? parseTranscript(text, parseOptions) : parseSubtitles(text, format, parseOptions);
	const metaCorrections = meta?.corrections ?? [];
	const resolution = resolveSpeakers(
		parsed.labels,
		parsed.aliases,
		metaSpeakers,
		new Set(metaCorrections.flatMap((correction) => (correction.speaker === undefined ? [] : [correction.speaker]))),
		{ turnLabels: parsed.turns.map((turn) => turn.label), legend: parsed.legend }
	);
	const warnings = [...parsed.warnings, ...resolution.warnings];

	const language = meta?.language ?? detectLanguage(leadingText(parsed.turns, LANGUAGE_SAMPLE));
	const unit = language === 'en' ? 'word' : 'char';
	const rate: SpeakingRate = { ...DEFAULT_RATE, ...definedOnly(meta?.rate), ...definedOnly(options.rate) };

	// Corrections first: every figure below is computed from the corrected turns. Most transcripts
	// have none: then the parsed turns go on as they are, each speaker read from its label as the
	// turn is built (a turn object more per turn was 24,000 more at 10 MB for the collector to copy).
	const corrected =
		metaCorrections.length === 0
			? null
			: applyCorrections(
					parsed.turns.map(({ label, section, line, paragraphs }) => ({ label, speaker: resolution.idOf(label), section, line, paragraphs })),
					metaCorrections,
					// Any metadata speaker may be given text, even one no label in the text names.
					[...new Set([...metaSpeakers.map((speaker) => speaker.id), ...resolution.speakers.map((speaker) => speaker.id)])]
				);
	const correctedTurns: readonly TurnSource[] = corrected?.turns ?? parsed.turns;
	const speakerAt = corrected ? (index: number) => corrected.turns[index]!.speaker : (index: number) => resolution.idOf(parsed.turns[index]!.label);
	const measured = measureTurns(
		parsed.turns,
		correctedTurns,
		(paragraph) => countUnits(paragraph.text, unit),
		unit === 'word' ? rate.wordsPerMinute : rate.charsPerMinute
	);
	warnings.push(...measured.warnings);
	const turns = buildTurns(correctedTurns, speakerAt, measured.spans, unit);
	const corrections = (corrected?.corrections ?? []).map((correction) => ({
		...correction,
		turn: turns[correction.turn]!.id,
		turns: correction.turns.map((position) => turns[position]!.id)
	}));

	const hosts = findHosts(turns, resolution.speakers.map((speaker) => speaker.id), metaSpeakers);
	// No headings: cut the conversation into segments (at the host's new questions, or equal parts).
	let sectioning: Sectioning = 'headings';
	let headings = parsed.sections;
	if (headings.length === 0 && turns.length > 0) {
		const segmentation = segmentTurns(
			turns.map((turn) => ({ ...turn, text: turn.paragraphs[0]?.text ?? '' })),
			hosts.ids,
			language
		);
		sectioning = segmentation.sectioning;
		headings = segmentation.sections;
		turns.forEach((turn, i) => (turn.section = segmentation.sectionOf[i]!));
	}
	// After the segmentation above: a mention carries its turn's section.
	const { mentions, paragraphCount } = findMentions(turns, options.themes.map(compileTheme));

	const speakerCards = resolution.speakers.map(({ id, label, labels, name, role }) => ({ id, label, labels, name, role, host: hosts.ids.includes(id) }));
	const speakers = speakerShares(turns, speakerCards, unit, rate);
	const sections = sectionStats(headings, turns, speakers.map((speaker) => speaker.id), unit, rate);
	const themeIds = options.themes.map((theme) => theme.id);
	const sectionIndexes = sections.map((section) => section.index);

	const keywords = keywordsOf(turns, sections, language, options);

	const totalUnits = turns.reduce((sum, turn) => sum + turn.units, 0);
	if (totalUnits === 0) warnings.push({ code: 'no-content', message: 'The turns contain no words: shares are all zero.' });

	const analysis: Analysis = {
		schemaVersion: SCHEMA_VERSION,
		id: options.id,
		meta: meta ? structuredClone(meta) : defaultMeta(options.id, parsed.front, readFirstLines(linesBefore(text, parsed.turns[0]?.line)), language, speakerCards),
		unit,
		rate,
		timing: measured.spans ? 'measured' : 'estimated',
		totals: {
			turns: turns.length,
			paragraphs: paragraphCount,
			units: totalUnits,
			chars: turns.reduce((sum, turn) => sum + turn.chars, 0),
			estimatedMinutes: minutesAt(totalUnits, unit, rate),
			questions: turns.reduce((sum, turn) => sum + turn.questions, 0),
			...(measured.spans ? { measuredMinutes: round6(measuredSeconds(turns) / 60) } : {})
		},
		sectioning,
		front: parsed.front,
		back: parsed.back,
		speakers,
		sections,
		turns,
		themes: themeStats(options.themes, mentions),
		themeBySection: themeBySection(turns, mentions, themeIds, sectionIndexes, speakers.map((speaker) => speaker.id)),
		cooccurrence: [
			...cooccurrenceFromMentions(turns.length, mentions, themeIds, 'turn'),
			...cooccurrenceFromMentions(paragraphCount, mentions, themeIds, 'paragraph')
		],
		mentions,
		keywords,
		corrections,
		warnings
	};
	return { analysis, parsed };
}

/** What a turn is built from: a corrected turn, or a parsed one where there are no corrections. */
type TurnSource = Pick<CorrectedTurn, 'section' | 'line' | 'paragraphs' | 'corrected'>;

/**
 * The analysis's turns from the corrected ones (`speakerAt` gives the speaker of each): ids, each
 * paragraph's units, the turn's sums. One loop per turn (no reduce over the paragraphs three
 * times): sums in paragraph order.
 */
function buildTurns(correctedTurns: readonly TurnSource[], speakerAt: (index: number) => string, spans: readonly TimeSpan[] | null, unit: UnitKind): Turn[] {
	const turns: Turn[] = new Array(correctedTurns.length);
	const paragraphCounts: ParagraphCounts = { units: 0, questions: 0 };
	for (let index = 0; index < correctedTurns.length; index++) {
		const correctedTurn = correctedTurns[index]!;
		const id = `t${index + 1}`;
		const source = correctedTurn.paragraphs;
		const paragraphs: Paragraph[] = new Array(source.length);
		let units = 0;
		let chars = 0;
		let questions = 0;
		for (let p = 0; p < source.length; p++) {
			const { text: paragraphText, line } = source[p]!;
			// Units and questions in one pass over the text (countUnits and countQuestions).
			const counts = countParagraph(paragraphText, unit, paragraphCounts);
			paragraphs[p] = { id: `${id}-p${p + 1}`, text: paragraphText, line, units: counts.units };
			units += counts.units;
			if (unit !== 'char') chars += countChars(withoutMarkers(paragraphText));
			questions += counts.questions;
		}
		const turn: Turn = {
			id,
			index: index + 1,
			speaker: speakerAt(index),
			section: correctedTurn.section,
			line: correctedTurn.line,
			paragraphs,
			units,
			chars: unit === 'char' ? units : chars,
			questions
		};
		if (correctedTurn.corrected) turn.corrected = correctedTurn.corrected;
		const span = spans?.[index];
		if (span) {
			turn.start = span.start;
			turn.end = span.end;
		}
		turns[index] = turn;
	}
	return turns;
}

/**
 * Every theme mention, paragraph by paragraph in reading order (so each turn's and each
 * paragraph's mentions come together, as cooccurrenceFromMentions reads them), and how many
 * paragraphs there are.
 */
function findMentions(turns: readonly Turn[], compiled: readonly CompiledTheme[]): { mentions: Mention[]; paragraphCount: number } {
	const mentions: Mention[] = [];
	// Indexed loops: for-of allocates an iterator result per step until the code is optimised, and
	// a one-off analysis runs much of it before that.
	let paragraphCount = 0;
	for (let t = 0; t < turns.length; t++) {
		const turn = turns[t]!;
		paragraphCount += turn.paragraphs.length;
		for (let p = 0; p < turn.paragraphs.length; p++) {
			const paragraph = turn.paragraphs[p]!;
			let here: Mention[] | null = null;
			for (let c = 0; c < compiled.length; c++) {
				const theme = compiled[c]!;
				const found = theme.find(paragraph.text);
				for (let m = 0; m < found.length; m++) {
					const match = found[m]!;
					// placeMatch's fields, written out: one object per mention, no spread.
					(here ??= []).push({
						theme: theme.id,
						term: match.term,
						turn: turn.id,
						paragraph: paragraph.id,
						speaker: turn.speaker,
						section: turn.section,
						start: match.start,
						end: match.end,
						text: match.text
					});
				}
			}
			if (here === null) continue;
			// Reading order; at one offset, theme order (the sort is stable).
			sortFewByKey(here, byStart);
			// A loop, not push(...here): one paragraph can hold more mentions than the call stack has room for.
			for (let i = 0; i < here.length; i++) mentions.push(here[i]!);
		}
	}
	return { mentions, paragraphCount };
}

/** Each section's keywords; with `keywordsPerSection: 0`, none, and the text is not segmented at all. */
function keywordsOf(
	turns: readonly Turn[],
	sections: readonly { index: number }[],
	language: 'zh' | 'en',
	options: AnalyseOptions
): Analysis['keywords'] {
	const top = options.keywordsPerSection ?? 10;
	if (top <= 0) return sections.map((section) => ({ section: section.index, terms: [] }));
	const segment = options.segmenter ? options.segmenter(language) : intlSegment(language);
	const textsBySection = new Map<number, string[]>(sections.map((section) => [section.index, []]));
	for (const turn of turns) for (const paragraph of turn.paragraphs) textsBySection.get(turn.section)?.push(paragraph.text);
	return sectionKeywords(
		sections.map((section) => ({ section: section.index, texts: textsBySection.get(section.index)! })),
		segment,
		{ top }
	);
}

/** The turns' paragraphs joined by newlines, stopping once `limit` characters are reached. */
function leadingText(turns: readonly { paragraphs: readonly { text: string }[] }[], limit: number): string {
	const texts: string[] = [];
	let length = 0;
	for (const turn of turns) {
		for (const paragraph of turn.paragraphs) {
			texts.push(paragraph.text);
			length += paragraph.text.length + 1;
			if (length >= limit) return texts.join('\n');
		}
	}
	return texts.join('\n');
}

function definedOnly(rate: Partial<SpeakingRate> | undefined): Partial<SpeakingRate> {
	const result: Partial<SpeakingRate> = {};
	if (rate?.charsPerMinute !== undefined) result.charsPerMinute = rate.charsPerMinute;
	if (rate?.wordsPerMinute !== undefined) result.wordsPerMinute = rate.wordsPerMinute;
	return result;
}

/** The text's lines before `line` (1-based; all of them when there is no turn), at most the first 40. */
function linesBefore(text: string, line: number | undefined): string[] {
	const lines = text.split(/\r\n|\r|\n/, 40);
	return line === undefined ? lines : lines.slice(0, line - 1);
}

/**
 * Metadata for a transcript without a metadata file: title, publisher and date from its first
 * lines where it has them (first-lines.ts), speakers from labels.
 */
function defaultMeta(
	id: string,
	front: Analysis['front'],
	firstLines: FirstLines,
	language: 'zh' | 'en',
	speakers: readonly { id: string; labels: string[]; name: { zh: string; en: string }; role: { zh: string; en: string } }[]
): TranscriptMeta {
	return {
		title: front.find((matter) => matter.kind === 'title')?.text || firstLines.title || id,
		language,
		source: { publisher: { zh: firstLines.publisher, en: firstLines.publisher }, date: firstLines.date },
		speakers: speakers.map((speaker) => ({
			id: speaker.id,
			labels: [...speaker.labels],
			name: { ...speaker.name },
			role: { ...speaker.role }
		}))
	};
}
