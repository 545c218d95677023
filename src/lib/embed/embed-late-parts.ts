/**
 * The embed's chart, imported only dynamically (see embed-parts.ts), so it is not in the embed's
 * first load and SvelteKit links its stylesheets in the prerendered page. ChartByKind as a whole,
 * not each chart in a module of its own: a module per chart would split the charts the dashboard
 * loads as one chunk (dashboard-late-parts.ts) into six scripts and a dozen stylesheets.
 */
export { default as ChartByKind } from '$lib/charts/ChartByKind.svelte';
