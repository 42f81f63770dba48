import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// A static build a school can host anywhere: every page is prerendered, and the
		// fallback page lets client-only routes (review, quiz) load on any static host.
		adapter: adapter({ fallback: '404.html', strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $questions: 'questions' }
	}
};

export default config;
