/**
 * What bench:wire counts as a page's first load, on HTML and chunks written here by hand in the
 * shapes SvelteKit and Vite produce (relative hrefs, minified imports, an inline bootstrap).
 */
import { describe, expect, it } from 'vitest';
import { bootNodeIds, firstLoadHrefs, nodeModules, staticImports } from '../../../scripts/wire-imports';

const PAGE = `<!doctype html><html><head>
<link href="../../_app/immutable/entry/start.A1.js" rel="modulepreload">
<link rel="modulepreload" href="../../_app/immutable/chunks/B2.js">
<link href="../../_app/immutable/assets/0.C3.css" rel="stylesheet">
<link rel="preload" as="font" href="../../_app/immutable/assets/font.woff2" crossorigin>
<link href="../../_app/immutable/chunks/B2.js" rel="modulepreload">
<script src="../../embed/frames.js"></script>
</head><body><div>
<script>
	Promise.all([
		import("../../_app/immutable/entry/start.A1.js"),
		import("../../_app/immutable/entry/app.D4.js")
	]).then(([kit, app]) => kit.start(app, element, { data: [{ text: "import(\\"x.js\\") is only text" }] }));
</script>
</div></body></html>`;

describe('firstLoadHrefs', () => {
	it('lists the modulepreload links and script files, then the bootstrap imports, each once', () => {
		expect(firstLoadHrefs(PAGE)).toEqual([
			'../../_app/immutable/entry/start.A1.js',
			'../../_app/immutable/chunks/B2.js',
			'../../embed/frames.js',
			'../../_app/immutable/entry/app.D4.js'
		]);
	});

	it('leaves out stylesheets and fonts', () => {
		const hrefs = firstLoadHrefs(PAGE);
		expect(hrefs.some((href) => /\.(css|woff2)$/.test(href))).toBe(false);
	});

	it('counts the reader’s one module script, the whole of its first load', () => {
		const reader = '<html><head><link href="../a.css" rel="stylesheet"><script type="module" src="../_app/immutable/workers/reader-script-X.js"></script></head><body></body></html>';
		expect(firstLoadHrefs(reader)).toEqual(['../_app/immutable/workers/reader-script-X.js']);
	});

	it('finds nothing in a page without scripts', () => {
		expect(firstLoadHrefs('<html><head><link rel="stylesheet" href="a.css"></head><body><p>import("./a.js")</p></body></html>')).toEqual([]);
	});
});

describe('staticImports', () => {
	it('reads the static imports and re-exports of a minified chunk, not its dynamic imports', () => {
		const chunk =
			'import{a as e,b as t}from"../chunks/X1.js";import"./side.js";import*as n from"./ns.js";' +
			'export{c as d}from"./re.js";const r=()=>import("./lazy.js");function f(){return import(`./tpl.js`)}' +
			'export{r as l};import{z}from"./X1.js";import("./lazy2.js").then(g); await import(\'./lazy3.js\')';
		expect(staticImports(chunk)).toEqual(['../chunks/X1.js', './side.js', './ns.js', './re.js', './X1.js']);
	});

	it('ignores bare package imports and code that only names "import"', () => {
		expect(staticImports('import{x}from"svelte";const important="./no.js";let s={import:1};')).toEqual([]);
	});

	it('reads an import at the very start and one after a newline', () => {
		expect(staticImports('import"./a.js"\nimport {b} from "./b.js"')).toEqual(['./a.js', './b.js']);
	});
});

describe('the route nodes a page starts with', () => {
	const BOOT = `<script>Promise.all([import("../_app/immutable/entry/start.A1.js"), import("../_app/immutable/entry/app.D4.js")])
	.then(([kit, app]) => { kit.start(app, element, {
		node_ids: [0, 2, 11],
		data: [null, {type:"data",data:{text:"node_ids: [5]"}}],
	}); });</script>`;
	// The shape of Kit's app entry as Vite minifies it (nodes 0-11, in id order, each once).
	const APP =
		'var M=[()=>E(()=>import(`../nodes/0.BaB1iyGx.js`),__vite__mapDeps([0,1]),import.meta.url),' +
		'()=>E(()=>import(`../nodes/1.ao0zXSvu.js`),__vite__mapDeps([6,1]),import.meta.url),' +
		'()=>E(()=>import(`../nodes/2.B0iV4slk.js`),[],import.meta.url),' +
		'()=>E(()=>import(`../nodes/11.Z-9_q.js`),[],import.meta.url)];const x=import("./other.js");';

	it('reads the node ids of the bootstrap, not a lookalike in the data after it', () => {
		expect(bootNodeIds(BOOT)).toEqual([0, 2, 11]);
		expect(bootNodeIds('<html><body>no app</body></html>')).toEqual([]);
	});

	it("maps each node id to its module as the app entry imports it, and nothing else", () => {
		const nodes = nodeModules(APP);
		expect([...nodes.keys()]).toEqual([0, 1, 2, 11]);
		expect(nodes.get(2)).toBe('../nodes/2.B0iV4slk.js');
		expect(nodes.get(11)).toBe('../nodes/11.Z-9_q.js');
	});
});
