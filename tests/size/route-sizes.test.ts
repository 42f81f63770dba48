import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RouteBudget } from './budgets.mjs';
import { listStaticImports, stylesheetsByScript } from '../../src/build/module-preloads.js';
import { checkBudgets, pageSize } from './route-sizes.mjs';
import { budgets as routeBudgets } from './budgets.mjs';
import { firstPages, firstPagesBuilt } from '../../src/build/first-pages.js';

/** A tiny build: one page per route, each preloading one script of the given size (random bytes do not compress). */
function fakeBuild(pages: Record<string, number>) {
	const dir = mkdtempSync(join(tmpdir(), 'size-check-'));
	mkdirSync(join(dir, '_app'), { recursive: true });
	for (const [page, scriptBytes] of Object.entries(pages)) {
		const script = `_app/${page.replace(/\W/g, '_')}.js`;
		writeFileSync(join(dir, script), randomBytes(scriptBytes));
		mkdirSync(join(dir, page, '..'), { recursive: true });
		const depth = page.split('/').length - 1;
		const href = `${'../'.repeat(depth) || './'}${script}`;
		writeFileSync(join(dir, page), `<html><head><link href="${href}" rel="modulepreload"></head></html>`);
	}
	return dir;
}

const budgets = [
	{ route: '/', pages: /^index\.html$/, criticalJsKiB: 10 },
	{ route: '/decks/[deckId]/', pages: /^decks\/[^/]+\/index\.html$/, criticalJsKiB: 20 }
];

