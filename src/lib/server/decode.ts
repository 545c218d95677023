/**
 * Bytes → text for transcript files: UTF-8 (BOM stripped), UTF-16 LE/BE (with a BOM, or
 * recognised by its NUL-byte pattern), and legacy encodings such as GB18030/GBK or Big5 detected
 * with chardet and decoded with iconv-lite. Binary files are refused. Node-only (iconv-lite works
 * on Buffers), which is why it lives in src/lib/server.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParleyInputError } from '../transcript/errors';

export interface DecodedText {
	text: string;
	/** The encoding the bytes were read as, e.g. 'UTF-8', 'UTF-16LE', 'GB18030'. */
	encoding: string;
	/** Set when the encoding was not UTF-8: worth telling the user. */
	note?: string;
}

export interface DecodeOptions {
	/** For messages. */
	file?: string;
	/** Refuse bigger input. Default 64 MiB. */
	maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const SAMPLE = 64 * 1024;

/** "47,367 bytes" or "70.0 MB": a size a person can compare with the limit. */
export function formatBytes(bytes: number): string {
	return bytes < 1024 * 1024 ? `${bytes.toLocaleString('en')} bytes` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** 'LE' / 'BE' when NUL bytes sit on one parity, as in UTF-16 text with many ASCII characters. */
function utf16ByNulPattern(bytes: Uint8Array): 'LE' | 'BE' | null {
	const end = Math.min(bytes.length, SAMPLE) & ~1;
	if (end < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < end; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = end / 2;
	if (oddNul > pairs * 0.2 && evenNul < oddNul * 0.05) return 'LE';
	if (evenNul > pairs * 0.2 && oddNul < evenNul * 0.05) return 'BE';
	return null;
}

function strictDecode(bytes: Uint8Array, label: string): string | null {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** More than this share of the non-blank characters as noise (and at least NOISE_MIN of them): refused. */
export const NOISE_SHARE = 0.01;
const NOISE_MIN = 3;

function lineOfChar(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/**
 * Characters no transcript is made of: C0 controls other than tab, line feed, form feed and
 * carriage return; DEL and the C1 controls; the replacement character (a byte the decoder could
 * not map); private-use, unassigned and lone-surrogate code points. In text read with the right
 * encoding there are none or nearly none; bytes read with the wrong one (or no text at all)
 * are full of them.
 */
const NOISE_CHAR = /^[\u007f-\u009f\ufffd\p{Co}\p{Cn}\p{Cs}]$/u;
const CONTROL_CHAR = /^[\u007f-\u009f]$/u;

/** What a code unit is to noiseIn, decided once per unit (see classOfUnit). */
const UNKNOWN = 0;
const PLAIN = 1;
const BLANK = 2;
const NOISE = 3;
const CONTROL = 4;
/**
 * The class of each BMP code unit outside the surrogates, filled as met: a Chinese text is a
 * tenth full-width punctuation, and two Unicode-property expressions per such mark were most of
 * the pass. The class is the expressions' answer for the unit, so it never differs from them.
 */
const classOfUnit = new Uint8Array(0x10000);

function classify(char: string): number {
	if (/^\s$/u.test(char)) return BLANK;
	if (NOISE_CHAR.test(char)) return CONTROL_CHAR.test(char) ? CONTROL : NOISE;
	return PLAIN;
}

/**
 * Noise characters (C0 controls here, the rest by NOISE_CHAR) in the text, counted in one pass
 * with fast paths for ASCII, common Han and every other unit once classified (a 50 MB file is
 * read whole). Exported for its test against the plain expressions.
 */
export function noiseIn(text: string): { count: number; controls: number; first: number; share: number } {
	let count = 0;
	let controls = 0;
	let first = -1;
	let blank = 0;
	const noise = (at: number, control: boolean) => {
		if (first === -1) first = at;
		count++;
		if (control) controls++;
	};
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c) blank++;
			else if (code < 0x20 || code === 0x7f) noise(i, true);
			continue;
		}
		// CJK Unified Ideographs: all assigned, never noise.
		if (code >= 0x4e00 && code <= 0x9fff) continue;
		if (code < 0xd800 || code > 0xdfff) {
			let unitClass = classOfUnit[code]!;
			if (unitClass === UNKNOWN) unitClass = classOfUnit[code] = classify(text[i]!);
			if (unitClass === BLANK) blank++;
			else if (unitClass !== PLAIN) noise(i, unitClass === CONTROL);
			continue;
		}
		// A surrogate: a pair is one astral character, a lone one is noise (NOISE_CHAR's \p{Cs}).
		let char = text[i]!;
		if (code <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) char = text.slice(i, i + 2);
		}
		const charClass = classify(char);
		if (charClass === BLANK) blank++;
		else if (charClass !== PLAIN) noise(i, charClass === CONTROL);
		i += char.length - 1;
	}
	return { count, controls, first, share: count / Math.max(1, text.length - blank) };
}

/**
 * Decoded text that is noise (see above) is refused rather than analysed: mostly control
 * characters is a binary file that happened to decode; mostly unmappable or unassigned
 * characters is bytes read with an encoding they are not in.
 */
function refuseNoise(text: string, file: string | undefined, encoding: string): void {
	const nul = text.indexOf('\u0000');
	if (nul !== -1) throw new ParleyInputError('binary', `this is a binary file, not a text transcript (NUL character at line ${lineOfChar(text, nul)}; read as ${encoding}).`, { file, line: lineOfChar(text, nul) });
	const noise = noiseIn(text);
	if (noise.count < NOISE_MIN || noise.share <= NOISE_SHARE) return;
	const line = lineOfChar(text, noise.first);
	const percent = `${(noise.share * 100).toFixed(1)}%`;
	const first = `U+${text.codePointAt(noise.first)!.toString(16).toUpperCase().padStart(4, '0')}`;
	if (noise.controls * 2 >= noise.count) {
		throw new ParleyInputError('binary', `this is a binary file, not a text transcript (read as ${encoding}: ${noise.controls} control characters, ${percent} of the text, the first, ${first}, at line ${line}).`, { file, line });
	}
	throw new ParleyInputError(
		'encoding',
		`read as ${encoding}, ${noise.count} characters (${percent} of the text) are unmappable, unassigned or private-use, the first, ${first}, at line ${line}: the bytes are not text in ${encoding}; save the file as UTF-8.`,
		{ file, line }
	);
}

/** What the bytes look like as UTF-8: valid multi-byte characters, invalid bytes, the first invalid one. */
interface Utf8Shape {
	multibyte: number;
	invalid: number;
	firstInvalid: number;
	/** The only invalid bytes are an incomplete character at the very end. */
	truncated: boolean;
}

function utf8Shape(bytes: Uint8Array): Utf8Shape {
	let multibyte = 0;
	let invalid = 0;
	let firstInvalid = -1;
	let truncated = false;
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		if (lead < 0x80) {
			i++;
			continue;
		}
		const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		let k = 1;
		while (k < length && i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80) k++;
		if (length !== 0 && k === length) {
			multibyte++;
			i += length;
			continue;
		}
		if (firstInvalid === -1) firstInvalid = i;
		invalid++;
		truncated = length !== 0 && i + k === bytes.length && invalid === 1;
		i += Math.max(1, k);
	}
	return { multibyte, invalid, firstInvalid, truncated: truncated && invalid === 1 };
}

