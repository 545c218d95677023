/**
 * The dashboard's late parts (the six charts, the quote panel, the selection line and the term
 * search: what answers a click or a term; see LateHydration.svelte) load their code with one
 * dynamic `import()` once the page has hydrated, so none of it is in the page's first load. The
 * server renders them with the page, so there this module awaits the same import before anything
 * renders; in the browser that branch is left out of the bundle (and so is the await). See
 * README, "Performance: what a first load sends".
 */
import type { Component } from 'svelte';
import { lateCode } from './late-hydration';

export type DashboardParts = typeof import('./dashboard-late-parts');

/** Whether a route is the dashboard's, whose navigations wait for its parts' code. */
export const isDashboardRoute = (id: string | null | undefined): boolean => !!id?.endsWith('/t/[slug]');

const code = lateCode(() => import('./dashboard-late-parts'), isDashboardRoute);
if (import.meta.env.SSR) await code.load();

/**
 * One part's component where it is already at hand: on the server, or in the browser once its code
 * is in (a navigation inside the site waits for it: see src/routes/+layout.svelte), so a dashboard
 * rendered in the browser mounts its charts with itself instead of a blank space until the code
 * arrives. Undefined at the page's first hydration, which loads the code after (LateHydration's `load`).
 */
export function availablePart<Name extends keyof DashboardParts>(name: Name): DashboardParts[Name] | undefined {
	return code.part(name).available();
}

/** LateHydration's `load` for one part. */
export function dashboardPart<Name extends keyof DashboardParts>(name: Name): () => Promise<{ default: DashboardParts[Name] & Component<any> }> {
	return code.part(name).load as () => Promise<{ default: DashboardParts[Name] & Component<any> }>;
}
