/**
 * The components of the dashboard's late parts (see dashboard-parts.ts), in one module so the
 * browser fetches them with one request, and so this module, imported only dynamically, names the
 * stylesheets the prerendered page must link for them (SvelteKit links a dynamic import's CSS when
 * the server reaches the same module).
 */
export { default as SpeakerShareChart } from '$lib/charts/SpeakerShareChart.svelte';
export { default as SectionSpeakersChart } from '$lib/charts/SectionSpeakersChart.svelte';
export { default as ThemeHeatmap } from '$lib/charts/ThemeHeatmap.svelte';
export { default as SectionKeywordsChart } from '$lib/charts/SectionKeywordsChart.svelte';
export { default as CooccurrenceMatrix } from '$lib/charts/CooccurrenceMatrix.svelte';
export { default as ConversationChart } from '$lib/charts/ConversationChart.svelte';
export { default as QuotePanel } from '$lib/components/QuotePanel.svelte';
export { default as SelectionStatus } from '$lib/components/SelectionStatus.svelte';
export { default as TermSearch } from '$lib/components/TermSearch.svelte';
