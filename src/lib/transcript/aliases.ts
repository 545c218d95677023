/**
 * Automatic speaker aliases for English debate transcripts, where a speaker is introduced under a
 * long label (`JOE BIDEN, PRESIDENT OF THE UNITED STATES:`) and later called by one word of it
 * (`BIDEN:`). Knows nothing about Svelte, the DOM or the file system.
 *
 * Only Latin-script labels: Chinese has no spaces to find "a word of" a label, so Chinese
 * aliases come from the metadata (MetaSpeaker.labels). A short label that is a word of two
 * different long labels (`PRESIDENT`) is ambiguous and left alone. In official records the
 * office stands for its holder: `The CHAIRMAN` joins the one `Chairman SHELBY`.
 */
import { labelKey } from './labels';

export interface AutoAlias {
	/** Key of the short label. */
	alias: string;
	/** Key of the long label it joins. */
	target: string;
}

const LATIN_LABEL = /^[\p{Script=Latin}\p{N}\p{M} .,'’&()\-]+$/u;

function wordsOf(key: string): string[] {
	return key
		.split(/[\s,()&]+/)
		.map((word) => word.replace(/\.$/, ''))
		.filter((word) => word !== '');
}

/**
 * @param labels distinct labels in order of first appearance
 * @param pinned keys the metadata already assigns (never auto-merged)
 */
export function findAutoAliases(labels: readonly string[], pinned: ReadonlySet<string>): AutoAlias[] {
	const keys = [...new Set(labels.map(labelKey))].filter((key) => !pinned.has(key) && LATIN_LABEL.test(key));
	const longKeys = keys.filter((key) => wordsOf(key).length > 1);
	const aliases: AutoAlias[] = [];
	for (const key of keys) {
		// Official records: `The CHAIRMAN.` is the one `Chairman SHELBY.` of the hearing.
		const office = /^the ([a-z]+)$/.exec(key);
		if (office) {
			const holders = longKeys.filter((long) => long !== key && wordsOf(long)[0] === office[1]);
			if (holders.length === 1) aliases.push({ alias: key, target: holders[0]! });
			continue;
		}
		if (wordsOf(key).length !== 1) continue;
		const targets = longKeys.filter((long) => wordsOf(long).includes(key));
		if (targets.length === 1) aliases.push({ alias: key, target: targets[0]! });
	}
	return aliases;
}
