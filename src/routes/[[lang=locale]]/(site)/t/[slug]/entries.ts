import type { Lang } from '$lib/i18n/locale';
import { withLangEntries } from '$lib/i18n/url-language';
import { listTranscripts } from '$lib/server/content';

/** One prerendered page per transcript in the content folder, unprefixed and in each language. */
export function transcriptEntries(): { slug: string; lang?: Lang }[] {
	return withLangEntries(listTranscripts().map((slug) => ({ slug })));
}
