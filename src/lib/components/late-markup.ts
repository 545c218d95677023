/**
 * A check on LateHydration's server markup, run where the server renders a late part. The page's
 * hydration passes over a late part as `{@html}`, and Svelte ends an `{@html}` block at the first
 * empty comment (`<!---->`) among the block's top-level nodes. A component whose own markup has one
 * at its top level (the anchor Svelte writes after a child component followed by a block, say)
 * ends the block early: Svelte then reports hydration_mismatch and draws the whole page again in
 * the browser, which a production build says only in a console warning. Found at build time
 * instead, with the place. Plain string work; knows nothing about Svelte's internals beyond that
 * marker.
 */

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, which may hold `<`. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** A comment, an end tag or a start tag (attribute values quoted or not, `/>` for SVG's empty elements). */
const TOKEN = /<!--([\s\S]*?)-->|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)(?:\s+(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\/(?!>)))*\s*(\/?)>/g;

/** The offset of the first empty comment at the top level of `html`, or -1 when there is none. */
export function topLevelEmptyComment(html: string): number {
	let depth = 0;
	TOKEN.lastIndex = 0;
	for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
		const [, comment, end, start, selfClosing] = match;
		if (comment !== undefined) {
			if (comment === '' && depth === 0) return match.index;
		} else if (end !== undefined) {
			depth--;
		} else if (start !== undefined) {
			const name = start.toLowerCase();
			if (RAW_TEXT.has(name)) {
				const close = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
				TOKEN.lastIndex = close === -1 ? html.length : close;
				depth++;
			} else if (!VOID.has(name) && selfClosing !== '/') depth++;
		}
	}
	return -1;
}

/** Throws, naming the part and the place, when LateHydration's page hydration could not pass over `html` whole. */
export function checkLateMarkup(html: string, part: string): void {
	const at = topLevelEmptyComment(html);
	if (at === -1) return;
	throw new Error(
		`LateHydration: ${part}'s server markup has an empty comment (<!---->) at its top level, at offset ${at} (…${html.slice(Math.max(0, at - 60), at + 7)}), ` +
			'which would end the page\'s {@html} there (Svelte\'s hydration_mismatch, the page drawn again in the browser). Put the part\'s content in one element.'
	);
}
