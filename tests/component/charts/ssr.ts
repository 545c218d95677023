/**
 * Helpers for reading server-rendered chart markup in tests: render a chart in the harness, and
 * pull elements and their attributes out of the HTML with small, strict patterns (the markup is
 * Svelte's own output, not arbitrary HTML).
 */
import type { Component } from 'svelte';
import type { DashboardAnalysis } from '../../../src/lib/page-data';
import { loadAnalysis } from '../../../src/lib/server/content';
import type { Analysis } from '../../../src/lib/transcript/types';
import { renderWithSelection, type Selected } from '../render';

export const SEED = 'altman-lightcap-20vc';

/** The whole seed analysis: the charts take the dashboard's part of it, the tests read the rest as oracles. */
export function seedAnalysis(): Analysis {
	return loadAnalysis(SEED);
}

/** A chart in the page's composition: a Selection showing `selected`, and the view for it. */
export function renderChart<P extends { analysis: DashboardAnalysis }>(
	chart: Component<P>,
	props: Omit<NoInfer<P>, 'view'> & { analysis: DashboardAnalysis },
	selected: Selected = {}
): string {
	return renderWithSelection(chart, props.analysis, props, selected);
}

export interface Element {
	tag: string;
	attributes: Record<string, string>;
	/** Text content with tags and Svelte's comments removed, whitespace collapsed. */
	text: string;
	html: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

function textOf(inner: string): string {
	return decode(inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function parseAttributes(openTag: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of openTag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?(?=[\s>])/g)) {
		attributes[match[1]!] = decode(match[2] ?? '');
	}
	return attributes;
}

/** Attributes of an opening tag; quoted values may hold '>' (Svelte escapes only '<', '&' and '"'). */
const ATTRIBUTES = String.raw`(\s(?:[^>"]|"[^"]*")*)?`;

/**
 * Every `<tag ...>…</tag>` in the HTML, in document order. Elements nested in an element of the
 * same tag are not found separately: use it for leaf-like tags (button, a, th, td, span, p).
 */
export function elements(html: string, tag: string): Element[] {
	const pattern = new RegExp(`<${tag}${ATTRIBUTES}>([\\s\\S]*?)</${tag}>`, 'g');
	return [...html.matchAll(pattern)].map((match) => ({
		tag,
		attributes: parseAttributes(`<${tag}${match[1] ?? ''}>`),
		text: textOf(match[2]!),
		html: match[0]
	}));
}

/**
 * Elements of `tag` whose class list has `className`, each up to its first closing tag: use it
 * for elements with no same-tag descendants.
 */
export function elementsWithClass(html: string, tag: string, className: string): Element[] {
	const close = `</${tag}>`;
	return [...html.matchAll(new RegExp(`<${tag}${ATTRIBUTES}>`, 'g'))]
		.filter((match) => classes(parseAttributes(match[0])).includes(className))
		.map((match) => {
			const start = match.index!;
			const end = html.indexOf(close, start) + close.length;
			return {
				tag,
				attributes: parseAttributes(match[0]),
				text: textOf(html.slice(start + match[0].length, end - close.length)),
				html: html.slice(start, end)
			};
		});
}

/** Self-closing or empty SVG elements such as `<rect ...></rect>`. */
export function svgElements(html: string, tag: string): Record<string, string>[] {
	return [...html.matchAll(new RegExp(`<${tag}${ATTRIBUTES}>`, 'g'))].map((match) => parseAttributes(`<${tag}${match[1] ?? ''}>`));
}

export function classes(attributes: Record<string, string>): string[] {
	return (attributes.class ?? '').split(/\s+/).filter(Boolean);
}

/** The markup of the element with this id (a chart's figure), for scoping assertions. */
export function byDataChart(html: string, kind: string): string {
	const figure = elements(html, 'figure').find((f) => f.attributes['data-chart'] === kind);
	if (!figure) throw new Error(`no figure with data-chart="${kind}"`);
	return figure.html;
}