/**
 * Han characters outside the first level of both GB2312 (B0A1–D7FE) and Big5 (A440–C67E): the
 * few thousand characters ordinary Chinese text is made of. A decoding that yields many of the
 * others (or Latin-1 symbols, or noise) is the wrong one.
 */
function rareCount(text: string): number {
	let rare = 0;
	const seen = new Map<string, boolean>();
	for (const char of text.slice(0, 4096)) {
		const known = seen.get(char);
		if (known !== undefined) {
			if (known) rare++;
			continue;
		}
		const before = rare;
		const code = char.codePointAt(0)!;
		if (code < 0x80) {
			seen.set(char, false);
			continue;
		}
		if (/\p{Script=Han}/u.test(char)) {
			const gb = iconv.encode(char, 'gb18030');
			const big5 = iconv.encode(char, 'big5');
			const gbLevel1 = gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7 && gb[1]! >= 0xa1;
			const big5Level1 = big5.length === 2 && big5[0]! >= 0xa4 && (big5[0]! < 0xc6 || (big5[0] === 0xc6 && big5[1]! <= 0x7e));
			if (!gbLevel1 && !big5Level1) rare++;
		} else if ((code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7 || NOISE_CHAR.test(char)) rare++;
		seen.set(char, rare > before);
	}
	return rare;
}

/** chardet's guesses this close to its best are decoded and compared (short text fools its statistics). */
const CANDIDATE_RATIO = 0.5;
/** Below this confidence (percent) chardet's best guess is no guess: the bytes are refused. */
export const MIN_CONFIDENCE = 10;

/**
 * The legacy encoding of bytes that are not UTF-8: chardet's best guess, unless another guess
 * within CANDIDATE_RATIO of its confidence decodes to more plausible text (fewer rare characters,
 * see rareCount), which is how a short Big5 file is kept from being read as GB18030 or EUC-JP.
 */
function guessLegacy(bytes: Uint8Array): { encoding: string; confidence: number; text: string } | { encoding: string | null; confidence: number; text: null } {
	const sample = bytes.subarray(0, 1024 * 1024);
	const ranked = chardet.analyse(sample).filter((guess) => !guess.name.startsWith('UTF') && guess.name !== 'ASCII' && iconv.encodingExists(guess.name));
	const best = ranked[0];
	if (!best || best.confidence < MIN_CONFIDENCE) return { encoding: best?.name ?? null, confidence: best?.confidence ?? 0, text: null };
	const candidates = ranked.filter((guess) => guess.confidence >= best.confidence * CANDIDATE_RATIO);
	if (candidates.length === 1) return { encoding: best.name, confidence: best.confidence, text: iconv.decode(Buffer.from(bytes), best.name) };
	let chosen = { encoding: best.name, confidence: best.confidence, text: '', rare: Infinity };
	for (const guess of candidates) {
		const text = iconv.decode(Buffer.from(bytes), guess.name);
		const rare = rareCount(text);
		// Strictly fewer: on a tie chardet's order stands.
		if (rare < chosen.rare) chosen = { encoding: guess.name, confidence: guess.confidence, text, rare };
	}
	return chosen;
}

export function decodeTranscriptBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
	const { file } = options;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes) {
		throw new ParleyInputError('too-large', `the file is ${formatBytes(bytes.length)}; the limit for a transcript is ${formatBytes(maxBytes)}.`, { file });
	}
	if (bytes.length === 0) throw new ParleyInputError('empty', 'the file is empty (0 bytes).', { file });

	let decoded: DecodedText | null = null;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = strictDecode(bytes.subarray(3), 'utf-8');
		if (text !== null) decoded = { text, encoding: 'UTF-8' };
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		decoded = { text: strictDecode(bytes.subarray(2), 'utf-16le') ?? iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE', note: 'read as UTF-16LE (byte-order mark)' };
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		decoded = { text: strictDecode(bytes.subarray(2), 'utf-16be') ?? iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE', note: 'read as UTF-16BE (byte-order mark)' };
	} else {
		const utf16 = utf16ByNulPattern(bytes);
		if (utf16) {
			const encoding = `UTF-16${utf16}`;
			decoded = { text: iconv.decode(Buffer.from(bytes), encoding.toLowerCase()), encoding, note: `read as ${encoding} (no byte-order mark; recognised by its byte pattern)` };
		}
	}

	if (!decoded) {
		const nul = bytes.subarray(0, SAMPLE).indexOf(0);
		if (nul !== -1) {
			throw new ParleyInputError('binary', `this is a binary file, not a text transcript (NUL byte at offset ${nul}).`, { file });
		}
		const text = strictDecode(bytes, 'utf-8');
		if (text !== null) decoded = { text, encoding: 'UTF-8' };
	}

	if (!decoded) decoded = decodeLegacy(bytes, file);

	refuseNoise(decoded.text, file, decoded.encoding);
	if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
	return decoded;
}

