/**
 * The one error type for input that cannot be analysed (empty, binary, no speakers, too big, bad
 * metadata). The CLI prints its message and exits 1 without a stack trace; anything else that is
 * thrown is a bug. Knows nothing about Svelte, the DOM or the file system.
 */

export type ParleyInputErrorCode =
	| 'empty'
	| 'binary'
	| 'encoding'
	| 'too-large'
	| 'no-speakers'
	| 'invalid-meta'
	/** A correction in the metadata that does not fit the transcript (unknown turn, speaker, paragraph…). */
	| 'invalid-correction'
	| 'invalid-themes'
	| 'invalid-json'
	| 'not-found'
	| 'invalid-option'
	/** A subtitle file (SRT, WebVTT) with no cues or a broken cue. */
	| 'invalid-subtitles';

export class ParleyInputError extends Error {
	override readonly name = 'ParleyInputError';
	readonly code: ParleyInputErrorCode;
	/** The file the problem is in, when known (for the message). */
	readonly file: string | undefined;
	/** 1-based line, when the problem has one. */
	readonly line: number | undefined;
	/** The message without the `file:line:` prefix. */
	readonly detail: string;

	constructor(code: ParleyInputErrorCode, detail: string, where: { file?: string; line?: number } = {}) {
		super(formatWhere(where.file, where.line) + detail);
		this.code = code;
		this.file = where.file;
		this.line = where.line;
		this.detail = detail;
	}

	/** The same error, now naming the file it came from (pure code raises errors without one). */
	inFile(file: string): ParleyInputError {
		if (this.file !== undefined) return this;
		return new ParleyInputError(this.code, this.detail, { file, line: this.line });
	}
}

function formatWhere(file: string | undefined, line: number | undefined): string {
	if (file === undefined && line === undefined) return '';
	if (file === undefined) return `line ${line}: `;
	return line === undefined ? `${file}: ` : `${file}:${line}: `;
}

export function isParleyInputError(error: unknown): error is ParleyInputError {
	return error instanceof ParleyInputError;
}
