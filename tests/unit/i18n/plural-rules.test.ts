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

describe('plural() of the generated messages', () => {
	it('answers as a fresh Intl.PluralRules would, making one per locale and options', async () => {
		let made = 0;
		class Counting extends NativePluralRules {
			constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
				super(...args);
				made++;
			}
		}
		vi.stubGlobal('Intl', { ...Intl, PluralRules: Counting });
		const { plural } = await import('../../../src/lib/paraglide/registry.js');
		const inputs = [0, 1, 2, 3, 4, 5, 11, 21, 22, 23, 101, 1.5, '1', '2'];
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
		expect(asked).toBe(84);
		// {} and no options are the same rules: en and zh, cardinal and ordinal.
		expect(made).toBe(4);
		// English ordinals, written by hand: 1st, 2nd, 3rd, 4th, 11th, 21st, 22nd, 23rd.
		expect([1, 2, 3, 4, 11, 21, 22, 23].map((n) => plural('en', n, { type: 'ordinal' }))).toEqual(['one', 'two', 'few', 'other', 'other', 'one', 'two', 'few']);
		expect(plural('en', 1, {})).toBe('one');
		expect(plural('zh', 1, {})).toBe('other');
	});

	it('stops the build when paraglide writes plural() another way', () => {
		expect(() => cachePluralRules('export function plural(l, i) { return select(l, i) }', 'x/registry.js')).toThrow(/x\/registry\.js: paraglide's plural\(\) is not written as expected/);
	});
});
