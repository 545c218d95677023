/**
 * Corrections to the source's speaker labels, in words: "Turn 12: labelled 莱特卡普 in the source,
 * attributed to 奥特曼, because …". Speaker labels are shown as written; the reason as the
 * metadata gives it. Knows nothing about Svelte; the strings are escaped where rendered.
 */
import type { AppliedCorrection, SpeakerStats, Turn } from '../transcript/types';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

export function describeCorrection(
	correction: AppliedCorrection,
	turns: readonly Pick<Turn, 'id' | 'index'>[],
	speakers: readonly Pick<SpeakerStats, 'id' | 'label'>[],
	lang: Lang
): string {
	const turnNumber = (id: string) => turns.find((turn) => turn.id === id)?.index ?? 0;
	const label = (id: string) => speakers.find((speaker) => speaker.id === id)?.label ?? id;
	const now = turnNumber(correction.turn);
	const to = label(correction.speaker);
	const first = correction.source[0];
	const { reason } = correction;
	const locale = { locale: lang };
	if (correction.kind === 'reassign') return m.correctionReassign({ turn: now, from: first?.label ?? '', to, reason }, locale);
	if (correction.kind === 'merge') {
		const sources = correction.source
			.map((source) => m.correctionSource({ turn: source.turn, label: source.label }, locale))
			.reduce((first, second) => m.listAnd({ first, second }, locale));
		return m.correctionMerge({ turn: now, sources, to, reason }, locale);
	}
	const split = { turn: now, source: first?.turn ?? 0, from: first?.label ?? '', paragraph: correction.atParagraph ?? 0, to, reason };
	return m.correctionSplit(split, locale);
}
