// Benchmark of the reviewer at scale, in real Chromium against the production build (`npm run bench`).
// Seeds 100,000 cards and 1,000,000 review log entries into the app's IndexedDB, then prints:
// time from navigation to the first card, rating-to-next-card latency (p50, p95 over 200 ratings),
// the due-count query time, and the JS heap. It prints figures; it asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.env.BENCH_PORT ?? 4174);
const origin = `http://127.0.0.1:${port}`;
const cardCount = 100_000;
const reviewCount = 1_000_000;
const ratingCount = 200;
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!existsSync('build/index.html')) {
	console.error('No build found: run `npm run bench`, which builds first.');
	process.exit(1);
}

// Started directly (not through npx), so stopping it stops the server itself rather than a wrapper.
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{ stdio: 'ignore' }
);
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(origin)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error('vite preview did not start');
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const ms = (value) => `${value.toFixed(1)} ms`;

/** Runs in the page: fills the app's own database (created by the app) with raw IndexedDB writes. */
async function seed({ questionIds, deckIds, cardCount, reviewCount }) {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('sco-study');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const now = Date.now();
	const day = 86_400_000;
	const put = (store, rows) =>
		new Promise((resolve, reject) => {
			const transaction = db.transaction(store, 'readwrite');
			const objects = transaction.objectStore(store);
			for (const row of rows) objects.put(row);
			transaction.oncomplete = resolve;
			transaction.onerror = () => reject(transaction.error);
		});
	const card = (questionId, deckId, dueAtMs) => ({
		questionId,
		deckId,
		phase: 'review',
		dueAtMs,
		stability: 12,
		difficulty: 5,
		scheduledDays: 12,
		learningSteps: 0,
		reps: 6,
		lapses: 1,
		lastReviewAtMs: dueAtMs - 12 * day,
		leech: false,
		suspended: false,
		buriedUntilMs: 0
	});
	const started = performance.now();
	// Every real question is due for review; the rest are cards of questions no longer in any deck.
	const cards = questionIds.map(({ id, deckId }, index) => card(id, deckId, now - (index + 1) * 60_000));
	for (let index = cards.length; index < cardCount; index++) {
		cards.push(card(`bench-${index}`, deckIds[index % deckIds.length], now + ((index % 400) - 200) * day));
	}
	for (let start = 0; start < cards.length; start += 20_000)
		await put('cards', cards.slice(start, start + 20_000));
	const batch = 50_000;
	for (let start = 0; start < reviewCount; start += batch) {
		const rows = [];
		for (let index = start; index < Math.min(reviewCount, start + batch); index++) {
			const questionId = cards[(index * 7919) % cards.length].questionId;
			rows.push({
				questionId,
				deckId: deckIds[index % deckIds.length],
				// Two years of history, oldest first, none of it today.
				reviewedAtMs: now - 730 * day + Math.floor((index / reviewCount) * 729 * day),
				rating: 1 + (index % 4),
				phaseBefore: 'review',
				durationMs: 4000 + (index % 9000),
				clockShiftMinutes: 240,
				origin: 'review'
			});
		}
		await put('reviews', rows);
	}
	await put('settings', [
		{ key: 'review-settings', value: { maximumReviewsPerDay: 9999, newCardsPerDay: 0 } }
	]);
	db.close();
	return performance.now() - started;
}

/** Runs in the page: answers the card on screen with some answer, then shows the rating buttons. */
async function answerCurrentCard() {
	const card = document.querySelector('.review-card');
	const text = card.querySelector('input[type="text"]');
	if (text) {
		const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
		setter.call(text, '不知道');
		text.dispatchEvent(new Event('input', { bubbles: true }));
	}
	card.querySelector('input[type="radio"], input[type="checkbox"]')?.click();
	for (const select of card.querySelectorAll('select')) {
		select.selectedIndex = 1;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	}
	await new Promise(requestAnimationFrame);
	card.querySelector('.primary-action')?.click();
	for (let frame = 0; frame < 600 && !document.querySelector('.rating-button'); frame++) {
		await new Promise(requestAnimationFrame);
	}
}

