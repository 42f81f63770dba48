// Fills a page's IndexedDB (the app's own database, already created by the app) with a learner's history at scale:
// one card for every synthetic question (100,000) and 1,000,000 review log entries spread evenly over the last
// two years up to now, so today has its share. Runs in the page (page.evaluate); plain IndexedDB, no app code.

/** Seeds the database; returns how long it took in ms. */
export async function seedHistory(page, { questions, reviewCount, heavyDeckId }) {
	return page.evaluate(seedInPage, { questions, reviewCount, heavyDeckId });
}

async function seedInPage({ questions, reviewCount, heavyDeckId }) {
	const started = performance.now();
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('sco-study');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const put = (store, rows) =>
		new Promise((resolve, reject) => {
			const transaction = db.transaction(store, 'readwrite', { durability: 'relaxed' });
			const objects = transaction.objectStore(store);
			for (const row of rows) objects.put(row);
			transaction.oncomplete = resolve;
			transaction.onerror = () => reject(transaction.error);
		});
	// A fixed pseudo-random sequence, so every run seeds the same history (relative to now).
	let state = 0x2545f491;
	const random = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	const now = Date.now();
	const day = 86_400_000;

	const cards = questions.map(({ questionId, deckId }) => {
		// One deck the learner fell behind on (30% due) gives the reviewer enough due cards; elsewhere 2% are due,
		// about a day's reviews for a history of this size.
		const dueShare = deckId === heavyDeckId ? 0.3 : 0.02;
		const relearning = random() < 0.03;
		const due = random() < dueShare;
		const dueAtMs = relearning
			? now + (due ? -random() : random()) * 3_600_000
			: now + (due ? -random() * 30 : random() * 365) * day;
		const scheduledDays = relearning
			? 0
			: Math.max(1, Math.ceil((dueAtMs - now) / day)) + Math.floor(random() * 30);
		return {
			questionId,
			deckId,
			phase: relearning ? 'relearning' : 'review',
			dueAtMs: Math.round(dueAtMs),
			stability: Math.max(0.5, scheduledDays),
			difficulty: 1 + random() * 9,
			scheduledDays,
			learningSteps: 0,
			reps: 3 + Math.floor(random() * 10),
			lapses: Math.floor(random() * 3),
			lastReviewAtMs: Math.round(Math.min(now - 60_000, dueAtMs - Math.max(scheduledDays, 0.01) * day)),
			leech: false,
			suspended: false,
			buriedUntilMs: 0
		};
	});
	for (let start = 0; start < cards.length; start += 25_000)
		await put('cards', cards.slice(start, start + 25_000));

	const ratingFor = (value) => (value < 0.1 ? 1 : value < 0.25 ? 2 : value < 0.9 ? 3 : 4);
	const spanMs = 730 * day;
	const batch = 50_000;
	for (let start = 0; start < reviewCount; start += batch) {
		const rows = [];
		for (let index = start; index < Math.min(reviewCount, start + batch); index++) {
			const card = cards[(index * 7919) % cards.length];
			rows.push({
				questionId: card.questionId,
				deckId: card.deckId,
				// Evenly from two years ago up to now: the last ~1/730 of the entries are today's.
				reviewedAtMs: Math.round(now - spanMs + ((index + 1) / reviewCount) * spanMs) - 1000,
				rating: ratingFor(random()),
				phaseBefore: 'review',
				durationMs: 3000 + Math.floor(random() * 12_000),
				clockShiftMinutes: 240,
				origin: random() < 0.05 ? 'quiz' : 'review'
			});
		}
		await put('reviews', rows);
	}
	// Today's ~1,400 reviews must leave room under the daily review limit for the reviewer to have cards.
	await put('settings', [{ key: 'review-settings', value: { maximumReviewsPerDay: 9999 } }]);
	db.close();
	return performance.now() - started;
}
