import { listTranscripts, loadAnalysis } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** What the index shows of each transcript: only the summary, not the whole analysis. */
export interface TranscriptSummary {
	slug: string;
	title: string;
	language: 'zh' | 'en';
	publisher: { zh: string; en: string };
	date: string;
	turns: number;
	sections: number;
	estimatedMinutes: number;
	speakers: { id: string; label: string; name: string; role: string; share: number; turns: number }[];
}

export const load: PageServerLoad = () => {
	const transcripts: TranscriptSummary[] = listTranscripts().map((slug) => {
		const analysis = loadAnalysis(slug);
		return {
			slug,
			title: analysis.meta.title,
			language: analysis.meta.language,
			publisher: analysis.meta.source.publisher,
			date: analysis.meta.source.date,
			turns: analysis.totals.turns,
			sections: analysis.sections.length,
			estimatedMinutes: analysis.totals.estimatedMinutes,
			speakers: analysis.speakers.map((speaker) => ({
				id: speaker.id,
				label: speaker.label,
				name: speaker.name.en,
				role: speaker.role.en,
				share: speaker.share,
				turns: speaker.turns
			}))
		};
	});
	return { transcripts };
};
