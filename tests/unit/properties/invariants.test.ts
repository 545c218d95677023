/**
 * Invariants over generated input (fast-check, fixed seed and run counts from runs.ts):
 * - analysis: any text gives an Analysis or a ParleyInputError, and every Analysis adds up
 *   (shares, theme counts, the co-occurrence matrix against the mentions, mention offsets and
 *   case rule, turn ids and sections);
 * - decoding: any bytes give text or a ParleyInputError; text written as UTF-8 / UTF-16 with a
 *   byte-order mark reads back as itself;
 * - the selection's URL form: written and read back is the same selection; any query string
 *   reads as a valid selection;
 * - CSV: any table written and read back by the RFC 4180 reader below gives the same cells,
 *   formula-like text with its defusing apostrophe.
 * The oracles are computed here by other means (from the mentions, code point by code point, by
 * a separate CSV reader), never by the code under test.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tableCsv, BOM } from '../../../src/lib/export/csv';
import { decodeTranscriptBytes } from '../../../src/lib/server/decode';
import {
	EMPTY_SELECTION,
	MAX_TERMS,
	orderPair,
	selectionFromParams,
	selectionToSearch,
	termTopic,
	topicTerm,
	type KnownIds,
	type SelectionState
} from '../../../src/lib/selection/state';
import { analyseTranscript } from '../../../src/lib/transcript/analyse';
import { toCsv } from '../../../src/lib/transcript/csv';
import { ParleyInputError } from '../../../src/lib/transcript/errors';
import { normaliseTerm, termKey } from '../../../src/lib/transcript/terms';
import type { Analysis, ThemeDefinition } from '../../../src/lib/transcript/types';
import { countChars, countQuestions, countWords } from '../../../src/lib/transcript/units';
import { RUNS, SEED } from './runs';

const options = (numRuns: number) => ({ numRuns, seed: SEED });

/** Runs `run`; a ParleyInputError is an answer (returned as null), anything else thrown is a failure. */
function resultOrInputError<T>(run: () => T): T | null {
	try {
		return run();
	} catch (error) {
		if (error instanceof ParleyInputError) return null;
		throw error;
	}
}

// ---------------------------------------------------------------------------------------------
// Content units

