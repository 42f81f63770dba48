import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyPagesToPreview } from '../../src/build/preview-pages.js';

test('the preview serves the pages as the build wrote them last, and nothing else is added', () => {
	const build = mkdtempSync(join(tmpdir(), 'preview-build-'));
	const pages = mkdtempSync(join(tmpdir(), 'preview-pages-'));
	for (const dir of [join(build, 'review/all'), join(build, '_app'), join(pages, 'review/all')])
		mkdirSync(dir, { recursive: true });
	writeFileSync(join(build, 'review/all/index.html'), '<style>.card{}</style>');
	writeFileSync(join(build, '404.html'), 'fallback');
	writeFileSync(join(build, '_app/x.html'), 'asset');
	writeFileSync(join(pages, 'review/all/index.html'), '<link href="a.css" rel="stylesheet">');
	expect(copyPagesToPreview(build, pages)).toBe(1);
	expect(readFileSync(join(pages, 'review/all/index.html'), 'utf8')).toBe('<style>.card{}</style>');
	// SvelteKit has no copy of the fallback page or of build assets: none is made.
	expect(existsSync(join(pages, '404.html'))).toBe(false);
	expect(existsSync(join(pages, '_app/x.html'))).toBe(false);
});
