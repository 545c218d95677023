/**
 * What an exported SVG may hold, by construction: the allow-list a cloned chart layer is cut to
 * (svg.ts's isLayerElement / isLayerAttribute, applied by snapshot.ts), and hostile text in the
 * title, description and text lines written as escaped character data.
 */
import { describe, expect, it } from 'vitest';
import { assembleSvg, isLayerAttribute, isLayerElement, type Snapshot } from '../../../src/lib/export/svg';

describe('the elements a chart layer keeps', () => {
	it.each(['g', 'rect', 'line', 'path', 'circle', 'text', 'tspan', 'defs', 'pattern', 'clipPath', 'linearGradient', 'stop'])('keeps <%s>', (name) => {
		expect(isLayerElement(name)).toBe(true);
	});
	it.each(['script', 'foreignObject', 'a', 'image', 'use', 'iframe', 'style', 'animate', 'set', 'animateTransform', 'feImage', 'handler', 'listener', 'title', 'desc', 'svg', 'SCRIPT', 'clippath', 'div', 'img'])(
		'drops <%s>',
		(name) => {
			expect(isLayerElement(name)).toBe(false);
		}
	);
});

describe('the attributes a chart layer keeps', () => {
	it.each([
		['x', '12.5'],
		['fill', 'rgb(0, 114, 178)'],
		['fill', 'url(#speaker-share-1-1)'],
		['stroke-dasharray', '6 3'],
		['transform', 'translate(3 4)'],
		['id', 'speaker-share-1-2'],
		['clip-path', 'url(#c)']
	])('keeps %s="%s"', (name, value) => {
		expect(isLayerAttribute(name, value)).toBe(true);
	});
	it.each([
		['onload', 'alert(1)'],
		['onclick', 'alert(1)'],
		['ONLOAD', 'alert(1)'],
		['href', '#ok'],
		['href', 'javascript:alert(1)'],
		['xlink:href', 'https://evil.example/x.svg'],
		['style', 'fill:red'],
		['class', 'cell'],
		['data-x', '1'],
		['aria-label', 'x'],
		['fill', 'url(https://evil.example/track)'],
		['fill', 'url( "javascript:alert(1)")'],
		['fill', "url('data:image/svg+xml,<svg onload=alert(1)>')"],
		['filter', 'url(#f)'],
		['mask', 'javascript:alert(1)'],
		['stroke', '&#106;avascript:alert(1)'],
		['fill', 'u\\72l(http://x)'],
		['attributeName', 'href'],
		['values', 'javascript:alert(1)']
	])('drops %s="%s"', (name, value) => {
		expect(isLayerAttribute(name, value)).toBe(false);
	});
});

describe('hostile text in an assembled SVG', () => {
	const hostile = '</title><script>alert(1)</script><svg onload=alert(3)>';
	const snapshot: Snapshot = {
		width: 100,
		height: 50,
		background: '#fff',
		title: hostile,
		description: '<foreignObject><div onclick="alert(2)">x</div></foreignObject>]]><!--',
		items: [{ type: 'text', x: 0, y: 10, text: `=HYPERLINK("http://x","y") ${hostile}`, fontSize: 12, fontWeight: 400, fill: 'rgb(0, 0, 0)' }]
	};
	const svg = assembleSvg(snapshot, { fontFamily: 'sans-serif', idPrefix: 'x' });

	it('has exactly the elements it draws, and none from the text', () => {
		const tags = [...svg.matchAll(/<([A-Za-z][\w:-]*)/g)].map((match) => match[1]);
		expect(tags).toEqual(['svg', 'title', 'desc', 'style', 'rect', 'text']);
		expect(svg).not.toMatch(/<script|<foreignObject|<!--|<[^>]*\son\w+=/i);
	});

	it('writes the text as escaped character data', () => {
		expect(svg).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;svg onload=alert(3)&gt;</title>');
		expect(svg).toContain('>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) &lt;/title&gt;');
		expect(svg).toContain('<desc>&lt;foreignObject&gt;&lt;div onclick=&quot;alert(2)&quot;&gt;x&lt;/div&gt;&lt;/foreignObject&gt;]]&gt;&lt;!--</desc>');
	});
});
