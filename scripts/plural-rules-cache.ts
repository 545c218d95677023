/**
 * A Vite plugin for Paraglide's generated message registry (src/lib/paraglide/registry.js),
 * whose `plural()` builds a new `Intl.PluralRules` at every call of a message with a plural: a
 * click renames hundreds of marks ("3 mentions"), and constructing the rules was a few per cent
 * of a click's time. The rules are kept per locale and options instead; the answers are the same
 * (Intl.PluralRules is immutable). The generated file is not edited: it is rewritten as loaded.
 */
import type { Plugin } from 'vite';

const CALL = 'new Intl.PluralRules(locale, options)';
const CACHED = `const parleyPluralRules = new Map();
function parleyPluralRulesFor(locale, options) {
	const key = locale + '\\u0000' + JSON.stringify(options ?? {});
	let rules = parleyPluralRules.get(key);
	if (!rules) parleyPluralRules.set(key, (rules = new Intl.PluralRules(locale, options)));
	return rules;
}
`;

/** The registry's source with its plural rules cached; throws if the generated code changed shape. */
export function cachePluralRules(source: string): string {
	const calls = source.split(CALL).length - 1;
	if (calls !== 1) throw new Error(`plural-rules-cache: expected one "${CALL}" in Paraglide's registry.js, found ${calls}`);
	return CACHED + source.replace(CALL, 'parleyPluralRulesFor(locale, options)');
}

export function pluralRulesCache(): Plugin {
	return {
		name: 'parley:plural-rules-cache',
		transform(code, id) {
			if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith('/src/lib/paraglide/registry.js')) return undefined;
			return { code: cachePluralRules(code), map: null };
		}
	};
}
