// `npm run bench`: builds the app (timed), serves it like a static host, and prints every figure of the benchmark
// from one run, in real Chromium. It asserts nothing: targets are printed beside the figures as met or not.
// The method of each group is written at the top of its file in tests/bench/groups/ and in the README.
//
//   npm run bench                      everything (about 20 minutes on a 2-core machine)
//   npm run bench -- --quick           fewer samples, for a look while developing
//   npm run bench -- --only rating,first-card
//   npm run bench -- --no-build        use the existing build/
//   npm run bench -- --no-build --build-dir /tmp/copy   measure a copy of a build (to keep working meanwhile)
//   npm run bench -- --only lighthouse --pages "class join,quiz builder"   some of Lighthouse's pages (its names)
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshContext, launchBrowser, persistentContext } from './lib/browser.mjs';
import { seedHistory } from './lib/seed.mjs';
import { printRows, row } from './lib/stats.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import {
	contentOverrides,
	questionsById,
	readBuiltAppVersion,
	readBuiltCatalog,
	readBuiltScriptMap,
	syntheticCatalog,
	syntheticDeckId,
	syntheticQuestions,
	syntheticShells
} from './lib/synthetic-content.mjs';
import build from './groups/build.mjs';
import routeBytes from './groups/route-bytes.mjs';
import serviceWorker from './groups/service-worker.mjs';
import firstCard from './groups/first-card.mjs';
import rating from './groups/rating.mjs';
import homeCounts from './groups/home-counts.mjs';
import quizBuilder from './groups/quiz-builder.mjs';
import statistics from './groups/statistics.mjs';
import lighthouse from './groups/lighthouse.mjs';

/** Every group, in the order they run; a new group is one file in groups/ and one line here. */
const groups = {
	build,
	'route-bytes': routeBytes,
	'service-worker': serviceWorker,
	'first-card': firstCard,
	rating,
	'home-counts': homeCounts,
	'quiz-builder': quizBuilder,
	statistics,
	lighthouse
};

const argv = process.argv.slice(2);
const option = (name) => {
	const index = argv.indexOf(name);
	return index === -1 ? undefined : (argv[index + 1] ?? '');
};
const only = option('--only')?.split(',').filter(Boolean);
for (const name of only ?? [])
	if (!groups[name]) throw new Error(`No bench group "${name}": ${Object.keys(groups).join(', ')}`);
const quick = argv.includes('--quick');
// Groups that measure a list of pages (Lighthouse) measure only these, by the names they print.
const pages = option('--pages')
	?.split(',')
	.map((name) => name.trim())
	.filter(Boolean);
const port = Number(process.env.BENCH_PORT ?? 4174);
const buildDir = resolve(option('--build-dir') ?? 'build');

let buildMs;
if (!argv.includes('--no-build')) {
	console.log('Building (vite build)…');
	const started = performance.now();
	if (buildDir !== resolve('build'))
		throw new Error('--build-dir needs --no-build: the build is written to build/');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		process.stderr.write(result.stdout);
		process.stderr.write(result.stderr);
		process.exit(result.status ?? 1);
	}
	buildMs = performance.now() - started;
}
if (!existsSync(`${buildDir}/index.html`)) {
	console.error('No build found: run `npm run bench` without --no-build.');
	process.exit(1);
}

const realCatalog = readBuiltCatalog(buildDir);
const synthetic = syntheticCatalog(realCatalog);
const synthetics = syntheticQuestions(synthetic);
const overrides = {
	real: new Map(),
	synthetic: contentOverrides(synthetic, readBuiltScriptMap(buildDir), readBuiltAppVersion(buildDir))
};
const server = await startStaticServer({ root: buildDir, port, rewrite: syntheticShells });
const browser = await launchBrowser();

let warm;
let links;
/** Everything a group may use; expensive parts (the seeded context, quiz links) are made on first use. */
const env = {
	buildDir,
	buildMs,
	port,
	quick,
	pages,
	origin: server.origin,
	server,
	browser,
	realCatalog,
	realQuestionCount: realCatalog.decks.reduce((total, deck) => total + deck.questions.length, 0),
	syntheticQuestionCount: synthetic.decks.reduce((total, deck) => total + deck.questions.length, 0),
	syntheticById: questionsById(synthetic),
	heavyDeckId: syntheticDeckId(0),
	useContent(which) {
		server.setOverrides(overrides[which]);
	},
	/**
	 * One profile that has been used: the service worker installed (with the synthetic catalog), caches full, and
	 * the database seeded with 100,000 cards and 1,000,000 log entries. On disk, like a learner's profile.
	 */
	async warmContext() {
		if (warm) return warm;
		env.useContent('synthetic');
		const { id, context, close } = await persistentContext();
		const page = await context.newPage();
		await page.goto(`${server.origin}/review/${env.heavyDeckId}/`, { timeout: 180_000 });
		await page.locator('main [data-question]').first().waitFor({ timeout: 180_000 });
		await page.evaluate(() => navigator.serviceWorker.ready);
		console.log(`  seeding ${synthetics.length.toLocaleString('en')} cards and 1,000,000 log entries…`);
		const seedMs = await seedHistory(page, {
			questions: synthetics,
			reviewCount: 1_000_000,
			heavyDeckId: env.heavyDeckId
		});
		console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);
		await page.close();
		warm = { id, context, close };
		return warm;
	},
	/** A quiz link and a class quiz's links, made through the app's own builders on the real content. */
	async links() {
		if (links) return links;
		env.useContent('real');
		const { context } = await freshContext(browser);
		const page = await context.newPage();
		await page.goto(`${server.origin}/quiz/`);
		await page.locator('main form button[type="submit"]').click();
		await page.waitForURL(/\/quiz\/take\/#q=/);
		const quiz = new URL(page.url()).pathname + new URL(page.url()).hash;
		await page.goto(`${server.origin}/class/`);
		await page.locator('main form button[type="submit"]').click();
		await page.getByTestId('join-link').waitFor();
		const fragment = new URL(page.url()).hash;
		await context.close();
		links = {
			quiz,
			join: `/class/join/${fragment}`,
			projector: `/class/projector/${fragment}`,
			results: `/class/results/${fragment}`,
			worksheet: `/class/worksheet/${fragment}`,
			assign: `/class/assign/${fragment}`
		};
		return links;
	}
};

const results = {};
console.log(
	`Benchmark: Chromium ${browser.version()}, Node ${process.version}, ${quick ? 'quick (fewer samples)' : 'full'} run; ` +
		`synthetic catalog ${env.syntheticQuestionCount.toLocaleString('en')} questions.`
);
try {
	for (const [name, group] of Object.entries(groups)) {
		if (only && !only.includes(name)) continue;
		const started = performance.now();
		// A group that fails prints why and the run goes on: one broken probe must not cost the other figures.
		const rows = await group.run(env).catch((error) => {
			console.error(error);
			return [row('group failed', String(error?.message ?? error).split('\n')[0])];
		});
		results[name] = rows;
		// The machine may be shared: its load while the group ran is printed with the figures.
		const load = loadavg()[0].toFixed(1);
		printRows(
			`${group.title}  [${((performance.now() - started) / 1000).toFixed(0)} s, load average ${load}]`,
			rows
		);
	}
} finally {
	await warm?.close();
	await browser.close();
	await server.close();
}
mkdirSync('tests/bench/results', { recursive: true });
const file = `tests/bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ quick, results }, null, 2));
console.log(`\nFigures also written to ${file}`);
