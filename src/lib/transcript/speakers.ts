/**
 * Who is speaking: labels → speaker ids (metadata first, then automatic aliases, then
 * `speaker-1`, `speaker-2`… in order of appearance), and each speaker's share of the talk.
 * Knows nothing about Svelte, the DOM or the file system.
 *
 * `speakerShares` is pure over a list of turns so the dashboard can recompute shares for a subset
 * (one section, turns mentioning a theme) with the same arithmetic as the build.
 */
import { group, sum } from 'd3';
import type { AutoAlias } from './aliases';
import { labelKey } from './labels';
import { addable } from './tally';
import type { Bilingual, MetaSpeaker, SectionSpeakerStats, SpeakerStats, SpeakingRate, Turn, Warning } from './types';
import { minutesAt, round6, sharesOf, type UnitKind } from './units';

export interface SpeakerIdentity {
	id: string;
	/** Canonical label: the first one seen in the text; without metadata, the one on most turns when a speaker has several. */
	label: string;
	/** Every label seen for this speaker, in order of first appearance. */
	labels: string[];
	name: Bilingual;
	role: Bilingual;
}

export interface SpeakerResolution {
	/** Metadata speakers first (in metadata order), then the others in order of appearance. */
	speakers: SpeakerIdentity[];
	/** Speaker id for a label as written. */
	idOf(label: string): string;
	warnings: Warning[];
}

/** What the text itself says about who a speaker is, for speakers the metadata does not describe. */
export interface SpeakerEvidence {
	/** The label of every turn, as written: the form used most names the speaker. */
	turnLabels?: readonly string[];
	/** A legend line's names for short labels (`記：記者`). */
	legend?: readonly { label: string; name: string }[];
}

/**
 * @param attributed ids that corrections in the metadata give text to: a metadata speaker among
 *   them is a speaker even if no label in the text names them (all their turns were mislabelled).
 * @param evidence without metadata, a speaker is named by the legend, else by the label used in
 *   most turns (`BIDEN`, not `JOE BIDEN, PRESIDENT OF THE UNITED STATES`), and a long label's
 *   remainder after its comma is the role ("President of the United States").
 */
export function resolveSpeakers(
	labelsInOrder: readonly string[],
	aliases: readonly AutoAlias[],
	metaSpeakers: readonly MetaSpeaker[] = [],
	attributed: ReadonlySet<string> = new Set(),
	evidence: SpeakerEvidence = {}
): SpeakerResolution {
	const metaByKey = new Map<string, MetaSpeaker>();
	for (const speaker of metaSpeakers) for (const label of speaker.labels) metaByKey.set(labelKey(label), speaker);
	const aliasTarget = new Map(aliases.map(({ alias, target }) => [alias, target]));
	const idByKey = new Map<string, string>();
	const identities = new Map<string, SpeakerIdentity>();
	let generated = 0;

	for (const label of labelsInOrder) {
		const key = labelKey(label);
		const root = aliasTarget.get(key) ?? key;
		const meta = metaByKey.get(key);
		let id = meta?.id ?? idByKey.get(root);
		if (id === undefined) {
			generated++;
			id = `speaker-${generated}`;
		}
		idByKey.set(key, id);
		idByKey.set(root, id);
		const identity = identities.get(id);
		if (identity) identity.labels.push(label);
		else {
			identities.set(id, {
				id,
				label,
				labels: [label],
				name: meta ? { ...meta.name } : { zh: label, en: label },
				role: meta ? { ...meta.role } : { zh: '', en: '' }
			});
		}
	}

	const warnings: Warning[] = [];
	const ordered: SpeakerIdentity[] = [];
	for (const speaker of metaSpeakers) {
		const identity = identities.get(speaker.id);
		if (identity) ordered.push(identity);
		else if (attributed.has(speaker.id)) {
			// Canonical label from the metadata; no label of theirs was seen in the text.
			ordered.push({ id: speaker.id, label: speaker.labels[0]!, labels: [], name: { ...speaker.name }, role: { ...speaker.role } });
		} else {
			warnings.push({
				code: 'speaker-absent',
				message: `Metadata speaker "${speaker.id}" (labels: ${speaker.labels.join(', ')}) never speaks in the text.`
			});
		}
	}
	for (const identity of identities.values()) if (!ordered.includes(identity)) ordered.push(identity);

	const described = new Set(metaSpeakers.map((speaker) => speaker.id));
	const turnsByKey = new Map<string, number>();
	for (const label of evidence.turnLabels ?? []) {
		const key = labelKey(label);
		turnsByKey.set(key, (turnsByKey.get(key) ?? 0) + 1);
	}
	const legendByKey = new Map((evidence.legend ?? []).map((entry) => [labelKey(entry.label), entry.name]));
	for (const identity of identities.values()) {
		if (described.has(identity.id)) continue;
		const legendName = identity.labels.map((label) => legendByKey.get(labelKey(label))).find((name) => name !== undefined);
		if (legendName !== undefined) {
			identity.name = { zh: legendName, en: legendName };
			continue;
		}
		if (identity.labels.length < 2) continue;
		// Most turns first; on a tie the shorter label, then the first seen.
		const shown = [...identity.labels].sort(
			(a, b) => (turnsByKey.get(labelKey(b)) ?? 0) - (turnsByKey.get(labelKey(a)) ?? 0) || a.length - b.length
		)[0]!;
		// The charts print the label: the short form, not `JOE BIDEN, PRESIDENT OF THE UNITED STATES`.
		identity.label = shown;
		identity.name = { zh: shown, en: shown };
		const role = identity.labels.map(roleFromLongLabel).find((text) => text !== '');
		if (role) identity.role = { zh: role, en: role };
	}

	return {
		speakers: ordered,
		idOf(label: string): string {
			const id = idByKey.get(labelKey(label));
			if (id === undefined) throw new Error(`Unresolved speaker label "${label}"`);
			return id;
		},
		warnings
	};
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'from', 'by']);