describe('unit counts', () => {
	// Characters from every kind the counters treat apart: ASCII, CJK, full-width punctuation and
	// digits, kana, accented Latin, combining marks, astral Han (𠀀) and emoji, lone surrogates.
	const unit = fc.constantFrom(
		...'aZ09 ,.?!\'-’\t\n你好计算，。？！：「」０９ＡａかナéßΣ\u0301\u3005\u3007\u303b'.split(''),
		'𠀀',
		'😀',
		'\ud800',
		'\udc00'
	);
	const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
	const letterOrDigit = /^[\p{L}\p{N}]$/u;

	it('countChars is the number of code points that are letters or digits (tested one by one with a regex)', () => {
		fc.assert(
			fc.property(text, (sample) => {
				const expected = [...sample].filter((char) => letterOrDigit.test(char)).length;
				expect(countChars(sample)).toBe(expected);
			}),
			options(RUNS.unitCounts)
		);
	});

	it('countWords is the number of runs of letters and digits joined by inner apostrophes or hyphens (matched by a regex)', () => {
		const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
		fc.assert(
			fc.property(text, (sample) => {
				expect(countWords(sample)).toBe(sample.match(word)?.length ?? 0);
			}),
			options(RUNS.unitCounts)
		);
	});

	it('countQuestions is the number of runs of ? and ？ (counted by a regex)', () => {
		fc.assert(
			fc.property(text, (sample) => {
				expect(countQuestions(sample)).toBe(sample.match(/[?？]+/g)?.length ?? 0);
			}),
			options(RUNS.unitCounts)
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Analysis

const themes: ThemeDefinition[] = [
	{ id: 'compute', label: { zh: '算力', en: 'Compute' }, terms: ['算力', 'GPU', 'compute', '计算成本'] },
	{ id: 'cost', label: { zh: '成本', en: 'Cost' }, terms: ['成本', 'cost', 'C++', '(x)', 'straße'] },
	{ id: 'gpt-n', label: { zh: 'GPT-N', en: 'GPT-N' }, terms: ['ΣΟΦΙΑ'], patterns: ['GPT{-?}{n}'] },
	{ id: 'tea', label: { zh: '茶', en: 'Tea' }, terms: ['茶', 'tea', 'K'] }
];

const label = fc.constantFrom('**甲：**', '**乙：** ', '**丙**：', 'A: ', 'B: ', 'BIDEN: ', 'MS. WONG. ', '张三：', '李四:', '[00:01:02] HOST: ', 'Guest (00:03:04):', '<b>X</b>: ');
const heading = fc.constantFrom('01 标题', '## Heading', '### **节：**', '一、开始', '**02**', '二、成本', '# Title');
const word = fc.constantFrom(
	'计算成本', '算力', 'GPU', 'gpu', 'cost', 'COST', 'costume', 'GPT-4', 'GPT－４', 'GPT40', 'ChatGPT', 'C++', '(x)', 'Straße', 'STRASSE', 'σοφια', 'ſ', 'K', 'k',
	'茶', 'tea', 'TEA', '？', '?', '。', '：', ':', '（编译/金鹿）', '<script>alert(1)</script>', '&amp;', '\uFEFF', '\t', ' ', '*', '**', '_1_', '\u0000', '😀', '\uD800', '\u200B'
);
const timestamp = fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 59 }), fc.nat({ max: 59 })).map(([h, m, s]) => [h, m, s].map((n) => String(n).padStart(2, '0')).join(':'));
const cue = fc
	.tuple(fc.nat({ max: 99 }), timestamp, timestamp, fc.constantFrom(',', '.'), label, fc.string({ maxLength: 12 }))
	.map(([n, from, to, sep, who, text]) => `${n}\n${from}${sep}000 --> ${to}${sep}500\n${who}${text}`);
const line = fc.oneof(
	{ weight: 8, arbitrary: fc.tuple(label, fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 6 })).map(([who, parts]) => who + parts.join(' ')) },
	{ weight: 1, arbitrary: heading },
	{ weight: 1, arbitrary: cue },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.array(word, { maxLength: 5 }).map((parts) => parts.join('')) }
);
const transcriptText = fc
	.tuple(fc.constantFrom('', 'WEBVTT\n\n', '标题\n\n'), fc.array(line, { minLength: 2, maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\n\n'))
	.map(([head, lines, newline]) => head + lines.join(newline));

/** x and y are one letter to a case-insensitive match: the same, or the same once lower- or upper-cased. */
function sameLetter(x: string, y: string): boolean {
	return x === y || x.toLowerCase() === y.toLowerCase() || x.toUpperCase() === y.toUpperCase();
}
const LATIN_WORD = /^[A-Za-z0-9\u00C0-\u024F０-９]$/u;

function checkAnalysis(analysis: Analysis): void {
	// Speaker shares: each in [0, 1], summing to 1 (or all 0 when there is nothing to count).
	const sum = analysis.speakers.reduce((total, s) => total + s.share, 0);
	for (const s of analysis.speakers) expect(s.share >= 0 && s.share <= 1, `share of ${s.id}`).toBe(true);
	if (analysis.totals.units > 0) expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
	else expect(sum).toBe(0);

	// Turns: unique ids, each in a section that exists, by a speaker that exists.
	const turnIds = analysis.turns.map((t) => t.id);
	expect(new Set(turnIds).size).toBe(turnIds.length);
	const sections = new Set(analysis.sections.map((s) => s.index));
	const speakers = new Set(analysis.speakers.map((s) => s.id));
	for (const turn of analysis.turns) {
		expect(sections.has(turn.section), `section ${turn.section} of ${turn.id}`).toBe(true);
		expect(speakers.has(turn.speaker)).toBe(true);
	}

	// Mentions: offsets inside the paragraph, the text at them is the mention's, and it is the term
	// letter for letter up to case, on a word boundary where the term begins or ends with a Latin letter or digit.
	const paragraphs = new Map(analysis.turns.flatMap((t) => t.paragraphs.map((p) => [p.id, { text: p.text, turn: t.id }] as const)));
	const isPattern = new Set(themes.flatMap((t) => t.patterns ?? []));
	for (const m of analysis.mentions) {
		const paragraph = paragraphs.get(m.paragraph)!;
		expect(paragraph.turn).toBe(m.turn);
		expect(0 <= m.start && m.start < m.end && m.end <= paragraph.text.length).toBe(true);
		expect(paragraph.text.slice(m.start, m.end)).toBe(m.text);
		if (!isPattern.has(m.term)) {
			const found = [...m.text];
			const term = [...m.term];
			expect(found.length).toBe(term.length);
			found.forEach((char, i) => expect(sameLetter(char, term[i]!), `${m.text} ~ ${m.term}`).toBe(true));
			const before = [...paragraph.text.slice(0, m.start)].at(-1) ?? '';
			const after = [...paragraph.text.slice(m.end)][0] ?? '';
			if (LATIN_WORD.test(term[0]!)) expect(LATIN_WORD.test(before)).toBe(false);
			if (LATIN_WORD.test(term.at(-1)!)) expect(LATIN_WORD.test(after)).toBe(false);
		}
	}

	// Theme counts: per section they add up to the theme's total, which is its number of mentions;
	// per speaker they add up to the section's count.
	for (const theme of analysis.themes) {
		const mentions = analysis.mentions.filter((m) => m.theme === theme.id);
		const rows = analysis.themeBySection.filter((r) => r.theme === theme.id);
		expect(rows.reduce((total, r) => total + r.count, 0)).toBe(theme.mentions);
		expect(theme.mentions).toBe(mentions.length);
		expect(theme.turns).toBe(new Set(mentions.map((m) => m.turn)).size);
		for (const row of rows) {
			expect(row.count).toBe(mentions.filter((m) => m.section === row.section).length);
			expect(Object.values(row.bySpeaker).reduce((total, n) => total + n, 0)).toBe(row.count);
		}
	}

	// Co-occurrence: the matrix, mirrored, is symmetric; no off-diagonal cell exceeds either
	// diagonal; and every cell is the units whose mentions include both themes.
	for (const unit of new Set(analysis.cooccurrence.map((c) => c.unit))) {
		const cells = analysis.cooccurrence.filter((c) => c.unit === unit);
		const matrix = new Map<string, string[]>();
		for (const cell of cells) {
			for (const key of [`${cell.a}|${cell.b}`, `${cell.b}|${cell.a}`]) {
				const there = matrix.get(key);
				if (there) expect(there, `cell ${key} twice`).toEqual(cell.ids);
				matrix.set(key, cell.ids);
			}
		}
		const unitOf = (m: Analysis['mentions'][number]) => (unit === 'turn' ? m.turn : m.paragraph);
		const unitsWith = (theme: string) => new Set(analysis.mentions.filter((m) => m.theme === theme).map(unitOf));
		for (const cell of cells) {
			expect(cell.count).toBe(cell.ids.length);
			const diagonalA = matrix.get(`${cell.a}|${cell.a}`) ?? [];
			const diagonalB = matrix.get(`${cell.b}|${cell.b}`) ?? [];
			expect(cell.count).toBeLessThanOrEqual(diagonalA.length);
			expect(cell.count).toBeLessThanOrEqual(diagonalB.length);
			const a = unitsWith(cell.a);
			const b = unitsWith(cell.b);
			expect(new Set(cell.ids)).toEqual(new Set([...a].filter((id) => b.has(id))));
		}
	}
}

describe('analysis invariants', { timeout: 60_000 }, () => {
	it('any text gives an Analysis that adds up, or a ParleyInputError', () => {
		let analysed = 0;
		let withPairs = 0;
		fc.assert(
			fc.property(transcriptText, (text) => {
				const analysis = resultOrInputError(() => analyseTranscript(text, { id: 'p', themes }));
				if (analysis) {
					analysed++;
					if (analysis.cooccurrence.some((c) => c.a !== c.b && c.count > 0)) withPairs++;
					checkAnalysis(analysis);
				}
			}),
			options(RUNS.analysisInvariants)
		);
		// Not every case may be a refusal: most generated texts have labels and are analysed.
		expect(analysed).toBeGreaterThan(RUNS.analysisInvariants / 2);
		// And the matrix checks are not vacuous: many analyses have two themes in one turn.
		expect(withPairs).toBeGreaterThan(RUNS.analysisInvariants / 10);
	});

	it('a transcript without headings counts its mentions in the segment their turn is in (found by the property above)', () => {
		// Shrunk counterexample: '**甲：**计算成本'. The mentions were placed before the turns were
		// cut into segments, so they kept section 0 and every theme-by-section count was 0.
		const text = 'A: What does compute cost?\n\nB: GPU time.\n\nA: And the cost next year?\n\nB: Less compute, more cost.';
		const analysis = analyseTranscript(text, { id: 'r', themes });
		expect(analysis.sectioning).not.toBe('headings');
		const turnSection = new Map(analysis.turns.map((turn) => [turn.id, turn.section]));
		for (const mention of analysis.mentions) expect(mention.section).toBe(turnSection.get(mention.turn));
		// compute: turn 1 and turn 4 (compute), turn 2 (GPU); cost: turns 1, 3 and 4: counted by hand.
		const total = (theme: string) => analysis.themeBySection.filter((row) => row.theme === theme).reduce((sum, row) => sum + row.count, 0);
		expect([total('compute'), total('cost')]).toEqual([3, 3]);
	});
});

// ---------------------------------------------------------------------------------------------
// Decoding

/** Characters a text file is made of (no controls but tab and line ends, no private-use or unassigned code points, no BOM). */
const cleanChar = fc.oneof(
	fc.constantFrom('\t', '\n', '\r\n', ' ', '：', '。', '“', '”', '—', '😀', 'é', 'ß', 'Ω', 'Я', 'ا', '한'),
	fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
	fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCharCode(code)),
	fc.integer({ min: 0xa0, max: 0x2fff }).map((code) => String.fromCharCode(code)).filter((char) => !/[\p{Cc}\p{Cn}\p{Co}]/u.test(char))
);
const cleanText = fc.array(cleanChar, { minLength: 1, maxLength: 200 }).map((chars) => chars.join(''));
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be'] as const;

describe('decoding invariants', { timeout: 60_000 }, () => {
	it('any bytes give decoded text or a ParleyInputError', () => {
		const bytes = fc.oneof(
			fc.uint8Array({ maxLength: 300 }),
			// Mostly text with some stray bytes: the cases between "text" and "noise".
			fc.tuple(cleanText, fc.uint8Array({ maxLength: 6 }), fc.nat()).map(([text, noise, at]) => {
				const encoded = new TextEncoder().encode(text);
				const cut = at % (encoded.length + 1);
				return new Uint8Array([...encoded.subarray(0, cut), ...noise, ...encoded.subarray(cut)]);
			})
		);
		fc.assert(
			fc.property(bytes, (input) => {
				const decoded = resultOrInputError(() => decodeTranscriptBytes(input, { file: 'x.txt' }));
				if (decoded) {
					expect(typeof decoded.text).toBe('string');
					expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
				}
			}),
			options(RUNS.decodeAnyBytes)
		);
	});

	it('text of ordinary characters written as UTF-8 (with or without BOM) or UTF-16LE/BE with BOM reads back as itself', () => {
		fc.assert(
			fc.property(cleanText, fc.constantFrom(...ENCODINGS), fc.boolean(), (text, encoding, bom) => {
				const body = new Uint8Array(iconv.encode(text, encoding));
				const mark = encoding === 'utf-8' ? (bom ? [0xef, 0xbb, 0xbf] : []) : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
				const decoded = decodeTranscriptBytes(new Uint8Array([...mark, ...body]));
				expect(decoded.text).toBe(text);
				expect(decoded.encoding).toBe(encoding.toUpperCase());
			}),
			options(RUNS.decodeCleanRoundTrip)
		);
	});

	it('any string written with a BOM reads back as itself or is refused with a ParleyInputError', () => {
		// Full Unicode, lone surrogates and controls included: what comes back is the text or a refusal, never other text.
		fc.assert(
			fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }), fc.constantFrom(...ENCODINGS), (text, encoding) => {
				const body = new Uint8Array(iconv.encode(text, encoding));
				const mark = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
				const decoded = resultOrInputError(() => decodeTranscriptBytes(new Uint8Array([...mark, ...body])));
				if (decoded) expect(decoded.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
			}),
			options(RUNS.decodeRoundTrip)
		);
	});
});

