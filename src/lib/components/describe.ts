/**
 * The selection in words, for the status line: "奥特曼 · 03 高质量AI的成本将趋近于零 · Compute".
 * Speaker labels and section titles are shown as written in the transcript; theme names in the
 * interface language. Knows nothing about Svelte; the strings are escaped where rendered.
 */
import { sectionNumber, themeName } from '../charts/labels';
import type { SelectionState } from '../selection/state';
import type { Analysis } from '../transcript/types';
import type { Lang } from './messages';

export function describeSelection(analysis: Analysis, state: SelectionState, lang: Lang = 'en'): string[] {
	const parts: string[] = [];
	const theme = (id: string) => {
		const found = analysis.themes.find((t) => t.id === id);
		return found ? themeName(found, lang) : id;
	};
	if (state.speaker) {
		parts.push(analysis.speakers.find((s) => s.id === state.speaker)?.label ?? state.speaker);
	}
	if (state.section !== null) {
		const section = analysis.sections.find((s) => s.index === state.section);
		parts.push(section ? `${sectionNumber(section)} ${section.title}` : String(state.section));
	}
	if (state.theme) parts.push(theme(state.theme));
	if (state.pair) {
		const [a, b] = state.pair;
		parts.push(a === b ? theme(a) : `${theme(a)} × ${theme(b)}`);
	}
	return parts;
}
