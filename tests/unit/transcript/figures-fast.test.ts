/**
 * The section, speaker and theme figures are counted in one pass into tables (themeFigures.ts,
 * cooccurrence.ts, speakers.ts). Here they are compared, on random turns and mentions, with the
 * plain way they were first written: group with d3's rollup/group, then filter, sum and take the
 * greatest per group. The random inputs hold what a filtered view can pass: ids listed twice,
 * mentions of turns, themes, sections or speakers that are not listed, empty lists.
 */
import { greatest, group, rollup, sum } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooccurrence, cooccurrenceFromMentions, unitThemesFromMentions, type UnitThemes } from '../../../src/lib/transcript/cooccurrence';
import { tallySpeakers, type TurnFigures } from '../../../src/lib/transcript/speakers';
import { themeBySection, themeStats } from '../../../src/lib/transcript/themeFigures';
import type {
	Cooccurrence,
	CooccurrenceUnit,
	Mention,
	SectionSpeakerStats,
	SpeakingRate,
	ThemeBySection,
	ThemeDefinition,
	ThemeStats,
	Turn
} from '../../../src/lib/transcript/types';
import { minutesAt, round6, sharesOf, type UnitKind } from '../../../src/lib/transcript/units';

// ---- The plain methods (as first written, with d3's grouping) ----

function plainThemeStats(themes: readonly ThemeDefinition[], mentions: readonly Pick<Mention, 'theme' | 'turn'>[]): ThemeStats[] {
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

function plainThemeBySection(
	turns: readonly Pick<Turn, 'id' | 'section' | 'units'>[],
	mentions: readonly Pick<Mention, 'theme' | 'turn' | 'section' | 'speaker'>[],
	themeIds: readonly string[],
	sectionIndexes: readonly number[],
	speakerIds: readonly string[]
): ThemeBySection[] {
	const unitsBySection = rollup(turns, (own) => sum(own, (turn) => turn.units), (turn) => turn.section);
	const turnIds = new Set(turns.map((turn) => turn.id));
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

function plainCooccurrence(units: readonly UnitThemes[], themeIds: readonly string[], unit: CooccurrenceUnit): Cooccurrence[] {
	const total = units.length;
	const unitsWith = rollup(
		units.flatMap(({ themes }) => [...themes]),
		(own) => own.length,
		(id) => id
	);
	const result: Cooccurrence[] = [];
	for (let i = 0; i < themeIds.length; i++) {
		for (let j = i; j < themeIds.length; j++) {
			const a = themeIds[i]!;
			const b = themeIds[j]!;
			const ids = units.filter(({ themes }) => themes.has(a) && themes.has(b)).map(({ id }) => id);
			const nA = unitsWith.get(a) ?? 0;
			const nB = unitsWith.get(b) ?? 0;
			const lift = a !== b && nA > 0 && nB > 0 ? round6((ids.length * total) / (nA * nB)) : null;
			result.push({ a, b, unit, count: ids.length, ids, lift });
		}
	}
	return result;
}

function plainUnitThemes(unitIds: readonly string[], mentions: readonly Pick<Mention, 'theme' | 'turn' | 'paragraph'>[], unit: CooccurrenceUnit) {
	const themesByUnit = rollup(
		mentions,
		(own) => new Set(own.map((mention) => mention.theme)),
		(mention) => (unit === 'turn' ? mention.turn : mention.paragraph)
	);
	return unitIds.map((id) => ({ id, themes: themesByUnit.get(id) ?? new Set<string>() }));
}

function plainTallySpeakers(turns: readonly TurnFigures[], speakerIds: readonly string[], unit: UnitKind, rate: SpeakingRate): SectionSpeakerStats[] {
	const turnsBySpeaker = group(turns, (turn) => turn.speaker);
	const stats = speakerIds.map((speaker): SectionSpeakerStats => {
		const own = turnsBySpeaker.get(speaker) ?? [];
		const longest = greatest(own, (turn) => turn.units);
		return {
			speaker,
			turns: own.length,
			units: sum(own, (turn) => turn.units),
			chars: sum(own, (turn) => turn.chars),
			share: 0,
			estimatedMinutes: 0,
			longestTurn: longest ? { turn: longest.id, units: longest.units } : { turn: '', units: 0 },
			questions: sum(own, (turn) => turn.questions)
		};
	});
	const shares = sharesOf(stats.map((stat) => stat.units));
	stats.forEach((stat, index) => {
		stat.share = shares[index]!;
		stat.estimatedMinutes = minutesAt(stat.units, unit, rate);
	});
	if (turns.some((turn) => turn.start !== undefined && turn.end !== undefined)) {
		const seconds = speakerIds.map((speaker) =>
			sum(turnsBySpeaker.get(speaker) ?? [], (turn) => (turn.start !== undefined && turn.end !== undefined ? turn.end - turn.start : 0))
		);
		const timeShares = sharesOf(seconds);
		stats.forEach((stat, index) => {
			stat.measuredMinutes = round6(seconds[index]! / 60);
			stat.timeShare = timeShares[index]!;
		});
	}
	return stats;
}

// ---- Random inputs: few distinct ids, so that they collide, repeat and go missing ----

const speakerId = fc.constantFrom('a', 'b', 'c', 'd');
const themeId = fc.constantFrom('x', 'y', 'z', 'w');
const sectionIndex = fc.integer({ min: 0, max: 4 });
const turnId = fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6', 't7');
const paragraphId = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
const amount = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 0.5, 1e6));