/** `JOE BIDEN, PRESIDENT OF THE UNITED STATES` → "President of the United States"; '' without a comma. */
export function roleFromLongLabel(label: string): string {
	const comma = label.indexOf(',');
	if (comma === -1) return '';
	const remainder = label.slice(comma + 1).trim();
	if (/\p{Ll}/u.test(remainder)) return remainder;
	return remainder
		.toLowerCase()
		.split(' ')
		.map((word, index) => (index > 0 && MINOR_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
		.join(' ');
}

type SpeakerCard = Pick<SpeakerStats, 'id' | 'label' | 'labels' | 'name' | 'role' | 'host'>;

export type TurnFigures = Pick<Turn, 'id' | 'speaker' | 'units' | 'chars' | 'questions' | 'start' | 'end'>;

/**
 * Turns, units, characters, share (sums to 1 over the given turns), estimated minutes, longest
 * turn and questions per speaker id, for any subset of turns: the whole transcript or one section.
 * Where the turns are timed (start and end, see timing.ts), also the measured minutes and the
 * share of the measured time. Speakers with no turn in the subset get zeros.
 */
export function tallySpeakers(
	turns: readonly TurnFigures[],
	speakerIds: readonly string[],
	unit: UnitKind,
	rate: SpeakingRate
): SectionSpeakerStats[] {
	// One pass over the turns, into one tally per listed speaker (a speaker listed twice shares one).
	const tallies = new Map<string, { turns: number; units: number; chars: number; questions: number; longest: TurnFigures | undefined; longestUnits: number }>();
	for (const speaker of speakerIds) tallies.set(speaker, { turns: 0, units: 0, chars: 0, questions: 0, longest: undefined, longestUnits: 0 });
	for (let t = 0; t < turns.length; t++) {
		const turn = turns[t]!;
		const tally = tallies.get(turn.speaker);
		if (tally === undefined) continue;
		tally.turns++;
		tally.units += addable(turn.units);
		tally.chars += addable(turn.chars);
		tally.questions += addable(turn.questions);
		// The first of the longest turns, as d3's greatest picks it: a missing or NaN length never
		// counts (`units >= units` is false for NaN), and a later turn must be strictly longer.
		const units = turn.units;
		if (tally.longest === undefined ? units != null && units >= units : units > tally.longestUnits) {
			tally.longest = turn;
			tally.longestUnits = units;
		}
	}
	const stats = speakerIds.map((speaker): SectionSpeakerStats => {
		const tally = tallies.get(speaker)!;
		const longest = tally.longest;
		return {
			speaker,
			turns: tally.turns,
			units: tally.units,
			chars: tally.chars,
			share: 0,
			estimatedMinutes: 0,
			longestTurn: longest ? { turn: longest.id, units: longest.units } : { turn: '', units: 0 },
			questions: tally.questions
		};
	});
	const shares = sharesOf(stats.map((stat) => stat.units));
	stats.forEach((stat, index) => {
		stat.share = shares[index]!;
		stat.estimatedMinutes = minutesAt(stat.units, unit, rate);
	});
	if (turns.some((turn) => turn.start !== undefined && turn.end !== undefined)) {
		const turnsBySpeaker = group(turns, (turn) => turn.speaker);
		const seconds = speakerIds.map((speaker) => measuredSeconds(turnsBySpeaker.get(speaker) ?? []));
		const timeShares = sharesOf(seconds);
		stats.forEach((stat, index) => {
			stat.measuredMinutes = round6(seconds[index]! / 60);
			stat.timeShare = timeShares[index]!;
		});
	}
	return stats;
}

/** Seconds the turns last (start to end each), summed; an untimed turn counts 0. */
export function measuredSeconds(turns: readonly Pick<Turn, 'start' | 'end'>[]): number {
	return sum(turns, (turn) => (turn.start !== undefined && turn.end !== undefined ? turn.end - turn.start : 0));
}

/** tallySpeakers with each speaker's identity (labels, names, roles): the analysis's speakers[]. */
export function speakerShares(
	turns: readonly TurnFigures[],
	speakers: readonly SpeakerCard[],
	unit: UnitKind,
	rate: SpeakingRate
): SpeakerStats[] {
	const tallies = tallySpeakers(turns, speakers.map((speaker) => speaker.id), unit, rate);
	return speakers.map((speaker, index) => {
		const { speaker: id, ...figures } = tallies[index]!;
		// Identity first, then the figures in tallySpeakers' order: the JSON's key order is stable.
		return {
			id,
			label: speaker.label,
			labels: [...speaker.labels],
			name: { ...speaker.name },
			role: { ...speaker.role },
			host: speaker.host,
			...figures
		};
	});
}
