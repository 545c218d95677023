/**
 * Present mode's slide (and the six charts it draws) loads its code once the page has hydrated:
 * the server renders every slide in place, and the browser fetches this code after the page and
 * adopts the slide it shows (LateHydration's `load`). See README, "Embeds and present mode: the
 * chart's code after the page".
 */
import { lateCode } from '../components/late-hydration';

const code = lateCode(() => import('./present-late-parts'), (routeId) => !!routeId?.endsWith('/present/[slug]'));
if (import.meta.env.SSR) await code.load();

/** The slide's component where it is at hand: on the server, or in the browser once its code is in. */
export const availableSlide = () => code.available()?.PresentSlide;

/** LateHydration's `load` for a slide. */
export const loadSlide = () => code.load().then((parts) => ({ default: parts.PresentSlide }));
