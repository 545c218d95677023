/**
 * The rows each chart draws, built from the analysis and the cross-filtered view: colours,
 * labels and positions in data units, ready for LayerCake's scales. Pure; knows nothing about
 * Svelte or the DOM, so every figure a chart shows is testable without rendering it.
 */
import type { Lang } from '../i18n/locale';
import { sum } from 'd3';
import type { DashboardView } from '../selection/view';
import type { DashboardAnalysis as Analysis } from '../page-data';
import { sectionNumber } from './labels';
import { speakerColour } from './palette';
import type { Section } from '../transcript/types';

export interface SpeakerBar {
	speaker: string;
	/** As written in the transcript (奥特曼). */
	label: string;
	/** English name and role, the secondary text. */
	name: string;
	role: string;
	/** The speaker hosts (SpeakerStats.host): the chart tags the label. */
	host: boolean;
	colour: string;
	share: number;
	turns: number;
	units: number;
	/** Measured minutes where the analysis's timing is measured, else the estimate at the rate. */
	minutes: number;
	/** Share of the measured time (measured timing only). */
	timeShare?: number;
}

/** One bar per speaker, in speaker order, from view.speakerShare. */
export function speakerBars(analysis: Analysis, view: DashboardView, lang: Lang = 'en'): SpeakerBar[] {
	return analysis.speakers.map((speaker, index) => {
		const row = view.speakerShare.find((r) => r.speaker === speaker.id);
		return {
			speaker: speaker.id,
			label: speaker.label,
			name: speaker.name[lang],
			role: speaker.role[lang],
			host: speaker.host,
			colour: speakerColour(index),
			share: row?.share ?? 0,
			turns: row?.turns ?? 0,
			units: row?.units ?? 0,
			minutes: (analysis.timing === 'measured' ? row?.measuredMinutes : row?.estimatedMinutes) ?? 0,
			...(analysis.timing === 'measured' ? { timeShare: row?.timeShare ?? 0 } : {})
		};
	});
}

export interface StackSegment {
	speaker: string;
	label: string;
	colour: string;
	/** Start and end along the bar, in content units. */
	x0: number;
	x1: number;
	units: number;
	turns: number;
	/** Share of the section's (filtered) units. */
	share: number;
}

/** What a chart names a section by: number, title (and the original of a translated one), and for a part how many sections it joins. */
type SectionLabel = Pick<Section, 'number' | 'title' | 'originalTitle' | 'sectionCount'>;

function sectionLabel(section: Section): SectionLabel {
	return {
		number: sectionNumber(section),
		title: section.title,
		...(section.originalTitle === undefined ? {} : { originalTitle: section.originalTitle }),
		...(section.sectionCount === undefined ? {} : { sectionCount: section.sectionCount })
	};
}

/** A section's bar; `number` as written ('02'), or the zero-padded index when the heading has none. */
export interface SectionStack extends SectionLabel {
	section: number;
	units: number;
	turns: number;
	segments: StackSegment[];
}

/** One stacked bar per section, segments in speaker order, from view.sectionSpeakers. */
export function sectionStacks(analysis: Analysis, view: DashboardView): SectionStack[] {
	// By key, not a search of every row for every segment (sections² × speakers² at 5,000 turns).
	const rows = new Map(view.sectionSpeakers.map((row) => [`${row.section}\u0000${row.speaker}`, row]));
	const rowOf = (section: number, speaker: string) => rows.get(`${section}\u0000${speaker}`);
	// Segments laid end to end in speaker order: each starts where the one before it ends. (A
	// running sum, not d3's stack(): importing d3-shape brings every curve of it into the page.)
	return analysis.sections.map((section) => {
		let end = 0;
		const segments = analysis.speakers.map((speaker, index): StackSegment => {
			const row = rowOf(section.index, speaker.id);
			const x0 = end;
			const x1 = (end += row?.units ?? 0);
			return {
				speaker: speaker.id,
				label: speaker.label,
				colour: speakerColour(index),
				x0,
				x1,
				units: row?.units ?? 0,
				turns: row?.turns ?? 0,
				share: row?.share ?? 0
			};
		});
		return {
			section: section.index,
			...sectionLabel(section),
			units: segments.at(-1)?.x1 ?? 0,
			turns: sum(segments, (segment) => segment.turns),
			segments
		};
	});
}

export interface GridCell {
	/** Row and column keys as used by the band scales. */
	row: string;
	column: string;
	count: number;
}

