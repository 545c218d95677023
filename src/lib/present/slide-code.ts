/**
 * Present mode's slide (and the six charts it draws) loads its code once the page has hydrated:
 * the server renders every slide in place, and the browser fetches this code after the page and
 * adopts the slide it shows (LateHydration's `load`). See README, "Embeds and present mode: the
 * chart's code after the page".
 */
import { lateCode } from '../components/late-hydration';

const code = lateCode(() => import('./present-late-parts'), (routeId) => !!routeId?.endsWith('/present/[slug]'));
if (import.meta.env.SSR) await code.load();

/** The slide's component, for LateHydration: at hand on the server (and in the browser once in), and its `load`. */
export const presentSlide = code.part('PresentSlide');
