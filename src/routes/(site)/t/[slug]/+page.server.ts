import { dashboardAnalysis } from '$lib/page-data';
import { loadAnalysis } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { transcriptEntries } from './entries';

export const entries: EntryGenerator = transcriptEntries;

/** The dashboard draws from turns and mentions; the precomputed tables stay in analysis.json. */
export const load: PageServerLoad = ({ params }) => ({ analysis: dashboardAnalysis(loadAnalysis(params.slug)) });
