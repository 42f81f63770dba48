import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['questions'] } },
	test: {
		include: [
			'tests/unit/**/*.test.ts',
			'tests/content/**/*.test.ts',
			'tests/data/**/*.test.ts',
			'tests/regression/**/*.test.ts',
			'tests/size/**/*.test.ts'
		],
		environment: 'node'
	}
});
