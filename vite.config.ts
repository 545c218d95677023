import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/vite-plugin-compile-hints';
import { pluralRulesCache } from './scripts/vite-plugin-plural-rules';

export default defineConfig({
	plugins: [
		// Compiles messages/*.json into src/lib/paraglide (generated, not committed). Every call passes
		// its locale explicitly, so the strategy only decides the fallback: the base locale, never a
		// cookie or the URL (our routes choose the language).
		paraglideVitePlugin({ project: './project.inlang', outdir: './src/lib/paraglide', strategy: ['baseLocale'] }),
		pluralRulesCache(),
		compileHints(),
		sveltekit()
	],
	// The reader's script is bundled as a worker is (imported with ?worker&url), by plugins of its own.
	worker: { plugins: () => [compileHints()] },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
					// Tests that drive Chromium belong to the browser project, whatever folder they sit in.
					exclude: ['**/*.browser.test.ts', '**/node_modules/**']
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/browser/**/*.test.ts', 'tests/**/*.browser.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
