/**
 * Front matter as a reader shows it: in runs of one kind, in the text's order. The title is the
 * page heading already and is left out. A short line ending in a colon just before a run
 * ("划重点：") is that run's own heading in the text, so it heads the run instead of standing
 * alone. Knows nothing about Svelte, the DOM or the file system.
 */
import type { Matter } from './types';

export interface MatterGroup {
	kind: Matter['kind'];
	/** The run's heading as written, without its colon; null when the text gives none. */
	heading: string | null;
	items: Matter[];
}

/** A line this short that ends in a colon heads what follows. */
const HEADING_MAX_CHARS = 20;
const ENDS_IN_COLON = /[:：]$/;

export function groupFrontMatter(front: readonly Matter[]): MatterGroup[] {
	const groups: MatterGroup[] = [];
	let pendingHeading: Matter | null = null;
	for (const item of front) {
		if (item.kind === 'title') continue;
		if (item.kind === 'other' && ENDS_IN_COLON.test(item.text) && item.text.length <= HEADING_MAX_CHARS) {
			pendingHeading = item;
			continue;
		}
		const last = groups.at(-1);
		if (last && last.kind === item.kind && !pendingHeading) last.items.push(item);
		else groups.push({ kind: item.kind, heading: pendingHeading ? pendingHeading.text.replace(ENDS_IN_COLON, '') : null, items: [item] });
		pendingHeading = null;
	}
	// A heading with nothing after it is just a line of text.
	if (pendingHeading) groups.push({ kind: 'other', heading: null, items: [pendingHeading] });
	return groups;
}
