// Key press → next thing painted in the reviewer, with real key presses (Playwright's keyboard goes through the
// browser's input path: the page sees trusted events). Timed in the page from the key event's timeStamp to the
// end of the first frame that shows the result (requestAnimationFrame, then a message posted from it: the frame
// has been rendered by the time it arrives). Two timings per card: reveal/check (cloze answers graded, half of
// them typed right) and the rating (1–4, cycling so every kind meets every rating). Database: 100,000 cards and
// 1,000,000 log entries; scopes: a deck of 1,000 questions and all 100,229.
import { applyProfile, profiles, timedKey } from '../lib/browser.mjs';
import { p95, row, spread } from '../lib/stats.mjs';

const ratingKeys = ['1', '2', '3', '4'];
const ratingNames = ['again', 'hard', 'good', 'easy'];

/** Gets the card on screen ready for its reveal/check key (not timed); returns the key that submits it. */
async function prepareAnswer(page, question, typeCorrect) {
	switch (question.kind) {
		case 'flashcard':
		case 'ordering':
			// Focus is on the reveal/check button.
			return 'Space';
		case 'single-choice':
		case 'true-false':
		case 'multiple-select':
			await page.keyboard.press('Space');
			return 'Enter';
		case 'cloze':
			await page.keyboard.type(typeCorrect ? question.answer.zh : '不知道');
			return 'Enter';
		case 'matching': {
			const selects = page.locator('main [data-question] select');
			const count = await selects.count();
			for (let index = 0; index < count; index++) {
				await selects.nth(index).focus();
				await page.keyboard.press('ArrowDown');
			}
			await page.locator('main [data-question] button[data-autofocus]').focus();
			return 'Enter';
		}
		default:
			throw new Error(`unknown kind ${question.kind}`);
	}
}

async function session(env, page, count) {
	const questions = env.syntheticById;
	const submits = [];
	const ratings = [];
	const perKind = new Map();
	for (let step = 0; step < count; step++) {
		const id = await page
			.locator('main [data-question]')
			.first()
			.getAttribute('data-question', { timeout: 30_000 })
			.catch(() => null);
		if (!id) break; // the session ended
		const question = questions.get(id);
		const key = await prepareAnswer(page, question, step % 2 === 0);
		const submitted = await timedKey(page, key, 'answered');
		if (!submitted) throw new Error(`no ratings after ${key} on ${id}`);
		submits.push({ kind: question.kind, ms: submitted.painted - submitted.keyAt });
		const seen = perKind.get(question.kind) ?? 0;
		perKind.set(question.kind, seen + 1);
		const ratingIndex = seen % 4;
		// Ratings ignore confirm keys right after the answer appears, not digits; no wait is needed.
		const rated = await timedKey(page, ratingKeys[ratingIndex], 'next');
		if (!rated) throw new Error(`no next card after rating ${id}`);
		ratings.push({
			kind: question.kind,
			rating: ratingNames[ratingIndex],
			ms: rated.painted - rated.keyAt,
			domMs: rated.dom - rated.keyAt
		});
	}
	return { submits, ratings };
}

function rowsFor(label, { submits, ratings }, target) {
	const values = ratings.map((r) => r.ms);
	const byKind = [...new Set(ratings.map((r) => r.kind))]
		.map((kind) => `${kind} ${p95(ratings.filter((r) => r.kind === kind).map((r) => r.ms)).toFixed(1)}`)
		.join(', ');
	const byRating = ratingNames
		.map((name) => `${name} ${p95(ratings.filter((r) => r.rating === name).map((r) => r.ms)).toFixed(1)}`)
		.join(', ');
	const byKindSubmit = [...new Set(submits.map((s) => s.kind))]
		.map((kind) => `${kind} ${p95(submits.filter((s) => s.kind === kind).map((s) => s.ms)).toFixed(1)}`)
		.join(', ');
	return [
		row(
			`${label}: rating key → next card painted`,
			spread(values),
			target === undefined ? undefined : `p95 ≤ ${target} ms`,
			target === undefined ? undefined : p95(values) <= target
		),
		row(`${label}: … rating key → next card in the DOM`, spread(ratings.map((r) => r.domMs))),
		row(`${label}: … p95 by kind (ms)`, byKind),
		row(`${label}: … p95 by rating (ms)`, byRating),
		row(`${label}: reveal/check key → answer painted`, spread(submits.map((s) => s.ms))),
		row(`${label}: … p95 by kind (ms)`, byKindSubmit)
	];
}

export default {
	title: 'Rating → next card painted (real key presses; 100,000 cards, 1,000,000 log entries)',
	async run(env) {
		env.useContent('synthetic');
		const warm = await env.warmContext();
		const count = env.quick ? 40 : 160;
		const rows = [];
		const plan = [
			{ label: 'deck of 1,000, unthrottled', path: `/review/${env.heavyDeckId}/`, cpu: 1, count, target: 16 },
			{ label: 'deck of 1,000, 4× CPU', path: `/review/${env.heavyDeckId}/`, cpu: 4, count, target: 50 },
			{
				label: 'all (100,229), unthrottled',
				path: '/review/all/',
				cpu: 1,
				count: env.quick ? 20 : 60,
				target: undefined
			}
		];
		for (const step of plan) {
			const page = await warm.context.newPage();
			await page.goto(`${env.origin}${step.path}`, { timeout: 180_000 });
			await page.locator('main [data-question]').first().waitFor({ timeout: 180_000 });
			await applyProfile(page, { ...profiles.unthrottled, cpu: step.cpu });
			rows.push(...rowsFor(step.label, await session(env, page, step.count), step.target));
			await page.close();
		}
		return rows;
	}
};
