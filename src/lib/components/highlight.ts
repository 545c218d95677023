/**
 * Splits a paragraph into plain and highlighted segments from its mentions' UTF-16 offsets.
 * Knows nothing about Svelte: the component renders each segment as escaped text, a mention
 * as a <mark>. Segments always join back to exactly the original text.
 */
import type { Mention } from '../transcript/types';

export interface TextSegment {
	text: string;
	/** The mention this segment is, or null for plain text between mentions. */
	mention: Mention | null;
}

/**
 * Mentions that overlap an earlier one (by start) are skipped rather than nested, and offsets
 * outside the text are clamped, so a stale or hand-edited analysis cannot garble the paragraph.
 */
export function highlightSegments(text: string, mentions: readonly Mention[]): TextSegment[] {
	const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const segments: TextSegment[] = [];
	let cursor = 0;
	for (const mention of ordered) {
		const start = Math.max(0, Math.min(mention.start, text.length));
		const end = Math.max(start, Math.min(mention.end, text.length));
		if (start < cursor || end === start) continue;
		if (start > cursor) segments.push({ text: text.slice(cursor, start), mention: null });
		segments.push({ text: text.slice(start, end), mention });
		cursor = end;
	}
	if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), mention: null });
	return segments;
}