describe('route size budgets', () => {
	test('a build within its budgets passes, and the largest page of each route is the one measured', () => {
		const dir = fakeBuild({
			'index.html': 8 * 1024,
			'decks/a/index.html': 5 * 1024,
			'decks/b/index.html': 15 * 1024
		});
		const { routes, failures } = checkBudgets(dir, budgets);
		expect(failures).toEqual([]);
		expect(routes.find((route) => route.budget.route === '/decks/[deckId]/')?.largestJs?.page).toBe(
			'decks/b/index.html'
		);
	});

	test('a route whose first-load JS grows past its budget fails, naming the route and the page', () => {
		const dir = fakeBuild({
			'index.html': 8 * 1024,
			'decks/a/index.html': 5 * 1024,
			'decks/b/index.html': 21 * 1024
		});
		const { failures } = checkBudgets(dir, budgets);
		expect(failures).toHaveLength(1);
		expect(failures[0]).toMatch(
			/^\/decks\/\[deckId\]\/: decks\/b\/index\.html loads 2\d\.\d KiB .* budget of 20 KiB/
		);
	});

	test('a page that no route budget covers fails', () => {
		const dir = fakeBuild({ 'index.html': 1024, 'quiz/index.html': 1024 });
		expect(checkBudgets(dir, budgets).failures).toEqual([
			expect.stringMatching(/^quiz\/index\.html: no route .* covers this page/)
		]);
	});

	test('a page that must not load chart or optimizer code fails when a script it preloads carries it', () => {
		const dir = fakeBuild({ 'index.html': 1024, 'decks/a/index.html': 1024 });
		const guarded: RouteBudget[] = [{ ...budgets[0]!, without: ['charts', 'optimizer'] }, budgets[1]!];
		expect(checkBudgets(dir, guarded).failures).toEqual([]);
		// The home page's script now carries a chart; a deck page may carry one.
		appendFileSync(join(dir, '_app/index_html.js'), 'const c = `<svg data-chart="bars">`;');
		appendFileSync(join(dir, '_app/decks_a_index_html.js'), 'const c = `<svg data-chart="bars">`;');
		expect(checkBudgets(dir, guarded).failures).toEqual([
			expect.stringMatching(/^\/: index\.html loads chart code in _app\/index_html\.js/)
		]);
		appendFileSync(join(dir, '_app/index_html.js'), 'import("./fsrs_browser_bg.wasm");');
		expect(checkBudgets(dir, guarded).failures).toHaveLength(2);
	});

	test('critical JS counts what the preloaded scripts import statically, not what they import on demand', () => {
		const dir = fakeBuild({ 'index.html': 1024 });
		// The page's script imports one chunk statically (which imports another) and one on demand.
		writeFileSync(join(dir, '_app/database.js'), randomBytes(2048));
		writeFileSync(join(dir, '_app/nested.js'), randomBytes(512));
		writeFileSync(join(dir, '_app/later.js'), randomBytes(4096));
		appendFileSync(join(dir, '_app/database.js'), ';import"./nested.js";');
		writeFileSync(
			join(dir, '_app/index_html.js'),
			'import{a as b}from"./database.js";const l=()=>import("./later.js");'
		);
		const size = pageSize(dir, 'index.html');
		expect(size.scriptCount).toBe(3);
		expect(size.criticalJsBytes).toBeGreaterThan(2048 + 512);
		expect(size.criticalJsBytes).toBeLessThan(4096);
		// Fetched before the page runs but not preloaded: the check says so, until the build lists them.
		const guarded = [{ ...budgets[0]!, criticalJsKiB: 100 }];
		expect(checkBudgets(dir, guarded).failures).toEqual([
			expect.stringMatching(/^\/: index\.html imports _app\/database\.js without preloading it/)
		]);
		expect(listStaticImports(dir, 'index.html')).toBe(2);
		expect(checkBudgets(dir, guarded).failures).toEqual([]);
		expect(pageSize(dir, 'index.html').criticalJsBytes).toBe(size.criticalJsBytes);
	});

	test('a page whose scripts need a stylesheet its HTML does not link fails, until the build links it', () => {
		const dir = fakeBuild({ 'index.html': 1024 });
		// The page's script imports a chunk whose styles the client build's manifest names.
		writeFileSync(join(dir, '_app/runner.js'), randomBytes(512));
		writeFileSync(join(dir, '_app/index_html.js'), 'import{a}from"./runner.js";');
		writeFileSync(join(dir, '_app/runner.css'), '.runner{color:red}');
		writeFileSync(join(dir, '_app/app.css'), 'body{margin:0}');
		const html = readFileSync(join(dir, 'index.html'), 'utf8');
		writeFileSync(
			join(dir, 'index.html'),
			html.replace('<head>', '<head><link href="./_app/app.css" rel="stylesheet">')
		);
		const manifest = join(dir, 'manifest.json');
		writeFileSync(
			manifest,
			JSON.stringify({
				'src/page.ts': { file: '_app/index_html.js', imports: ['_runner.js'] },
				'_runner.js': { file: '_app/runner.js', css: ['_app/runner.css'] }
			})
		);
		const guarded = [{ ...budgets[0]!, criticalJsKiB: 100 }];
		expect(checkBudgets(dir, guarded, manifest).failures).toEqual([
			expect.stringMatching(/^\/: index\.html imports _app\/runner\.js without preloading it/),
			expect.stringMatching(/^\/: index\.html runs scripts that need _app\/runner\.css without linking it/)
		]);
		expect(listStaticImports(dir, 'index.html', stylesheetsByScript(dir, manifest))).toBe(2);
		expect(checkBudgets(dir, guarded, manifest).failures).toEqual([]);
		// Linked after the page's own stylesheets, so the cascade keeps its order.
		const head = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(head.indexOf('runner.css')).toBeGreaterThan(head.indexOf('app.css'));
	});

	test('a page that loads more scripts than its budget allows fails, naming the count', () => {
		const dir = fakeBuild({ 'index.html': 1024 });
		writeFileSync(join(dir, '_app/a.js'), randomBytes(64));
		writeFileSync(join(dir, '_app/b.js'), randomBytes(64));
		writeFileSync(join(dir, '_app/index_html.js'), 'import"./a.js";import"./b.js";');
		listStaticImports(dir, 'index.html');
		expect(pageSize(dir, 'index.html').scriptCount).toBe(3);
		expect(checkBudgets(dir, [{ ...budgets[0]!, maxScripts: 3 }]).failures).toEqual([]);
		expect(checkBudgets(dir, [{ ...budgets[0]!, maxScripts: 2 }]).failures).toEqual([
			expect.stringMatching(/^\/: index\.html loads 3 scripts before it runs, over its budget of 2/)
		]);
	});

	test('the pages opened first, and only they, are held to a number of scripts', () => {
		// One list (src/build/first-pages.js) groups their modules and inlines their styles; their budgets follow it.
		const held = routeBudgets.filter((budget) => budget.maxScripts !== undefined);
		expect(held.map((budget) => budget.route).sort()).toEqual(
			firstPages.map((page) => `/${page.route}/`).sort()
		);
		for (const page of ['review/all/index.html', 'en/quiz/take/index.html', 'class/join/index.html'])
			expect(page).toMatch(firstPagesBuilt);
		for (const page of ['index.html', 'quiz/index.html', 'class/index.html', 'review/all/x/index.html'])
			expect(page).not.toMatch(firstPagesBuilt);
	});

	test('critical JS counts every script a page preloads, gzipped', () => {
		const dir = fakeBuild({ 'index.html': 4096 });
		const size = pageSize(dir, 'index.html');
		expect(size.scriptCount).toBe(1);
		// Random bytes gain nothing from gzip: the compressed size is the script's size plus gzip's few header bytes.
		expect(size.criticalJsBytes).toBeGreaterThanOrEqual(4096);
		expect(size.criticalJsBytes).toBeLessThan(4096 + 64);
	});
});
