import { describe, expect, it } from 'vitest';
import { recordReview } from '$lib/data/cards';
import { readStatistics } from '$lib/data/statistics';
import { deckId, questionId } from '$lib/domain/ids';
import { newCard } from '$lib/domain/scheduling/card';
import { dayMs } from '$lib/domain/scheduling/clock';
import { Scheduler } from '$lib/domain/scheduling/scheduler';
import { defaultReviewSettings } from '$lib/domain/scheduling/settings';
import type { StatsPart } from '$lib/domain/stats/report';
import { freshDatabase } from './helpers';

const now = Date.parse('2025-09-05T08:00:00Z');
const scheduler = new Scheduler(defaultReviewSettings);
const utcOffsetMinutes = 480;

async function rate(database: ReturnType<typeof freshDatabase>, id: string, deck: string, atMs: number) {
	const context = { nowMs: atMs, clockShiftMinutes: 480 - 240, durationMs: 4000, origin: 'review' as const };
	const card = newCard(questionId(id), deckId(deck), atMs);
	await recordReview(database, undefined, scheduler.preview(card, context).good);
}

async function collect(database: ReturnType<typeof freshDatabase>, deck: string | null, ids: string[]) {
	const parts: StatsPart[] = [];
	await readStatistics(database, { deckId: deck, questionIds: ids, nowMs: now, utcOffsetMinutes }, (part) =>
		parts.push(part)
	);
	return parts;
}

describe('reading the statistics', () => {
	it("hands over today's figures first, then the cards', then the history, for the deck asked", async () => {
		const database = freshDatabase();
		await rate(database, 'a1', 'a', now - 60_000);
		await rate(database, 'a2', 'a', now - 10 * dayMs);
		await rate(database, 'b1', 'b', now - 60_000);
		const parts = await collect(database, 'a', ['a1', 'a2', 'a3']);
		expect(parts.map((part) => part.kind)).toEqual(['today', 'cards', 'history']);
		const [today, cards, history] = parts as [
			Extract<StatsPart, { kind: 'today' }>,
			Extract<StatsPart, { kind: 'cards' }>,
			Extract<StatsPart, { kind: 'history' }>
		];
		expect(today.today.reviews).toBe(1);
		expect(cards.counts).toMatchObject({ total: 3, new: 1 });
		expect(history.reviewCount).toBe(2);
		expect(history.calendar.days.reduce((sum, day) => sum + day.reviews, 0)).toBe(2);
	});

	it('counts every deck when none is chosen, and an empty log as zeros', async () => {
		const database = freshDatabase();
		expect((await collect(database, null, ['x']))[0]).toMatchObject({ today: { reviews: 0 } });
		await rate(database, 'a1', 'a', now - 60_000);
		await rate(database, 'b1', 'b', now - 60_000);
		const [today] = await collect(database, null, ['a1', 'b1']);
		expect(today).toMatchObject({ today: { reviews: 2, cardsStudied: 2 } });
	});

	it("asks for the questions in scope only once today's figures are out", async () => {
		const database = freshDatabase();
		const order: string[] = [];
		const questionIds = async () => {
			order.push('questions');
			return ['x'];
		};
		await readStatistics(database, { deckId: null, questionIds, nowMs: now, utcOffsetMinutes }, (part) =>
			order.push(part.kind)
		);
		expect(order).toEqual(['today', 'questions', 'cards', 'history']);
	});
});
