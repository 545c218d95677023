/**
 * What a built page loads before anything is clicked, read from the text of its HTML and chunks
 * (pure: strings in, strings out; used by `npm run bench:wire`).
 */

/**
 * The modules a prerendered page names for its first load: its `<link rel="modulepreload">`
 * hrefs and the `import("…")`s of its inline bootstrap script (SvelteKit starts the app with
 * them), in document order, each once. Relative to the page.
 */
export function firstLoadHrefs(html: string): string[] {
	const hrefs: string[] = [];
	for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
		if (!/\brel="modulepreload"/.test(tag[0])) continue;
		const href = /\bhref="([^"]+)"/.exec(tag[0]);
		if (href) hrefs.push(href[1]!);
	}
	for (const script of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const call of script[1]!.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) hrefs.push(call[1]!);
	}
	return [...new Set(hrefs)];
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
