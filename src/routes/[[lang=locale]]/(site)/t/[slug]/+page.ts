import { loadDashboardParts } from '$lib/components/dashboard-parts';
import type { PageLoad } from './$types';

/**
 * The server renders the charts and the quote panel with the page, so it has their components
 * here; the browser has none (the branch is left out of its bundle) and loads their code once
 * the page has hydrated (see dashboard-parts.ts).
 */
export const load: PageLoad = async ({ data }) => ({
	...data,
	parts: import.meta.env.SSR ? await loadDashboardParts() : undefined
});
