/**
 * Speakers and themes must never be taken for each other, with normal colour vision or with the
 * common colour-vision deficiencies. Colours are compared by perceptual distance (CIEDE2000,
 * culori's differenceCiede2000) as seen with normal vision and through culori's simulations of
 * full protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009).
 *
 * Thresholds (ΔE00; about 2.3 is a just-noticeable difference for patches side by side):
 * - speaker vs theme ≥ 20: the two families must read as different kinds of mark at a glance,
 *   in thin ticks and 0.8 em glyphs, not merely as different patches. (Before: 0, shared colours.)
 * - speaker vs speaker ≥ 10: clearly different hues; Okabe–Ito's closest pair (orange and
 *   vermilion under protanopia) is 11.0, and lanes and labels also say who.
 * - theme vs theme ≥ 6: themes always carry their own shape (● ▲ ■ ◆ ▼ ★), so colour only
 *   has to be visibly different, not the sole cue.
 * - theme vs term ink ≥ 12: terms are one dark ink with hollow shapes and quoted labels.
 */
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { SPEAKER_COLOURS, TERM_STYLES, THEME_STYLES } from '../../../src/lib/charts/palette';

const SPEAKER_VS_THEME = 20;
const SPEAKER_VS_SPEAKER = 10;
const THEME_VS_THEME = 6;
const THEME_VS_TERM = 12;

const distance = differenceCiede2000();
const colourOf = (hex: string): Color => {
	const colour = parse(hex);
	if (!colour) throw new Error(`not a colour: ${hex}`);
	return colour;
};
const VISIONS: Record<string, (hex: string) => Color> = {
	normal: colourOf,
	protanopia: (hex) => filterDeficiencyProt(1)(colourOf(hex)),
	deuteranopia: (hex) => filterDeficiencyDeuter(1)(colourOf(hex)),
	tritanopia: (hex) => filterDeficiencyTrit(1)(colourOf(hex))
};

const speakers = [...SPEAKER_COLOURS];
const themes = THEME_STYLES.map((style) => style.colour);
const termInk = [...new Set(TERM_STYLES.map((style) => style.colour))];

/** Every pair with its distance under each vision. */
function pairs(a: string[], b: string[], sameList: boolean) {
	const out: { vision: string; a: string; b: string; distance: number }[] = [];
	a.forEach((x, i) =>
		b.forEach((y, j) => {
			if (sameList && j <= i) return;
			for (const [vision, see] of Object.entries(VISIONS)) out.push({ vision, a: x, b: y, distance: distance(see(x), see(y)) });
		})
	);
	return out;
}

const closest = (list: ReturnType<typeof pairs>) => list.reduce((min, p) => (p.distance < min.distance ? p : min));

describe('speaker and theme palettes', () => {
	it('share no colour', () => {
		const lower = (list: string[]) => list.map((c) => c.toLowerCase());
		expect(lower(speakers).filter((c) => lower(themes).includes(c))).toEqual([]);
		expect(new Set(lower(themes)).size).toBe(themes.length);
	});

	it.each([
		['speaker vs theme', pairs(speakers, themes, false), SPEAKER_VS_THEME],
		['speaker vs speaker', pairs(speakers, speakers, true), SPEAKER_VS_SPEAKER],
		['theme vs theme', pairs(themes, themes, true), THEME_VS_THEME],
		['theme vs term ink', pairs(themes, termInk, false), THEME_VS_TERM]
	])('%s: every pair stays apart under normal vision and each simulated deficiency', (_, list, threshold) => {
		const tooClose = list.filter((p) => p.distance < threshold);
		expect(tooClose, JSON.stringify(closest(list))).toEqual([]);
	});

	it('checks every vision (the simulations really change colours)', () => {
		for (const vision of ['protanopia', 'deuteranopia', 'tritanopia']) {
			expect(distance(VISIONS[vision]!('#D55E00'), colourOf('#D55E00')), vision).toBeGreaterThan(5);
		}
	});
});
