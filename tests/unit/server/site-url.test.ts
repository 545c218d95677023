import { describe, expect, it } from 'vitest';
import { siteOrigin } from '../../../src/lib/server/site-url';

describe('siteOrigin (PARLEY_SITE_URL)', () => {
	it('is null when unset or blank: pages then name no canonical or language links', () => {
		expect(siteOrigin(undefined)).toBeNull();
		expect(siteOrigin('')).toBeNull();
		expect(siteOrigin('   ')).toBeNull();
	});

	it('keeps the scheme, host and port only', () => {
		expect(siteOrigin('https://parley.example.org')).toBe('https://parley.example.org');
		expect(siteOrigin('https://parley.example.org/some/path/?q=1#x')).toBe('https://parley.example.org');
		expect(siteOrigin(' http://localhost:8080/ ')).toBe('http://localhost:8080');
		expect(siteOrigin('HTTPS://Parley.Example.ORG')).toBe('https://parley.example.org');
	});

	it('refuses what is not an absolute http(s) address, naming the variable', () => {
		expect(() => siteOrigin('parley.example.org')).toThrow(/PARLEY_SITE_URL must be an absolute http\(s\) address/);
		expect(() => siteOrigin('/en/')).toThrow(/PARLEY_SITE_URL/);
		expect(() => siteOrigin('ftp://parley.example.org')).toThrow(/PARLEY_SITE_URL must be an http\(s\) address, not "ftp:\/\/parley.example.org"/);
		expect(() => siteOrigin('javascript:alert(1)')).toThrow(/PARLEY_SITE_URL/);
	});
});