/**
 * Bytes that are not valid UTF-8. Mostly valid UTF-8 with a few bad bytes (a damaged or cut
 * file) is refused, naming the first bad byte: reading it in a legacy encoding would turn every
 * character into noise, and reading it as UTF-8 would count replacement characters as text.
 * Otherwise chardet names a legacy encoding; a guess below MIN_CONFIDENCE is refused.
 */
function decodeLegacy(bytes: Uint8Array, file: string | undefined): DecodedText {
	const shape = utf8Shape(bytes);
	const at = shape.firstInvalid;
	const line = lineAt(bytes, at);
	const where = `line ${line}, byte offset ${at}`;
	const byte = `0x${bytes[at]!.toString(16).padStart(2, '0')}`;
	if (shape.truncated && shape.multibyte > 0) {
		throw new ParleyInputError('encoding', `the file is UTF-8 but ends in the middle of a character (${where}): it looks cut short; save it again as UTF-8.`, { file, line });
	}
	// Legacy Chinese encodings form a valid UTF-8 sequence now and then, far fewer than they break one.
	if (shape.multibyte >= 4 && shape.multibyte > 2 * shape.invalid) {
		throw new ParleyInputError(
			'encoding',
			`the file is UTF-8 (${shape.multibyte} valid multi-byte characters) but has ${shape.invalid} invalid byte${shape.invalid === 1 ? '' : 's'}, the first, ${byte}, at ${where}; fix or remove ${shape.invalid === 1 ? 'it' : 'them'} and save the file as UTF-8.`,
			{ file, line }
		);
	}
	const guess = guessLegacy(bytes);
	if (guess.text === null) {
		throw new ParleyInputError(
			'encoding',
			`not valid UTF-8 (invalid byte ${byte} at ${where}) and the encoding could not be recognised (${guess.encoding ? `best guess ${guess.encoding} at ${guess.confidence}% confidence, below ${MIN_CONFIDENCE}%` : 'no guess'}); save the file as UTF-8.`,
			{ file, line }
		);
	}
	return {
		text: guess.text,
		encoding: guess.encoding,
		note: `not UTF-8 (first non-UTF-8 byte at ${where}); detected as ${guess.encoding} (${guess.confidence}% confidence) and decoded from it`
	};
}
