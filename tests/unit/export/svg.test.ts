import { describe, expect, it } from 'vitest';
import { isVisibleColour, parseGradient, splitTopLevel } from '../../../src/lib/export/css';
import { assembleSvg, escapeXml, num, type Snapshot } from '../../../src/lib/export/svg';

const snapshot: Snapshot = {
	width: 300,
	height: 120.4,
	background: 'rgb(255, 255, 255)',
	title: 'Who spoke how much',
	description: 'Share of the characters spoken.',
	items: [
		{ type: 'text', x: 0, y: 21.004, text: 'Selected: 奥特曼 <&>', fontSize: 16, fontWeight: 700, fill: 'rgb(17, 17, 17)', width: 124.734 },
		{ type: 'rect', x: 10, y: 50, width: 100, height: 12, fill: { direction: 'right', stops: [{ offset: 0, colour: '#fff' }, { offset: 1, colour: '#08306b' }] } },
		{ type: 'rect', x: 120, y: 50, width: 40, height: 12, fill: { stripes: { angle: 135, period: 7, bands: [{ from: 0, to: 1.5, colour: 'rgba(0, 0, 0, 0.16)' }] } } },
		{ type: 'rect', x: 0, y: 70, width: 8, height: 8, fill: 'rgb(0, 114, 178)', stroke: 'rgb(136, 136, 136)', strokeWidth: 1, opacity: 0.5 },
		{ type: 'svg', x: 0, y: 80, width: 300, height: 40, viewBox: '0 0 100 100', preserveAspectRatio: 'none', markup: '<rect x="0" y="0" width="50" height="100" fill="red"/>' }
	]
};

describe('SVG from a plain description', () => {
	const svg = assembleSvg(snapshot, { fontFamily: "'Parley Export Sans', sans-serif", idPrefix: 'speaker-share' });

	it('is one standalone document of the measured size, with title and description', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120.4" viewBox="0 0 300 120.4">')).toBe(true);
		expect(svg).toContain('<title>Who spoke how much</title><desc>Share of the characters spoken.</desc>');
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
	});

	it('writes text escaped, at its baseline, held to its measured width', () => {
		expect(svg).toContain(
			'<text x="0" y="21" font-size="16" font-weight="700" fill="rgb(17, 17, 17)" textLength="124.73" lengthAdjust="spacingAndGlyphs">Selected: 奥特曼 &lt;&amp;&gt;</text>'
		);
	});

	it('numbers gradient and pattern ids in order, with the prefix, and refers to them only by #id', () => {
		expect(svg).toContain('<linearGradient id="speaker-share-gradient-1" x1="0" y1="0" x2="1" y2="0">');
		expect(svg).toContain('<pattern id="speaker-share-pattern-2" patternUnits="userSpaceOnUse" x="120" y="50" width="7" height="7" patternTransform="rotate(45 120 50)">');
		expect(svg).toContain('fill="url(#speaker-share-gradient-1)"');
		expect(svg).toContain('fill="url(#speaker-share-pattern-2)"');
		const references = [...svg.matchAll(/url\(([^)]*)\)|href="([^"]*)"/g)].map((m) => m[1] ?? m[2]);
		expect(references.every((ref) => ref!.startsWith('#') || ref!.startsWith('data:'))).toBe(true);
	});

	it('places a chart layer as a nested, stretched svg', () => {
		expect(svg).toContain('<svg x="0" y="80" width="300" height="40" viewBox="0 0 100 100" preserveAspectRatio="none"><rect x="0" y="0" width="50" height="100" fill="red"/></svg>');
	});

	it('gives the same bytes for the same description', () => {
		expect(assembleSvg(structuredClone(snapshot), { fontFamily: "'Parley Export Sans', sans-serif", idPrefix: 'speaker-share' })).toBe(svg);
	});

	it('rounds to two decimals and escapes what XML cannot hold', () => {
		expect([num(1 / 3), num(2), num(-0.001), num(12.345)]).toEqual(['0.33', '2', '0', '12.35']);
		expect(escapeXml('a\u0001"b"')).toBe('a&quot;b&quot;');
	});
});

describe('computed CSS as SVG fills', () => {
	it('splits on commas outside parentheses', () => {
		expect(splitTopLevel('to right, rgb(1, 2, 3) 0px, red')).toEqual(['to right', 'rgb(1, 2, 3) 0px', 'red']);
	});

	it("reads the colour key's left-to-right gradient", () => {
		expect(parseGradient('linear-gradient(to right, rgb(247, 251, 255), rgb(8, 48, 107))')).toEqual({
			direction: 'right',
			stops: [
				{ offset: 0, colour: 'rgb(247, 251, 255)' },
				{ offset: 1, colour: 'rgb(8, 48, 107)' }
			]
		});
	});

	it('reads hatching as stripes, in both ways Chromium may write the stops', () => {
		const expected = { stripes: { angle: 135, period: 7, bands: [{ from: 0, to: 1.5, colour: 'rgba(0, 0, 0, 0.16)' }] } };
		expect(parseGradient('repeating-linear-gradient(135deg, rgba(0, 0, 0, 0.16) 0px 1.5px, rgba(0, 0, 0, 0) 1.5px 7px)')).toEqual(expected);
		expect(parseGradient('repeating-linear-gradient(135deg, rgba(0, 0, 0, 0.16) 0px, rgba(0, 0, 0, 0.16) 1.5px, rgba(0, 0, 0, 0) 1.5px, rgba(0, 0, 0, 0) 7px)')).toEqual(expected);
		expect(parseGradient('none')).toBeNull();
	});

	it('knows an invisible colour', () => {
		expect([isVisibleColour('rgba(0, 0, 0, 0)'), isVisibleColour('transparent'), isVisibleColour('rgb(0, 0, 0)'), isVisibleColour('rgba(0, 0, 0, 0.16)')]).toEqual([false, false, true, true]);
	});
});
