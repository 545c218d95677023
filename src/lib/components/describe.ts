/**
 * The selection in words, for the status line: "奥特曼 · 03 高质量AI的成本将趋近于零 · Compute".
 * Speaker labels and section titles are shown as written in the transcript; theme names in the
 * interface language, terms in quotation marks. Knows nothing about Svelte; the strings are
 * escaped where rendered.
 */
import { sectionNumber, topicName } from '../charts/labels';
import type { DashboardAnalysis } from '../page-data';
import type { SelectionState } from '../selection/state';
import type { Topic } from '../selection/view';
import type { Lang } from '../i18n/locale';
import { m } from '../paraglide/messages.js';

export function describeSelection(
	analysis: Pick<DashboardAnalysis, 'speakers' | 'sections'>,
	topics: readonly Topic[],
	state: SelectionState,
	lang: Lang = 'en'
): string[] {
	const parts: string[] = [];
	const topic = (key: string) => {
		const found = topics.find((t) => t.key === key);
		return found ? topicName(found, lang) : key;
	};
	const section = (index: number) => {
		const found = analysis.sections.find((s) => s.index === index);
		return found ? `${sectionNumber(found)} ${found.title}` : String(index);
	};
	if (state.speaker) parts.push(analysis.speakers.find((s) => s.id === state.speaker)?.label ?? state.speaker);
	if (state.section !== null) parts.push(section(state.section));
	if (state.cell) parts.push(`${section(state.cell.section)} × ${topic(state.cell.topic)}`);
	if (state.pair) {
		const [a, b] = state.pair;
		parts.push(a === b ? topic(a) : `${topic(a)} × ${topic(b)}`);
	}
	if (state.terms.length > 0) parts.push(state.terms.map((term) => `“${term}”`).join(' / '));
	return parts;
}

/** The selection as one line, as printed on an exported chart: "Selected: 奥特曼", or "Nothing selected." */
export function selectionLine(
	analysis: Pick<DashboardAnalysis, 'speakers' | 'sections'>,
	topics: readonly Topic[],
	state: SelectionState,
	lang: Lang = 'en'
): string {
	const parts = describeSelection(analysis, topics, state, lang);
	return parts.length ? m.selectionIs({ parts: parts.join(' · ') }, { locale: lang }) : m.selectionNone({}, { locale: lang });
}
