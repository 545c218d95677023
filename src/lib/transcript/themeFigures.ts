/**
 * Theme figures from mentions: totals per theme and counts per section (raw, per 10,000 content
 * units, per speaker). Pure over turns and mentions, so the dashboard recomputes them for a
 * filtered subset with the build's arithmetic. Knows nothing about Svelte, the DOM or the file system.
 */
import { rollup, sum } from 'd3';
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
	const unitsBySection = rollup(turns, (own) => sum(own, (turn) => turn.units), (turn) => turn.section);
	const turnIds = new Set(turns.map((turn) => turn.id));
	// Mentions inside the given turns, counted by theme, then section, then speaker.
	const counts = rollup(
		mentions.filter((mention) => turnIds.has(mention.turn)),
		(own) => own.length,
		(mention) => mention.theme,
		(mention) => mention.section,
		(mention) => mention.speaker
	);
	return themeIds.flatMap((theme) =>
		sectionIndexes.map((section): ThemeBySection => {
			const bySpeaker = counts.get(theme)?.get(section);
			const count = sum(bySpeaker?.values() ?? []);
			const units = unitsBySection.get(section) ?? 0;
			return {
				theme,
				section,
				count,
				per10k: units > 0 ? round6((count * 10_000) / units) : 0,
				bySpeaker: Object.fromEntries(speakerIds.map((id) => [id, bySpeaker?.get(id) ?? 0]))
			};
		})
	);
}
