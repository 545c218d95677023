/**
 * Co-occurrence of themes in units (turns or paragraphs), as a pure function of
 * "unit id → themes it mentions", so the dashboard can recompute it for any filtered subset
 * (one speaker's turns, one section). Knows nothing about Svelte, the DOM or the file system.
 */
import { rollup } from 'd3';
import type { Cooccurrence, CooccurrenceUnit, Mention } from './types';
import { round6 } from './units';

export interface UnitThemes {
	/** Turn or paragraph id. */
	id: string;
	themes: ReadonlySet<string>;
}

/**
 * Every pair a <= b (theme order), diagonal included. `units` is every unit considered, in
 * transcript order, including those that mention no theme (they count in N for the lift).
 */
export function cooccurrence(
	units: readonly UnitThemes[],
	themeIds: readonly string[],
	unit: CooccurrenceUnit
): Cooccurrence[] {
	const total = units.length;
	const unitsWith = rollup(
		units.flatMap(({ themes }) => [...themes]),
		(own) => own.length,
		(id) => id
	);
	// Most units mention no theme: the pairs are counted over the others only (order kept).
	const mentioning = units.filter(({ themes }) => themes.size > 0);
	const result: Cooccurrence[] = [];
	for (let i = 0; i < themeIds.length; i++) {
		for (let j = i; j < themeIds.length; j++) {
			const a = themeIds[i]!;
			const b = themeIds[j]!;
			const ids = mentioning.filter(({ themes }) => themes.has(a) && themes.has(b)).map(({ id }) => id);
			const nA = unitsWith.get(a) ?? 0;
			const nB = unitsWith.get(b) ?? 0;
			// The diagonal is how many units mention a theme: a theme with itself has no lift.
			const lift = a !== b && nA > 0 && nB > 0 ? round6((ids.length * total) / (nA * nB)) : null;
			result.push({ a, b, unit, count: ids.length, ids, lift });
		}
	}
	return result;
}

/** The themes of a unit that mentions none: one shared empty set, not one per unit. */
const NO_THEMES: ReadonlySet<string> = new Set();

/**
 * The unit → themes map from mentions. `unitIds` lists every unit in order (turn ids, or paragraph
 * ids), so units without mentions are kept.
 */
export function unitThemesFromMentions(
	unitIds: readonly string[],
	mentions: readonly Pick<Mention, 'theme' | 'turn' | 'paragraph'>[],
	unit: CooccurrenceUnit
): UnitThemes[] {
	const themesByUnit = rollup(
		mentions,
		(own) => new Set(own.map((mention) => mention.theme)),
		(mention) => (unit === 'turn' ? mention.turn : mention.paragraph)
	);
	return unitIds.map((id) => ({ id, themes: themesByUnit.get(id) ?? NO_THEMES }));
}
