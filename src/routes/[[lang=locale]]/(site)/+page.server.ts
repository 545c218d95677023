import { listTranscripts, loadAnalysis } from '$lib/server/content';
import { transcriptRow, type TranscriptRow } from '$lib/compare/summary';
import { sortRows, DEFAULT_SORT, textRanks } from '$lib/compare/sort';
import { withLangEntries } from '$lib/i18n/url-language';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => withLangEntries([{}]);

/**
 * The index table's rows: each transcript's headline figures (not its analysis), in the default
 * order, and the collation of their texts, so the browser sorts them without a collator.
 */
export const load: PageServerLoad = async ({ parent }): Promise<{ transcripts: TranscriptRow[]; textRanks: Record<string, number> }> => {
	const { ui } = await parent();
	const rows = listTranscripts().map((slug) => transcriptRow(loadAnalysis(slug), ui.lang));
	return { transcripts: sortRows(rows, DEFAULT_SORT, ui.lang), textRanks: textRanks(rows, ui.lang) };
};