const turnArb = fc.record({
	id: turnId,
	speaker: speakerId,
	section: sectionIndex,
	units: amount,
	chars: amount,
	questions: fc.integer({ min: 0, max: 3 })
});
const timedTurnArb = fc
	.tuple(turnArb, fc.option(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 90 })), { nil: undefined }))
	.map(([turn, time]) => (time ? { ...turn, start: time[0], end: time[0] + time[1] } : turn));
const mentionArb = fc.record({ theme: themeId, turn: turnId, paragraph: paragraphId, section: sectionIndex, speaker: speakerId });
const themeArb = fc.record(
	{ id: themeId, label: fc.constant({ zh: '主题', en: 'theme' }), terms: fc.array(fc.constantFrom('成本', 'cost'), { maxLength: 2 }), patterns: fc.array(fc.constant('GPT-{n}'), { maxLength: 1 }) },
	{ requiredKeys: ['id', 'label', 'terms'] }
);
const rate: SpeakingRate = { charsPerMinute: 250, wordsPerMinute: 150 };

const same = (fast: unknown, plain: unknown) => {
	// Key order too: the analysis JSON is compared byte for byte.
	expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
	expect(fast).toEqual(plain);
};

describe('figures counted in one pass equal the plain grouping', () => {
	it('themeStats', () => {
		fc.assert(
			fc.property(fc.array(themeArb, { maxLength: 5 }), fc.array(mentionArb, { maxLength: 40 }), (themes, mentions) => {
				same(themeStats(themes, mentions), plainThemeStats(themes, mentions));
			}),
			{ numRuns: 400 }
		);
	});

	it('themeBySection', () => {
		fc.assert(
			fc.property(
				fc.array(turnArb, { maxLength: 12 }),
				fc.array(mentionArb, { maxLength: 40 }),
				fc.array(themeId, { maxLength: 5 }),
				fc.array(sectionIndex, { maxLength: 5 }),
				fc.array(speakerId, { maxLength: 5 }),
				(turns, mentions, themeIds, sections, speakers) => {
					// themeBySection is given the mentions inside its turns, as both its callers give them;
					// the plain grouping gets them all and leaves the others out itself.
					const inside = mentions.filter((mention) => turns.some((turn) => turn.id === mention.turn));
					same(themeBySection(turns, inside, themeIds, sections, speakers), plainThemeBySection(turns, mentions, themeIds, sections, speakers));
				}
			),
			{ numRuns: 600 }
		);
	});

	it('unitThemesFromMentions, cooccurrence and cooccurrenceFromMentions, by turn and by paragraph', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(turnId, paragraphId), { maxLength: 12 }),
				fc.array(mentionArb, { maxLength: 40 }),
				fc.array(themeId, { maxLength: 5 }),
				fc.constantFrom<CooccurrenceUnit>('turn', 'paragraph'),
				(unitIds, mentions, themeIds, unit) => {
					const fastUnits = unitThemesFromMentions(unitIds, mentions, unit);
					const plainUnits = plainUnitThemes(unitIds, mentions, unit);
					same(
						fastUnits.map(({ id, themes }) => ({ id, themes: [...themes] })),
						plainUnits.map(({ id, themes }) => ({ id, themes: [...themes] }))
					);
					same(cooccurrence(fastUnits, themeIds, unit), plainCooccurrence(plainUnits, themeIds, unit));
					// The analysis's way, straight from the mentions: it reads them as the analysis finds them,
					// each unit's together in the units' order, and the units distinct.
					const units = [...new Set(unitIds)];
					const unitOf = (mention: (typeof mentions)[number]) => (unit === 'turn' ? mention.turn : mention.paragraph);
					const inOrder = units.flatMap((id) => mentions.filter((mention) => unitOf(mention) === id));
					same(
						cooccurrenceFromMentions(units.length, inOrder, themeIds, unit),
						plainCooccurrence(plainUnitThemes(units, mentions, unit), themeIds, unit)
					);
				}
			),
			{ numRuns: 600 }
		);
	});

	it('tallySpeakers (untimed and timed turns)', () => {
		fc.assert(
			fc.property(
				fc.array(timedTurnArb, { maxLength: 14 }),
				fc.array(speakerId, { maxLength: 5 }),
				fc.constantFrom<UnitKind>('char', 'word'),
				(turns, speakers, unit) => {
					same(tallySpeakers(turns, speakers, unit, rate), plainTallySpeakers(turns, speakers, unit, rate));
				}
			),
			{ numRuns: 600 }
		);
	});
});
