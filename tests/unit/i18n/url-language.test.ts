import { describe, expect, it } from 'vitest';
import { isLang, pageLang, pathInLang, withLangEntries } from '../../../src/lib/i18n/url-language';

describe('the interface language of an address', () => {
	it('is the prefix when there is one, else the transcript’s language, else English', () => {
		expect(pageLang('en', 'zh')).toBe('en');
		expect(pageLang('zh', 'en')).toBe('zh');
		expect(pageLang(undefined, 'zh')).toBe('zh');
		expect(pageLang(undefined)).toBe('en');
		expect(isLang('fr')).toBe(false);
		expect(isLang('t')).toBe(false);
	});

	it('swaps or adds the prefix and keeps the rest of the path', () => {
		expect(pathInLang('/t/x/', 'en')).toBe('/en/t/x/');
		expect(pathInLang('/t/x/read/', 'zh')).toBe('/zh/t/x/read/');
		expect(pathInLang('/zh/t/x/', 'en')).toBe('/en/t/x/');
		expect(pathInLang('/en/present/x/', 'zh')).toBe('/zh/present/x/');
		expect(pathInLang('/', 'zh')).toBe('/zh/');
		expect(pathInLang('/en/', 'zh')).toBe('/zh/');
		expect(pathInLang('/en', 'zh')).toBe('/zh/');
		// A path segment that only starts like a language is not one.
		expect(pathInLang('/enterprise/', 'zh')).toBe('/zh/enterprise/');
		// Under a base path.
		expect(pathInLang('/parley/zh/t/x/', 'en', '/parley')).toBe('/parley/en/t/x/');
		expect(pathInLang('/parley/', 'en', '/parley')).toBe('/parley/en/');
	});

	it('lists every page once unprefixed and once per language', () => {
		expect(withLangEntries([{ slug: 'a' }])).toEqual([{ slug: 'a' }, { slug: 'a', lang: 'en' }, { slug: 'a', lang: 'zh' }]);
	});
});