// ---------------------------------------------------------------------------------------------
// The selection's URL form

const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
const knownIds = fc.record({
	speakers: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
	sections: fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 6 }),
	themes: fc.uniqueArray(id, { minLength: 1, maxLength: 5 })
});
/** A term as a reader types it: words, Chinese, punctuation, odd spacing. */
const rawTerm = fc.oneof(
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
	fc.constantFrom('GPT', ' gpt ', 'Gpt', '机器人', 'a&b=c', '100%', 'x+y', '#1', 'term:x', ',', 'σ', 'Σ', 'ς', 'K', 'k', 'ǅ', 'C++', '"q"', '<b>', ' a \n b ')
);

function selectionFor(known: KnownIds) {
	return fc
		.record({
			speaker: fc.option(fc.constantFrom(...known.speakers)),
			section: fc.option(fc.constantFrom(...known.sections)),
			pair: fc.option(fc.tuple(fc.constantFrom(...known.themes), fc.constantFrom(...known.themes))),
			rawTerms: fc.array(rawTerm, { maxLength: 7 }),
			cell: fc.option(fc.tuple(fc.constantFrom(...known.sections), fc.oneof(fc.constantFrom(...known.themes).map((theme) => ({ theme })), fc.nat().map((term) => ({ term }))))),
			heatmapMode: fc.constantFrom('count' as const, 'per10k' as const)
		})
		.map(({ speaker, section, pair, rawTerms, cell, heatmapMode }): SelectionState => {
			// Terms as the term clause keeps them: normalised, distinct by key, at most MAX_TERMS.
			const terms: string[] = [];
			for (const raw of rawTerms) {
				const term = normaliseTerm(raw);
				if (term !== null && terms.length < MAX_TERMS && !terms.some((t) => termKey(t) === termKey(term))) terms.push(term);
			}
			let cellClause: SelectionState['cell'] = null;
			if (cell) {
				const [cellSection, topic] = cell;
				if ('theme' in topic) cellClause = { section: cellSection, topic: topic.theme };
				else if (terms.length > 0) cellClause = { section: cellSection, topic: termTopic(terms[topic.term % terms.length]!) };
			}
			return { speaker, section, cell: cellClause, pair: pair ? orderPair(pair[0], pair[1], known.themes) : null, terms, heatmapMode };
		});
}

