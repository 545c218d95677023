/**
 * The embed code a reader copies from the dashboard: an iframe of one chart-only page at the
 * dashboard's selection, then the host-side auto-height script (@newswire/frames, served by the
 * site itself at /embed/frames.js) and one line that starts it on every Parley iframe not yet
 * observed (so two snippets on one host page do not observe a frame twice). The iframe is plain
 * markup: a host that strips scripts still shows the chart, at the default height. Pure: knows
 * nothing about Svelte or the DOM.
 */
import type { Lang } from '../i18n/locale';
import type { TranscriptMeta } from '../transcript/types';

/** Marks the snippet's iframes, so the start-up line finds them and only them. */
export const EMBED_FRAME_ATTRIBUTE = 'data-parley-embed';
/** Height before the first height message arrives (or for ever, if the host drops scripts). */
export const DEFAULT_FRAME_HEIGHT = 480;

export interface EmbedSnippetOptions {
	/** The chart-only page's absolute URL, with the selection's query. */
	src: string;
	/** The iframe's accessible name: the chart and the transcript. */
	title: string;
	/** The absolute URL of the site's copy of @newswire/frames' browser build. */
	scriptSrc: string;
	height?: number;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const START =
	`document.querySelectorAll('iframe[${EMBED_FRAME_ATTRIBUTE}]:not([data-parley-observed])').forEach(function (frame) {` +
	` frame.setAttribute('data-parley-observed', ''); newswireFrames.observeIframe(frame); });`;

export function embedSnippet({ src, title, scriptSrc, height = DEFAULT_FRAME_HEIGHT }: EmbedSnippetOptions): string {
	const frame =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
		` frameborder="0" scrolling="no" loading="lazy" ${EMBED_FRAME_ATTRIBUTE}></iframe>`;
	return [`<div class="parley-embed">${frame}</div>`, `<script src="${escapeAttribute(scriptSrc)}"></script>`, `<script>${START}</script>`].join('\n');
}

/** What "Embed a chart" is given (EmbedCode.svelte, and the inside it loads, EmbedCodeBody.svelte). */
export interface EmbedCodeProps {
	/** The transcript's slug. */
	slug: string;
	/** The transcript's title, for the iframe's accessible name. */
	title: string;
	/** The dashboard's selection as a query string ('' or '?…'). */
	search: string;
	/** Interface language (default 'en'): the embed's too, under its prefix. */
	lang?: Lang;
	/** The transcript's metadata, for charts it words its own way. */
	meta?: Pick<TranscriptMeta, 'charts'>;
}
