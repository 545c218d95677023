// Throwaway dev server config: the repo's config, without reloading when someone else's build writes build/.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
export default defineConfig({
	root: '/work/main',
	plugins: [sveltekit()],
	server: { watch: { ignored: ['**/build/**', '**/.svelte-kit/output/**', '**/test-results/**'] } }
});