/** A selection that holds only what `known` defines, with well-formed terms and cell. */
function expectValidSelection(state: SelectionState, known: KnownIds): void {
	expect(Object.keys(state).sort()).toEqual(Object.keys(EMPTY_SELECTION).sort());
	if (state.speaker !== null) expect(known.speakers).toContain(state.speaker);
	if (state.section !== null) expect(known.sections).toContain(state.section);
	if (state.pair !== null) {
		expect(known.themes).toContain(state.pair[0]);
		expect(known.themes).toContain(state.pair[1]);
		expect(known.themes.indexOf(state.pair[0])).toBeLessThanOrEqual(known.themes.indexOf(state.pair[1]));
	}
	expect(state.terms.length).toBeLessThanOrEqual(MAX_TERMS);
	for (const term of state.terms) expect(normaliseTerm(term)).toBe(term);
	expect(new Set(state.terms.map(termKey)).size).toBe(state.terms.length);
	if (state.cell !== null) {
		expect(known.sections).toContain(state.cell.section);
		const term = topicTerm(state.cell.topic);
		if (term === null) expect(known.themes).toContain(state.cell.topic);
		else expect(state.terms).toContain(term);
	}
	expect(['count', 'per10k']).toContain(state.heatmapMode);
}

describe('selection URL invariants', { timeout: 60_000 }, () => {
	it('any valid selection written to a URL and read back is the same selection, nothing dropped', () => {
		fc.assert(
			fc.property(
				knownIds.chain((known) => fc.tuple(fc.constant(known), selectionFor(known))),
				([known, selection]) => {
					const search = selectionToSearch(selection);
					const read = selectionFromParams(new URL(`https://parley.example/t/x/${search}`).searchParams, known);
					expect(read.dropped).toEqual([]);
					expect(read.state).toEqual(selection);
					// One URL per selection: writing what was read gives the same string.
					expect(selectionToSearch(read.state)).toBe(search);
				}
			),
			options(RUNS.selectionRoundTrip)
		);
	});

	it('any query string reads as a valid selection (never throws)', () => {
		fc.assert(
			fc.property(knownIds, fc.string({ unit: 'binary', maxLength: 200 }), (known, query) => {
				const read = selectionFromParams(new URLSearchParams(query), known);
				expectValidSelection(read.state, known);
			}),
			options(RUNS.selectionAnyQuery)
		);
	});

	it('query strings built from the real parameter names and hostile values read as a valid selection', () => {
		const name = fc.constantFrom('speaker', 'section', 'cell', 'pair', 'term', 'rate', 'theme', 'childId', 'Speaker', 'term%00', '');
		const value = (known: KnownIds) =>
			fc.oneof(
				fc.constantFrom(...known.speakers, ...known.themes, ...known.sections.map(String)),
				fc.constantFrom(...known.sections).chain((s) => fc.constantFrom(...known.themes, 'term:x', 'term:', 'term:%00').map((t) => `${s},${t}`)),
				fc.constantFrom(...known.themes).chain((a) => fc.constantFrom(...known.themes).map((b) => `${a},${b}`)),
				fc.constantFrom('count', 'per10k', '%253Cscript%253E', '<script>alert(1)</script>', 'javascript:alert(1)', '%', '%E6%9C%BA', '%FF', '+', '1e3', '-1', '007', ',', ',,', 'x'.repeat(300)),
				fc.string({ maxLength: 30 }).map(encodeURIComponent),
				fc.string({ unit: 'binary', maxLength: 30 })
			);
		fc.assert(
			fc.property(
				knownIds.chain((known) => fc.tuple(fc.constant(known), fc.array(fc.tuple(name, value(known)), { maxLength: 12 }))),
				([known, pairs]) => {
					const query = '?' + pairs.map(([n, v]) => `${n}=${v}`).join('&');
					const read = selectionFromParams(new URLSearchParams(query), known);
					expectValidSelection(read.state, known);
					for (const dropped of read.dropped) expect([...dropped.value].length).toBeLessThanOrEqual(41);
				}
			),
			options(RUNS.selectionPieceQuery)
		);
	});
});

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * An RFC 4180 reader written for this test: records end with CRLF; a field is quoted when it
 * starts with a quote, and a doubled quote inside is one quote. A bare CR or LF only occurs inside
 * quotes in what the writer makes, so meeting one outside is a failure.
 */
function readCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unclosed quote');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
				if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
				field += text[i++];
			}
		}
		record.push(field);
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i)) {
			records.push(record);
			record = [];
			i += 2;
		} else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 5))}`);
	}
	if (record.length > 0) throw new Error('last record without CRLF');
	return records;
}

/** What a spreadsheet would run as a formula: such a text field must come back with one leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Control characters are never cell data (and on a terminal they start escape sequences): the
 * writer drops them, keeping tab, LF and CR LF. The model, character by character.
 */
function withoutControls(text: string): string {
	let kept = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
		if (!control || code === 0x09 || code === 0x0a || (code === 0x0d && text[i + 1] === '\n')) kept += text[i];
	}
	return kept;
}

/** The cell as read back is the cell as written, or (for text a spreadsheet could run) the same after a defusing apostrophe. */
function expectSameCell(read: string, cell: string | number | null): void {
	if (cell === null) return expect(read).toBe('');
	if (typeof cell === 'number') return expect(read).toBe(String(cell));
	const written = withoutControls(cell);
	if (FORMULA_START.test(written)) return expect(read).toBe(`'${written}`);
	// Another defusing rule may be stricter (more starting characters): one apostrophe, then the cell.
	expect(read === written || (read === `'${written}` && !/^[\p{L}\p{N}"'(]/u.test(written)), `${JSON.stringify(read)} for ${JSON.stringify(written)}`).toBe(true);
}

const csvText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 12 }),
	fc.array(fc.constantFrom('"', ',', '\r\n', '\n', '\r', ' ', '\t', '=', '+', '-', '@', "'", 'a', '甲', '=HYPERLINK("http://x","y")', '""', '\uFEFF'), { maxLength: 6 }).map((parts) => parts.join(''))
);
const csvValue = fc.oneof({ weight: 4, arbitrary: csvText }, { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) }, { weight: 1, arbitrary: fc.constant(null) });

