/**
 * Colours and shapes for speakers and themes, and the sequential scale the matrices share.
 * Speakers and themes use two palettes that cannot be taken for each other: speakers take strong,
 * mid-light Okabe–Ito hues (in speaker order, so a speaker keeps one colour on every chart);
 * themes take a separate family of dark wine, plum and earth colours, always with a filled shape
 * glyph; terms the reader adds take one dark grey ink with hollow shapes. Lightness keeps the
 * families apart even where a colour-vision deficiency merges hues: tests/unit/palette.test.ts
 * measures every pair (CIEDE2000, normal vision and simulated protanopia, deuteranopia and
 * tritanopia). Pure; knows nothing about Svelte.
 */
import { scaleLinear } from 'd3';

/**
 * Okabe–Ito, reordered so the first three (the usual interview cast) are far apart and dark enough
 * for white text. Black and yellow are left out: black is the ink of terms and text, and yellow is
 * too light to see as a thin mark on white. Repeats past six (lanes and labels still say who).
 */
export const SPEAKER_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

export interface ThemeStyle {
	colour: string;
	/** A glyph drawn beside the colour, so themes differ by shape as well as hue. */
	shape: string;
}

/**
 * Dark wine, plum and earth colours, none of them a speaker's hue or lightness, in the order that
 * keeps the first themes farthest apart (chosen by a max–min search in OKLCH against the speaker
 * colours). Themes are told apart by their shape first, their colour second.
 */
export const THEME_STYLES: readonly ThemeStyle[] = [
	{ colour: '#8a0314', shape: '●' },
	{ colour: '#4a0358', shape: '▲' },
	{ colour: '#6a3820', shape: '■' },
	{ colour: '#3b2340', shape: '◆' },
	{ colour: '#5a0026', shape: '▼' },
	{ colour: '#6e1c05', shape: '★' }
];

/** The colour of the speaker at `index` in Analysis.speakers order (repeats past six). */
export function speakerColour(index: number): string {
	return SPEAKER_COLOURS[((index % SPEAKER_COLOURS.length) + SPEAKER_COLOURS.length) % SPEAKER_COLOURS.length]!;
}

/** The colour and shape of the theme at `index` in Analysis.themes order (repeats past six). */
export function themeStyle(index: number): ThemeStyle {
	return THEME_STYLES[((index % THEME_STYLES.length) + THEME_STYLES.length) % THEME_STYLES.length]!;
}

/**
 * Terms the reader added: one dark ink, told apart by shape and by their quoted label; hollow
 * shapes, so a term never reads as one of the themes' filled ones.
 */
export const TERM_STYLES: readonly ThemeStyle[] = [
	{ colour: '#3d3d3d', shape: '○' },
	{ colour: '#3d3d3d', shape: '△' },
	{ colour: '#3d3d3d', shape: '□' },
	{ colour: '#3d3d3d', shape: '◇' },
	{ colour: '#3d3d3d', shape: '☆' }
];

/** The colour and shape of a topic: its theme's, or a term's by the order the terms were added. */
export function topicStyle(topic: { kind: 'theme'; themeIndex: number } | { kind: 'term'; termIndex: number }): ThemeStyle {
	if (topic.kind === 'theme') return themeStyle(topic.themeIndex);
	return TERM_STYLES[topic.termIndex % TERM_STYLES.length]!;
}

/** Lightest and darkest ends of the single-hue (blue) scale for counts. */
export const HEAT_RANGE = ['#eef3fa', '#08306b'] as const;
/** A neutral single-hue scale, for cells that measure something else (a matrix diagonal). */
export const NEUTRAL_RANGE = ['#f2f2f2', '#3a3a3a'] as const;

/**
 * A sequential colour scale from 0 to `max` (clamped). With max 0 every value maps to the
 * lightest colour rather than NaN.
 */
export function sequentialColour(max: number, range: readonly [string, string] = HEAT_RANGE): (value: number) => string {
	const scale = scaleLinear<string>()
		.domain([0, max > 0 ? max : 1])
		.range([range[0], range[1]])
		.clamp(true);
	return (value) => scale(value);
}

/** Relative luminance (WCAG 2) of '#rgb', '#rrggbb' or 'rgb(r, g, b)'. */
export function luminance(colour: string): number {
	const [r, g, b] = parseColour(colour).map((channel) => {
		const c = channel / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1..21). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** Answers already worked out, by fill: a click asks again for every cell of a grid. */
const textColourMemo = new Map<string, string>();

/** Whichever of dark or white text has the higher contrast on `fill`. */
export function textColourOn(fill: string): string {
	let text = textColourMemo.get(fill);
	if (text === undefined) {
		text = contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
		// Bounded: a page's scales give a few hundred fills at most.
		if (textColourMemo.size >= 4096) textColourMemo.clear();
		textColourMemo.set(fill, text);
	}
	return text;
}

function parseColour(colour: string): [number, number, number] {
	const text = colour.trim();
	const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(text);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
	if (!hex) throw new Error(`Unsupported colour: ${colour}`);
	const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
	return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}
