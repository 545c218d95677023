/**
 * Section figures: turns, units and each speaker's share within a section. Knows nothing about
 * Svelte, the DOM or the file system.
 */
import type { ParsedSection } from './parse';
import type { Section, SectionSpeakerStats, SpeakingRate, Turn } from './types';
import { minutesAt, sharesOf, type UnitKind } from './units';

/**
 * One Section per heading, plus the implicit section 0 when turns come before the first heading.
 * Pure over the turns given, so a client can recompute it for a subset.
 */
export function sectionStats(
	headings: readonly ParsedSection[],
	turns: readonly Pick<Turn, 'speaker' | 'section' | 'units'>[],
	speakerOrder: readonly string[],
	unit: UnitKind,
	rate: SpeakingRate
): Section[] {
	const all: ParsedSection[] = turns.some((turn) => turn.section === 0)
		? [{ index: 0, number: '', title: '', line: 0 }, ...headings]
		: [...headings];
	// Group once: a long transcript has thousands of sections and turns (stay linear).
	const bySection = new Map<number, Pick<Turn, 'speaker' | 'section' | 'units'>[]>();
	for (const turn of turns) {
		const list = bySection.get(turn.section);
		if (list) list.push(turn);
		else bySection.set(turn.section, [turn]);
	}
	return all.map((heading) => {
		const inSection = bySection.get(heading.index) ?? [];
		const tally = new Map(speakerOrder.map((speaker) => [speaker, { speaker, turns: 0, units: 0 }]));
		for (const turn of inSection) {
			const entry = tally.get(turn.speaker);
			if (!entry) continue;
			entry.turns++;
			entry.units += turn.units;
		}
		const perSpeaker = [...tally.values()].filter((entry) => entry.turns > 0);
		const shares = sharesOf(perSpeaker.map((entry) => entry.units));
		const speakers: SectionSpeakerStats[] = perSpeaker.map((entry, index) => ({
			...entry,
			share: shares[index]!,
			estimatedMinutes: minutesAt(entry.units, unit, rate)
		}));
		return {
			index: heading.index,
			number: heading.number,
			title: heading.title,
			line: heading.line,
			turns: inSection.length,
			units: inSection.reduce((sum, turn) => sum + turn.units, 0),
			speakers
		};
	});
}
