import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/vite-plugin-compile-hints';
import { pluralRulesCache } from './scripts/vite-plugin-plural-rules';

const FIRST_LOAD_RUNTIME =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue)[\\/]|rolldown[:\\/]runtime|src[\\/]lib[\\/](paraglide[\\/]runtime\.js|i18n[\\/]url-language\.ts|export[\\/]context\.ts|charts[\\/]chart-wording\.ts)$/;

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
	// One chunk for what every page's first load runs: Svelte's and SvelteKit's runtimes, the
	// bundler's own helper, Paraglide's runtime, and three small modules of ours that first loads
	// and late code share (the language list, the export and wording contexts). Split by the
	// bundler, they came as seven files, four of them under 300 bytes; over HTTP/1.1 each file is
	// a request with its round trip before the first paint (README, "Fewer files in a first load").
	environments: {
		client: {
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: { groups: [{ name: 'runtime', test: (id: string) => FIRST_LOAD_RUNTIME.test(id) }] }
					}
				}
			}
		}
	},
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
