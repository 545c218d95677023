/**
 * Writes a standalone SVG document from a plain description of a chart's figure: boxes
 * (backgrounds, borders, swatches, the colour key), lines of text at their measured places, and
 * the chart's own SVG layers (already serialised) placed where they were drawn. Everything is in
 * attributes, nothing refers outside the file but `#id`s and `data:` URLs, ids are numbered in
 * document order, and numbers are rounded: the same description always gives the same bytes.
 * Knows nothing about Svelte or the DOM.
 */

export interface GradientStop {
	/** 0..1 along the gradient. */
	offset: number;
	colour: string;
}

/** What fills a box: a colour, a left-to-right (or top-to-bottom) gradient, or stripes (hatching). */
export type BoxFill =
	| string
	| { direction: 'right' | 'bottom'; stops: GradientStop[] }
	| { stripes: { angle: number; period: number; bands: { from: number; to: number; colour: string }[] } };

export interface BoxItem {
	type: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	fill?: BoxFill;
	stroke?: string;
	strokeWidth?: number;
	rx?: number;
	opacity?: number;
}

export interface TextItem {
	type: 'text';
	/** Left end of the line and its baseline, in px from the figure's top left. */
	x: number;
	y: number;
	text: string;
	fontSize: number;
	fontWeight: number;
	fontStyle?: 'normal' | 'italic';
	fill: string;
	opacity?: number;
	/** The width the line took on the page: the export holds it to that, whatever font renders it. */
	width?: number;
}

export interface LayerItem {
	type: 'svg';
	x: number;
	y: number;
	width: number;
	height: number;
	viewBox?: string;
	preserveAspectRatio?: string;
	overflow?: string;
	opacity?: number;
	/** The layer's children as SVG markup, ids already made unique. */
	markup: string;
}

export type SnapshotItem = BoxItem | TextItem | LayerItem;

export interface Snapshot {
	width: number;
	height: number;
	background: string;
	/** The chart's title and description, as <title> and <desc> for screen readers and file browsers. */
	title: string;
	description?: string;
	items: SnapshotItem[];
}

export interface AssembleOptions {
	/** font-family of every text line, e.g. "'Parley Export', sans-serif". */
	fontFamily: string;
	/** @font-face rules to embed (data: URLs only). */
	fontCss?: string;
	/** Prefix of generated ids, so two exported charts pasted into one page do not clash. */
	idPrefix: string;
}

/**
 * What an exported chart layer may hold: shapes, text, groups and the paint servers they use.
 * A layer is cloned from the page, so anything else (script, foreignObject, a, image, use of an
 * outside file, animation, event handlers, hrefs out of the file) is dropped by construction
 * rather than filtered out one known danger at a time.
 */
const LAYER_ELEMENTS: ReadonlySet<string> = new Set([
	'g', 'rect', 'line', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan',
	'defs', 'pattern', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop'
]);

const LAYER_ATTRIBUTES: ReadonlySet<string> = new Set([
	'id', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height', 'd', 'points',
	'transform', 'viewBox', 'preserveAspectRatio', 'visibility', 'overflow',
	'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
	'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'vector-effect', 'shape-rendering',
	'clip-path', 'clip-rule', 'clipPathUnits', 'mask', 'maskUnits', 'maskContentUnits',
	'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'textLength', 'lengthAdjust',
	'patternUnits', 'patternContentUnits', 'patternTransform', 'gradientUnits', 'gradientTransform',
	'offset', 'stop-color', 'stop-opacity', 'fx', 'fy', 'spreadMethod'
]);

/** True for an element an exported layer may keep (its SVG local name, case as in SVG). */
export function isLayerElement(localName: string): boolean {
	return LAYER_ELEMENTS.has(localName);
}

/**
 * True for an attribute an exported layer may keep: a geometry or presentation attribute whose
 * value refers to nothing outside the file (`url(#id)` only, no scheme such as javascript:).
 */
