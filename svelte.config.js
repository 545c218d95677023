import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from './src/lib/security/policy.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The output folder can be moved so a test can build twice and compare the two (deterministic builds).
const outDir = process.env.PARLEY_BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes for our own components only: LayerCake still uses legacy syntax internally.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true),
		// No `window.__svelte.v` version stamp: one module and one request less on every page.
		discloseVersion: false
	},
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		// Kit's default version name is the build time, which would make every build differ.
		version: { name: version },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// Hash mode: each prerendered page gets a <meta http-equiv="content-security-policy"> with
		// the hash of its inline bootstrap script. The headers a host adds (frame-ancestors, which a
		// meta tag cannot set) come from the same module: see README, "Security".
		csp: { mode: 'hash', directives: /** @type {import('@sveltejs/kit').CspDirectives} */ (CSP_DIRECTIVES) }
	}
};

export default config;
