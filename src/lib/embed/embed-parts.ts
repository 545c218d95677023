/**
 * An embed's chart loads its code once the page has hydrated (LateHydration's `load`): the server
 * renders it in place, so the chart is there before any script, and the embed's first load is
 * the page's own code. See README, "Embeds and present mode: the chart's code after the page".
 */
import { lateCode } from '$lib/components/late-hydration';

const code = lateCode(() => import('./embed-late-parts'), (routeId) => !!routeId?.endsWith('/embed/[slug]/[chart]'));
if (import.meta.env.SSR) await code.load();

/** ChartByKind, for LateHydration: at hand on the server (and in the browser once in), and its `load`. */
export const embedChart = code.part('ChartByKind');