export function isLayerAttribute(name: string, value: string): boolean {
	if (!LAYER_ATTRIBUTES.has(name)) return false;
	if (/url\(\s*['"]?(?!#)/i.test(value)) return false;
	return !/(?:javascript|vbscript|data)\s*:|&#|\\/i.test(value);
}

/** Rounds to 2 decimals and drops trailing zeros: 12.5, 3, 0.33. */
export function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return String(Object.is(rounded, -0) ? 0 : rounded);
}

// XML 1.0 forbids most C0 controls even as references; transcript text could carry them.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function attrs(pairs: Record<string, string | number | undefined>): string {
	return Object.entries(pairs)
		.filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
		.map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`)
		.join('');
}

const opacityAttr = (opacity: number | undefined) => (opacity === undefined || opacity >= 1 ? undefined : opacity);

export function assembleSvg(snapshot: Snapshot, options: AssembleOptions): string {
	const defs: string[] = [];
	let gradients = 0;
	const body = snapshot.items.map((item) => {
		if (item.type === 'rect') {
			let fill = typeof item.fill === 'string' ? item.fill : 'none';
			if (item.fill && typeof item.fill !== 'string' && 'stripes' in item.fill) {
				// CSS angles point along the gradient (90deg = to the right); vertical stripes vary along x.
				const { angle, period, bands } = item.fill.stripes;
				const id = `${options.idPrefix}-pattern-${++gradients}`;
				const rects = bands.map((band) => `<rect${attrs({ x: band.from, y: 0, width: band.to - band.from, height: period, fill: band.colour })}/>`).join('');
				defs.push(
					`<pattern${attrs({ id, patternUnits: 'userSpaceOnUse', x: item.x, y: item.y, width: period, height: period, patternTransform: angle === 90 ? undefined : `rotate(${num(angle - 90)} ${num(item.x)} ${num(item.y)})` })}>${rects}</pattern>`
				);
				fill = `url(#${id})`;
			} else if (item.fill && typeof item.fill !== 'string') {
				const id = `${options.idPrefix}-gradient-${++gradients}`;
				const end = item.fill.direction === 'right' ? { x2: 1, y2: 0 } : { x2: 0, y2: 1 };
				const stops = item.fill.stops.map((stop) => `<stop${attrs({ offset: stop.offset, 'stop-color': stop.colour })}/>`).join('');
				defs.push(`<linearGradient${attrs({ id, x1: 0, y1: 0, ...end })}>${stops}</linearGradient>`);
				fill = `url(#${id})`;
			}
			return `<rect${attrs({
				x: item.x,
				y: item.y,
				width: item.width,
				height: item.height,
				rx: item.rx || undefined,
				fill,
				stroke: item.stroke,
				'stroke-width': item.stroke ? item.strokeWidth : undefined,
				opacity: opacityAttr(item.opacity)
			})}/>`;
		}
		if (item.type === 'text') {
			return `<text${attrs({
				x: item.x,
				y: item.y,
				'font-size': item.fontSize,
				'font-weight': item.fontWeight,
				'font-style': item.fontStyle === 'italic' ? 'italic' : undefined,
				fill: item.fill,
				opacity: opacityAttr(item.opacity),
				textLength: item.width && [...item.text].length > 1 ? item.width : undefined,
				lengthAdjust: item.width && [...item.text].length > 1 ? 'spacingAndGlyphs' : undefined
			})}>${escapeXml(item.text)}</text>`;
		}
		return `<svg${attrs({
			x: item.x,
			y: item.y,
			width: item.width,
			height: item.height,
			viewBox: item.viewBox,
			preserveAspectRatio: item.preserveAspectRatio,
			overflow: item.overflow,
			opacity: opacityAttr(item.opacity)
		})}>${item.markup}</svg>`;
	});
	const style = [
		options.fontCss ?? '',
		`text{font-family:${options.fontFamily};white-space:pre}`
	].join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg"${attrs({
			width: snapshot.width,
			height: snapshot.height,
			viewBox: `0 0 ${num(snapshot.width)} ${num(snapshot.height)}`
		})}>` +
		`<title>${escapeXml(snapshot.title)}</title>` +
		(snapshot.description ? `<desc>${escapeXml(snapshot.description)}</desc>` : '') +
		`<style>${style.replace(/</g, '\\3c ')}</style>` +
		(defs.length ? `<defs>${defs.join('')}</defs>` : '') +
		`<rect${attrs({ width: snapshot.width, height: snapshot.height, fill: snapshot.background })}/>` +
		body.join('') +
		'</svg>\n'
	);
}
