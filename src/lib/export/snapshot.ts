/**
 * A layout snapshot of a rendered chart frame: walks the figure as the browser laid it out and
 * describes it in plain SVG terms (see svg.ts). A chart is LayerCake layers, SVG marks under
 * HTML labels and buttons, so it is not one <svg>: each SVG layer is cloned with its computed
 * presentation styles written as attributes (ids renumbered), each line of HTML text becomes a
 * <text> at its measured place (wrapped text is split into lines with Range rects), and HTML
 * boxes with a background, border or outline (swatches, the colour key, hatching) become rects.
 * Browser only; called by export-chart.ts while the frame is in its export state.
 */
import { isVisibleColour, parseGradient } from './css';
import { isLayerAttribute, isLayerElement, type BoxItem, type LayerItem, type Snapshot, type SnapshotItem, type TextItem } from './svg';

/** What never goes into an image, whatever the frame's export state hides. */
const SKIP = '.visually-hidden, .skip-turns, .needs-js, button.show-more, details, select, input, textarea, script, style, noscript, template';

const SVG_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'vector-effect',
	'shape-rendering',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline'
] as const;

const DEFAULTS: Record<string, string> = {
	'fill-opacity': '1',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	opacity: '1',
	'vector-effect': 'none',
	'shape-rendering': 'auto',
	'text-anchor': 'start',
	'dominant-baseline': 'auto'
};

/** Where resources live that are not drawn themselves (their children have no layout). */
const RESOURCE = 'defs, pattern, clipPath, mask, linearGradient, radialGradient, marker, symbol';

export interface SnapshotOptions {
	title: string;
	description?: string;
	/** Prefix of the ids in the exported file (e.g. the chart kind). */
	idPrefix: string;
}

export function snapshotFigure(figure: HTMLElement, options: SnapshotOptions): Snapshot {
	const origin = figure.getBoundingClientRect();
	const items: SnapshotItem[] = [];
	const baselines = new Map<string, number>();
	let layers = 0;
	const at = (rect: DOMRect) => ({ x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height });

	const walk = (element: Element, opacity: number) => {
		if (element.matches(SKIP)) return;
		const style = getComputedStyle(element);
		if (style.display === 'none') return;
		const own = opacity * Number(style.opacity || 1);
		if (own <= 0) return;
		if (element instanceof SVGSVGElement) {
			if (style.visibility !== 'hidden') items.push(svgLayer(element, style, own, `${options.idPrefix}-${++layers}`, at));
			return;
		}
		if (style.visibility !== 'hidden') items.push(...boxes(element, style, own, at));
		for (const child of element.childNodes) {
			if (child.nodeType === Node.TEXT_NODE) {
				if (style.visibility !== 'hidden') items.push(...textLines(child as Text, style, own, origin, baselines));
			} else if (child instanceof Element) walk(child, own);
		}
	};
	walk(figure, 1);

	return {
		width: Math.round(origin.width),
		height: Math.round(origin.height),
		background: backgroundOf(figure),
		title: options.title,
		description: options.description,
		items
	};
}

/** The colour the figure is drawn on: its own background, or the nearest ancestor's; white if none. */
function backgroundOf(element: Element): string {
	for (let e: Element | null = element; e; e = e.parentElement) {
		const colour = getComputedStyle(e).backgroundColor;
		if (isVisibleColour(colour)) return colour;
	}
	return '#fff';
}

