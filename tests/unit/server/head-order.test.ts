/**
 * Style sheets before scripts: on a head written by hand in the shape SvelteKit writes
 * (preloads first, then style sheets), with a body that holds lookalike tags.
 */
import { describe, expect, it } from 'vitest';
import { stylesBeforeScripts } from '../../../src/lib/server/head-order';

const KIT_HEAD = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link rel="stylesheet" href="../no-js.css" />
		<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="../_app/immutable/entry/app.C.js" rel="modulepreload">
		<link href="../_app/immutable/assets/0.D.css" rel="stylesheet">
		<link href="../_app/immutable/assets/3.E.css" rel="stylesheet">
		<title>Page</title>
	</head>
	<body><pre>&lt;link rel="modulepreload"&gt;</pre><link href="x.js" rel="modulepreload"><link href="y.css" rel="stylesheet"></body>
</html>`;

/** The rel and href of each link tag, in order. */
const links = (html: string) => [...html.matchAll(/<link\b[^>]*>/g)].map((tag) => `${/rel="([^"]+)"/.exec(tag[0])![1]} ${/href="([^"]+)"/.exec(tag[0])![1]}`);

describe('stylesBeforeScripts', () => {
	it('moves the preloads, in their order, after the last style sheet of the head', () => {
		const out = stylesBeforeScripts(KIT_HEAD);
		expect(links(out)).toEqual([
			'stylesheet ../no-js.css',
			'stylesheet ../_app/immutable/assets/0.D.css',
			'stylesheet ../_app/immutable/assets/3.E.css',
			'modulepreload ../_app/immutable/entry/start.A.js',
			'modulepreload ../_app/immutable/chunks/B.js',
			'modulepreload ../_app/immutable/entry/app.C.js',
			// The body is not the head: left as it was.
			'modulepreload x.js',
			'stylesheet y.css'
		]);
	});

	it('changes nothing but the order: the same characters, and the rest of the page byte for byte', () => {
		const out = stylesBeforeScripts(KIT_HEAD);
		expect([...out].sort().join('')).toBe([...KIT_HEAD].sort().join(''));
		expect(out.slice(out.indexOf('<title>'))).toBe(KIT_HEAD.slice(KIT_HEAD.indexOf('<title>')));
		expect(out.slice(0, out.indexOf('<link href'))).toBe(KIT_HEAD.slice(0, KIT_HEAD.indexOf('<link href')));
	});

	it('leaves a page alone when there is nothing to move', () => {
		const noSheetsAfter = KIT_HEAD.replace(/\t\t<link href="[^"]+\.css" rel="stylesheet">\n/g, '');
		expect(stylesBeforeScripts(noSheetsAfter)).toBe(noSheetsAfter);
		const noPreloads = '<html><head><link href="a.css" rel="stylesheet"></head><body></body></html>';
		expect(stylesBeforeScripts(noPreloads)).toBe(noPreloads);
		expect(stylesBeforeScripts('<p>a chunk with no head</p>')).toBe('<p>a chunk with no head</p>');
	});

	it('moves a module or deferred script too (the reader\'s), and leaves an inline or blocking one where it is', () => {
		const reader = `<html><head>
		<script type="module" src="../_app/immutable/workers/reader-script-A.js"></script>
		<script src="blocking.js"></script>
		<script>inline()</script>
		<script src="deferred.js" defer=""></script>
		<link href="../_app/immutable/assets/0.D.css" rel="stylesheet">
		<link href="../_app/immutable/assets/8.E.css" rel="stylesheet">
	</head><body><script src="late.js" defer=""></script></body></html>`;
		const out = stylesBeforeScripts(reader);
		const tags = [...out.matchAll(/<(?:link|script)\b[^>]*>/g)].map((tag) => /(?:href|src)="([^"]+)"/.exec(tag[0])?.[1] ?? 'inline');
		expect(tags).toEqual(['blocking.js', 'inline', '../_app/immutable/assets/0.D.css', '../_app/immutable/assets/8.E.css', '../_app/immutable/workers/reader-script-A.js', 'deferred.js', 'late.js']);
		expect([...out].sort().join('')).toBe([...reader].sort().join(''));
	});

	it('is idempotent', () => {
		const once = stylesBeforeScripts(KIT_HEAD);
		expect(stylesBeforeScripts(once)).toBe(once);
	});
});
