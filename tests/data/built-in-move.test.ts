// Progress made before the built-in article moved into its folder (questions/<folder>/) reads the same after the
// move, and with a further built-in article beside it: cards and a review log keyed by the ids main shipped
// (tests/fixtures/main-content-ids.json, captured from main's catalog before the move) count the same per deck,
// every one of them still names a question of the same deck (so its page /questions/<id>/ is still built), and a
// quiz link made on main opens on the same questions.
import { describe, expect, it } from 'vitest';
import { builtInPack, loadBuiltInArticles } from '$lib/content/article-folders';
import { allQuestions } from '$lib/content/catalog';
import { contentIndexOf, countScopesOf, type ContentIndex } from '$lib/content/content-index';
import { withBuiltInPacks } from '$lib/content/device-articles';
import { loadScopeTallies } from '$lib/data/scope-counts';
import { deckId, questionId } from '$lib/domain/ids';
import { openQuizLink } from '$lib/domain/quiz/quiz-link';
import type { CardState, ReviewEntry } from '$lib/domain/scheduling/card';
import mainIds from '../fixtures/main-content-ids.json';
import { repositoryReader } from '../content/read-files';
import { freshDatabase } from './helpers';

const nowMs = Date.parse('2026-01-10T08:00:00Z');
const dayMs = 86_400_000;

/** The database a learner of main has: a card for most questions, in every phase, and a review for each studied. */
async function mainDatabase() {
	const database = freshDatabase();
	const cards: CardState[] = [];
	const log: ReviewEntry[] = [];
	mainIds.decks.forEach((deck) =>
		deck.questions.forEach((id, at) => {
			if (at % 4 === 3) return; // never studied: still new
			const phase = (['review', 'learning', 'relearning'] as const)[at % 3]!;
			const reviewedAtMs = nowMs - (at + 1) * dayMs;
			cards.push({
				questionId: questionId(id),
				deckId: deckId(deck.id),
				phase,
				dueAtMs: at % 2 === 0 ? nowMs - dayMs : nowMs + dayMs,
				stability: at % 5 === 0 ? 40 : 2,
				difficulty: 5,
				scheduledDays: 1,
				learningSteps: 0,
				reps: 2,
				lapses: 0,
				lastReviewAtMs: reviewedAtMs,
				leech: false,
				suspended: false,
				buriedUntilMs: 0
			});
			log.push({
				questionId: questionId(id),
				deckId: deckId(deck.id),
				reviewedAtMs,
				rating: 3,
				phaseBefore: 'new',
				durationMs: 4000,
				clockShiftMinutes: 240,
				origin: 'review'
			});
		})
	);
	await database.cards.bulkPut(cards);
	await database.reviews.bulkAdd(log);
	return database;
}

/** The index as main built it, from the captured ids alone. */
const mainIndex = {
	decks: mainIds.decks.map((deck) => ({
		id: deckId(deck.id),
		questions: deck.questions.map((id) => ({ id: questionId(id), deckId: deckId(deck.id) }))
	}))
} as unknown as ContentIndex;

describe('a database made by main, after the article moved into its folder', { timeout: 60_000 }, () => {
	const articles = loadBuiltInArticles(['questions', 'tests/fixtures/questions'], repositoryReader);
	const first = articles[0]!.content.catalog;
	const alone = contentIndexOf(first);
	const withFurther = withBuiltInPacks(alone, articles.slice(1).map(builtInPack));

	it('finds every question main shipped in the same deck, in the same order, under the same version', () => {
		expect(alone.version).toBe(mainIds.version);
		expect(first.article.paragraphs.map((paragraph) => paragraph.id)).toEqual(mainIds.paragraphIds);
		expect(first.decks.map((deck) => ({ id: deck.id, questions: deck.questions.map((q) => q.id) }))).toEqual(
			mainIds.decks
		);
	});

	it('counts the same cards per deck and in all, with a further article beside the first or not', async () => {
		const database = await mainDatabase();
		const before = await loadScopeTallies(database, countScopesOf(mainIndex), nowMs, 0);
		for (const index of [alone, withFurther]) {
			const after = await loadScopeTallies(database, countScopesOf(index), nowMs, 0);
			for (const deck of mainIds.decks)
				expect(after.tallies[`deck:${deck.id}`], deck.id).toEqual(before.tallies[`deck:${deck.id}`]);
			// Studied cards are the first article's alone; the further article adds only its new questions.
			expect(after.tallies.all!.studied).toBe(before.tallies.all!.studied);
		}
		const extra = withFurther.decks.length - alone.decks.length;
		expect(extra).toBeGreaterThan(0);
		const tallies = (await loadScopeTallies(database, countScopesOf(withFurther), nowMs, 0)).tallies;
		expect(tallies.all!.questions).toBe(
			before.tallies.all!.questions + allQuestions(articles[1]!.content.catalog).length
		);
	});

	it('opens a quiz link made on main on the same questions', () => {
		const opened = openQuizLink(mainIds.quizLink.token, {
			version: withFurther.version,
			questions: allQuestions(first)
		});
		expect(opened.kind).toBe('opened');
		if (opened.kind === 'opened')
			expect(opened.items.map((item) => item.question.id)).toEqual(mainIds.quizLink.questionIds);
	});
});
