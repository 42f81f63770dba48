// Shared by the screenshot script and the e2e tests: fills the app's own IndexedDB (created by the app) with a
// synthetic history for the catalog's questions. Runs in the page.
export async function seedHistory({ questions, days, nowMs }) {
	const db = await new Promise((resolve, reject) => {
		const request = indexedDB.open('sco-study');
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const day = 86_400_000;
	const cards = [];
	const reviews = [];
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	questions.forEach(({ id, deckId }, index) => {
		if (index % 3 === 2) return; // a third never studied
		let at = nowMs - days * day + Math.floor(random() * day * 10);
		let stability = 1;
		let phase = 'new';
		while (at < nowMs) {
			const rating = random() < 0.15 ? 1 : random() < 0.2 ? 2 : random() < 0.9 ? 3 : 4;
			reviews.push({
				questionId: id,
				deckId,
				reviewedAtMs: at,
				rating,
				phaseBefore: phase,
				durationMs: 3000 + Math.floor(random() * 12000),
				clockShiftMinutes: 240,
				origin: 'review'
			});
			phase = rating === 1 && phase === 'review' ? 'relearning' : 'review';
			stability = rating === 1 ? Math.max(0.5, stability / 3) : stability * (1.5 + rating / 2);
			at += Math.max(1, Math.round(stability)) * day + Math.floor(random() * 3_600_000 * 5);
		}
		const last = reviews[reviews.length - 1];
		cards.push({
			questionId: id,
			deckId,
			phase: phase === 'new' ? 'learning' : phase,
			dueAtMs: at,
			stability,
			difficulty: 2 + random() * 7,
			scheduledDays: Math.round(stability),
			learningSteps: 0,
			reps: 5,
			lapses: 1,
			lastReviewAtMs: last.reviewedAtMs,
			leech: false,
			suspended: index % 17 === 0,
			buriedUntilMs: 0
		});
	});
	for (const [store, rows] of [
		['cards', cards],
		['reviews', reviews]
	]) {
		await new Promise((resolve, reject) => {
			const transaction = db.transaction(store, 'readwrite');
			for (const row of rows) transaction.objectStore(store).put(row);
			transaction.oncomplete = resolve;
			transaction.onerror = () => reject(transaction.error);
		});
	}
	db.close();
	return { cards: cards.length, reviews: reviews.length };
}
