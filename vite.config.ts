import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { firstPageOfSource } from './src/build/first-pages.js';

/**
 * How the client build cuts the app's modules into files (issue 12). Left to itself, the bundler makes one file per
 * set of pages that import a module, so a page loads dozens of small files; each compresses on its own, and on a
 * phone each costs a round trip (a host speaking HTTP/1.1 fetches six at a time: Lighthouse measured review, a quiz
 * and join at 48, 48 and 35 scripts before they could paint). Four groups instead:
 * - runtime: what the app's entry imports (Svelte's and SvelteKit's runtimes: every page, the fallback too);
 * - layout: what only the language layout (src/routes/[[lang=lang]]/+layout.svelte) brings in: every page but the
 *   fallback runs it;
 * - shared: the small modules the content pages (reader, decks, questions…) share with the pages opened first;
 * - study, study-review, study-quiz, study-class: the other small modules of the pages a learner or a student opens
 *   first from a link (review, a quiz, join a class): those two or three of them use, and each one's own.
 * Every other module is left to the bundler: large ones (they keep a file, fetched only where used) and those only
 * the other pages use. A page's own files stay in its node's file. The first two groups cost no page a byte; the
 * last two may cost a page that uses one of their modules the others it does not (tests/size/budgets.mjs).
 * The sets are filled when the client build has read its modules, before it cuts them into files; the server
 * build finds no client entry and leaves its own chunks alone.
 */
const runtimeModules = new Set<string>();
const layoutModules = new Set<string>();
/** The modules the content pages share with the pages opened first (one file for all of them). */
const sharedModules = new Set<string>();
/** Other modules of the pages opened first, each with the name of the file it goes in. */
const studyChunks = new Map<string, string>();
/** The practice pages (review, quizzes, class, cards, settings…); every other page is a content page. */
const practicePages =
	/\/src\/routes\/\[\[lang=lang\]\]\/(review|quiz|class|cards|settings|stats|author|library)\//;
/** Modules larger than this (characters of code) keep a file of their own, fetched only by the pages that use them. */
const smallModule = 4000;

function sharedChunks(): Plugin {
	return {
		name: 'shared-chunks',
		apply: 'build',
		buildEnd() {
			runtimeModules.clear();
			layoutModules.clear();
			sharedModules.clear();
			studyChunks.clear();
			const ids = [...this.getModuleIds()];
			const app = ids.find((id) => id.endsWith('/generated/client-optimized/app.js'));
			const start = ids.find((id) => id.endsWith('/@sveltejs/kit/src/runtime/client/entry.js'));
			const layout = ids.find((id) => id.endsWith('/src/routes/[[lang=lang]]/+layout.svelte'));
			if (!app || !start || !layout) return;
			/**
			 * The modules `roots` import, directly or not, statically. Entries keep their own files, and so do modules
			 * that import others dynamically (the layout, the header, the message loaders) unless `keepDynamicImporters`:
			 * SvelteKit lists what a page preloads by walking the build's manifest once, and a chunk it first meets as a
			 * dynamic import of a shared file it never lists again, even where the page imports it statically, nor its
			 * stylesheet (src/build/module-preloads.js adds both to the pages; tests/size/check.mjs fails a page that
			 * misses one). The study files may hold such modules: the runtime and the layout do not.
			 */
			const reach = (roots: string[], keepDynamicImporters = false) => {
				const seen = new Set<string>();
				const next = [...roots];
				for (let id = next.pop(); id !== undefined; id = next.pop()) {
					if (seen.has(id)) continue;
					seen.add(id);
					next.push(...(this.getModuleInfo(id)?.importedIds ?? []));
				}
				return [...seen].filter((id) => {
					const info = this.getModuleInfo(id);
					return info && !info.isEntry && (keepDynamicImporters || info.dynamicallyImportedIds.length === 0);
				});
			};
			for (const id of reach([app, start])) runtimeModules.add(id);
			for (const id of reach([layout])) if (!runtimeModules.has(id)) layoutModules.add(id);
			// Which pages use each other module: content pages, and which of the pages opened first.
			const nodes = ids.filter((id) => /\/generated\/client-optimized\/nodes\/\d+\.js$/.test(id));
			const pageOf = (node: string) =>
				this.getModuleInfo(node)?.importedIds.find((id) => id.includes('/src/routes/')) ?? '';
			const inContent = new Set<string>();
			const firstUses = new Map<string, Set<string>>();
			for (const node of nodes) {
				const page = pageOf(node);
				const first = firstPageOfSource(page)?.name;
				for (const id of reach([node], true)) {
					if (runtimeModules.has(id) || layoutModules.has(id)) continue;
					if (!practicePages.test(page)) inContent.add(id);
					if (first) firstUses.set(id, (firstUses.get(id) ?? new Set()).add(first));
				}
			}
			const small = (id: string) => (this.getModuleInfo(id)?.code?.length ?? Infinity) <= smallModule;
			for (const [id, pages] of firstUses) {
				// A page's own files stay in its node's file, with their styles (SvelteKit lists a node's styles).
				if (!small(id) || id.includes('/src/routes/')) continue;
				// The content pages' files hold no module that loads others on demand (the fallback page would load it).
				if (inContent.has(id)) {
					if (!this.getModuleInfo(id)?.dynamicallyImportedIds.length) sharedModules.add(id);
				} else studyChunks.set(id, pages.size > 1 ? 'study' : `study-${[...pages][0]}`);
			}
			// Each group closed under static imports (into itself or an earlier group): the bundler would otherwise pull
			// a module's imports into its file, and a content page would then download a study file.
			const inGroup = (id: string) =>
				runtimeModules.has(id) || layoutModules.has(id) || sharedModules.has(id) || studyChunks.has(id);
			for (let changed = true; changed;) {
				changed = false;
				for (const id of [...sharedModules, ...studyChunks.keys()]) {
					const deps = this.getModuleInfo(id)?.importedIds ?? [];
					const allowed = sharedModules.has(id)
						? (dep: string) => runtimeModules.has(dep) || layoutModules.has(dep) || sharedModules.has(dep)
						: inGroup;
					if (deps.every(allowed)) continue;
					sharedModules.delete(id);
					studyChunks.delete(id);
					changed = true;
				}
			}
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
					// The runtime first: each file then holds only what the ones before it do not.
					groups: [
						{ name: 'runtime', test: (id) => runtimeModules.has(id), priority: 2 },
						{ name: 'layout', test: (id) => layoutModules.has(id), priority: 1 },
						{ name: 'shared', test: (id) => sharedModules.has(id), priority: 0.5 },
						{ name: (id) => studyChunks.get(id) ?? null, test: (id) => studyChunks.has(id), priority: 0 }
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
