/**
 * The embed's side of auto-height: watches the document's height (ResizeObserver on the root
 * element, which also fires once at the start) and posts it to the host page in every format
 * (height-messages.ts), only when it changed. Browser only: call from onMount; returns the
 * function that stops it.
 */
import { heightMessages, PYM_CHILD_ID_PARAM, cssPixels } from './height-messages';

export function postHeightToHost(target: Window = window.parent): () => void {
	// Not in a frame: nobody to tell.
	if (target === window) return () => {};
	const childId = new URLSearchParams(location.search).get(PYM_CHILD_ID_PARAM);
	const root = document.documentElement;
	let last = -1;
	const post = () => {
		// The root's box height is the content's height: the embed's styles give html and body no
		// minimum, so a taller frame never feeds back into a taller document.
		const height = cssPixels(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		for (const message of heightMessages(height, childId)) target.postMessage(message, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(root);
	// A parent that starts listening late (@newswire/frames' `frames-init`) asks again.
	const onMessage = (event: MessageEvent) => {
		const data: unknown = event.data;
		if (event.source === target && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'frames-init') {
			last = -1;
			post();
		}
	};
	addEventListener('message', onMessage);
	return () => {
		observer.disconnect();
		removeEventListener('message', onMessage);
	};
}