/** Runs in the page: rates Good and returns the time until the next card is in the DOM, and until it painted. */
function rateAndTime() {
	return new Promise((resolve) => {
		const main = document.querySelector('main');
		const before = document.querySelector('.review-card')?.getAttribute('data-question');
		const started = performance.now();
		const observer = new MutationObserver(() => {
			const now = document.querySelector('.review-card');
			const changed =
				!now || now.getAttribute('data-question') !== before || !now.querySelector('.rating-button');
			if (!changed) return;
			observer.disconnect();
			const inDom = performance.now() - started;
			requestAnimationFrame(() => setTimeout(() => resolve({ inDom, painted: performance.now() - started })));
		});
		observer.observe(main, { subtree: true, childList: true, attributes: true });
		document.querySelector('.rating-button.rating-good').click();
	});
}

await waitForServer();
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
try {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/review/all/`);
	await page.waitForSelector('.review-card, [data-testid="session-summary"]');
	const catalog = await (await fetch(`${origin}/content.json`)).json();
	const questionIds = catalog.decks.flatMap((deck) =>
		deck.questions.map((q) => ({ id: q.id, deckId: q.deckId }))
	);
	const deckIds = catalog.decks.map((deck) => deck.id);
	console.log(`Seeding ${cardCount.toLocaleString()} cards and ${reviewCount.toLocaleString()} log entries…`);
	const seedMs = await page.evaluate(seed, { questionIds, deckIds, cardCount, reviewCount });
	console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);

	const firstCardTimes = [];
	for (let run = 0; run < 6; run++) {
		await page.goto(`${origin}/review/all/`);
		await page.waitForSelector('.review-card');
		firstCardTimes.push(
			await page.evaluate(() => performance.getEntriesByName('sco:first-card')[0].startTime)
		);
	}
	const [coldFirstCard, ...warm] = firstCardTimes;

	const domTimes = [];
	const paintTimes = [];
	for (let rating = 0; rating < ratingCount; rating++) {
		await page.evaluate(answerCurrentCard);
		const { inDom, painted } = await page.evaluate(rateAndTime);
		domTimes.push(inDom);
		paintTimes.push(painted);
	}

	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = await cdp.send('Runtime.getHeapUsage');

	const countTimes = [];
	for (let run = 0; run < 3; run++) {
		await page.goto(`${origin}/`);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid="study-counts"] strong').length >= 27
		);
		countTimes.push(
			...(await page.evaluate(() =>
				performance.getEntriesByName('sco:counts-query').map((entry) => entry.duration)
			))
		);
	}
	const count = await page.evaluate(async () => {
		const db = await new Promise((resolve) => {
			const request = indexedDB.open('sco-study');
			request.onsuccess = () => resolve(request.result);
		});
		const started = performance.now();
		const due = await new Promise((resolve) => {
			const request = db
				.transaction('cards')
				.objectStore('cards')
				.index('dueAtMs')
				.count(IDBKeyRange.upperBound(Date.now()));
			request.onsuccess = () => resolve(request.result);
		});
		db.close();
		return { due, elapsed: performance.now() - started };
	});

	console.log('\nReviewer benchmark (Chromium, production build, 100,000 cards, 1,000,000 log entries)');
	console.log(`  navigation → first card      cold ${ms(coldFirstCard)}, warm median ${ms(median(warm))}`);
	console.log(
		`  rating → next card in DOM    p50 ${ms(median(domTimes))}, p95 ${ms(percentile(domTimes, 95))} (${ratingCount} ratings)`
	);
	console.log(
		`  rating → next card painted   p50 ${ms(median(paintTimes))}, p95 ${ms(percentile(paintTimes, 95))}`
	);
	console.log(
		`  due-count query (home page, every deck in one read)  median ${ms(median(countTimes))}, max ${ms(Math.max(...countTimes))} over ${countTimes.length} queries`
	);
	console.log(
		`  due-count over all 100,000 cards (index count)  ${ms(count.elapsed)} (${count.due.toLocaleString()} due)`
	);
	console.log(
		`  JS heap after 200 ratings    ${(heap.usedSize / 1024 / 1024).toFixed(1)} MB used of ${(heap.totalSize / 1024 / 1024).toFixed(1)} MB`
	);
} finally {
	await browser.close();
	stop();
}
