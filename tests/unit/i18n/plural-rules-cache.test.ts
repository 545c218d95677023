import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePluralRules } from '../../../scripts/plural-rules-cache';

const REGISTRY = resolve(import.meta.dirname, '../../../src/lib/paraglide/registry.js');

/** Loads module source as an ES module (a data: URL) and returns its exports. */
async function load(source: string): Promise<{ plural: (locale: string, input: unknown, options?: Intl.PluralRulesOptions) => string }> {
	return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

describe('the plural-rules cache applied to Paraglide registry.js', () => {
	it('answers as the generated registry does, for English and Chinese, cardinal and ordinal', async () => {
		const original = readFileSync(REGISTRY, 'utf8');
		const cached = cachePluralRules(original);
		expect(cached).not.toBe(original);
		const before = await load(original);
		const after = await load(cached);
		// English: 1 is "one", everything else "other"; ordinals 1st 2nd 3rd 4th, 11th 12th 13th, 21st 22nd 23rd.
		const cases: [string, unknown, Intl.PluralRulesOptions | undefined, string][] = [
			['en', 1, {}, 'one'],
			['en', '1', undefined, 'one'],
			['en', 0, {}, 'other'],
			['en', 2, {}, 'other'],
			['en', '1,234', {}, 'other'],
			['zh', 1, {}, 'other'],
			['en', 1, { type: 'ordinal' }, 'one'],
			['en', 2, { type: 'ordinal' }, 'two'],
			['en', 3, { type: 'ordinal' }, 'few'],
			['en', 11, { type: 'ordinal' }, 'other'],
			['en', 22, { type: 'ordinal' }, 'two']
		];
		for (const [locale, input, options, expected] of cases) {
			expect(after.plural(locale, input, options), `${locale} ${String(input)} ${JSON.stringify(options)}`).toBe(expected);
			expect(before.plural(locale, input, options)).toBe(expected);
			// Asked again (from the cache): the same answer, ordinal rules not mixed up with cardinal ones.
			expect(after.plural(locale, input, options)).toBe(expected);
		}
	});

	it('refuses a registry whose shape changed, rather than leave the cost unnoticed', () => {
		expect(() => cachePluralRules('export function plural() { return "other" }')).toThrow(/expected one/);
	});
});
