import type { DeckId, QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import type { ReviewSettings } from '$lib/domain/scheduling/settings';
import { removeAsReset, sameCard } from './cards';
import type { FlagRecord, StudyDatabase } from './database';
import { StaleCardError } from './errors';
import { loadReviewSettings } from './settings';
import { write } from './write';
import type { WordCard } from '$lib/domain/word-cards';

/** What the card browser shows of the learner's progress: every stored card, every flag, the settings. */
export type BrowserProgress = {
	cards: Map<string, CardState>;
	flaggedAtMs: Map<string, number>;
	settings: ReviewSettings;
	/** The learner's word cards, oldest first: listed with the decks' questions. */
	wordCards: WordCard[];
};

/** Every card, flag and word card in one read, so the list never mixes two moments. */
export async function loadBrowserProgress(database: StudyDatabase): Promise<BrowserProgress> {
	const tables = [database.cards, database.flags, database.settings, database.wordCards];
	return database.transaction('r', tables, async () => {
		const [cards, flags, settings, wordCards] = await Promise.all([
			database.cards.toArray(),
			database.flags.toArray(),
			loadReviewSettings(database),
			database.wordCards.orderBy('createdAtMs').toArray()
		]);
		return {
			cards: new Map(cards.map((card) => [card.questionId, card])),
			flaggedAtMs: new Map(flags.map((flag) => [flag.questionId, flag.flaggedAtMs])),
			settings,
			wordCards
		};
	});
}

/** A card the browser acts on: its question, and the card as the page last read it (undefined: never studied). */
export type BrowsedCard = { questionId: QuestionId; deckId: DeckId; card: CardState | undefined };

/**
 * What one action of the card browser changed, enough to take it back exactly: each card before and after, the
 * reset entries it wrote, each flag before and after.
 */
export type CardBrowserChange = {
	cards: { questionId: QuestionId; before: CardState | undefined; after: CardState | undefined }[];
	reviewIds: number[];
	flags: { questionId: QuestionId; before: FlagRecord | undefined; after: FlagRecord | undefined }[];
};

const noChange = (): CardBrowserChange => ({ cards: [], reviewIds: [], flags: [] });

/**
 * Suspends or unsuspends cards, in one transaction. A card never studied is stored as new when suspended (so it
 * stays out of the queue); unsuspending one that is not stored changes nothing. Refuses (StaleCardError) when a
 * card changed since the page read it.
 */
export async function setSuspended(
	database: StudyDatabase,
	targets: readonly BrowsedCard[],
	suspended: boolean,
	newCardOf: (target: BrowsedCard) => CardState
): Promise<CardBrowserChange> {
	return write(() =>
		database.transaction('rw', database.cards, async () => {
			const change = noChange();
			for (const target of targets) {
				const stored = await database.cards.get(target.questionId);
				if (!sameCard(stored, target.card)) throw new StaleCardError(target.questionId);
				if ((stored?.suspended ?? false) === suspended) continue;
				const after = { ...(stored ?? newCardOf(target)), suspended };
				await database.cards.put(after);
				change.cards.push({ questionId: target.questionId, before: stored, after });
			}
			return change;
		})
	);
}

/**
 * Starts cards over as new, in one transaction: each studied card is removed and a reset entry (rating 0) is
 * logged, as the card info's reset does, so its history stays and a replay starts over too.
 */
export async function resetCards(
	database: StudyDatabase,
	targets: readonly BrowsedCard[],
	nowMs: number,
	clockShiftMinutes: number
): Promise<CardBrowserChange> {
	return write(() =>
		database.transaction('rw', database.cards, database.reviews, async () => {
			const change = noChange();
			for (const target of targets) {
				const stored = await database.cards.get(target.questionId);
				if (!sameCard(stored, target.card)) throw new StaleCardError(target.questionId);
				if (!stored) continue;
				const reviewId = await removeAsReset(database, stored, nowMs, clockShiftMinutes);
				change.cards.push({ questionId: target.questionId, before: stored, after: undefined });
				change.reviewIds.push(reviewId);
			}
			return change;
		})
	);
}

/** Flags or unflags questions, in one transaction; a question keeps the time it was first flagged. */
export async function setFlagged(
	database: StudyDatabase,
	questionIds: readonly QuestionId[],
	flagged: boolean,
	nowMs: number
): Promise<CardBrowserChange> {
	return write(() =>
		database.transaction('rw', database.flags, async () => {
			const change = noChange();
			for (const questionId of questionIds) {
				const before = await database.flags.get(questionId);
				if ((before !== undefined) === flagged) continue;
				const after = flagged ? { questionId, flaggedAtMs: nowMs } : undefined;
				if (after) await database.flags.put(after);
				else await database.flags.delete(questionId);
				change.flags.push({ questionId, before, after });
			}
			return change;
		})
	);
}

/**
 * Takes back one action of the card browser, in one transaction: every card and flag returns to what it was and
 * the reset entries are removed. Refuses (StaleCardError) and changes nothing when a card changed again since.
 */
export async function undoCardBrowserChange(
	database: StudyDatabase,
	change: CardBrowserChange
): Promise<void> {
	await write(() =>
		database.transaction('rw', database.cards, database.reviews, database.flags, async () => {
			for (const { questionId, before, after } of change.cards) {
				const stored = await database.cards.get(questionId);
				if (!sameCard(stored, after)) throw new StaleCardError(questionId);
				if (before) await database.cards.put(before);
				else await database.cards.delete(questionId);
			}
			await database.reviews.bulkDelete(change.reviewIds);
			for (const { questionId, before } of change.flags) {
				if (before) await database.flags.put(before);
				else await database.flags.delete(questionId);
			}
		})
	);
}

/** How many rows an action changed (cards and flags), for "3 cards unsuspended". */
export const changedCount = (change: CardBrowserChange) =>
	new Set([...change.cards, ...change.flags].map((item) => item.questionId)).size;
