import { listTranscripts } from '$lib/server/content';

/** One prerendered page per transcript in the content folder. */
export function transcriptEntries(): { slug: string }[] {
	return listTranscripts().map((slug) => ({ slug }));
}
