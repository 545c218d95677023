/**
 * Runtime schemas (valibot) for the three JSON files Parley reads or writes: a transcript's
 * metadata, a themes file, and the Analysis itself. The CLI validates its output against
 * AnalysisSchema; loaders validate metadata and themes and report the exact field path of an
 * error. Knows nothing about Svelte, the DOM or the file system.
 */
import * as v from 'valibot';
import { CHART_KINDS } from '../charts/kinds';
import { ParleyInputError } from './errors';
import { labelKey } from './labels';
import { SCHEMA_VERSION, type Analysis, type ThemeDefinition, type TranscriptMeta } from './types';

const text = v.string();
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const finite = v.pipe(v.number(), v.finite());
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0, 'must be greater than 0'));
const speakerId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase ASCII letters, digits and hyphens'));
const themeId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be ASCII letters, digits, _ or - (at most 64)'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

/**
 * A web address a page could link to: http:// or https:// as written, nothing else. Anything
 * else is refused, not dropped (an editor learns of it at build time): `javascript:`, `data:`,
 * `vbscript:`, a relative path, and the disguises a browser would still follow (mixed case is
 * fine for http, but leading white space or control characters, a tab inside the scheme, or an
 * entity-encoded scheme never start with "http").
 */
export function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}
const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'must be an http:// or https:// address (no javascript:, data: or other schemes, no spaces)'));

export const BilingualSchema = v.object({ zh: text, en: text });

export const SpeakingRateSchema = v.object({ charsPerMinute: positive, wordsPerMinute: positive });

export const MetaSpeakerSchema = v.object({
	id: speakerId,
	labels: v.pipe(v.array(nonEmpty), v.minLength(1, 'must list at least one label')),
	name: BilingualSchema,
	role: BilingualSchema,
	host: v.optional(v.boolean())
});

const turnNumber = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more (turns are numbered from 1)'));
const reason = v.pipe(v.string(), v.check((value) => value.trim() !== '', 'must not be empty: say why the source is corrected'));

/** The keys each kind of correction has, named by the key that tells the kind. */
const CORRECTION_KEYS = {
	turn: { kind: 'reassign', keys: ['turn', 'speaker', 'reason'], optional: [] },
	merge: { kind: 'merge', keys: ['merge', 'speaker', 'reason'], optional: ['speaker'] },
	split: { kind: 'split', keys: ['split', 'atParagraph', 'speaker', 'reason'], optional: [] }
} as const satisfies Record<string, { kind: string; keys: readonly string[]; optional: readonly string[] }>;

/**
 * One correction. The kind is told by the key present (`turn`, `merge` or `split`), so the file
 * reads like the change it makes. A first check names what is missing or out of place in words an
 * editor understands (a plain union would only say "Expected Object"); the union then types it.
 */
export const MetaCorrectionSchema = v.pipe(
	v.record(v.string(), v.unknown(), 'must be an object such as {"turn": 12, "speaker": "id", "reason": "…"}'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const present = Object.keys(dataset.value);
		const kinds = (Object.keys(CORRECTION_KEYS) as (keyof typeof CORRECTION_KEYS)[]).filter((key) => present.includes(key));
		if (kinds.length !== 1) {
			addIssue({ message: 'must have exactly one of "turn" (a reassign), "merge" or "split"' });
			return;
		}
		const { kind, keys, optional } = CORRECTION_KEYS[kinds[0]!];
		const allowed: readonly string[] = keys;
		for (const key of present) if (!allowed.includes(key)) addIssue({ message: `"${key}" has no meaning in a ${kind} correction (its keys: ${keys.join(', ')})` });
		for (const key of keys) if (!present.includes(key) && !(optional as readonly string[]).includes(key)) addIssue({ message: `a ${kind} correction needs "${key}"` });
	}),
	v.union([
		v.strictObject({ turn: turnNumber, speaker: speakerId, reason }),
		v.strictObject({
			merge: v.pipe(
				v.array(turnNumber),
				v.minLength(2, 'must list at least two turns, e.g. [12, 13]'),
				v.check((turns) => turns.every((turn, i) => i === 0 || turn === turns[i - 1]! + 1), 'must list consecutive turns in order, e.g. [12, 13]')
			),
			speaker: v.optional(speakerId),
			reason
		}),
		v.strictObject({
			split: turnNumber,
			atParagraph: v.pipe(
				v.number(),
				v.integer('must be a whole number'),
				v.minValue(2, 'must be 2 or more: a cut before paragraph 1 leaves nothing before it (reassign the turn instead)')
			),
			speaker: speakerId,
			reason
		})
	])
);

