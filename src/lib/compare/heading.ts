/**
 * What names a transcript in a row of the index table or of the comparison: shared by both so
 * they name it alike. Pure; knows nothing about Svelte, the DOM or the file system.
 */
import type { Lang } from '../i18n/locale';
import { translatedTitle } from '../page-data';
import type { Analysis } from '../transcript/types';

export interface TranscriptHeading {
	slug: string;
	/** The title as the transcript gives it. */
	title: string;
	/** The editors' translation of the title for this interface language, if any. */
	titleTranslation?: string;
	language: 'zh' | 'en';
}

/** The slug, title (and its translation for `lang`, if any) and language of `analysis`, in that key order. */
export function transcriptHeading(analysis: Analysis, lang: Lang): TranscriptHeading {
	const translation = translatedTitle(analysis.meta, lang);
	return {
		slug: analysis.id,
		title: analysis.meta.title,
		...(translation ? { titleTranslation: translation.title } : {}),
		language: analysis.meta.language
	};
}
