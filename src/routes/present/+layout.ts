import type { LayoutLoad } from './$types';

/** Slides fill the screen: the root layout leaves out the masthead (see src/routes/+layout.svelte). */
export const load: LayoutLoad = () => ({ bare: true });
