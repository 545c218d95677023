/**
 * The messages an embedded chart sends its host page whenever its height changes, in the two
 * forms newsroom parent scripts read: pym.js's string message and the AMP `embed-size` object
 * (read by amp-iframe and by @newswire/frames, which also reads pym's). Pure: knows nothing about
 * Svelte or the DOM.
 */

/** pym.js joins the parts of a message with this separator. */
export const PYM_SEPARATOR = 'xPYMx';

/** The query parameter pym.js's parent adds to the child's URL to tell its frames apart. */
export const PYM_CHILD_ID_PARAM = 'childId';

/** A height in whole CSS pixels, as both formats expect (never negative, never fractional). */
export function cssPixels(height: number): number {
	return Number.isFinite(height) && height > 0 ? Math.ceil(height) : 0;
}

/** pym.js's height message: `pym` xPYMx id xPYMx `height` xPYMx height. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(cssPixels(height))].join(PYM_SEPARATOR);
}

export interface EmbedSizeMessage {
	sentinel: 'amp';
	type: 'embed-size';
	height: number;
}

/** The AMP `embed-size` message (amp-iframe's resize request; @newswire/frames reads it too). */
export function embedSizeMessage(height: number): EmbedSizeMessage {
	return { sentinel: 'amp', type: 'embed-size', height: cssPixels(height) };
}

/**
 * Every message to post for one height: the AMP form always; pym's only when the parent named
 * this child (a pym parent ignores messages for an id it did not give).
 */
export function heightMessages(height: number, childId: string | null): (string | EmbedSizeMessage)[] {
	return childId ? [embedSizeMessage(height), pymHeightMessage(childId, height)] : [embedSizeMessage(height)];
}
