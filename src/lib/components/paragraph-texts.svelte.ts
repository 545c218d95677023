/**
 * The text of paragraphs a dashboard was sent without (a very long transcript, see
 * DASHBOARD_TEXT_LIMIT in page-data.ts): fetched a reader page at a time from
 * `t/<slug>/text-<n>.json` when the quote panel lists one of its paragraphs, and kept. The texts
 * the page came with (the first quotes, for the prerendered list) are there from the start.
 * One per page, created by the page: never a module-level store.
 */
import { readerPageOf, type ReaderPage } from '../reader-pages';

export interface TextSource {
	/** The paragraph's text, or undefined while it is not loaded. */
	get(paragraphId: string): string | undefined;
	/** Starts loading the pages that hold these paragraphs (each page once). */
	want(paragraphIds: readonly string[]): void;
	/** True once a page failed to load (the panel says so instead of waiting for ever). */
	readonly failed: boolean;
}

/**
 * A paragraph's text as a page shows it: its own, or, when it was sent without (an empty `text`)
 * and the page has a source, the source's: undefined while that is loading.
 */
export function paragraphText(paragraph: { id: string; text: string }, texts?: Pick<TextSource, 'get'>): string | undefined {
	return paragraph.text === '' && texts ? texts.get(paragraph.id) : paragraph.text;
}

export class ParagraphTexts implements TextSource {
	// A plain Map and a counter the readers depend on (not svelte/reactivity's SvelteMap, which
	// would add its code to the dashboard's first load for this one use).
	#loaded = new Map<number, Record<string, string>>();
	#version = $state(0);
	#requested = new Set<number>();
	#failed = $state(false);

	constructor(
		private readonly pages: () => readonly ReaderPage[],
		private readonly pageUrl: (page: number) => string,
		private readonly initial: Readonly<Record<string, string>> = {}
	) {}

	get failed(): boolean {
		return this.#failed;
	}

	get(paragraphId: string): string | undefined {
		const initial = this.initial[paragraphId];
		if (initial !== undefined) return initial;
		void this.#version;
		return this.#loaded.get(readerPageOf(this.pages(), paragraphId))?.[paragraphId];
	}

	want(paragraphIds: readonly string[]): void {
		for (const id of paragraphIds) {
			if (this.initial[id] !== undefined) continue;
			const page = readerPageOf(this.pages(), id);
			if (this.#requested.has(page)) continue;
			this.#requested.add(page);
			fetch(this.pageUrl(page))
				.then((response) => {
					if (!response.ok) throw new Error(`${response.status}`);
					return response.json() as Promise<Record<string, string>>;
				})
				.then((texts) => {
					this.#loaded.set(page, texts);
					this.#version += 1;
				})
				.catch(() => {
					this.#requested.delete(page);
					this.#failed = true;
				});
		}
	}
}
