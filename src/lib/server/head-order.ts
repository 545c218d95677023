/**
 * Style sheets before scripts in a page's head.
 *
 * SvelteKit writes a page's `<link rel="modulepreload">` tags (two dozen on the dashboard) before
 * its style sheets, and a browser requests them in document order. Over HTTP/1.1 (six connections
 * to a host) the first connections go to scripts the page does not need to paint, and its style
 * sheets, which the first paint waits for, queue behind them. Every page here is prerendered and
 * reads whole before any script runs, so the style sheets come first; the preloads follow at once,
 * so the scripts are still fetched in parallel with the rest of the page. Measured with
 * `npm run lighthouse -- --throttling devtools` (a real throttled load, README "Lighthouse"):
 * first paint 0.5-0.7 s sooner on the dashboard, reader and present mode, time to interactive
 * unchanged. Over HTTP/2 the browser's priorities already put style sheets first. A deferred
 * script (the reader's one module script, which Svelte writes into the head ahead of Kit's
 * links) goes after them the same way.
 */

/**
 * A script the head fetches and the first paint does not wait for: a modulepreload link, or a
 * `<script src>` that is deferred (`defer`, or a module script, deferred by nature).
 */
const SCRIPT_FETCH = /[ \t]*(?:<link\b[^>]*\brel="modulepreload"[^>]*>|<script\b(?=[^>]*\bsrc=")(?=[^>]*(?:\bdefer\b|\btype="module"))[^>]*><\/script>)\n?/g;
const STYLESHEET = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g;

/**
 * The page with its head's modulepreload links and deferred scripts moved, in their order, to just
 * after the head's last style sheet link that follows the first of them; anything else is left
 * byte for byte. A chunk without a whole head, or a head with no style sheet after its scripts,
 * is returned as it came.
 */
export function stylesBeforeScripts(html: string): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd === -1) return html;
	const head = html.slice(0, headEnd);
	const scripts = [...head.matchAll(SCRIPT_FETCH)];
	if (scripts.length === 0) return html;
	const firstScript = scripts[0]!.index!;
	const lastSheet = [...head.matchAll(STYLESHEET)].filter((sheet) => sheet.index! > firstScript).at(-1);
	if (!lastSheet) return html;
	const insertAt = lastSheet.index! + lastSheet[0].length;
	const moved = scripts.map((script) => script[0]).join('');
	const withoutScripts = (from: number, to: number) => head.slice(from, to).replace(SCRIPT_FETCH, '');
	return withoutScripts(0, insertAt) + moved + withoutScripts(insertAt, headEnd) + html.slice(headEnd);
}
