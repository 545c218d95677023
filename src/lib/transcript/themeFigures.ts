/**
 * Theme figures from mentions: totals per theme and counts per section (raw, per 10,000 content
 * units, per speaker). Pure over turns and mentions, so the dashboard recomputes them for a
 * filtered subset with the build's arithmetic. Knows nothing about Svelte, the DOM or the file system.
 */
import type { Mention, ThemeBySection, ThemeDefinition, ThemeStats, Turn } from './types';
import { addable, firstPositions } from './tally';
import { round6 } from './units';

export function themeStats(
	themes: readonly ThemeDefinition[],
	mentions: readonly Pick<Mention, 'theme' | 'turn'>[]
): ThemeStats[] {
	// One pass over the mentions for every theme (a filter per theme read them all once each).
	const counts = new Map<string, { mentions: number; turns: Set<string> }>();
	for (const theme of themes) if (!counts.has(theme.id)) counts.set(theme.id, { mentions: 0, turns: new Set() });
	for (let m = 0; m < mentions.length; m++) {
		const mention = mentions[m]!;
		const own = counts.get(mention.theme);
		if (own === undefined) continue;
		own.mentions++;
		own.turns.add(mention.turn);
	}
	return themes.map((theme) => {
		const own = counts.get(theme.id)!;
		const stats: ThemeStats = {
			id: theme.id,
			label: { ...theme.label },
			terms: [...theme.terms],
			mentions: own.mentions,
			turns: own.turns.size
		};
		if (theme.patterns) stats.patterns = [...theme.patterns];
		return stats;
	});
}

/**
 * Theme × section, in theme order then section order, from the mentions inside the given turns
 * (both callers have only those: the analysis all of them, the dashboard a selection's). `per10k`
 * is relative to the units of the given turns in that section; `bySpeaker` lists every speaker id
 * given (zeros included) so rows have the same shape.
 *
 * Counted in one pass into a table (theme, section, speaker, plus one column for speakers not
 * listed, who count in `count` only); a unit test compares it with grouping by d3's rollup.
 */
export function themeBySection(
	turns: readonly Pick<Turn, 'section' | 'units'>[],
	mentions: readonly Pick<Mention, 'theme' | 'section' | 'speaker'>[],
	themeIds: readonly string[],
	sectionIndexes: readonly number[],
	speakerIds: readonly string[]
): ThemeBySection[] {
	const unitsBySection = new Map<number, number>();
	for (let t = 0; t < turns.length; t++) {
		const turn = turns[t]!;
		unitsBySection.set(turn.section, (unitsBySection.get(turn.section) ?? 0) + addable(turn.units));
	}
	const themeAt = firstPositions(themeIds);
	const sectionAt = firstPositions(sectionIndexes);
	const speakerAt = firstPositions(speakerIds);
	// Counted by theme, then section, then speaker.
	const width = speakerIds.length + 1;
	// Whole counts: an Int32Array, so that a row's figures are small integers, not a boxed double each.
	const cells = new Int32Array(themeIds.length * sectionIndexes.length * width);
	for (let m = 0; m < mentions.length; m++) {
		const mention = mentions[m]!;
		const theme = themeAt.get(mention.theme);
		if (theme === undefined) continue;
		const section = sectionAt.get(mention.section);
		if (section === undefined) continue;
		const speaker = speakerAt.get(mention.speaker) ?? speakerIds.length;
		cells[(theme * sectionIndexes.length + section) * width + speaker]!++;
	}
	// Keys set one by one, not Object.fromEntries: no pair array per speaker per row (4,700 rows at 10 MB).
	// Speaker ids are slugs (lowercase letters, digits, hyphens), so none is `__proto__`.
	const bySpeakerOf = (at: number): Record<string, number> => {
		const bySpeaker: Record<string, number> = {};
		for (let s = 0; s < speakerIds.length; s++) bySpeaker[speakerIds[s]!] = cells[at + speakerAt.get(speakerIds[s]!)!]!;
		return bySpeaker;
	};
	const rows: ThemeBySection[] = [];
	for (const theme of themeIds) {
		const t = themeAt.get(theme)!;
		for (const section of sectionIndexes) {
			const at = (t * sectionIndexes.length + sectionAt.get(section)!) * width;
			let count = 0;
			for (let s = 0; s < width; s++) count += cells[at + s]!;
			const units = unitsBySection.get(section) ?? 0;
			rows.push({
				theme,
				section,
				count,
				per10k: units > 0 ? round6((count * 10_000) / units) : 0,
				bySpeaker: bySpeakerOf(at)
			});
		}
	}
	return rows;
}

/** One stretch of text that counts for two themes: 计算成本 is a compute term and holds cost's 成本. */
export interface SharedPhrase {
	/** The stretch as written (both matches together). */
	text: string;
	/** The two theme ids, in the themes file's order of the matches (earlier match first). */
	themes: [string, string];
	paragraph: string;
}

/**
 * Where matches of two different themes overlap in the text: each theme is counted on its own,
 * so such a phrase adds one mention to each. The charts' method note names the first one.
 */
export function sharedPhrases(mentions: readonly Pick<Mention, 'theme' | 'paragraph' | 'start' | 'end' | 'text'>[]): SharedPhrase[] {
	const byParagraph = new Map<string, (typeof mentions)[number][]>();
	for (const mention of mentions) {
		const list = byParagraph.get(mention.paragraph);
		if (list) list.push(mention);
		else byParagraph.set(mention.paragraph, [mention]);
	}
	const phrases: SharedPhrase[] = [];
	for (const [paragraph, list] of byParagraph) {
		const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
		for (let i = 0; i < sorted.length; i++) {
			const a = sorted[i]!;
			for (let j = i + 1; j < sorted.length && sorted[j]!.start < a.end; j++) {
				const b = sorted[j]!;
				if (b.theme === a.theme) continue;
				// b starts inside a: the stretch runs to whichever ends later.
				const text = b.end <= a.end ? a.text : a.text + b.text.slice(a.end - b.start);
				phrases.push({ text, themes: [a.theme, b.theme], paragraph });
			}
		}
	}
	return phrases;
}
