/** Present mode's slide, imported only dynamically (see slide-code.ts), so it is not in the page's first load. */
export { default as PresentSlide } from './PresentSlide.svelte';