export interface HeatmapGridCell extends GridCell {
	section: number;
	topic: string;
	per10k: number;
}

/** Sections × topics (themes, then terms), row-major in section then topic order, from view.heatmap. */
export function heatmapCells(analysis: Analysis, view: DashboardView): HeatmapGridCell[] {
	const byKey = new Map(view.heatmap.map((cell) => [`${cell.section}\u0000${cell.topic}`, cell]));
	const cells: HeatmapGridCell[] = [];
	for (const section of analysis.sections) {
		for (const topic of view.topics) {
			const cell = byKey.get(`${section.index}\u0000${topic.key}`);
			cells.push({
				row: String(section.index),
				column: topic.key,
				section: section.index,
				topic: topic.key,
				count: cell?.count ?? 0,
				per10k: cell?.per10k ?? 0
			});
		}
	}
	return cells;
}

/**
 * A pair seen in fewer turns than this is too thin to read a lift from: one or two turns that
 * happen to mention both themes can give a lift of 10. Such cells are drawn as uncertain.
 */
export const FEW_TURNS_BELOW = 3;

export interface MatrixGridCell extends GridCell {
	a: string;
	b: string;
	lift: number | null;
	diagonal: boolean;
	/** An off-diagonal pair with at least one turn but fewer than FEW_TURNS_BELOW: its lift is uncertain. */
	fewTurns: boolean;
}

/** The upper triangle (a <= b in theme order) with the diagonal, row-major, from view.matrix. */
export function matrixCells(analysis: Analysis, view: DashboardView): MatrixGridCell[] {
	const ids = analysis.themes.map((theme) => theme.id);
	const cells: MatrixGridCell[] = [];
	for (const [i, a] of ids.entries()) {
		for (const b of ids.slice(i)) {
			const cell = view.matrix.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
			const count = cell?.count ?? 0;
			const diagonal = a === b;
			cells.push({ row: a, column: b, a, b, count, lift: cell?.lift ?? null, diagonal, fewTurns: !diagonal && count > 0 && count < FEW_TURNS_BELOW });
		}
	}
	return cells;
}

export interface TurnSpan {
	id: string;
	index: number;
	speaker: string;
	section: number;
	units: number;
	/** Start and end along the conversation: content units, or seconds where ConversationLayout.timed. */
	x0: number;
	x1: number;
	colour: string;
	/** Topics (themes, then terms) mentioned in the turn, in topic order. */
	topics: string[];
	/** False when the turn is outside the current selection (drawn dimmed). */
	inView: boolean;
}

export interface TopicTick {
	turn: string;
	/** The topic's key: its track on the chart. */
	topic: string;
	/** Where the mention falls along the conversation, in the turns' x units (approximate within a paragraph). */
	x: number;
	inView: boolean;
}

export interface SectionSpan extends SectionLabel {
	section: number;
	x0: number;
	x1: number;
}

export interface ConversationLayout {
	turns: TurnSpan[];
	ticks: TopicTick[];
	sections: SectionSpan[];
	/** The length of the x axis: all content units, or where timed the last turn's end in seconds. */
	total: number;
	/** True where the analysis's timing is measured: x is seconds of the recording, turns at their times. */
	timed: boolean;
}

/**
 * Every turn laid end to end by length; or, where the timing is measured, every turn at its start
 * and end in seconds (pauses between turns left open). A mention's tick sits at its paragraph's
 * place in the turn plus its offset into the paragraph's text, scaled to the paragraph's units:
 * exact to the paragraph, proportional within it (the text holds punctuation that is not
 * counted); a timed turn's units are spread evenly over its time.
 */
export function conversationLayout(analysis: Analysis, view: DashboardView): ConversationLayout {
	return layoutInView(conversationGeometry(analysis, view.topics, view.mentions), (turnId) => view.turnIds.has(turnId));
}

/**
 * The conversation laid out with nothing in view: the same for every selection (it depends on the
 * topics and their mentions only), so a chart computes it once and marks what is in view per click.
 */
