/**
 * The selection of a page that shows charts (the dashboard, an embed, the slides): one Selection
 * in context, derived from the browser's query. A click becomes a new history entry (SvelteKit's
 * shallow pushState: no navigation, no load); on mount, Back and Forward the page reports the
 * query it shows. The query is read from `location`, not SvelteKit's page.url: a prerendered
 * page's page.url comes back without its query on a popstate navigation. Call during component
 * initialisation.
 */
import { onMount } from 'svelte';
import { pushState } from '$app/navigation';
import { Selection, setSelectionContext } from './selection.svelte';
import type { DashboardAnalysis } from '../page-data';
import { knownIds } from './state';
import { dashboardView, indexAnalysis, type DashboardView } from './view';
import { provideChartWording } from '../charts/chart-wording';
import type { Lang } from '../i18n/locale';

type Known = Parameters<typeof knownIds>[0];

export function createPageSelection(analysis: () => Known, beforeNavigate?: () => void): Selection {
	const selection = setSelectionContext(
		new Selection(
			() => knownIds(analysis()),
			(search) => {
				beforeNavigate?.();
				pushState(`${location.pathname}${search}`, {});
			}
		)
	);
	onMount(() => {
		const follow = () => selection.follow(location.search);
		follow();
		addEventListener('popstate', follow);
		return () => removeEventListener('popstate', follow);
	});
	return selection;
}

/**
 * The view of the page's selection, recomputed on every click; the index of topic mentions only
 * when the terms change (a joined string compares by value, so other clicks leave it alone).
 */
export function createPageView(analysis: () => DashboardAnalysis, selection: Selection): { readonly current: DashboardView } {
	const termList = $derived(selection.state.terms.join('\n'));
	const index = $derived(indexAnalysis(analysis(), termList ? termList.split('\n') : []));
	const view = $derived(dashboardView(analysis(), selection.state, index));
	return {
		get current() {
			return view;
		}
	};
}

/**
 * What every page of linked charts sets up (dashboard, embed, slides): the transcript's own chart
 * wording in the page's language, the one Selection and the view computed from it.
 */
export function createChartsPage(
	data: () => { analysis: DashboardAnalysis; ui: { lang: Lang } },
	beforeNavigate?: () => void
): { selection: Selection; pageView: { readonly current: DashboardView } } {
	const analysis = () => data().analysis;
	provideChartWording(
		() => data().analysis.meta,
		() => data().ui.lang
	);
	const selection = createPageSelection(analysis, beforeNavigate);
	return { selection, pageView: createPageView(analysis, selection) };
}
