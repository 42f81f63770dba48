// A question retired from the decks (questions/<folder>/question-ids.yaml): its card leaves the review queue, and the
// learner's history of it stays in the log and in backups.
import { describe, expect, it } from 'vitest';
import { exportBackup } from '$lib/data/backup';
import { recordReview, reviewsOf } from '$lib/data/cards';
import { loadQueue } from '$lib/data/queue';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { validateQuestionIds } from '$lib/content/validate-question-ids';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { readContentFile, readContentFiles } from '../content/read-files';
import { freshDatabase } from './helpers';

const studiedAtMs = Date.parse('2025-09-01T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const context = { nowMs: studiedAtMs, clockShiftMinutes: 240, durationMs: 3000, origin: 'review' as const };

const { catalog } = loadContent(readContentFiles());
const questions = allQuestions(catalog);
const inDecks = new Map(questions.map((question) => [question.id as string, question.deckId as string]));
const { ledger } = validateQuestionIds(readContentFile('question-ids.yaml'), inDecks);
// A question studied before the rework and retired by it, and one that kept its id.
const retiredId = questionId([...ledger!.retired.keys()][0]!);
const keptId = questionId(ledger!.recorded.find((id) => inDecks.has(id))!);
const scope = questions.map((question) => ({ questionId: question.id, deckId: question.deckId }));

async function databaseStudiedBeforeTheRework() {
	const database = freshDatabase();
	for (const id of [retiredId, keptId]) {
		// The retired question's deck no longer matters: cards are found by question id.
		const outcome = scheduler.preview(newCard(id, deckId('summits-timeline'), studiedAtMs), context).again;
		await recordReview(database, undefined, outcome);
	}
	return database;
}

describe('a retired question', () => {
	it('is a real id the learner may have studied, no longer in any deck', () => {
		expect(inDecks.has(retiredId)).toBe(false);
		expect(ledger!.recorded).toContain(retiredId);
	});

	it('leaves the review queue, while a kept question that is due stays in it', async () => {
		const database = await databaseStudiedBeforeTheRework();
		const aWeekLaterMs = studiedAtMs + 7 * 24 * 3_600_000;
		const { queue } = await loadQueue(database, scope, aWeekLaterMs, 0);
		const queued = [...queue.learning, ...queue.review, ...queue.laterLearning].map(
			(card) => card.questionId
		);
		const fresh = queue.fresh.map((item) => item.questionId);
		expect(queued).toContain(keptId);
		expect([...queued, ...fresh]).not.toContain(retiredId);
	});

	it('keeps its card and its log in the database and in a backup', async () => {
		const database = await databaseStudiedBeforeTheRework();
		expect(await database.cards.get(retiredId)).toBeDefined();
		expect(await reviewsOf(database, retiredId)).toHaveLength(1);
		const backup = await exportBackup(database, studiedAtMs);
		const ids = (rows: unknown[]) => rows.map((row) => (row as { questionId: string }).questionId);
		expect(ids(backup.tables.cards)).toContain(retiredId);
		expect(ids(backup.tables.reviews)).toContain(retiredId);
	});
});
