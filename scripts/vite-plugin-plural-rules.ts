/**
 * A Vite plugin that makes paraglide's generated `plural()` (src/lib/paraglide/registry.js) keep
 * one Intl.PluralRules per locale and options instead of making one per call. Every message with
 * a plural (a bar's accessible name: "12 turns") calls it, so the dashboard's start made some
 * hundreds of them, each as costly as a whole formatted figure; a profile of the start on a 4x
 * slowed CPU showed them among the top functions. The generated file is rewritten at load, not
 * edited (it is regenerated from messages/*.json); if paraglide ever writes `plural()` otherwise,
 * the build stops here and says so rather than quietly dropping the cache.
 */
import type { Plugin } from 'vite';

const GENERATED = 'return new Intl.PluralRules(locale, options).select(Number(input))';
const CACHED = `let rules = pluralRules.get(locale + '\\u0000' + JSON.stringify(options ?? {}));
	if (!rules) pluralRules.set(locale + '\\u0000' + JSON.stringify(options ?? {}), (rules = new Intl.PluralRules(locale, options)));
	return rules.select(Number(input))`;

/** Rewrites registry.js's `plural()` to reuse its Intl.PluralRules; throws if its body is not the one expected. */
export function cachePluralRules(source: string, id = 'registry.js'): string {
	if (!source.includes(GENERATED)) throw new Error(`${id}: paraglide's plural() is not written as expected (${GENERATED}); update scripts/vite-plugin-plural-rules.ts`);
	return `/** Intl.PluralRules by locale and options (added by scripts/vite-plugin-plural-rules.ts). */\nconst pluralRules = new Map();\n${source.replace(GENERATED, CACHED)}`;
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
