import { listTranscripts, loadAnalysis } from '$lib/server/content';
import { translatedTitle } from '$lib/page-data';
import { withLangEntries } from '$lib/i18n/url-language';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => withLangEntries([{}]);

/** What the index shows of each transcript: only the summary, not the whole analysis. */
export interface TranscriptSummary {
	slug: string;
	title: string;
	/** The editors' translation of the title for this interface language, if any. */
	titleTranslation?: string;
	language: 'zh' | 'en';
	publisher: { zh: string; en: string };
	date: string;
	turns: number;
	sections: number;
	estimatedMinutes: number;
	speakers: { id: string; label: string; name: string; role: string; share: number; turns: number }[];
}

export const load: PageServerLoad = async ({ parent }) => {
	const { ui } = await parent();
	const transcripts: TranscriptSummary[] = listTranscripts().map((slug) => {
		const analysis = loadAnalysis(slug);
		const translation = translatedTitle(analysis.meta, ui.lang);
		return {
			slug,
			title: analysis.meta.title,
			...(translation ? { titleTranslation: translation.title } : {}),
			language: analysis.meta.language,
			publisher: analysis.meta.source.publisher,
			date: analysis.meta.source.date,
			turns: analysis.totals.turns,
			sections: analysis.sections.length,
			estimatedMinutes: analysis.totals.estimatedMinutes,
			speakers: analysis.speakers.map((speaker) => ({
				id: speaker.id,
				label: speaker.label,
				name: speaker.name[ui.lang],
				role: speaker.role[ui.lang],
				share: speaker.share,
				turns: speaker.turns
			}))
		};
	});
	return { transcripts };
};
