/**
 * The analysis contract: what the build step produces and every page, export and the CLI read.
 * Knows nothing about Svelte, the DOM or the file system.
 *
 * Bump SCHEMA_VERSION on any change a reader of an older file would misread.
 */
export const SCHEMA_VERSION = 1;

/** Text in the two interface languages. */
export interface Bilingual {
	zh: string;
	en: string;
}

/** A transcript's metadata file (`<slug>.meta.json`), as written by an editor. */
export interface TranscriptMeta {
	title: string;
	/** BCP 47 primary language of the transcript text: 'zh' or 'en'. */
	language: 'zh' | 'en';
	source: {
		/** Publisher, in the transcript's language and in English. */
		publisher: Bilingual;
		/** ISO date of publication, YYYY-MM-DD. */
		date: string;
		url?: string;
		/** Free-text credit line, e.g. who compiled or translated it. */
		credit?: string;
		/** The language of the original when the transcript is a translation (BCP 47, e.g. 'en'). */
		translatedFrom?: string;
	};
	speakers: MetaSpeaker[];
	/** Optional override of the speaking-rate used for estimated minutes. */
	rate?: Partial<SpeakingRate>;
	/**
	 * Corrections to the turns as parsed (mislabelled or wrongly cut turns), applied before any
	 * figure is computed. Turn numbers are 1-based source turns as parsed, whatever the other
	 * corrections do.
	 */
	corrections?: MetaCorrection[];
	/**
	 * Editorial text in an interface language other than the transcript's, written by the site's
	 * editors (never by the source): shown in that interface, marked as a translation, with the
	 * original beside it.
	 */
	translations?: Partial<Record<'zh' | 'en', MetaTranslation>>;
	/** This transcript's wording of chart frames, by chart kind (`data-chart`) and interface language. */
	charts?: Partial<Record<string, Partial<Record<'zh' | 'en', ChartTextOverride>>>>;
}

export interface MetaTranslation {
	/** Who translated ("Parley editors"): printed with the note that says the titles are translated. */
	by: string;
	/** The transcript's title. */
	title?: string;
	/** Section titles by section number as written ("01"; an unnumbered section by its index, "03"). */
	sections?: Record<string, string>;
}

/** A chart frame's wording for one transcript: replaces the title or description, adds notes. */
export interface ChartTextOverride {
	title?: string;
	subtitle?: string;
	/** Printed after the chart's own notes (which explain its marks and stay). */
	notes?: string[];
}

/** Turn `turn` belongs to `speaker`, not to the speaker its label names. */
export interface ReassignCorrection {
	turn: number;
	speaker: string;
	reason: string;
}

/** Consecutive turns (listed one by one, e.g. [12, 13]) are one turn, by the first one's speaker unless `speaker` is given. */
export interface MergeCorrection {
	merge: number[];
	speaker?: string;
	reason: string;
}

/** Turn `split` is cut before its paragraph `atParagraph` (1-based, at least 2); the new turn belongs to `speaker`. */
export interface SplitCorrection {
	split: number;
	atParagraph: number;
	speaker: string;
	reason: string;
}

export type MetaCorrection = ReassignCorrection | MergeCorrection | SplitCorrection;

export interface MetaSpeaker {
	/** Stable id used in URLs and JSON: lowercase ASCII, e.g. 'altman'. */
	id: string;
	/** Every label this person appears under in the text (first one is the canonical label). */
	labels: string[];
	name: Bilingual;
	role: Bilingual;
	/**
	 * This speaker hosts (asks the questions). When any speaker in the file sets it, the hosts are
	 * exactly those with `true`; when none does, the host is inferred from the questions asked
	 * (see hosts.ts).
	 */
	host?: boolean;
}

/** A theme definition from the themes file: data, not code. */
export interface ThemeDefinition {
	id: string;
	label: Bilingual;
	/** Literal terms, matched case-insensitively and literally (regex characters have no meaning). */
	terms: string[];
	/**
	 * Safe pattern forms for families of terms. `{n}` stands for one digit, ASCII or full-width;
	 * `{-?}` for an optional hyphen or dash (ASCII or full-width). Nothing else is special.
	 */
	patterns?: string[];
}

export interface SpeakingRate {
	/** Content characters per minute for Chinese text. */
	charsPerMinute: number;
	/** Words per minute for English text. */
	wordsPerMinute: number;
}