export function conversationGeometry(
	analysis: Analysis,
	topics: DashboardView['topics'],
	mentions: DashboardView['mentions']
): ConversationLayout {
	const view = { topics, mentions, turnIds: new Set<string>() };
	const colourBySpeaker = new Map(analysis.speakers.map((s, i) => [s.id, speakerColour(i)]));
	const topicOrder = new Map(view.topics.map((topic, i) => [topic.key, i]));
	const timed = analysis.timing === 'measured' && analysis.turns.every((turn) => turn.start !== undefined && turn.end !== undefined);
	const paragraphStart = new Map<string, { x: number; units: number; length: number; scale: number }>();
	const turns: TurnSpan[] = [];
	let x = 0;
	let total = 0;
	for (const turn of analysis.turns) {
		const x0 = timed ? turn.start! : x;
		const x1 = timed ? turn.end! : x + turn.units;
		// x per content unit within the turn.
		const scale = timed ? (turn.units > 0 ? (x1 - x0) / turn.units : 0) : 1;
		let px = x0;
		for (const paragraph of turn.paragraphs) {
			paragraphStart.set(paragraph.id, { x: px, units: paragraph.units, length: paragraph.textLength ?? paragraph.text.length, scale });
			px += paragraph.units * scale;
		}
		turns.push({
			id: turn.id,
			index: turn.index,
			speaker: turn.speaker,
			section: turn.section,
			units: turn.units,
			x0,
			x1,
			colour: colourBySpeaker.get(turn.speaker) ?? speakerColour(0),
			topics: [],
			inView: view.turnIds.has(turn.id)
		});
		x += turn.units;
		total = Math.max(total, x1);
	}
	const turnById = new Map(turns.map((t) => [t.id, t]));
	const ticks: TopicTick[] = [];
	for (const mention of view.mentions) {
		const turn = turnById.get(mention.turn);
		const paragraph = paragraphStart.get(mention.paragraph);
		if (!turn || !paragraph) continue;
		if (!turn.topics.includes(mention.topic)) turn.topics.push(mention.topic);
		const within = paragraph.length > 0 ? mention.start / paragraph.length : 0;
		ticks.push({ turn: turn.id, topic: mention.topic, x: paragraph.x + within * paragraph.units * paragraph.scale, inView: turn.inView });
	}
	for (const turn of turns) turn.topics.sort((a, b) => (topicOrder.get(a) ?? 0) - (topicOrder.get(b) ?? 0));

	// Each section's first and last turn, in one pass (turns are in order).
	const extent = new Map<number, { x0: number; x1: number }>();
	for (const turn of turns) {
		const known = extent.get(turn.section);
		if (known) known.x1 = turn.x1;
		else extent.set(turn.section, { x0: turn.x0, x1: turn.x1 });
	}
	const sections: SectionSpan[] = [];
	for (const section of analysis.sections) {
		const own = extent.get(section.index);
		if (own) sections.push({ section: section.index, ...sectionLabel(section), ...own });
	}
	return { turns, ticks, sections, total, timed };
}

const inViewTwins = new WeakMap<object, object>();

/**
 * `item` with `inView` as given: the item itself when it already says so, else its one twin that
 * does (made once, then kept). A keyed list then sees the same objects click after click and
 * redraws only the marks whose state changed.
 */
export function withInView<T extends { inView: boolean }>(item: T, inView: boolean): T {
	if (item.inView === inView) return item;
	let twin = inViewTwins.get(item) as T | undefined;
	if (!twin) inViewTwins.set(item, (twin = { ...item, inView }));
	return twin;
}

/** A layout from conversationGeometry with the turns (and their ticks) that `inView` names in view. */
export function layoutInView(layout: ConversationLayout, inView: (turnId: string) => boolean): ConversationLayout {
	return {
		...layout,
		turns: layout.turns.map((turn) => withInView(turn, inView(turn.id))),
		ticks: layout.ticks.map((tick) => withInView(tick, inView(tick.turn)))
	};
}

/** Plain data equal value by value (arrays and objects compared the same way, all the way down). */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, i) => sameData(value, b[i]));
	const keys = Object.keys(a);
	const other = b as Record<string, unknown>;
	return keys.length === Object.keys(other).length && keys.every((key) => sameData((a as Record<string, unknown>)[key], other[key]));
}

/**
 * A filter for a chart's list of marks (one per chart instance): each new item equal to the one
 * it returned under the same key last time is replaced by that earlier object. A click changes a
 * few figures; a keyed list then sees the same objects for the rest and redraws only those.
 */
export function reuseEqual<T extends object>(key: (item: T) => string): (items: T[]) => T[] {
	let previous = new Map<string, T>();
	return (items) => {
		const next = new Map<string, T>();
		const kept = items.map((item) => {
			const id = key(item);
			const old = previous.get(id);
			const same = old !== undefined && sameData(old, item) ? old : item;
			next.set(id, same);
			return same;
		});
		previous = next;
		return kept;
	};
}
