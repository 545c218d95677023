/**
 * The policy module and the header files written from it. The files in the repository must be
 * what `npm run headers` writes now (else someone changed the policy and forgot them), and the
 * directives that matter are checked as written here, not as the module builds them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, headerPolicy, headersFile, nginxSnippet, pagePaths } from '../../../src/lib/security/policy.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const LOCALES = ['en', 'zh'];

describe('the Content-Security-Policy', () => {
	it('is the policy written by hand here', () => {
		expect(headerPolicy('page')).toBe(
			"script-src-attr 'none'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; img-src 'self' blob:; font-src 'self'; " +
				"connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
		);
		expect(headerPolicy('embed')).toMatch(/; frame-ancestors \*$/);
		expect(CSP_DIRECTIVES['script-src']).toEqual(['self']);
		expect(CSP_DIRECTIVES['default-src']).toEqual(['self']);
	});

	it('allows nothing inline but style attributes, and no eval', () => {
		for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
			expect(sources, name).not.toContain('unsafe-eval');
			if (name !== 'style-src-attr') expect(sources, name).not.toContain('unsafe-inline');
		}
	});

	it('gives every page path one rule and the embeds their own, never overlapping', () => {
		const paths = pagePaths(LOCALES);
		expect(paths.embed).toEqual(['/embed/*', '/en/embed/*', '/zh/embed/*']);
		const all = [...paths.page, ...paths.embed];
		const match = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
		// One path of each kind, written by hand, matches exactly one rule.
		for (const path of ['/', '/zh/', '/compare/', '/en/compare/', '/t/x/', '/zh/t/x/read/', '/present/x/', '/en/embed/x/theme-heatmap/', '/embed/x/y/']) {
			expect(all.filter((pattern) => match(pattern, path)), path).toHaveLength(1);
		}
	});
});

describe('the header files', () => {
	it('static/_headers and deploy/nginx-parley.conf are what npm run headers writes', () => {
		const { locales } = JSON.parse(read('project.inlang/settings.json')) as { locales: string[] };
		expect(locales).toEqual(LOCALES);
		expect(read('static/_headers')).toBe(headersFile(locales));
		expect(read('deploy/nginx-parley.conf')).toBe(nginxSnippet(locales));
	});

	it('_headers: nosniff and the referrer policy for everything; dashboards unframeable, embeds frameable', () => {
		const text = read('static/_headers');
		expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n');
		expect(text).toMatch(/\n\/t\/\*\n {2}Content-Security-Policy: [^\n]*object-src 'none'; base-uri 'none'; [^\n]*frame-ancestors 'none'\n/);
		expect(text).toMatch(/\n\/zh\/embed\/\*\n {2}Content-Security-Policy: [^\n]*object-src 'none'; [^\n]*frame-ancestors \*\n/);
		expect(text).not.toMatch(/unsafe-eval/);
	});

	it('nginx: frame-ancestors * only for embed paths, headers sent on every status', () => {
		const text = read('deploy/nginx-parley.conf');
		expect(text).toContain(`set $parley_frame_ancestors "'none'";`);
		expect(text).toContain('if ($uri ~ "^/(?:(?:en|zh)/)?embed/") {\n    set $parley_frame_ancestors "*";\n}');
		expect(text).toMatch(/add_header Content-Security-Policy "[^"]*object-src 'none'[^"]*frame-ancestors \$parley_frame_ancestors" always;/);
		expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(text).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
	});
});