export interface Paragraph {
	/** Stable id, also the HTML anchor in the reader: `t12-p2` (turn 12, paragraph 2, 1-based). */
	id: string;
	/** The paragraph text with hard wraps joined. Plain text: always escaped when rendered. */
	text: string;
	/** 1-based source line of the paragraph's first line. */
	line: number;
	/** Content units (Chinese characters + letters + digits; or English words). */
	units: number;
	/**
	 * Set only in what a dashboard is sent for a very long transcript, whose `text` is then left
	 * empty (the page fetches the text of the quotes it shows): the text's length in UTF-16 units.
	 */
	textLength?: number;
}

export interface Turn {
	/**
	 * Stable id: `t12` (1-based order in the transcript as corrected: after a merge or a split
	 * in the metadata, later turns are renumbered; `corrected` and `line` lead back to the source).
	 */
	id: string;
	/** 1-based order. */
	index: number;
	/** Speaker id. */
	speaker: string;
	/** Section index (see Section.index). */
	section: number;
	/** 1-based source line of the label (for the new turn of a split, of its first paragraph). */
	line: number;
	paragraphs: Paragraph[];
	/** Content units in the whole turn. */
	units: number;
	/** Content characters (Chinese characters, letters, digits), whatever the unit; = units for Chinese. */
	chars: number;
	/** Number of questions asked in the turn (sentences ending in ? or ？). */
	questions: number;
	/** Present only on a turn that a correction in the metadata changed. */
	corrected?: TurnCorrection;
	/** Where Analysis.timing is 'measured': seconds from the start of the recording to the turn's start. */
	start?: number;
	/** Where Analysis.timing is 'measured': seconds to the turn's end (see timing.ts). */
	end?: number;
}

/** Where a corrected turn comes from in the source. */
export interface TurnCorrection {
	/** Indexes into Analysis.corrections of the corrections that changed this turn. */
	corrections: number[];
	/** The source turns (1-based, as parsed) it is made of: one, or several for a merge. */
	sourceTurns: number[];
	/** When a split cut the source turn: the source paragraphs (1-based, inclusive) this turn holds. */
	sourceParagraphs?: { first: number; last: number };
}

/**
 * A correction as applied, in data form, enough to print "t13: labelled 奥特曼 in the source,
 * attributed to 莱特卡普, because …". Analysis.corrections is in the metadata's order.
 */
export interface AppliedCorrection {
	kind: 'reassign' | 'merge' | 'split';
	/** The editor's reason, as written. */
	reason: string;
	/** The turn (id in this analysis) now attributed to `speaker`: the reassigned turn, the merged turn, or the new turn a split made. */
	turn: string;
	/** Every turn (ids in this analysis) the correction changed, in order: `turn`, and for a split the turn before the cut. */
	turns: string[];
	/** Speaker id the text is attributed to. */
	speaker: string;
	/** The source turns it is about (1-based, as parsed), each with its label as written, the speaker that label names, and the label's line. */
	source: { turn: number; label: string; speaker: string; line: number }[];
	/** For a split: the source paragraph (1-based) the new turn starts with. */
	atParagraph?: number;
	/** 1-based source line: the (first) source turn's label, or for a split the paragraph cut at. */
	line: number;
}

export interface SpeakerStats {
	id: string;
	/** The canonical label as written in the transcript. */
	label: string;
	/** Every label seen for this speaker in the text. */
	labels: string[];
	name: Bilingual;
	role: Bilingual;
	/** A host (named in the metadata, or the clear top questioner: see hosts.ts). */
	host: boolean;
	turns: number;
	/** Content units (characters for Chinese, words for English; see Analysis.unit). */
	units: number;
	/** Content characters (Chinese characters, letters, digits), whatever the unit. */
	chars: number;
	/** Share of all content units, 0..1. Shares of all speakers sum to 1. */
	share: number;
	/** An estimate at Analysis.rate; always label it as one. */
	estimatedMinutes: number;
	longestTurn: { turn: string; units: number };
	questions: number;
	/** Where Analysis.timing is 'measured': minutes of the speaker's turns (start to end), summed. */
	measuredMinutes?: number;
	/** Where Analysis.timing is 'measured': share of the measured speaking time, 0..1 (sums to 1). */
	timeShare?: number;
}

/** A speaker's figures within one section: the same figures as SpeakerStats, over the section's turns. */
export interface SectionSpeakerStats {
	speaker: string;
	turns: number;
	units: number;
	chars: number;
	/** Share of this section's content units. */
	share: number;
	estimatedMinutes: number;
	longestTurn: { turn: string; units: number };
	questions: number;
	/** As SpeakerStats.measuredMinutes, within the section. */
	measuredMinutes?: number;
	/** Share of the section's measured speaking time. */
	timeShare?: number;
}

