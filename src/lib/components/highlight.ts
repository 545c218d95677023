/**
 * Splits a paragraph into plain and highlighted segments from its mentions' UTF-16 offsets.
 * Knows nothing about Svelte: the component renders each segment as escaped text, a mention
 * as a <mark>. Segments always join back to exactly the original text.
 */
/** What a mark needs: where it is, and the topic (theme id or term topic) it stands for. */
export interface Marked {
	topic: string;
	start: number;
	end: number;
}

export interface TextSegment {
	text: string;
	/** The mention this segment is, or null for plain text between mentions. */
	mention: Marked | null;
	/**
	 * A mention inside another one ("成本" inside "计算的成本": cost inside compute) is nested
	 * in it, so both topics stay marked. Empty for plain text and for marks with nothing inside.
	 */
	children: TextSegment[];
}

/**
 * Mentions that cross another one (overlap without one containing the other) are skipped, and
 * offsets outside the text are clamped, so a stale or hand-edited analysis cannot garble the
 * paragraph.
 */
export function highlightSegments(text: string, mentions: readonly Marked[]): TextSegment[] {
	const spans = mentions
		.map((mention) => {
			const start = Math.max(0, Math.min(mention.start, text.length));
			return { mention, start, end: Math.max(start, Math.min(mention.end, text.length)) };
		})
		.filter((span) => span.end > span.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	return segmentsOf(text, 0, text.length, spans);
}

interface Span {
	mention: Marked;
	start: number;
	end: number;
}

function segmentsOf(text: string, from: number, to: number, spans: Span[]): TextSegment[] {
	const segments: TextSegment[] = [];
	let cursor = from;
	let i = 0;
	while (i < spans.length) {
		const span = spans[i]!;
		i++;
		if (span.start < cursor) continue;
		// Everything starting inside this span: nested if it ends inside too, else it crosses.
		const inside: Span[] = [];
		while (i < spans.length && spans[i]!.start < span.end) {
			if (spans[i]!.end <= span.end) inside.push(spans[i]!);
			i++;
		}
		if (span.start > cursor) segments.push(plain(text.slice(cursor, span.start)));
		segments.push({
			text: text.slice(span.start, span.end),
			mention: span.mention,
			children: inside.length > 0 ? segmentsOf(text, span.start, span.end, inside) : []
		});
		cursor = span.end;
	}
	if (cursor < to || segments.length === 0) segments.push(plain(text.slice(cursor, to)));
	return segments;
}

function plain(text: string): TextSegment {
	return { text, mention: null, children: [] };
}
