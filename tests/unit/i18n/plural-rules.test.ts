/**
 * paraglide's plural() as the build serves it (through scripts/vite-plugin-plural-rules.ts, which
 * vitest applies as Vite does): the same categories as a fresh Intl.PluralRules per call, with one
 * Intl.PluralRules made per locale and options.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachePluralRules } from '../../../scripts/vite-plugin-plural-rules';

const NativePluralRules = Intl.PluralRules;

afterEach(() => {
	vi.unstubAllGlobals();
});

/** The generated plural(), with every Intl.PluralRules it makes counted. */
async function countingPluralRules() {
	let made = 0;
	class Counting extends NativePluralRules {
		constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
			super(...args);
			made++;
		}
	}
	vi.stubGlobal('Intl', { ...Intl, PluralRules: Counting });
	const { plural } = await import('../../../src/lib/paraglide/registry.js');
	return { plural, made: () => made };
}

describe('plural() of the generated messages', () => {
	it('answers as a fresh Intl.PluralRules would, making one per locale and options', async () => {
		const { plural, made } = await countingPluralRules();
		const inputs = [0, 1, 2, 3, 4, 5, 11, 21, 22, 23, 101, 1.5, '1', '2', -1, -2, 0.5, 1.0000001, 1.0005, 1.0004999, 0.9995, 0.99949, -0.9995, 1.0001, NaN, Infinity, '1.0', 'x'];
		const kinds: (Intl.PluralRulesOptions | undefined)[] = [{}, { type: 'ordinal' }, undefined];
		let asked = 0;
		for (const locale of ['en', 'zh'] as const) {
			for (const options of kinds) {
				for (const input of inputs) {
					expect(plural(locale, input, options)).toBe(new NativePluralRules(locale, options).select(Number(input)));
					asked++;
				}
			}
		}
		expect(asked).toBe(168);
		// Cardinals in English and Chinese are written out; {} and no options are the same rules:
		// one Intl.PluralRules for each language's ordinals.
		expect(made()).toBe(2);
		// English ordinals, written by hand: 1st, 2nd, 3rd, 4th, 11th, 21st, 22nd, 23rd.
		expect([1, 2, 3, 4, 11, 21, 22, 23].map((n) => plural('en', n, { type: 'ordinal' }))).toEqual(['one', 'two', 'few', 'other', 'other', 'one', 'two', 'few']);
		expect(plural('en', 1, {})).toBe('one');
		expect(plural('zh', 1, {})).toBe('other');
	});

	it('answers English and Chinese cardinals as Intl does for every count up to 100,000 and their fractions, making no Intl.PluralRules', async () => {
		const { plural, made } = await countingPluralRules();
		const native = { en: new NativePluralRules('en'), zh: new NativePluralRules('zh') };
		for (let n = -100; n <= 100_000; n++) {
			for (const value of [n, n + 0.5, n / 10]) {
				for (const locale of ['en', 'zh'] as const) {
					const expected = native[locale].select(value);
					if (plural(locale, value, {}) !== expected) expect(`${locale} ${value}: ${plural(locale, value, {})}`).toBe(`${locale} ${value}: ${expected}`);
				}
			}
		}
		// Near 1, where Intl's three-decimal rounding decides: 0.997 to 1.003 by millionths, both signs.
		for (let k = -3000; k <= 3000; k++) {
			for (const value of [1 + k / 1e6, -1 - k / 1e6]) {
				const expected = native.en.select(value);
				if (plural('en', value, {}) !== expected) expect(`en ${value}: ${plural('en', value, {})}`).toBe(`en ${value}: ${expected}`);
			}
		}
		expect(made()).toBe(0);
		// Another locale still goes to Intl (one made, then kept).
		expect([1, 2, 1].map((n) => plural('fr' as 'en', n, {}))).toEqual(['one', 'other', 'one']);
		expect(made()).toBe(1);
	});

	it('stops the build when paraglide writes plural() another way', () => {
		expect(() => cachePluralRules('export function plural(l, i) { return select(l, i) }', 'x/registry.js')).toThrow(/x\/registry\.js: paraglide's plural\(\) is not written as expected/);
	});
});
