/**
 * The selection of a page that shows charts (the dashboard, an embed, the slides): one Selection
 * in context, derived from the browser's query. A click becomes a new history entry (SvelteKit's
 * shallow pushState: no navigation, no load), written once the click's frame is painted; on
 * mount, Back and Forward the page reports the query it shows. The query is read from `location`, not SvelteKit's page.url: a prerendered
 * page's page.url comes back without its query on a popstate navigation. Call during component
 * initialisation.
 */
import { onMount } from 'svelte';
import { pushState } from '$app/navigation';
import { Selection, setSelectionContext } from './selection.svelte';
import { afterPaint } from './settled.svelte';
import type { DashboardAnalysis } from '../page-data';
import { knownIds } from './state';
import { dashboardView, indexAnalysis, type DashboardView } from './view';
import { provideChartWording } from '../charts/chart-wording';
import type { Lang } from '../i18n/locale';

type Known = Parameters<typeof knownIds>[0];

export function createPageSelection(analysis: () => Known, beforeNavigate?: () => void, options: { keepHash?: boolean } = {}): Selection {
	const history = deferredHistory((search) => pushState(`${location.pathname}${search}${options.keepHash ? location.hash : ''}`, {}));
	const selection = setSelectionContext(
		new Selection(
			() => knownIds(analysis()),
			(search) => {
				beforeNavigate?.();
				history.push(search);
			}
		)
	);
	onMount(() => {
		const follow = () => {
			// Back or Forward before a click's entry was written: that click never reached the
			// history, and the page shows what the history now says.
			history.drop();
			selection.follow(location.search);
		};
		follow();
		addEventListener('popstate', follow);
		addEventListener('pagehide', history.flush);
		// Left for another page of the app within a click's frame: its entry is dropped, not written
		// (written now, it would land on top of the new page's address).
		return () => {
			removeEventListener('popstate', follow);
			removeEventListener('pagehide', history.flush);
			history.drop();
		};
	});
	return selection;
}

/**
 * A click's history entry, written once the frame that shows the click is painted rather than
 * inside the click: SvelteKit's pushState hands the whole app a new page object, 3-8 ms of a
 * click whose every millisecond counts against the 16 ms of a frame (README, "Performance: a
 * click"). An entry still pending is written before the next click's and when the document is
 * unloaded; it is dropped when Back or Forward moves the history first, or the app navigates.
 */
export function deferredHistory(write: (search: string) => void, later: (run: () => void) => void = afterLateParts) {
	let pending: string | undefined;
	const flush = () => {
		if (pending === undefined) return;
		const search = pending;
		pending = undefined;
		write(search);
	};
	return {
		push(search: string) {
			flush();
			pending = search;
			later(flush);
		},
		flush,
		drop() {
			pending = undefined;
		},
		get pending() {
			return pending;
		}
	};
}

/**
 * After the parts that follow a click a frame late (charts out of sight, the quote panel: see
 * settled.svelte.ts): they queue their task after the same paint, later in that frame than this
 * one, so one task more puts the address change after theirs: when the URL shows a selection, the
 * whole page does.
 */
function afterLateParts(run: () => void): void {
	afterPaint(() => setTimeout(run, 0));
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
	beforeNavigate?: () => void,
	options: { keepHash?: boolean } = {}
): { selection: Selection; pageView: { readonly current: DashboardView } } {
	const analysis = () => data().analysis;
	provideChartWording(
		() => data().analysis.meta,
		() => data().ui.lang
	);
	const selection = createPageSelection(analysis, beforeNavigate, options);
	return { selection, pageView: createPageView(analysis, selection) };
}
