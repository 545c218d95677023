/**
 * What each page is sent: the part of the analysis it draws, no more. The dashboard recomputes
 * its figures from turns and mentions (so it needs no precomputed tables); the reader draws the
 * text. Pure; knows nothing about Svelte, the DOM or the file system.
 */
import { groupFrontMatter, type MatterGroup } from './transcript/matter';
import type { Analysis } from './transcript/types';

const DASHBOARD_FIELDS = [
	'id',
	'meta',
	'unit',
	'rate',
	'totals',
	'speakers',
	'sections',
	'turns',
	'themes',
	'mentions',
	'keywords',
	'corrections'
] as const satisfies readonly (keyof Analysis)[];

const READER_FIELDS = ['id', 'meta', 'speakers', 'sections', 'turns', 'themes', 'mentions', 'back', 'corrections'] as const satisfies readonly (keyof Analysis)[];

export type DashboardAnalysis = Pick<Analysis, (typeof DASHBOARD_FIELDS)[number]>;

export type ReaderAnalysis = Pick<Analysis, (typeof READER_FIELDS)[number]> & {
	/** Front matter in runs of one kind, each under its own heading when the text gives one. */
	front: MatterGroup[];
};

function pick<K extends keyof Analysis>(analysis: Analysis, fields: readonly K[]): Pick<Analysis, K> {
	return Object.fromEntries(fields.map((field) => [field, analysis[field]])) as Pick<Analysis, K>;
}

export function dashboardAnalysis(analysis: Analysis): DashboardAnalysis {
	return pick(analysis, DASHBOARD_FIELDS);
}

export function readerAnalysis(analysis: Analysis): ReaderAnalysis {
	return { ...pick(analysis, READER_FIELDS), front: groupFrontMatter(analysis.front) };
}
