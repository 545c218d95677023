/**
 * Which pieces of a unicode-range–split web font (Fontsource's Noto Sans SC: about a hundred
 * WOFF2 chunks, each with its `unicode-range`) an export needs: only those covering a character
 * it draws, so an SVG embeds a few hundred KB of font, not megabytes. Knows nothing about Svelte
 * or the DOM.
 */

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

export interface FontChunk {
	/** The chunk's key in the font package ("latin", "[4]"), part of its file name. */
	key: string;
	/** The CSS `unicode-range` as written, for the embedded @font-face. */
	unicodeRange: string;
	ranges: CodeRange[];
}

/** Parses a CSS unicode-range value: "U+4e00-4e0f,U+20,U+3??" (a ? is any hex digit). */
export function parseUnicodeRange(value: string): CodeRange[] {
	return value
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const m = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(part);
			if (!m) throw new Error(`not a unicode-range: ${part}`);
			const [, start, end] = m as unknown as [string, string, string | undefined];
			if (start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)] as const;
			return [parseInt(start, 16), parseInt(end ?? start, 16)] as const;
		});
}

/** The chunks of a font package's unicode.json ({ key: unicode-range }), in the file's order. */
export function fontChunks(unicodeJson: Record<string, string>): FontChunk[] {
	return Object.entries(unicodeJson).map(([key, unicodeRange]) => ({ key, unicodeRange, ranges: parseUnicodeRange(unicodeRange) }));
}

/**
 * The chunks that cover the characters of `text`, each once, in the font's own order (so the
 * same text always embeds the same chunks in the same order). A character two chunks cover is
 * taken from the first; whitespace needs no glyph; characters no chunk covers are returned apart
 * (they fall back to the reader's fonts).
 */
export function chunksFor(text: string, chunks: readonly FontChunk[]): { chunks: FontChunk[]; uncovered: string[] } {
	const needed = new Set<FontChunk>();
	const uncovered = new Set<string>();
	for (const char of new Set(text)) {
		if (/\s/.test(char)) continue;
		const code = char.codePointAt(0)!;
		const chunk = chunks.find((c) => c.ranges.some(([from, to]) => code >= from && code <= to));
		if (chunk) needed.add(chunk);
		else uncovered.add(char);
	}
	return { chunks: chunks.filter((c) => needed.has(c)), uncovered: [...uncovered].sort() };
}