/** Editors' translations of a transcript's title and section titles into an interface language. */
const MetaTranslationSchema = v.strictObject({
	by: text,
	title: v.optional(text),
	// Numbered as the headings are: "01", or "三" for a `三、标题` heading.
	sections: v.optional(v.record(v.pipe(v.string(), v.regex(/^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/, 'must be a section number as written, e.g. "01" or "三"')), text))
});

/** A transcript's own wording of one chart frame in one language. */
const ChartTextOverrideSchema = v.strictObject({
	title: v.optional(text),
	subtitle: v.optional(text),
	notes: v.optional(v.array(text))
});

function metaSchema(date: typeof isoDate | v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.RegexAction<string, string>]>) {
	return v.object({
		title: text,
		language: v.picklist(['zh', 'en'], 'must be "zh" or "en"'),
		source: v.object({
			publisher: BilingualSchema,
			date,
			url: v.optional(httpUrl),
			credit: v.optional(text),
			translatedFrom: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "en" or "zh-Hant"')))
		}),
		speakers: v.array(MetaSpeakerSchema),
		rate: v.optional(v.partial(SpeakingRateSchema)),
		corrections: v.optional(v.array(MetaCorrectionSchema)),
		translations: v.optional(v.strictObject({ en: v.optional(MetaTranslationSchema), zh: v.optional(MetaTranslationSchema) })),
		charts: v.optional(
			v.record(
				v.picklist(CHART_KINDS, `must be a chart kind: ${CHART_KINDS.join(', ')}`),
				v.strictObject({ en: v.optional(ChartTextOverrideSchema), zh: v.optional(ChartTextOverrideSchema) })
			)
		)
	});
}

/** A metadata file as an editor writes it: speaker ids and labels must each be unique. */
export const TranscriptMetaSchema = v.pipe(
	metaSchema(isoDate),
	v.forward(
		v.check(
			(meta) => new Set(meta.speakers.map((speaker) => speaker.id)).size === meta.speakers.length,
			'speaker ids must be unique'
		),
		['speakers']
	),
	v.forward(
		v.check((meta) => {
			const labels = meta.speakers.flatMap((speaker) => speaker.labels.map(labelKey));
			return new Set(labels).size === labels.length;
		}, 'a label may belong to one speaker only'),
		['speakers']
	)
);

export const ThemeDefinitionSchema = v.object({
	id: themeId,
	label: BilingualSchema,
	terms: v.array(nonEmpty),
	patterns: v.optional(
		v.array(
			v.pipe(
				nonEmpty,
				// A pattern of nothing but optional dashes matches the empty string everywhere: a
				// theme that would count every position of the text, or nothing, never a mention.
				v.check((pattern) => pattern.replace(/\{-\?\}/g, '') !== '', 'must match at least one character ("{-?}" alone matches nothing)')
			)
		)
	)
});

export const ThemesFileSchema = v.object({
	$comment: v.optional(text),
	themes: v.pipe(
		v.array(ThemeDefinitionSchema),
		v.check((themes) => new Set(themes.map((theme) => theme.id)).size === themes.length, 'theme ids must be unique')
	)
});

const ParagraphSchema = v.object({ id: text, text, line: count, units: count });
const TurnSchema = v.object({
	id: text,
	index: count,
	speaker: text,
	section: count,
	line: count,
	paragraphs: v.array(ParagraphSchema),
	units: count,
	chars: count,
	questions: count,
	start: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
	end: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
	corrected: v.optional(
		v.object({
			corrections: v.array(count),
			sourceTurns: v.array(count),
			sourceParagraphs: v.optional(v.object({ first: count, last: count }))
		})
	)
});
const AppliedCorrectionSchema = v.object({
	kind: v.picklist(['reassign', 'merge', 'split']),
	reason: text,
	turn: text,
	turns: v.array(text),
	speaker: text,
	source: v.array(v.object({ turn: count, label: text, speaker: text, line: count })),
	atParagraph: v.optional(count),
	line: count
});
const MatterSchema = v.object({
	kind: v.picklist(['title', 'highlights', 'introduction', 'credit', 'other']),
	text,
	line: count
});

/** A speaker's figures, the same over the whole transcript (speakers[]) and within a section. */
const SpeakerFiguresEntries = {
	turns: count,
	units: count,
	chars: count,
	share: fraction,
	estimatedMinutes: finite,
	longestTurn: v.object({ turn: text, units: count }),
	questions: count,
	measuredMinutes: v.optional(finite),
	timeShare: v.optional(fraction)
};

