/**
 * Corrections to the source's speaker labels, in words: "Turn 12: labelled 莱特卡普 in the source,
 * attributed to 奥特曼, because …". Speaker labels are shown as written; the reason as the
 * metadata gives it. Knows nothing about Svelte; the strings are escaped where rendered.
 */
import type { AppliedCorrection, SpeakerStats, Turn } from '../transcript/types';
import type { Messages } from './messages';

export function describeCorrection(
	correction: AppliedCorrection,
	turns: readonly Pick<Turn, 'id' | 'index'>[],
	speakers: readonly Pick<SpeakerStats, 'id' | 'label'>[],
	text: Messages
): string {
	const turnNumber = (id: string) => turns.find((turn) => turn.id === id)?.index ?? 0;
	const label = (id: string) => speakers.find((speaker) => speaker.id === id)?.label ?? id;
	const now = turnNumber(correction.turn);
	const to = label(correction.speaker);
	const first = correction.source[0];
	if (correction.kind === 'reassign') return text.correctionReassign(now, first?.label ?? '', to, correction.reason);
	if (correction.kind === 'merge') {
		const sources = correction.source.map((source) => text.correctionSource(source.turn, source.label));
		return text.correctionMerge(now, sources, to, correction.reason);
	}
	return text.correctionSplit(now, first?.turn ?? 0, first?.label ?? '', correction.atParagraph ?? 0, to, correction.reason);
}
