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

/** Text that is mostly control characters is a binary file that happened to decode. */
function refuseIfControlHeavy(text: string, file: string | undefined, encoding: string): void {
	const end = Math.min(text.length, SAMPLE);
	let controls = 0;
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 0) throw new ParleyInputError('binary', `this is a binary file, not a text transcript (NUL character; read as ${encoding}).`, { file });
		if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f || code === 0xfffd) controls++;
	}
	if (controls > Math.max(2, end * 0.01)) {
		throw new ParleyInputError('binary', `this is a binary file, not a text transcript (${controls} control characters in the first ${end}).`, { file });
	}
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

	if (!decoded) {
		const invalidAt = firstInvalidUtf8(bytes);
		const detected = chardet.detect(bytes.subarray(0, 1024 * 1024));
		const where = `line ${lineAt(bytes, invalidAt)}, byte offset ${invalidAt}`;
		if (!detected || detected.startsWith('UTF') || !iconv.encodingExists(detected)) {
			throw new ParleyInputError(
				'encoding',
				`not valid UTF-8 (invalid byte 0x${bytes[invalidAt]!.toString(16).padStart(2, '0')} at ${where}) and the encoding could not be recognised${detected ? ` (guess: ${detected})` : ''}; save the file as UTF-8.`,
				{ file, line: lineAt(bytes, invalidAt) }
			);
		}
		decoded = {
			text: iconv.decode(Buffer.from(bytes), detected),
			encoding: detected,
			note: `not UTF-8 (first non-UTF-8 byte at ${where}); detected as ${detected} and decoded from it`
		};
	}

	refuseIfControlHeavy(decoded.text, file, decoded.encoding);
	if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
	return decoded;
}

/** Offset of the first byte that breaks UTF-8 (for the message), by the standard byte patterns. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
		}
		i += length;
	}
	return Math.max(0, bytes.length - 1);
}
