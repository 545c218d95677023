/**
 * How the browser tests read the dashboard: the quote panel's items and header, and the chart
 * marks by their accessible names. Names are built from the analysis the same way a reader
 * would say them ("Section 03 … × Compute (算力)"); figures are read from the page, never
 * recomputed here.
 */
import type { Locator, Page } from 'playwright-core';
import { loadAnalysis } from '../../src/lib/server/content';
import type { Analysis, Section, ThemeStats } from '../../src/lib/transcript/types';

export const SLUG = 'altman-lightcap-20vc';
export const DASHBOARD = `/en/t/${SLUG}/`;
export const READER = `/en/t/${SLUG}/read/`;

/**
 * The analysis as the English pages name it: each section titled with the English translation
 * its metadata gives (read here from the metadata, not through the pages' code).
 */
export function englishAnalysis(slug = SLUG): Analysis {
	const analysis = loadAnalysis(slug);
	const titles = analysis.meta.translations?.en?.sections ?? {};
	return { ...analysis, sections: analysis.sections.map((section) => ({ ...section, title: titles[section.number] ?? section.title })) };
}

export interface ListedQuote {
	paragraph: string;
	turn: string;
	section: number;
	speakerLabel: string;
	marks: { theme: string; text: string }[];
	href: string;
}

/**
 * Waits until the quote panel shows the current selection: it follows a click one frame after
 * the charts, marked `aria-busy` meanwhile.
 */
export async function quotesSettled(page: Page): Promise<void> {
	await page.waitForSelector('.quote-panel:not([aria-busy="true"])', { state: 'attached' });
}

/** Presses "Show more" until every quote is listed, then reads them all. */
export async function listedQuotes(page: Page): Promise<ListedQuote[]> {
	await quotesSettled(page);
	const more = page.locator('.quote-panel button.show-more');
	while ((await more.count()) > 0) await more.click();
	return page.$$eval('.quote-panel li.quote', (items) =>
		items.map((item) => ({
			paragraph: item.getAttribute('data-paragraph') ?? '',
			turn: item.getAttribute('data-turn') ?? '',
			section: Number(item.getAttribute('data-section')),
			speakerLabel: item.querySelector('.speaker-label')?.textContent?.trim() ?? '',
			marks: [...item.querySelectorAll('.quote-text mark')].map((mark) => ({
				theme: mark.getAttribute('data-theme') ?? '',
				text: mark.textContent ?? ''
			})),
			href: item.querySelector('a.quote-link')?.getAttribute('href') ?? ''
		}))
	);
}

/** The quote panel's count line, e.g. "36 turns, 40 paragraphs". */
export async function quoteCountLine(page: Page): Promise<string> {
	await quotesSettled(page);
	return ((await page.locator('.quote-panel .panel-count').textContent()) ?? '').trim().replace(/\s+/g, ' ');
}

export function themeLabel(theme: Pick<ThemeStats, 'label'>): string {
	return theme.label.en === theme.label.zh ? theme.label.en : `${theme.label.en} (${theme.label.zh})`;
}

export function sectionLabel(section: Section): string {
	return `Section ${section.number || String(section.index).padStart(2, '0')} ${section.title}`;
}

/** The accessible-name prefix of a heatmap cell. */
export function heatmapCellName(section: Section, theme: ThemeStats): string {
	return `${sectionLabel(section)} × ${themeLabel(theme)}:`;
}

/** The accessible-name prefix of a co-occurrence matrix cell. */
export function matrixCellName(a: ThemeStats, b: ThemeStats): string {
	return a.id === b.id ? `${themeLabel(a)}:` : `${themeLabel(a)} and ${themeLabel(b)}:`;
}

/**
 * The figure drawn on a mark: the text a sighted reader sees at the mark's centre (the button
 * itself, or the label drawn under or over a transparent button), scrolled into view first.
 * Printed labels let the pointer through (`pointer-events: none`), which hides them from
 * hit-testing, so the chart's elements are made hit-testable for the moment of the look-up
 * (through the CSSOM: the pages' content security policy refuses an added style sheet): what is
 * found is then what is painted at that point, topmost first.
 */
function visibleFigure(button: Element): string {
	button.scrollIntoView({ block: 'center' });
	const box = button.getBoundingClientRect();
	const own = (button as HTMLElement).innerText.trim();
	if (/\d/.test(own)) return own;
	const scope = button.closest('figure') ?? document.body;
	const elements = [...scope.querySelectorAll<HTMLElement | SVGElement>('*')];
	const before = elements.map((el) => [el.style.getPropertyValue('pointer-events'), el.style.getPropertyPriority('pointer-events')] as const);
	for (const el of elements) el.style.setProperty('pointer-events', 'auto', 'important');
	try {
		const under = document
			.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
			.find((el) => el !== button && !el.contains(button) && /\d/.test((el as HTMLElement).innerText ?? ''));
		return (under as HTMLElement | undefined)?.innerText.trim() ?? '';
	} finally {
		elements.forEach((el, i) => el.style.setProperty('pointer-events', before[i][0], before[i][1]));
	}
}

/** The first number in a text: a count (a lift or rate may follow it). */
function firstNumber(text: string): string {
	return /\d[\d,]*/.exec(text)?.[0]?.replace(/,/g, '') ?? '';
}

/** Every button of a chart with its accessible name, pressed state and the number drawn on it. */
export async function chartButtons(
	page: Page,
	kind: string
): Promise<{ name: string; pressed: string | null; figure: string; disabled: boolean }[]> {
	const buttons = await page.locator(`figure[data-chart="${kind}"] button[aria-label]`).all();
	return Promise.all(
		buttons.map(async (button) => ({
			name: (await button.getAttribute('aria-label')) ?? '',
			pressed: await button.getAttribute('aria-pressed'),
			figure: firstNumber(await button.evaluate(visibleFigure)),
			disabled: await button.isDisabled()
		}))
	);
}

/** The number drawn on a mark (its first visible figure: a count; a lift may follow it). */
export async function markNumber(mark: Locator): Promise<number> {
	const text = await mark.evaluate(visibleFigure);
	const figure = firstNumber(text);
	if (figure === '') throw new Error(`no number drawn on the mark: "${text}"`);
	return Number(figure);
}

export function chartButton(page: Page, kind: string, namePrefix: string) {
	return page.locator(`figure[data-chart="${kind}"] button[aria-label^="${namePrefix.replace(/"/g, '\\"')}"]`);
}

/** Speakers' accessible-name prefix on the speaking-share bars: "奥特曼:". */
export function speakerBarName(analysis: Analysis, id: string): string {
	const speaker = analysis.speakers.find((s) => s.id === id);
	if (!speaker) throw new Error(`no speaker ${id}`);
	return `${speaker.label}${speaker.host ? ", host" : ""}:`;
}
