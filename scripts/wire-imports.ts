/**
 * What a built page loads before anything is clicked, read from the text of its HTML and chunks
 * (pure: strings in, strings out; used by `npm run bench:wire`).
 */

/**
 * The modules a prerendered page names for its first load: its `<link rel="modulepreload">`
 * hrefs, its `<script src>` files (the reader's one script) and the `import("…")`s of its inline
 * bootstrap script (SvelteKit starts the app with them), each once: the links and scripts in
 * document order, then the imports. Relative to the page.
 */
export function firstLoadHrefs(html: string): string[] {
	const hrefs: string[] = [];
	for (const tag of html.matchAll(/<link\b[^>]*>|<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)) {
		if (tag[0].startsWith('<link') && !/\brel="modulepreload"/.test(tag[0])) continue;
		const href = /\b(?:href|src)="([^"]+)"/.exec(tag[0]);
		if (href) hrefs.push(href[1]!);
	}
	for (const script of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const call of script[1]!.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) hrefs.push(call[1]!);
	}
	return [...new Set(hrefs)];
}

/**
 * The route's nodes (layouts and page) the inline bootstrap starts the app with: Kit's
 * `node_ids: [0, 2, 7]`. Kit loads them at start through dynamic imports in its app entry, so
 * they are part of the first load even when the page has no modulepreload links for them.
 */
export function bootNodeIds(html: string): number[] {
	const list = /\bnode_ids:\s*\[([\d,\s]*)\]/.exec(html);
	if (!list) return [];
	return list[1]!
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '')
		.map(Number);
}

/**
 * Kit's app entry imports each node as `import("../nodes/<id>.<hash>.js")`: node id -> that
 * relative path (relative to the app entry).
 */
export function nodeModules(appCode: string): Map<number, string> {
	const nodes = new Map<number, string>();
	for (const m of appCode.matchAll(/\bimport\(\s*["'`]((?:\.{1,2}\/)+nodes\/(\d+)\.[\w-]+\.js)["'`]\s*\)/g)) {
		if (!nodes.has(Number(m[2]))) nodes.set(Number(m[2]), m[1]!);
	}
	return nodes;
}

/**
 * The relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), each once. Dynamic `import("./x.js")` is left out: it loads on use.
 * Reads minified output: no comments or strings that look like imports are expected.
 */
export function staticImports(code: string): string[] {
	const found: string[] = [];
	const pattern = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{][^"'`;]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	for (const m of code.matchAll(pattern)) found.push(m[1]!);
	return [...new Set(found)];
}
