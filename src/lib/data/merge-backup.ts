import { mergeCounts, mergeProgress, reviewKey, type MergeCounts } from '$lib/domain/scheduling/merge';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import type { Backup } from './backup';
import type { ReviewRecord, StudyDatabase } from './database';
import { write } from './write';
import { loadReviewSettings } from './settings';

/** What merging this backup would add and keep, read before anything is written. */
export async function previewMerge(database: StudyDatabase, backup: Backup): Promise<MergeCounts> {
	return mergeCounts(await database.reviews.toArray(), backup.tables.reviews);
}

/**
 * Merges a backup into this browser's progress in one transaction: the review logs are joined (each review once),
 * every card is rebuilt by replaying the joined log with this browser's settings, quiz attempts, assignments and
 * saved classes, flags, word cards and articles this browser lacks are added, and drafts it lacks or has older (a class is the same class when its first link is), and this
 * browser's settings stay. All of it or none of it.
 */
export async function mergeBackup(
	database: StudyDatabase,
	backup: Backup
): Promise<MergeCounts & { cards: number }> {
	return write(() =>
		database.transaction(
			'rw',
			[
				database.cards,
				database.reviews,
				database.settings,
				database.quizAttempts,
				database.assignments,
				database.classes,
				database.flags,
				database.wordCards,
				database.libraryArticles,
				database.drafts
			],
			async () => {
				const scheduler = new Scheduler(await loadReviewSettings(database));
				const ours = { cards: await database.cards.toArray(), reviews: await database.reviews.toArray() };
				const theirs = { cards: backup.tables.cards, reviews: backup.tables.reviews };
				const counts = mergeCounts(ours.reviews, theirs.reviews);
				const merged = mergeProgress(ours, theirs, scheduler);
				await database.cards.clear();
				await database.cards.bulkPut([...merged.cards]);
				// This browser's entries keep their ids (an open review tab may still undo one); the other device's
				// new ones get ids here. A review both have is stored once, as the merge chose it.
				const ourIds = new Map(ours.reviews.map((row) => [reviewKey(row), row.id]));
				await database.reviews.bulkPut(
					merged.reviews.map((entry) => {
						const row = withoutId(entry as ReviewRecord);
						const id = ourIds.get(reviewKey(entry));
						return id === undefined ? row : { ...row, id };
					})
				);

				const attempts = await database.quizAttempts.toArray();
				const attemptKey = (attempt: { token: string; startedAtMs: number }) =>
					`${attempt.token}\u0000${attempt.startedAtMs}`;
				const known = new Set(attempts.map(attemptKey));
				const inProgress = new Set(attempts.filter((a) => a.finishedAtMs === 0).map((a) => a.token));
				const newAttempts = backup.tables.quizAttempts.filter(
					(attempt) =>
						!known.has(attemptKey(attempt)) && !(attempt.finishedAtMs === 0 && inProgress.has(attempt.token))
				);
				await database.quizAttempts.bulkAdd(newAttempts.map((attempt) => withoutId(attempt)));

				const assigned = new Set((await database.assignments.toArray()).map((row) => row.questionId));
				await database.assignments.bulkAdd(
					backup.tables.assignments.filter((row) => !assigned.has(row.questionId))
				);

				const classes = new Set((await database.classes.toArray()).map((saved) => saved.tokens[0]));
				await database.classes.bulkAdd(
					backup.tables.classes.filter((saved) => !classes.has(saved.tokens[0])).map(withoutId)
				);
				const flagged = new Set((await database.flags.toArray()).map((row) => row.questionId));
				await database.flags.bulkAdd(backup.tables.flags.filter((row) => !flagged.has(row.questionId)));
				// A word both have keeps this browser's sentence; its schedule came from the joined log above.
				const words = new Set((await database.wordCards.toArray()).map((row) => row.questionId));
				await database.wordCards.bulkAdd(backup.tables.wordCards.filter((row) => !words.has(row.questionId)));
				// An article both have keeps this browser's copy (a teacher may have edited it since).
				const articles = new Set((await database.libraryArticles.toArray()).map((row) => row.id));
				await database.libraryArticles.bulkAdd(
					backup.tables.libraryArticles.filter((row) => !articles.has(row.id))
				);
				// A draft both have keeps the copy changed last.
				for (const draft of backup.tables.drafts) {
					const ours = await database.drafts.get(draft.id);
					if (!ours || ours.updatedAtMs < draft.updatedAtMs) await database.drafts.put(draft);
				}
				return { ...counts, cards: merged.cards.length };
			}
		)
	);
}

function withoutId<T extends { id?: number }>(row: T): Omit<T, 'id'> {
	const { id: _id, ...rest } = row;
	return rest;
}
