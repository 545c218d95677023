/**
 * The dashboard's late parts (the six charts, the quote panel, the selection line and the term
 * search: what answers a click or a term; see LateHydration.svelte) load their code with one
 * dynamic `import()` once the page has hydrated, so none of it is in the page's first load. The
 * server renders them with the page, so there this module awaits the same import before anything
 * renders (`serverParts`); in the browser that branch is left out of the bundle (and so is the
 * await). See README, "Performance: what a first load sends".
 */
import type { Component } from 'svelte';

export type DashboardParts = typeof import('./dashboard-late-parts');

/** The components, loaded (once; later calls get the same promise). */
export const loadDashboardParts = (): Promise<DashboardParts> => import('./dashboard-late-parts');

/** The components on the server, to render in place (undefined in the browser). */
export const serverParts: DashboardParts | undefined = import.meta.env.SSR ? await loadDashboardParts() : undefined;

/** LateHydration's `load` for one part. */
export function dashboardPart<Name extends keyof DashboardParts>(name: Name): () => Promise<{ default: DashboardParts[Name] & Component<any> }> {
	return () => loadDashboardParts().then((parts) => ({ default: parts[name] }));
}
