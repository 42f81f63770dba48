// The home and deck pages' counts, tallied by index (data/scope-counts.ts), give exactly what the queue the review
// session builds gives (loadQueue → buildQueue → queueCounts) and deckProgress over the same cards, for every scope,
// over many random databases: every phase, due times on both sides of now, stabilities around the mastered
// threshold, suspended and buried cards, assigned questions, extra new cards, today's log, cards of retired
// questions, cards stored under another deck, and word cards.
import { describe, expect, it } from 'vitest';
import { extraNewCardsKey } from '$lib/data/cards';
import type { StudyDatabase } from '$lib/data/database';
import { loadQueue } from '$lib/data/queue';
import { loadScopeTallies, type CountStrategy } from '$lib/data/scope-counts';
import { reviewSettingsKey } from '$lib/data/settings';
import { deckId, questionId, type DeckId, type QuestionId } from '$lib/domain/ids';
import { phases, type CardState, type ReviewEntry } from '$lib/domain/scheduling/card';
import { clockShift, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { queueCounts } from '$lib/domain/scheduling/queue';
import { scopeCounts } from '$lib/domain/scheduling/scope-counts';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import { deckProgress, masteredStabilityDays } from '$lib/domain/stats/deck-progress';
import { wordCardId, wordCardsDeckId } from '$lib/domain/word-cards';
import { freshDatabase } from './helpers';

const nowMs = Date.parse('2025-09-05T08:00:00Z');
const hourMs = 3_600_000;
const utcOffsetMinutes = 0;
const dayStartMs = startOfStudyDayMs(nowMs, clockShift(utcOffsetMinutes, defaultReviewSettings.dayStartHour));

/** A small fixed pseudo-random sequence (mulberry32), so a failing case can be replayed by its seed. */
function randomFrom(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
	const below = (n: number) => Math.floor(next() * n);
	const pick = <T>(values: readonly T[]): T => values[below(values.length)]!;
	return { next, below, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomFrom>;

type Scopes = Record<string, { questionId: QuestionId; deckId: DeckId }[]>;

function randomCard(random: Random, id: string, deck: string): CardState {
	const phase = random.pick(phases);
	return {
		questionId: questionId(id),
		deckId: deckId(deck),
		phase,
		// Due on both sides of now, now itself included.
		dueAtMs: random.pick([nowMs, nowMs + 1, nowMs - 1, nowMs + (random.next() - 0.5) * 96 * hourMs]),
		// Around the mastered threshold.
		stability: random.pick([
			0,
			1,
			masteredStabilityDays - 0.1,
			masteredStabilityDays,
			masteredStabilityDays + 0.1,
			60
		]),
		difficulty: 5,
		scheduledDays: 1,
		learningSteps: 0,
		reps: phase === 'new' ? 0 : 3,
		lapses: 0,
		lastReviewAtMs: phase === 'new' ? null : nowMs - 24 * hourMs,
		leech: false,
		suspended: random.chance(0.1),
		buriedUntilMs: random.chance(0.1) ? random.pick([nowMs, nowMs + hourMs, nowMs - hourMs]) : 0
	};
}

/** A random database and the scopes a home page (every deck and "all") and a partial scope would count. */
async function randomCase(database: StudyDatabase, seed: number): Promise<Scopes> {
	const random = randomFrom(seed);
	const decks = Array.from({ length: 1 + random.below(4) }, (_, index) => `deck-${index}`);
	const questions = decks.flatMap((deck) =>
		Array.from({ length: random.below(14) }, (_, index) => ({
			questionId: questionId(`${deck}-q${index}`),
			deckId: deckId(deck)
		}))
	);
	const cards: CardState[] = [];
	for (const question of questions) {
		if (!random.chance(0.7)) continue;
		// Now and then stored under another deck (the question moved), or under one no longer in the catalog.
		const storedDeck = random.chance(0.1) ? random.pick([...decks, 'gone-deck']) : question.deckId;
		cards.push(randomCard(random, question.questionId, storedDeck));
	}
	// Cards of retired questions, in a deck of the catalog or one gone, and the learner's word cards.
	for (let index = random.below(4); index > 0; index--)
		cards.push(randomCard(random, `retired-${index}`, random.pick([...decks, 'gone-deck'])));
	for (let index = random.below(3); index > 0; index--)
		cards.push(randomCard(random, wordCardId(`詞${index}`), wordCardsDeckId));
	await database.cards.bulkPut(cards);

	const assignable = [...questions.map((question) => question.questionId), questionId('retired-1')];
	await database.assignments.bulkPut(
		assignable
			.filter(() => random.chance(0.25))
			.map((id, position) => ({
				questionId: id,
				assignedAtMs: nowMs - random.below(10) * hourMs,
				position,
				quizToken: 'token'
			}))
	);
	const log: ReviewEntry[] = Array.from({ length: random.below(12) }, () => ({
		questionId: random.pick(assignable),
		deckId: deckId('deck-0'),
		// Some today, some before the study day began.
		reviewedAtMs: dayStartMs + (random.next() - 0.3) * 10 * hourMs,
		rating: random.pick([0, 1, 2, 3, 4] as const),
		phaseBefore: random.pick(phases),
		durationMs: 1000,
		clockShiftMinutes: 240,
		origin: 'review'
	}));
	await database.reviews.bulkAdd(log);
	// Small limits, so the caps bind as often as not.
	await database.settings.put({
		key: reviewSettingsKey,
		value: { newCardsPerDay: random.below(8), maximumReviewsPerDay: random.below(8) }
	});
	if (random.chance(0.5))
		await database.settings.put({
			key: extraNewCardsKey,
			value: {
				dayStartMs: random.pick([dayStartMs, dayStartMs - 24 * hourMs]),
				extraNewCards: random.below(6)
			}
		});

	const scopes: Scopes = { all: questions };
	for (const deck of decks) scopes[`deck:${deck}`] = questions.filter((question) => question.deckId === deck);
	scopes.some = questions.filter(() => random.chance(0.3));
	return scopes;
}

/** What the home page showed before: the session's queue and deckProgress, built from every card of the scope. */
async function countsFromEveryCard(database: StudyDatabase, scopes: Scopes) {
	const counts: Record<string, unknown> = {};
	for (const [key, questions] of Object.entries(scopes)) {
		const { queue, state } = await loadQueue(database, questions, nowMs, utcOffsetMinutes);
		const progress = deckProgress(
			questions.map((question) => question.questionId),
			state.cards
		);
		counts[key] = { queue: queueCounts(queue), progress };
	}
	return counts;
}

async function countsByTally(database: StudyDatabase, scopes: Scopes, strategy?: CountStrategy) {
	const { tallies, allowance } = await loadScopeTallies(database, scopes, nowMs, utcOffsetMinutes, strategy);
	return Object.fromEntries(
		Object.entries(tallies).map(([key, tally]) => [key, scopeCounts(tally, allowance)])
	);
}

describe('counts tallied by index', () => {
	it('equal the queue and progress built from every card, for every scope of 150 random databases', async () => {
		for (let seed = 1; seed <= 150; seed++) {
			const database = freshDatabase();
			const scopes = await randomCase(database, seed);
			const expected = await countsFromEveryCard(database, scopes);
			expect({ seed, counts: await countsByTally(database, scopes, 'index') }).toEqual({
				seed,
				counts: expected
			});
			expect({ seed, counts: await countsByTally(database, scopes, 'rows') }).toEqual({
				seed,
				counts: expected
			});
			database.close();
		}
	}, 120_000);

	it('read the scope’s own rows when it is small beside the cards stored, and by index otherwise', async () => {
		const database = freshDatabase();
		const cards = Array.from({ length: 40 }, (_, index) =>
			randomCard(randomFrom(index), `deck-0-q${index}`, 'deck-0')
		);
		await database.cards.bulkPut(cards);
		const read: string[] = [];
		database.cards.hook('reading', (card) => (read.push(card.questionId), card));
		const one = { scope: [{ questionId: questionId('deck-0-q3'), deckId: deckId('deck-0') }] };
		await countsByTally(database, one);
		expect(read).toEqual(['deck-0-q3']);
		database.close();
	});

	it('read no row of a card that is neither due nor new when counting by index', async () => {
		const database = freshDatabase();
		const scope = Array.from({ length: 60 }, (_, index) => ({
			questionId: questionId(`deck-0-q${index}`),
			deckId: deckId('deck-0')
		}));
		const cards = scope.map((question, index) => ({
			...randomCard(randomFrom(index), question.questionId, question.deckId),
			phase: index % 2 ? ('review' as const) : ('relearning' as const),
			dueAtMs: index < 5 ? nowMs - hourMs : nowMs + 24 * hourMs,
			stability: 30
		}));
		await database.cards.bulkPut(cards);
		const read: string[] = [];
		database.cards.hook('reading', (card) => (read.push(card.questionId), card));
		await countsByTally(database, { all: scope });
		expect(read.sort()).toEqual(
			cards
				.slice(0, 5)
				.map((card) => card.questionId)
				.sort()
		);
		database.close();
	});
});