const AnalysisObjectSchema = v.object({
	schemaVersion: v.literal(SCHEMA_VERSION),
	id: text,
	// A generated meta (no metadata file) has an empty date.
	meta: metaSchema(v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date YYYY-MM-DD or empty'))),
	unit: v.picklist(['char', 'word']),
	rate: SpeakingRateSchema,
	timing: v.picklist(['measured', 'estimated']),
	totals: v.object({
		turns: count,
		paragraphs: count,
		units: count,
		chars: count,
		estimatedMinutes: finite,
		questions: count,
		measuredMinutes: v.optional(finite)
	}),
	sectioning: v.picklist(['headings', 'questions', 'equal']),
	front: v.array(MatterSchema),
	back: v.array(MatterSchema),
	speakers: v.array(
		v.object({
			id: text,
			label: text,
			labels: v.array(text),
			name: BilingualSchema,
			role: BilingualSchema,
			host: v.boolean(),
			...SpeakerFiguresEntries
		})
	),
	sections: v.array(
		v.object({
			index: count,
			number: text,
			title: text,
			line: count,
			turns: count,
			units: count,
			chars: count,
			speakers: v.array(
				v.object({ speaker: text, ...SpeakerFiguresEntries })
			)
		})
	),
	turns: v.array(TurnSchema),
	themes: v.array(
		v.object({
			id: text,
			label: BilingualSchema,
			terms: v.array(text),
			patterns: v.optional(v.array(text)),
			mentions: count,
			turns: count
		})
	),
	themeBySection: v.array(
		v.object({ theme: text, section: count, count, per10k: finite, bySpeaker: v.record(v.string(), count) })
	),
	cooccurrence: v.array(
		v.object({
			a: text,
			b: text,
			unit: v.picklist(['turn', 'paragraph']),
			count,
			ids: v.array(text),
			lift: v.nullable(finite)
		})
	),
	mentions: v.array(
		v.object({
			theme: text,
			term: text,
			turn: text,
			paragraph: text,
			speaker: text,
			section: count,
			start: count,
			end: count,
			text
		})
	),
	keywords: v.array(v.object({ section: count, terms: v.array(v.object({ term: text, score: finite, count })) })),
	corrections: v.array(AppliedCorrectionSchema),
	warnings: v.array(v.object({ code: text, message: text, line: v.optional(count) }))
});

/** The analysis; a measured one has times on every turn and measured totals, an estimated one none. */
export const AnalysisSchema = v.pipe(
	AnalysisObjectSchema,
	v.check(
		(analysis) =>
			analysis.timing === 'measured'
				? analysis.totals.measuredMinutes !== undefined && analysis.turns.every((turn) => turn.start !== undefined && turn.end !== undefined && turn.end >= turn.start)
				: analysis.totals.measuredMinutes === undefined && analysis.turns.every((turn) => turn.start === undefined && turn.end === undefined),
		'timing must agree with the turns: "measured" needs start <= end on every turn and totals.measuredMinutes; "estimated" has neither'
	)
);

// Compile-time check that the schemas and the hand-written contract agree.
type Agrees<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const metaAgrees: Agrees<v.InferOutput<typeof TranscriptMetaSchema>, TranscriptMeta> = true;
const themeAgrees: Agrees<v.InferOutput<typeof ThemeDefinitionSchema>, ThemeDefinition> = true;
const analysisFits: v.InferOutput<typeof AnalysisSchema> extends Analysis ? true : false = true;
void metaAgrees;
void themeAgrees;
void analysisFits;

/** "speakers[1].labels[0]: must not be empty" for every issue, at most `limit`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 5): string {
	const lines = issues.slice(0, limit).map((issue) => {
		const path = (issue.path ?? [])
			.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
			.join('')
			.replace(/^\./, '');
		return `${path || '(root)'}: ${issue.message}`;
	});
	if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
	return lines.join('; ');
}

function parseWith<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	code: 'invalid-meta' | 'invalid-themes',
	what: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (!result.success) throw new ParleyInputError(code, `invalid ${what}: ${describeIssues(result.issues)}`);
	return result.output;
}

export function parseMeta(value: unknown): TranscriptMeta {
	return parseWith(TranscriptMetaSchema, value, 'invalid-meta', 'metadata');
}

export function parseThemesFile(value: unknown): ThemeDefinition[] {
	return parseWith(ThemesFileSchema, value, 'invalid-themes', 'themes file').themes;
}

/** Throws (a bug, not bad input) when the analysis does not match its own schema. */
export function assertAnalysis(value: Analysis): Analysis {
	const result = v.safeParse(AnalysisSchema, value);
	if (!result.success) throw new Error(`analysis does not match its schema: ${describeIssues(result.issues)}`);
	return value;
}

/** JSON text → value, with a clear error naming what it is. */
export function parseJsonText(textValue: string, what: string): unknown {
	try {
		return JSON.parse(textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue);
	} catch (error) {
		throw new ParleyInputError('invalid-json', `${what} is not valid JSON (${(error as Error).message})`);
	}
}
