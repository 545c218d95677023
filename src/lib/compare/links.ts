/**
 * Where a comparison mark leads: the transcript's dashboard with the matching selection, written
 * by the selection's own URL form (so the dashboard reads it back as the same clause).
 */
import { dashboardPath, type UrlLang } from '../paths';
import { EMPTY_SELECTION, selectionToSearch } from '../selection/state';

/** The dashboard with the speaker selected (`?speaker=<id>`). */
export function speakerHref(slug: string, speaker: string, lang: UrlLang): string {
	return dashboardPath(slug, selectionToSearch({ ...EMPTY_SELECTION, terms: [], speaker }), lang);
}

/**
 * The dashboard with the theme selected: the turns that mention it (the matrix's diagonal,
 * `?pair=<id>,<id>`), its heatmap drawn in mentions per 10,000 units as the comparison is.
 */
export function themeHref(slug: string, theme: string, lang: UrlLang): string {
	return dashboardPath(slug, selectionToSearch({ ...EMPTY_SELECTION, terms: [], pair: [theme, theme], heatmapMode: 'per10k' }), lang);
}
