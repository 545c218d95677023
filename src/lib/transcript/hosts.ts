/**
 * Who hosts: the speaker (or speakers) who ask the questions. Knows nothing about Svelte, the DOM
 * or the file system.
 *
 * The rule, in order:
 * 1. The metadata decides when it says anything: if any metadata speaker has `host` set (true or
 *    false), the hosts are exactly the metadata speakers with `host: true` (several, or none).
 * 2. Otherwise the hosts are inferred from the questions asked (Turn.questions): the speaker who
 *    asks the most is the host when they ask clearly the most, that is at least
 *    HOST_RULE.minQuestions questions and at least HOST_RULE.ratio times as many as the next
 *    speaker. Otherwise (a tie, a debate where everyone asks, too few questions) nobody is host:
 *    a wrong "host" tag misleads more than a missing one.
 */
import type { MetaSpeaker, Turn } from './types';

export const HOST_RULE = {
	/** The top questioner must ask at least this many questions… */
	minQuestions: 3,
	/** …and at least this many times as many as the next speaker. */
	ratio: 1.5
} as const;

export type HostSource = 'metadata' | 'questions' | 'none';

export interface Hosts {
	/** Speaker ids of the hosts, in the order of `speakerIds`. */
	ids: string[];
	/** How they were found: named in the metadata, inferred from questions, or no host. */
	source: HostSource;
}

/**
 * @param turns the turns (their speaker id and question count)
 * @param speakerIds every speaker id, in the analysis's order (ties in questions keep this order)
 * @param metaSpeakers the metadata's speakers, if any
 */
export function findHosts(
	turns: readonly Pick<Turn, 'speaker' | 'questions'>[],
	speakerIds: readonly string[],
	metaSpeakers: readonly MetaSpeaker[] = []
): Hosts {
	if (metaSpeakers.some((speaker) => speaker.host !== undefined)) {
		const named = new Set(metaSpeakers.filter((speaker) => speaker.host === true).map((speaker) => speaker.id));
		return { ids: speakerIds.filter((id) => named.has(id)), source: 'metadata' };
	}
	const questions = new Map(speakerIds.map((id) => [id, 0]));
	for (const turn of turns) questions.set(turn.speaker, (questions.get(turn.speaker) ?? 0) + turn.questions);
	const ranked = speakerIds.map((id) => ({ id, questions: questions.get(id) ?? 0 })).sort((a, b) => b.questions - a.questions);
	const top = ranked[0];
	const next = ranked[1]?.questions ?? 0;
	if (top && top.questions >= HOST_RULE.minQuestions && top.questions >= HOST_RULE.ratio * next) {
		return { ids: [top.id], source: 'questions' };
	}
	return { ids: [], source: 'none' };
}
