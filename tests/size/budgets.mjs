// First-load budgets, one line per route: the most critical JS (gzip) any prerendered page of the route may make
// a first visit download before it runs (the scripts its HTML preloads or imports; see route-sizes.mjs), and for
// content pages the HTML itself. `npm test` fails when a page grows past its route's budget, or when a page
// matches no route here (a new route needs a budget).
//
// Issue 17 moved the database (Dexie) out of the critical JS of the pages that fetch content (it now loads with the
// device's articles, when the content is fetched): those budgets were lowered to about 2.5 KiB over what they measure,
// so that growth is still caught.
//
// Issue 12 (critical JS): the layout's and the runtimes' modules were grouped into one file each (vite.config.ts) and
// texts or code a page shows only later left the first download; every budget but the class pages' (reworked in
// parallel) was lowered to 2–3 KiB over what it measures (README, Speed and size).
//
// Targets (issue 12): content pages ≤ 50 KiB of critical JS. Budgets sit a little (about 3 KiB) above what each
// route measures, so real growth is caught; lower them as pages shrink, and raise one only with a reason in the
// commit that does it.

// Since 4 December (evening) the check also counts what the preloaded scripts import statically: the browser fetches
// it before the page runs. Seven routes (review, the quiz's three pages, the card browser, join and assign) import
// the database library (Dexie, 30.9 KiB gz) from a chunk they preload, but SvelteKit did not list it among their
// preloads (the build now does: src/build/module-preloads.js), so the check missed it. Their budgets rose by the
// difference (31–33 KiB): nothing grew, the figure is now the real one.

// `without` names code a route's pages must not load before they run (see heavyCode in route-sizes.mjs): the
// home page and the reviewer, opened every day, carry no chart or optimizer code (issue 15).

// 5 December: the pages opened first from a link (review, a quiz, join) loaded 53, 50 and 38 scripts before they
// ran, each a round trip on a phone (six at a time over HTTP/1.1): vite.config.ts now puts their small modules in a
// few shared files (29, 26, 26 scripts; review and the quiz a little smaller, join +4.8 KiB). `maxScripts` holds
// those counts. A page that uses one module of such a file loads all of it: the other practice pages grew by 4 to
// 10 KiB (the class hub 85.5 → 95.8, stats 65.4 → 75.1, the card browser, settings and library about +7), and
// their budgets rose with them; the content pages did not grow (the reader's one shared file replaces several).
// Every page's HTML carries the pre-paint script inline (src/prepaint.js, +0.5 KiB): the deck pages' HTML budget
// rose from 31 to 32 KiB.

/** @typedef {{ route: string, pages: RegExp, criticalJsKiB: number, htmlKiB?: number, maxScripts?: number, without?: ('charts' | 'optimizer')[] }} RouteBudget */