describe('CSV invariants', { timeout: 60_000 }, () => {
	it('an analysis table (the CLI CSV) written and read back gives the same cells', () => {
		const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
			fc.record({ columns: fc.array(csvText, { minLength: width, maxLength: width }), rows: fc.array(fc.array(csvValue, { minLength: width, maxLength: width }), { maxLength: 6 }) })
		);
		fc.assert(
			fc.property(table, ({ columns, rows }) => {
				const read = readCsv(toCsv({ name: 't', columns, rows }));
				expect(read).toHaveLength(rows.length + 1);
				[columns, ...rows].forEach((row, r) => {
					expect(read[r]).toHaveLength(row.length);
					row.forEach((cell, c) => expectSameCell(read[r]![c]!, cell));
				});
			}),
			options(RUNS.csvAnalysisTable)
		);
	});

	it('a chart table (the dashboard CSV export) written and read back gives the same cells after its BOM', () => {
		const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
			fc.record({
				columns: fc.array(csvText, { minLength: width, maxLength: width }),
				rows: fc.array(fc.record({ header: csvText, cells: fc.array(fc.oneof(csvText, csvText.map((text) => ({ text }))), { minLength: width - 1, maxLength: width - 1 }) }), { maxLength: 6 })
			})
		);
		fc.assert(
			fc.property(table, ({ columns, rows }) => {
				const csv = tableCsv({ columns, rows });
				expect(csv.startsWith(BOM)).toBe(true);
				const read = readCsv(csv.slice(BOM.length));
				const written = [columns, ...rows.map((row) => [row.header, ...row.cells.map((cell) => (typeof cell === 'string' ? cell : cell.text))])];
				expect(read).toHaveLength(written.length);
				written.forEach((row, r) => {
					expect(read[r]).toHaveLength(row.length);
					row.forEach((cell, c) => expectSameCell(read[r]![c]!, cell));
				});
			}),
			options(RUNS.csvChartTable)
		);
	});
});
