import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Every page but the fallback runs the language layout (src/routes/[[lang=lang]]/+layout.svelte), so every page
 * downloads whatever the layout imports. Left to itself, the bundler cuts that into a dozen small files by which
 * pages also import each piece (the header, the paths, local storage, the page's article date…); each file
 * compresses on its own, and each repeats the imports between them. These two groups put the modules the app's
 * entry imports (Svelte's and SvelteKit's runtimes: every page, the fallback too) in one file, and the modules
 * only the layout's imports bring in in another: no page downloads a byte more, and every page less (issue 12).
 * The sets are filled when the client build has read its modules, before it cuts them into files; the server
 * build finds no client entry and leaves its own chunks alone.
 */
const runtimeModules = new Set<string>();
const layoutModules = new Set<string>();
function sharedChunks(): Plugin {
	return {
		name: 'shared-chunks',
		apply: 'build',
		buildEnd() {
			runtimeModules.clear();
			layoutModules.clear();
			const ids = [...this.getModuleIds()];
			const app = ids.find((id) => id.endsWith('/generated/client-optimized/app.js'));
			const start = ids.find((id) => id.endsWith('/@sveltejs/kit/src/runtime/client/entry.js'));
			const layout = ids.find((id) => id.endsWith('/src/routes/[[lang=lang]]/+layout.svelte'));
			if (!app || !start || !layout) return;
			/**
			 * The modules `roots` import, directly or not, statically. Entries keep their own files, and so do modules
			 * that import others dynamically (the layout, the header, the message loaders): SvelteKit lists what a page
			 * preloads by walking the build's manifest once, and a chunk it first meets as a dynamic import of a
			 * shared file it never lists again, even where the page imports it statically (tests/size/check.mjs
			 * fails a page whose static imports are not all preloaded).
			 */
			const reach = (roots: string[]) => {
				const seen = new Set<string>();
				const next = [...roots];
				for (let id = next.pop(); id !== undefined; id = next.pop()) {
					if (seen.has(id)) continue;
					seen.add(id);
					next.push(...(this.getModuleInfo(id)?.importedIds ?? []));
				}
				return [...seen].filter((id) => {
					const info = this.getModuleInfo(id);
					return info && !info.isEntry && info.dynamicallyImportedIds.length === 0;
				});
			};
			for (const id of reach([app, start])) runtimeModules.add(id);
			for (const id of reach([layout])) if (!runtimeModules.has(id)) layoutModules.add(id);
		}
	};
}

// Component tests render Svelte in jsdom, so they need Svelte's browser build: svelteTesting() resolves it (and
// cleans up after each test) for their project only; every other test runs in Node against the server build.
const componentTests = ['tests/unit/answers/**/*.test.ts', 'tests/unit/word-cards/**/*.test.ts'];

export default defineConfig({
	plugins: [sveltekit(), sharedChunks()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// The runtime first: the layout's file then holds only what the runtime does not.
					groups: [
						{ name: 'runtime', test: (id) => runtimeModules.has(id), priority: 2 },
						{ name: 'layout', test: (id) => layoutModules.has(id), priority: 1 }
					]
				}
			}
		}
	},
	server: { fs: { allow: ['questions'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: [
						'tests/unit/**/*.test.ts',
						'tests/content/**/*.test.ts',
						'tests/data/**/*.test.ts',
						'tests/regression/**/*.test.ts',
						'tests/size/**/*.test.ts'
					],
					exclude: componentTests,
					environment: 'node'
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'components',
					include: componentTests,
					environment: 'jsdom',
					setupFiles: ['tests/unit/component-setup.ts'],
					// Above Testing Library's 10 s wait (component-setup.ts), so a slow wait fails with its own message.
					testTimeout: 20_000
				}
			}
		]
	}
});
