import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// Component tests render Svelte in jsdom, so they need Svelte's browser build: svelteTesting() resolves it (and
// cleans up after each test) for their project only; every other test runs in Node against the server build.
const componentTests = ['tests/unit/answers/**/*.test.ts', 'tests/unit/word-cards/**/*.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
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
