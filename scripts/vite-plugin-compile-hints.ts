/**
 * A Vite plugin that puts V8's explicit compile hint, `//# allFunctionsCalledOnLoad`, at the top
 * of every large JavaScript file the browser loads (the client build's chunks of 4 KB or more; the
 * server's are left as they are).
 *
 * V8 compiles a function lazily, on the main thread, the first time it is called, unless it was
 * compiled while the script streamed in. The hint (Chromium 136 and later; other engines read it as
 * a comment) tells V8 that the file's functions run as soon as it loads, so it compiles them all on
 * a background thread as the file arrives. That is true of this app's chunks: they are split by
 * use already, the first load's files hold what the page's start runs (Svelte's and Kit's
 * runtimes, the charts, the selection), and the rest (export, present mode's slides, the reader's
 * script) load only when they are about to run. Chromium traces of present mode's start at 1x showed
 * 787 lazy compiles taking 74-148 ms of its main thread; with the hint, 369 taking 59-63 ms (the
 * dashboard's: 1,420 in 103-163 ms → 473 in 74-94 ms; README, "Hydration: the dashboard's start").
 *
 * Only files of 4 KB or more (minified) get it. The hint costs some 25 bytes on the wire in each
 * file, where gzip cannot share it, and a small file compiles in little time either way: the
 * dashboard's first load has 27 files, and its 7 largest hold 90 % of the code. On all 27 the
 * hint took the first load 0.6 KB over its 120 KB budget.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The smallest file (minified, in characters) that gets the hint. */
export const HINT_MIN_CHARS = 4096;

export function compileHints(): Plugin {
	return {
		name: 'parley:compile-hints',
		apply: 'build',
		// After minification, which drops comments (a banner too), and after Vite writes each dynamic
		// import's list of files to preload into the chunk ('post'): the hint goes in as the written
		// file's first line, and the chunk's source map, if the build writes one, starts one line
		// later to match (an empty first line of mappings). Rolldown has already made the map a file
		// of the bundle by then (`<chunk>.js.map`), so that is the one rewritten.
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (this.environment?.name !== 'client') return;
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk' || chunk.code.length < HINT_MIN_CHARS || chunk.code.startsWith(COMPILE_HINT)) continue;
					chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
					const mapFile = bundle[`${chunk.fileName}.map`];
					if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') mapFile.source = shiftMapOneLine(mapFile.source);
				}
			}
		}
	};
}

/** A source map (JSON) for the same code one line lower: its mappings after an empty first line. */
export function shiftMapOneLine(json: string): string {
	const map = JSON.parse(json) as { mappings: string };
	return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}