/** @type {RouteBudget[]} */
export const budgets = [
	{ route: '/', pages: /^(en\/)?index\.html$/, criticalJsKiB: 55, without: ['charts', 'optimizer'] },
	// The reader: ruby and word look-up rendering in its paragraphs (their data, switch and popover load on demand).
	{ route: '/article/', pages: /^(en\/)?article\/index\.html$/, criticalJsKiB: 64, htmlKiB: 37 },
	{ route: '/argument/', pages: /^(en\/)?argument\/index\.html$/, criticalJsKiB: 55, htmlKiB: 43 },
	// The names page: every glossary entry in the HTML; its questions' prompts travel once, drawn only when opened.
	{ route: '/names/', pages: /^(en\/)?names\/index\.html$/, criticalJsKiB: 54, htmlKiB: 35 },
	// Timeline and map: the map is SVG drawn at build time (no map library ships), about half the page's HTML.
	{
		route: '/places-and-dates/',
		pages: /^(en\/)?places-and-dates\/index\.html$/,
		// Issue 17: the footer names the date of a device article when a page shows one (+0.1 KiB on every page).
		criticalJsKiB: 56,
		htmlKiB: 45
	},
	{ route: '/article/[paragraphId]/', pages: /^(en\/)?article\/[^/]+\/index\.html$/, criticalJsKiB: 52 },
	// Issue 17: the router's table names the device deck and question pages (/decks/, /questions/), and the links to
	// a deck or question tell a device id from a built-in one (+0.1 KiB on every page; these two sat at their budget).
	{ route: '/decks/[deckId]/', pages: /^(en\/)?decks\/[^/]+\/index\.html$/, criticalJsKiB: 54, htmlKiB: 32 },
	{ route: '/questions/[questionId]/', pages: /^(en\/)?questions\/[^/]+\/index\.html$/, criticalJsKiB: 56 },
	{
		route: '/review/[scope]/',
		pages: /^(en\/)?review\/[^/]+\/index\.html$/,
		// The learner's word cards (issue 16, their back loads lazily) and the read-aloud button (issue 16); the grader
		// and ts-fsrs load while the first card is painted, the quiz link's decoder not at all.
		criticalJsKiB: 120,
		maxScripts: 30,
		without: ['charts', 'optimizer']
	},
	// The builder paints without the database: the unfinished quizzes' list and the learner's cards ("weak spots")
	// load after it (112.0 → 71.7 KiB).
	{ route: '/quiz/', pages: /^(en\/)?quiz\/index\.html$/, criticalJsKiB: 83 },
	// The quiz paints its first question without the database: the attempt's reads and writes (state/quiz-store.ts),
	// Dexie and ts-fsrs load after it (136.1 → 89.2 KiB).
	{ route: '/quiz/take/', pages: /^(en\/)?quiz\/take\/index\.html$/, criticalJsKiB: 89, maxScripts: 28 },
	// The history paints its header without the database: the lists (finished and unfinished) load after it
	// (99.2 → 54.0 KiB).
	{ route: '/quiz/history/', pages: /^(en\/)?quiz\/history\/index\.html$/, criticalJsKiB: 67 },
	// Class pages open a link that may carry an article pack (#q=…&pack=…, issue 17): the fragment reader and the
	// gate's pack branch load with them (+0.8 to 1.4 KiB); the decoder, the share panel and its texts load on demand.
	// /class/ and /class/join/ also carry the editor's route in the client manifest (+1 KiB, see the author's commit).
	// Issue 17 (device pages): the router names two more routes, the footer reads a device article's date (+0.2 KiB).
	{ route: '/class/', pages: /^(en\/)?class\/index\.html$/, criticalJsKiB: 98 },
	// The join page paints its name form first: the quiz runner (with the database), the result code and its QR
	// code load on the student's first sign of intent (153.1 → 78.7 KiB; the on-demand loader, its two texts and
	// the gate's formatter warming +0.5).
	{ route: '/class/join/', pages: /^(en\/)?class\/join\/index\.html$/, criticalJsKiB: 88, maxScripts: 28 },
	{ route: '/class/projector/', pages: /^(en\/)?class\/projector\/index\.html$/, criticalJsKiB: 91 },
	// Issue 17: the grader's script map holds each device article's own map too (made in the browser), +0.3 KiB.
	{ route: '/class/results/', pages: /^(en\/)?class\/results\/index\.html$/, criticalJsKiB: 88 },
	// Issue 17: +0.4 KiB, the grader's script map per article and the footer's article date (every page).
	{ route: '/class/worksheet/', pages: /^(en\/)?class\/worksheet\/index\.html$/, criticalJsKiB: 86 },
	{ route: '/class/assign/', pages: /^(en\/)?class\/assign\/index\.html$/, criticalJsKiB: 117 },
	// Charts (plain SVG, scales in stats/scales.ts) load with this page only; the figures and the catalog come from a worker.
	// Issue 17: the scope list offers each whole article, its decks grouped under it (+0.4 KiB).
	{ route: '/stats/', pages: /^(en\/)?stats\/index\.html$/, criticalJsKiB: 77 },
	// The card browser: ts-fsrs for the chance of recall, the database, every deck fetched after the first paint.
	{ route: '/cards/', pages: /^(en\/)?cards\/index\.html$/, criticalJsKiB: 116 },
	{ route: '/settings/', pages: /^(en\/)?settings\/index\.html$/, criticalJsKiB: 131 },
	// The article editor (issue 17): its own route, opened by teachers only; the validator, the answer controls of
	// the preview and the database load with it. Pack and deck-file export load when clicked.
	// +1 KiB after merging issue-device: every page carries the device pages' routes and the footer's date (119.1).
	{ route: '/author/', pages: /^(en\/)?author\/index\.html$/, criticalJsKiB: 126 },
	// An article on this device (issue 17): the database (Dexie) and the namespacing load with the page, which reads
	// the article from IndexedDB; the import page adds the pack reader (the build's validator).
	{ route: '/library/', pages: /^(en\/)?library\/index\.html$/, criticalJsKiB: 100 },
	{ route: '/library/import/', pages: /^(en\/)?library\/import\/index\.html$/, criticalJsKiB: 106 },
	// A device article's deck or question (issue 17): one page each, reading the id from the address; the content
	// client (and with it the database) loads after the page is up.
	{ route: '/decks/', pages: /^(en\/)?decks\/index\.html$/, criticalJsKiB: 57 },
	{ route: '/questions/', pages: /^(en\/)?questions\/index\.html$/, criticalJsKiB: 58 },
	{ route: 'fallback (404.html)', pages: /^404\.html$/, criticalJsKiB: 42 }
];
