/**
 * Props every chart takes besides its data, so a page can place and title them the same way.
 * Knows nothing about Svelte beyond the Snippet type.
 */
import type { Snippet } from 'svelte';
import type { Lang } from '../i18n/locale';

/**
 * Where a chart is shown: on the dashboard ('page', with interaction hints and controls), alone
 * in a host's iframe ('embed'), or on a projector ('slide'). The chart is the same; the frame
 * leaves out what does not belong.
 */
export type FrameVariant = 'page' | 'embed' | 'slide';

export interface ChartOptions {
	/** Unique id of the chart's figure on the page (default: the chart kind, e.g. 'speaker-share'). */
	id?: string;
	/** Overrides the default title. */
	title?: string;
	/** Heading level of the title (default 2). */
	headingLevel?: 2 | 3;
	/** Overrides the source line built from analysis.meta.source. */
	source?: string;
	/** Interface language of labels and names (default 'en'); transcript text is never translated. */
	lang?: Lang;
	/** Export buttons for the frame's actions slot. */
	actions?: Snippet;
	/** Where the chart is shown (default 'page'). */
	variant?: FrameVariant;
}