function boxes(element: Element, style: CSSStyleDeclaration, opacity: number, at: (rect: DOMRect) => { x: number; y: number; width: number; height: number }): BoxItem[] {
	const rect = element.getBoundingClientRect();
	if (rect.width < 0.5 || rect.height < 0.5) return [];
	// Whole pixels from the figure's corner: borders and swatches stay crisp lines, as on screen.
	const exact = at(rect);
	const x = Math.round(exact.x);
	const y = Math.round(exact.y);
	const box = { x, y, width: Math.round(exact.x + exact.width) - x, height: Math.round(exact.y + exact.height) - y };
	const rx = parseFloat(style.borderTopLeftRadius) || undefined;
	const out: BoxItem[] = [];
	if (isVisibleColour(style.backgroundColor)) out.push({ type: 'rect', ...box, rx, fill: style.backgroundColor, opacity });
	const gradient = style.backgroundImage !== 'none' ? parseGradient(style.backgroundImage) : null;
	if (gradient) out.push({ type: 'rect', ...box, rx, fill: gradient, opacity });
	// Borders: one stroked rect when all four sides agree, else a filled strip per side.
	const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
		side,
		width: style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
		colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`)
	}));
	const drawn = sides.filter((s) => s.width > 0 && isVisibleColour(s.colour));
	if (drawn.length === 4 && drawn.every((s) => s.width === drawn[0]!.width && s.colour === drawn[0]!.colour)) {
		const w = drawn[0]!.width;
		out.push({ type: 'rect', x: box.x + w / 2, y: box.y + w / 2, width: box.width - w, height: box.height - w, rx, stroke: drawn[0]!.colour, strokeWidth: w, opacity });
	} else {
		for (const s of drawn) {
			const strip =
				s.side === 'Top'
					? { x: box.x, y: box.y, width: box.width, height: s.width }
					: s.side === 'Bottom'
						? { x: box.x, y: box.y + box.height - s.width, width: box.width, height: s.width }
						: s.side === 'Left'
							? { x: box.x, y: box.y, width: s.width, height: box.height }
							: { x: box.x + box.width - s.width, y: box.y, width: s.width, height: box.height };
			out.push({ type: 'rect', ...strip, fill: s.colour, opacity });
		}
	}
	const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) || 0 : 0;
	if (outline > 0 && isVisibleColour(style.outlineColor)) {
		const offset = (parseFloat(style.outlineOffset) || 0) + outline / 2;
		out.push({ type: 'rect', x: box.x - offset, y: box.y - offset, width: box.width + 2 * offset, height: box.height + 2 * offset, stroke: style.outlineColor, strokeWidth: outline, opacity });
	}
	return out;
}

/** Distance from the top of a line's text box to its baseline, for this font, measured once. */
function baselineOffset(style: CSSStyleDeclaration, cache: Map<string, number>): number {
	const key = `${style.fontFamily}|${style.fontWeight}|${style.fontStyle}|${style.fontSize}`;
	const known = cache.get(key);
	if (known !== undefined) return known;
	const probe = document.createElement('div');
	probe.style.cssText = `position:absolute;left:-10000px;top:0;visibility:hidden;white-space:nowrap;line-height:normal;font-family:${style.fontFamily};font-weight:${style.fontWeight};font-style:${style.fontStyle};font-size:${style.fontSize}`;
	const text = document.createTextNode('Hg中');
	const marker = document.createElement('span');
	marker.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
	probe.append(text, marker);
	document.body.append(probe);
	const range = document.createRange();
	range.selectNodeContents(probe);
	range.setEnd(text, text.length);
	const offset = marker.getBoundingClientRect().top - range.getBoundingClientRect().top;
	probe.remove();
	cache.set(key, offset);
	return offset;
}

interface Glyph {
	text: string;
	rect: DOMRect;
}

/** One <text> per line the text node was laid out on, at its measured left end and baseline. */
function textLines(node: Text, style: CSSStyleDeclaration, opacity: number, origin: DOMRect, baselines: Map<string, number>): TextItem[] {
	if (!node.data.trim() || !isVisibleColour(style.color)) return [];
	const range = document.createRange();
	const lines: Glyph[][] = [];
	let line: Glyph[] = [];
	let offset = 0;
	for (const char of node.data) {
		range.setStart(node, offset);
		range.setEnd(node, offset + char.length);
		offset += char.length;
		const rect = range.getBoundingClientRect();
		if (rect.width === 0 && rect.height === 0) continue; // collapsed white space
		const last = line[line.length - 1];
		if (last && (rect.left < last.rect.left - 0.5 || Math.abs(rect.top - last.rect.top) > last.rect.height / 2)) {
			lines.push(line);
			line = [];
		}
		line.push({ text: char, rect });
	}
	if (line.length) lines.push(line);

	const transform = style.textTransform;
	const fontSize = parseFloat(style.fontSize);
	const weight = Number(style.fontWeight) || 400;
	const baseline = baselineOffset(style, baselines);
	const items: TextItem[] = [];
	for (const glyphs of lines) {
		// Collapse white space as the page did, and drop it at the ends of the line.
		let start = 0;
		let end = glyphs.length;
		while (start < end && /\s/.test(glyphs[start]!.text)) start++;
		while (end > start && /\s/.test(glyphs[end - 1]!.text)) end--;
		if (start === end) continue;
		const kept = glyphs.slice(start, end);
		let text = kept.map((g) => g.text).join('').replace(/\s+/g, ' ');
		if (transform === 'uppercase') text = text.toUpperCase();
		else if (transform === 'lowercase') text = text.toLowerCase();
		const left = kept[0]!.rect.left;
		const right = kept[kept.length - 1]!.rect.right;
		const top = Math.min(...kept.map((g) => g.rect.top));
		items.push({
			type: 'text',
			x: left - origin.left,
			// Browsers put a line's baseline on a whole pixel; so does the export, for the same crisp text.
			y: Math.round(top - origin.top + baseline),
			text,
			fontSize,
			fontWeight: weight >= 550 ? 700 : 400,
			fontStyle: style.fontStyle === 'italic' ? 'italic' : 'normal',
			fill: style.color,
			opacity,
			width: right - left
		});
	}
	return items;
}

/** A LayerCake SVG layer: its children cloned, computed styles as attributes, ids made unique. */
function svgLayer(
	svg: SVGSVGElement,
	style: CSSStyleDeclaration,
	opacity: number,
	idPrefix: string,
	at: (rect: DOMRect) => { x: number; y: number; width: number; height: number }
): LayerItem {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [...svg.querySelectorAll('*')];
	const copies = [...clone.querySelectorAll('*')];
	const ids = new Map<string, string>();
	originals.forEach((original, i) => {
		const copy = copies[i]!;
		const id = original.getAttribute('id');
		if (id) ids.set(id, `${idPrefix}-${ids.size + 1}`);
		if (original.closest(RESOURCE) && original.tagName !== 'defs') {
			// Not laid out: keep what is written, minus classes and styles resolved below.
		} else if (getComputedStyle(original).display === 'none' || original.tagName === 'title' || original.tagName === 'desc') {
			copy.remove();
			return;
		}
		const computed = getComputedStyle(original);
		for (const property of SVG_PROPERTIES) {
			const value = computed.getPropertyValue(property);
			if (!value || DEFAULTS[property] === value) continue;
			if (property.startsWith('font') || property === 'text-anchor' || property === 'dominant-baseline') {
				if (original.tagName !== 'text' && original.tagName !== 'tspan') continue;
			}
			copy.setAttribute(property, value.replace(/url\("?#([^")]+)"?\)/g, 'url(#$1)'));
		}
		if (computed.visibility === 'hidden') copy.setAttribute('visibility', 'hidden');
		for (const name of copy.getAttributeNames()) {
			if (name === 'class' || name === 'style' || name === 'tabindex' || name === 'role' || name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('on')) copy.removeAttribute(name);
		}
	});
	// Renumber ids and every reference to them, so two charts' files never collide.
	const rename = (value: string) => value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole));
	for (const copy of clone.querySelectorAll('*')) {
		const id = copy.getAttribute('id');
		if (id && ids.has(id)) copy.setAttribute('id', ids.get(id)!);
		for (const name of copy.getAttributeNames()) {
			const value = copy.getAttribute(name)!;
			if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) copy.setAttribute(name, `#${ids.get(value.slice(1)) ?? value.slice(1)}`);
			else if (value.includes('url(')) copy.setAttribute(name, rename(value));
		}
	}
	keepAllowed(clone);
	const markup = new XMLSerializer()
		.serializeToString(clone)
		.replace(/^<svg[^>]*>/, '')
		.replace(/<\/svg>$/, '')
		.replace(/<!--[^]*?-->/g, '')
		.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
	return {
		type: 'svg',
		...at(svg.getBoundingClientRect()),
		viewBox: svg.getAttribute('viewBox') ?? undefined,
		preserveAspectRatio: svg.getAttribute('preserveAspectRatio') ?? undefined,
		overflow: style.overflow === 'visible' ? 'visible' : undefined,
		opacity,
		markup
	};
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Keeps only what svg.ts allows in a layer: SVG shapes, text and paint servers with their
 * geometry and presentation attributes; every other element (with its subtree), attribute,
 * comment or processing instruction goes. Text nodes stay (serialised escaped).
 */
function keepAllowed(parent: Element): void {
	for (const child of [...parent.childNodes]) {
		if (child.nodeType === Node.TEXT_NODE) continue;
		if (!(child instanceof Element) || child.namespaceURI !== SVG_NS || !isLayerElement(child.localName)) {
			child.remove();
			continue;
		}
		for (const name of child.getAttributeNames()) {
			if (!isLayerAttribute(name, child.getAttribute(name)!)) child.removeAttribute(name);
		}
		keepAllowed(child);
	}
}
