/**
 * Co-occurrence of themes in units (turns or paragraphs), as a pure function of
 * "unit id → themes it mentions", so the dashboard can recompute it for any filtered subset
 * (one speaker's turns, one section). Knows nothing about Svelte, the DOM or the file system.
 */
import type { Cooccurrence, CooccurrenceUnit, Mention } from './types';
import { firstPositions } from './tally';
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
	return pairsOf(
		units.length,
		(visit) => {
			const list: string[] = [];
			// Indexed: for-of allocates an iterator result per step until optimised.
			for (let u = 0; u < units.length; u++) {
				const { id, themes } = units[u]!;
				if (themes.size === 0) continue;
				let size = 0;
				themes.forEach((theme) => (list[size++] = theme));
				visit(id, list, size);
			}
		},
		themeIds,
		unit
	);
}

/**
 * cooccurrence(unitThemesFromMentions(unitIds, mentions, unit), themeIds, unit), with no map, set or
 * object per unit: the analysis's way (50,000 units at 10 MB, most of them with no theme). The
 * mentions come unit by unit in transcript order, each unit's together, as the analysis finds them;
 * `unitCount` is how many units there are in all, with a mention or without.
 */
export function cooccurrenceFromMentions(
	unitCount: number,
	mentions: readonly Pick<Mention, 'theme' | 'turn' | 'paragraph'>[],
	themeIds: readonly string[],
	unit: CooccurrenceUnit
): Cooccurrence[] {
	const unitOf = unit === 'turn' ? (mention: Pick<Mention, 'turn'>) => mention.turn : (mention: Pick<Mention, 'paragraph'>) => mention.paragraph;
	return pairsOf(
		unitCount,
		(visit) => {
			// One list for every unit's distinct themes (the first `size` of it): a unit mentions a few,
			// so a linear look-up. Not emptied by `length = 0`, which would drop its room each time.
			const themes: string[] = [];
			for (let start = 0; start < mentions.length; ) {
				const id = unitOf(mentions[start]!);
				let size = 0;
				let end = start;
				for (; end < mentions.length && unitOf(mentions[end]!) === id; end++) {
					const theme = mentions[end]!.theme;
					let seen = false;
					for (let k = 0; k < size && !seen; k++) seen = themes[k] === theme;
					if (!seen) themes[size++] = theme;
				}
				visit(id, themes, size);
				start = end;
			}
		},
		themeIds,
		unit
	);
}

/**
 * The pairs, given how many units there are in all and the units that mention a theme, visited in
 * transcript order with their themes.
 */
function pairsOf(
	total: number,
	/** Calls `visit` with each unit's id and its distinct themes: the first `size` of `themes`. */
	eachUnitWithThemes: (visit: (id: string, themes: readonly string[], size: number) => void) => void,
	themeIds: readonly string[],
	unit: CooccurrenceUnit
): Cooccurrence[] {
	const unitsWith = new Map<string, number>();
	// A theme listed twice has one position: the first.
	const position = firstPositions(themeIds);
	// The units mentioning each pair of listed themes (by position, a <= b), found unit by unit in
	// transcript order: most units mention no theme, and the others only a few.
	const idsOfPair = new Map<number, string[]>();
	// The unit's listed themes by position, ascending: the first `size` of `here`, kept from unit to
	// unit (emptied by `length = 0` it would lose its room each time).
	const here: number[] = [];
	eachUnitWithThemes((id, themes, themeCount) => {
		let size = 0;
		for (let k = 0; k < themeCount; k++) {
			const theme = themes[k]!;
			unitsWith.set(theme, (unitsWith.get(theme) ?? 0) + 1);
			const at = position.get(theme);
			if (at === undefined) continue;
			// Insertion in order: a unit has a few themes.
			let slot = size++;
			for (; slot > 0 && here[slot - 1]! > at; slot--) here[slot] = here[slot - 1]!;
			here[slot] = at;
		}
		for (let i = 0; i < size; i++) {
			for (let j = i; j < size; j++) {
				const key = here[i]! * themeIds.length + here[j]!;
				const ids = idsOfPair.get(key);
				if (ids) ids.push(id);
				else idsOfPair.set(key, [id]);
			}
		}
	});
	const result: Cooccurrence[] = [];
	for (let i = 0; i < themeIds.length; i++) {
		for (let j = i; j < themeIds.length; j++) {
			const a = themeIds[i]!;
			const b = themeIds[j]!;
			const x = position.get(a)!;
			const y = position.get(b)!;
			const found = idsOfPair.get(Math.min(x, y) * themeIds.length + Math.max(x, y));
			// Each row owns its list (a theme listed twice gives rows with the same units).
			const ids = found ? found.slice() : [];
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
	const themesByUnit = themesByUnitOf(mentions, unit);
	return unitIds.map((id) => ({ id, themes: themesByUnit.get(id) ?? NO_THEMES }));
}

/** The themes each unit with a mention mentions, by unit id. */
function themesByUnitOf(mentions: readonly Pick<Mention, 'theme' | 'turn' | 'paragraph'>[], unit: CooccurrenceUnit): Map<string, Set<string>> {
	const themesByUnit = new Map<string, Set<string>>();
	for (let m = 0; m < mentions.length; m++) {
		const mention = mentions[m]!;
		const id = unit === 'turn' ? mention.turn : mention.paragraph;
		const themes = themesByUnit.get(id);
		if (themes) themes.add(mention.theme);
		else themesByUnit.set(id, new Set([mention.theme]));
	}
	return themesByUnit;
}
