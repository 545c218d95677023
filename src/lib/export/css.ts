/**
 * Reads the computed CSS values an export needs to redraw a box in SVG: the gradients that draw
 * the colour key (`linear-gradient(to right, …)`) and the hatching of uncertain cells
 * (`repeating-linear-gradient(135deg, …)`), and whether a colour is visible at all. Works on the
 * strings getComputedStyle returns; knows nothing about Svelte or the DOM.
 */
import type { BoxFill } from './svg';

/** Splits on commas outside parentheses: "rgb(1, 2, 3) 0px, red" -> ["rgb(1, 2, 3) 0px", "red"]. */
export function splitTopLevel(value: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(value.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(value.slice(start).trim());
	return parts.filter(Boolean);
}

/** False for 'transparent', rgba(…, 0) and the like. */
export function isVisibleColour(colour: string): boolean {
	if (!colour || colour === 'transparent' || colour === 'none') return false;
	const alpha = /^rgba\([^)]*,\s*([\d.]+)\)$/.exec(colour) ?? /\/\s*([\d.]+)\)$/.exec(colour);
	return !alpha || Number(alpha[1]) > 0;
}

interface Stop {
	colour: string;
	positions: string[];
}

function parseStop(text: string): Stop {
	const colourEnd = text.startsWith('rgb') || text.startsWith('hsl') || text.startsWith('color') ? text.indexOf(')') + 1 : text.search(/\s|$/);
	return { colour: text.slice(0, colourEnd).trim(), positions: text.slice(colourEnd).trim().split(/\s+/).filter(Boolean) };
}

/** A computed background-image as an SVG fill, or null when it is none or not one we draw. */
export function parseGradient(value: string): BoxFill | null {
	const m = /^(repeating-)?linear-gradient\((.*)\)$/.exec(value.trim());
	if (!m) return null;
	const [, repeating, inner] = m as unknown as [string, string | undefined, string];
	const parts = splitTopLevel(inner);
	let angle = 180;
	const first = parts[0] ?? '';
	if (/^to /.test(first) || /deg$/.test(first)) {
		parts.shift();
		const sides: Record<string, number> = { 'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270 };
		angle = first in sides ? sides[first]! : parseFloat(first);
	}
	const stops = parts.map(parseStop);
	if (repeating) {
		// Stripes: each run of one colour between two pixel positions; the period is the last position.
		const flat = stops.flatMap((stop) => stop.positions.map((position) => ({ colour: stop.colour, at: parseFloat(position) })));
		if (flat.length < 2 || flat.some((s) => Number.isNaN(s.at))) return null;
		const period = flat[flat.length - 1]!.at;
		const bands: { from: number; to: number; colour: string }[] = [];
		for (let i = 0; i + 1 < flat.length; i++) {
			const a = flat[i]!;
			const b = flat[i + 1]!;
			if (a.colour === b.colour && b.at > a.at && isVisibleColour(a.colour)) bands.push({ from: a.at, to: b.at, colour: a.colour });
		}
		return period > 0 ? { stripes: { angle, period, bands } } : null;
	}
	if (angle !== 90 && angle !== 180) return null;
	const offsets = stops.map((stop, i) => {
		const position = stop.positions[0];
		return position?.endsWith('%') ? parseFloat(position) / 100 : i / Math.max(1, stops.length - 1);
	});
	return { direction: angle === 90 ? 'right' : 'bottom', stops: stops.map((stop, i) => ({ offset: offsets[i]!, colour: stop.colour })) };
}
