/**
 * Reads server-rendered markup in component tests: Svelte's hydration comments removed, and a
 * few small queries by regular expression (no DOM in the unit project).
 */
export function clean(html: string): string {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every value of `attribute` on elements matching the opening-tag pattern `tag`. */
export function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
	const values: string[] = [];
	for (const match of html.matchAll(new RegExp(tag.source, 'g'))) {
		const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(match[0]);
		if (value) values.push(value[1]!);
	}
	return values;
}

/** Undo the HTML escaping of an attribute value or text. */
export function unescapeHtml(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
