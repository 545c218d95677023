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
	return all.map((heading) => {
		const inSection = turns.filter((turn) => turn.section === heading.index);
		const perSpeaker = speakerOrder
			.map((speaker) => {
				const own = inSection.filter((turn) => turn.speaker === speaker);
				return { speaker, turns: own.length, units: own.reduce((sum, turn) => sum + turn.units, 0) };
			})
			.filter((entry) => entry.turns > 0);
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
