/**
 * Section figures: turns, units, characters and each speaker's figures within a section. Knows nothing about
 * Svelte, the DOM or the file system.
 */
import type { ParsedSection } from './parse';
import { tallySpeakers, type TurnFigures } from './speakers';
import type { Section, SpeakingRate, Turn } from './types';
import type { UnitKind } from './units';

/**
 * One Section per heading, plus the implicit section 0 when turns come before the first heading.
 * Each section's speakers carry the same figures as the transcript's (tallySpeakers over the
 * section's turns), listing only those who speak in it. Pure over the turns given, so a client can
 * recompute it for a subset.
 */
export function sectionStats(
	headings: readonly ParsedSection[],
	turns: readonly (TurnFigures & Pick<Turn, 'section'>)[],
	speakerOrder: readonly string[],
	unit: UnitKind,
	rate: SpeakingRate
): Section[] {
	const all: ParsedSection[] = turns.some((turn) => turn.section === 0)
		? [{ index: 0, number: '', title: '', line: 0 }, ...headings]
		: [...headings];
	// Group once: a long transcript has thousands of sections and turns (stay linear).
	const bySection = new Map<number, (TurnFigures & Pick<Turn, 'section'>)[]>();
	for (const turn of turns) {
		const list = bySection.get(turn.section);
		if (list) list.push(turn);
		else bySection.set(turn.section, [turn]);
	}
	return all.map((heading) => {
		const inSection = bySection.get(heading.index) ?? [];
		return {
			index: heading.index,
			number: heading.number,
			title: heading.title,
			line: heading.line,
			turns: inSection.length,
			units: inSection.reduce((sum, turn) => sum + turn.units, 0),
			chars: inSection.reduce((sum, turn) => sum + turn.chars, 0),
			speakers: tallySpeakers(inSection, speakerOrder, unit, rate).filter((stats) => stats.turns > 0)
		};
	});
}
