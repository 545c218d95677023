/**
 * Theme figures from mentions: totals per theme and counts per section (raw, per 10,000 content
 * units, per speaker). Pure over turns and mentions, so the dashboard recomputes them for a
 * filtered subset with the build's arithmetic. Knows nothing about Svelte, the DOM or the file system.
 */
import type { Mention, ThemeBySection, ThemeDefinition, ThemeStats, Turn } from './types';
import { round6 } from './units';

export function themeStats(
	themes: readonly ThemeDefinition[],
	mentions: readonly Pick<Mention, 'theme' | 'turn'>[]
): ThemeStats[] {
	return themes.map((theme) => {
		const own = mentions.filter((mention) => mention.theme === theme.id);
		const stats: ThemeStats = {
			id: theme.id,
			label: { ...theme.label },
			terms: [...theme.terms],
			mentions: own.length,
			turns: new Set(own.map((mention) => mention.turn)).size
		};
		if (theme.patterns) stats.patterns = [...theme.patterns];
		return stats;
	});
}

/**
 * Theme × section, in theme order then section order. `per10k` is relative to the units of the
 * given turns in that section; `bySpeaker` lists every speaker id given (zeros included) so rows
 * have the same shape.
 */
export function themeBySection(
	turns: readonly Pick<Turn, 'id' | 'section' | 'units'>[],
	mentions: readonly Pick<Mention, 'theme' | 'turn' | 'section' | 'speaker'>[],
	themeIds: readonly string[],
	sectionIndexes: readonly number[],
	speakerIds: readonly string[]
): ThemeBySection[] {
	const unitsBySection = new Map<number, number>(sectionIndexes.map((index) => [index, 0]));
	const turnIds = new Set<string>();
	for (const turn of turns) {
		turnIds.add(turn.id);
		if (unitsBySection.has(turn.section)) unitsBySection.set(turn.section, unitsBySection.get(turn.section)! + turn.units);
	}
	const rows: ThemeBySection[] = [];
	const rowIndex = new Map<string, ThemeBySection>();
	for (const theme of themeIds) {
		for (const section of sectionIndexes) {
			const row: ThemeBySection = {
				theme,
				section,
				count: 0,
				per10k: 0,
				bySpeaker: Object.fromEntries(speakerIds.map((id) => [id, 0]))
			};
			rows.push(row);
			rowIndex.set(`${theme}\u0000${section}`, row);
		}
	}
	for (const mention of mentions) {
		if (!turnIds.has(mention.turn)) continue;
		const row = rowIndex.get(`${mention.theme}\u0000${mention.section}`);
		if (!row) continue;
		row.count++;
		if (Object.hasOwn(row.bySpeaker, mention.speaker)) row.bySpeaker[mention.speaker] = row.bySpeaker[mention.speaker]! + 1;
	}
	for (const row of rows) {
		const units = unitsBySection.get(row.section)!;
		row.per10k = units > 0 ? round6((row.count * 10_000) / units) : 0;
	}
	return rows;
}
