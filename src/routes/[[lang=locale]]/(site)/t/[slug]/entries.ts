import { withLangEntries } from '$lib/i18n/url-language';
import { listTranscripts } from '$lib/server/content';

/** One prerendered page per transcript in the content folder, unprefixed and in each language. */
export function transcriptEntries(): { slug: string; lang?: 'en' | 'zh' }[] {
	return withLangEntries(listTranscripts().map((slug) => ({ slug })));
}
