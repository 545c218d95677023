/**
 * A Vite plugin that makes paraglide's generated `plural()` (src/lib/paraglide/registry.js) answer
 * English and Chinese cardinals by their written-out rules and keep one Intl.PluralRules per locale
 * and options for the rest, instead of making one per call. Every message with
 * a plural (a bar's accessible name: "12 turns") calls it, so the dashboard's start made some
 * hundreds of them, each as costly as a whole formatted figure; a profile of the start on a 4x
 * slowed CPU showed them among the top functions. The generated file is rewritten at load, not
 * edited (it is regenerated from messages/*.json); if paraglide ever writes `plural()` otherwise,
 * the build stops here and says so rather than quietly dropping the cache.
 */
import type { Plugin } from 'vite';

const GENERATED = 'return new Intl.PluralRules(locale, options).select(Number(input))';
const CACHED = `if (!options?.type || options.type === 'cardinal') {
		const plain = plainCardinal(locale, options, Number(input));
		if (plain) return plain;
	}
	let rules = pluralRules.get(locale + '\\u0000' + JSON.stringify(options ?? {}));
	if (!rules) pluralRules.set(locale + '\\u0000' + JSON.stringify(options ?? {}), (rules = new Intl.PluralRules(locale, options)));
	return rules.select(Number(input))`;

/**
 * The interface languages' cardinal rules, written out, so that the page's first plural does not
 * make an Intl.PluralRules, which loads the browser's locale data. CLDR: Chinese is always
 * "other"; English is "one" when the number, as Intl writes it (at most three decimals, halves
 * rounded away from zero on its shortest decimal form, so 1.0000001 and 0.9995 are "1"), is 1 or
 * -1 with no decimals left. Anything else (other locales, ordinals, digit options) goes to Intl. A
 * unit test compares both languages with Intl's own.
 */
const PLAIN_CARDINAL = `function plainCardinal(locale, options, n) {
	if (options && Object.keys(options).some((key) => key !== 'type')) return undefined;
	if (locale === 'zh') return 'other';
	if (locale !== 'en') return undefined;
	const size = Math.abs(n);
	if (!(size >= 0.9995 && size < 1.0005)) return 'other';
	const [whole, fraction = ''] = String(size).split('.');
	const roundsToOne = whole === '1' ? fraction.slice(0, 3).replace(/0/g, '') === '' && !(fraction[3] >= '5') : fraction.startsWith('999') && fraction[3] >= '5';
	return roundsToOne ? 'one' : 'other';
}`;

/** Rewrites registry.js's `plural()` to reuse its Intl.PluralRules; throws if its body is not the one expected. */
export function cachePluralRules(source: string, id = 'registry.js'): string {
	if (!source.includes(GENERATED)) throw new Error(`${id}: paraglide's plural() is not written as expected (${GENERATED}); update scripts/vite-plugin-plural-rules.ts`);
	return `/** Intl.PluralRules by locale and options (added by scripts/vite-plugin-plural-rules.ts). */\nconst pluralRules = new Map();\n${PLAIN_CARDINAL}\n${source.replace(GENERATED, CACHED)}`;
}

export function pluralRulesCache(): Plugin {
	return {
		name: 'parley:plural-rules-cache',
		transform(source, id) {
			if (!/[\\/]src[\\/]lib[\\/]paraglide[\\/]registry\.js$/.test(id.split('?')[0])) return undefined;
			return { code: cachePluralRules(source, id), map: null };
		}
	};
}
