/**
 * Writes the headers a host should send with the built site, from the policy in
 * src/lib/security/policy.js: static/_headers (Netlify, Cloudflare Pages; copied into build/) and
 * deploy/nginx-parley.conf. `--check` writes nothing and exits 1 if either file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFile, nginxSnippet } from '../src/lib/security/policy.js';

const ROOT = resolve(import.meta.dirname, '..');
const { locales } = JSON.parse(readFileSync(resolve(ROOT, 'project.inlang/settings.json'), 'utf8')) as { locales: string[] };
const files: [string, string][] = [
	['static/_headers', headersFile(locales)],
	['deploy/nginx-parley.conf', nginxSnippet(locales)]
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of files) {
	const file = resolve(ROOT, path);
	if (!check) {
		writeFileSync(file, text);
		continue;
	}
	let current = '';
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		// missing: reported below
	}
	if (current !== text) {
		console.error(`${path} is out of date: run npm run headers`);
		stale++;
	}
}
process.exitCode = stale > 0 ? 1 : 0;