export interface Section {
	/** 1-based; 0 is reserved for turns before the first heading (present only if there are any). */
	index: number;
	/** The number as written ('01'), or '' when the heading has none. */
	number: string;
	title: string;
	/**
	 * Set only in what a page is sent, when `title` is the editors' translation for its interface
	 * language: the title as the transcript writes it (see page-data.ts).
	 */
	originalTitle?: string;
	/**
	 * Set only in what a chart page is sent for a transcript of very many sections, where this is
	 * a part joining that many consecutive sections (see section-parts.ts).
	 */
	sectionCount?: number;
	/** 1-based source line of the heading (0 for the implicit section 0). */
	line: number;
	turns: number;
	units: number;
	chars: number;
	speakers: SectionSpeakerStats[];
}

export interface ThemeStats extends ThemeDefinition {
	/** All mentions of the theme in turns. */
	mentions: number;
	/** Turns that mention the theme at least once. */
	turns: number;
}

export interface ThemeBySection {
	theme: string;
	section: number;
	count: number;
	/** Mentions per 10,000 content units of the section. */
	per10k: number;
	/** Mentions by speaker id. */
	bySpeaker: Record<string, number>;
}

export type CooccurrenceUnit = 'turn' | 'paragraph';

export interface Cooccurrence {
	/** Theme ids; a === b is the diagonal (units mentioning that theme). a <= b in theme order. */
	a: string;
	b: string;
	unit: CooccurrenceUnit;
	/** Number of units mentioning both; equals ids.length. */
	count: number;
	/** Turn or paragraph ids, in transcript order. */
	ids: string[];
	/**
	 * Observed / expected under independence: count * N / (nA * nB). null on the diagonal (a === b:
	 * a theme with itself has no lift) and when undefined (nA or nB is 0).
	 */
	lift: number | null;
}

export interface Mention {
	theme: string;
	/** The term or pattern that matched, as written in the themes file. */
	term: string;
	turn: string;
	paragraph: string;
	speaker: string;
	section: number;
	/** UTF-16 offsets into Paragraph.text, end exclusive. */
	start: number;
	end: number;
	/** The matched text as it appears. */
	text: string;
}

export interface SectionKeywords {
	section: number;
	terms: { term: string; score: number; count: number }[];
}

export interface Warning {
	code: string;
	message: string;
	/** 1-based source line, when it applies. */
	line?: number;
}

/** Front and back matter: text that is not a turn (title, highlights, introduction, credit). */
export interface Matter {
	kind: 'title' | 'highlights' | 'introduction' | 'credit' | 'other';
	text: string;
	line: number;
}

export interface Analysis {
	schemaVersion: typeof SCHEMA_VERSION;
	/** Slug of the transcript (file name without extension). */
	id: string;
	meta: TranscriptMeta;
	/** What a content unit is: Chinese characters+letters+digits ('char') or English words ('word'). */
	unit: 'char' | 'word';
	rate: SpeakingRate;
	/**
	 * 'measured' when every turn has a start and end in seconds (subtitle cues, or timestamps in the
	 * text): turns carry start/end and the minutes figures carry measuredMinutes. 'estimated' otherwise:
	 * minutes are only estimatedMinutes, from text length at `rate`.
	 */
	timing: 'measured' | 'estimated';
	totals: {
		turns: number;
		paragraphs: number;
		units: number;
		chars: number;
		estimatedMinutes: number;
		questions: number;
		/** Where timing is 'measured': all turns' measured minutes, summed (speaking time, pauses between turns left out). */
		measuredMinutes?: number;
	};
	/**
	 * How the sections were made: from the transcript's headings, or (with none) as segments that
	 * start at the host's questions or cut the talk into equal parts, titled by their first words
	 * (see segments.ts). Always written by analyseTranscript; optional in the type only so that
	 * hand-made analyses (test fixtures) need not carry it.
	 */
	sectioning?: 'headings' | 'questions' | 'equal';
	front: Matter[];
	back: Matter[];
	speakers: SpeakerStats[];
	sections: Section[];
	turns: Turn[];
	themes: ThemeStats[];
	themeBySection: ThemeBySection[];
	cooccurrence: Cooccurrence[];
	mentions: Mention[];
	keywords: SectionKeywords[];
	/**
	 * The metadata's corrections as applied, in its order (empty without any). Always written by
	 * analyseTranscript; optional in the type only so that hand-made analyses (test fixtures) need
	 * not carry it.
	 */
	corrections?: AppliedCorrection[];
	warnings: Warning[];
}
