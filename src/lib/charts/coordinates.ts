/**
 * A chart coordinate as the page writes it: rounded to a thousandth. The charts draw in a space of
 * 0 to 100 (the SVG layers' viewBox, stretched to the plot, and the HTML layers' percentages),
 * where a thousandth is under 0.03 px on a 2,560 px projector; the scales' full doubles
 * ("28.571428571428573%") took 2.6 KB of the dashboard's gzipped HTML. The server and the browser
 * round alike, so hydration finds the same attributes.
 */
export function coordinate(value: number): number;
/** A band scale's position of a key it does not know is undefined: left out, as before. */
export function coordinate(value: number | undefined): number | undefined;
export function coordinate(value: number | undefined): number | undefined {
	return value === undefined ? undefined : Math.round(value * 1000) / 1000;
}

/** A coordinate in the HTML layers' percentages, for a `style:` directive ("28.571%"). */
export function percent(value: number | undefined): string | undefined {
	return value === undefined ? undefined : `${coordinate(value)}%`;
}
