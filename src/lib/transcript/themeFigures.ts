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
