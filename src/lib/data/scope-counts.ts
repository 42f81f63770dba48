import Dexie from 'dexie';
import type { DeckId, QuestionId } from '$lib/domain/ids';
import type { CardState } from '$lib/domain/scheduling/card';
import { clockShift, startOfStudyDayMs } from '$lib/domain/scheduling/clock';
import { dueQueueOf, emptyTally, tallyCard, type ScopeTally } from '$lib/domain/scheduling/scope-counts';
import { allowanceOf, isActive, type Allowance } from '$lib/domain/scheduling/queue';
import { masteredStabilityDays } from '$lib/domain/stats/deck-progress';
import { loadTodaysWork } from './cards';
import type { StudyDatabase } from './database';
import { loadReviewSettings } from './settings';

/** Scopes of at most this many questions may read their own rows (when the cards stored are many more). */
const smallScope = 5000;

type ScopeQuestions = readonly { questionId: QuestionId; deckId: DeckId }[];

/**
 * How the cards are read: `index` counts by index ranges and reads only due and new-phase rows, so its cost follows
 * the cards due, not the catalog; `rows` reads the scope's own rows, cheaper when the scopes hold few questions
 * (a deck page) and the database many cards.
 */
export type CountStrategy = 'index' | 'rows';

/**
 * The tallies of several scopes (the home page's decks and "all", a deck page's deck) and today's allowance, from
 * one read-only transaction. A card counts in a scope when its question id is in the scope, whatever deck it was
 * stored under: a retired question's card, or a word card, counts nowhere (as in buildQueue). The strategy is
 * chosen by size unless given (tests compare both).
 */
export async function loadScopeTallies<K extends string>(
	database: StudyDatabase,
	scopes: Record<K, ScopeQuestions>,
	nowMs: number,
	utcOffsetMinutes: number,
	strategy?: CountStrategy
): Promise<{ tallies: Record<K, ScopeTally>; allowance: Allowance }> {
	const tables = [database.cards, database.reviews, database.assignments, database.settings];
	return database.transaction('r', tables, async () => {
		const settings = await loadReviewSettings(database);
		const dayStartMs = startOfStudyDayMs(nowMs, clockShift(utcOffsetMinutes, settings.dayStartHour));
		const today = await loadTodaysWork(database, dayStartMs);

		const keys = Object.keys(scopes) as K[];
		const tallies = keys.map(emptyTally);
		// Each question's scopes (by position in `keys`); a question listed twice in a scope counts once.
		const scopesOf = new Map<QuestionId, number[]>();
		keys.forEach((key, index) => {
			for (const { questionId } of scopes[key]) {
				const held = scopesOf.get(questionId);
				if (!held) scopesOf.set(questionId, [index]);
				else if (held.at(-1) !== index) held.push(index);
			}
		});
		const each = (id: QuestionId, count: (tally: ScopeTally) => void) => {
			for (const index of scopesOf.get(id) ?? []) count(tallies[index]!);
		};
		for (const held of scopesOf.values()) for (const index of held) tallies[index]!.questions++;
		// The assignments table holds what teachers assigned: its size follows them, not the catalog.
		const assigned = new Set<QuestionId>();
		for (const row of await database.assignments.toArray())
			if (scopesOf.has(row.questionId)) assigned.add(row.questionId);

		// Only a small scope is worth the count: a large one reads at least as many rows as the index path keys.
		const small = scopesOf.size <= smallScope;
		const chosen =
			strategy ?? (small && scopesOf.size * 4 < (await database.cards.count()) ? 'rows' : 'index');
		if (chosen === 'rows') {
			const ids = [...scopesOf.keys()];
			const rows = await database.cards.bulkGet(ids);
			rows.forEach((card, position) => {
				const id = ids[position]!;
				if (card) each(id, (tally) => tallyCard(tally, card, nowMs, assigned.has(id)));
				else if (assigned.has(id)) each(id, (tally) => tally.assignedFresh++);
			});
		} else {
			await tallyByIndex(database, nowMs, assigned, each);
			// Mastered held minus the studied cards not yet mastered: add the studied.
			for (const tally of tallies) tally.mastered += tally.studied;
		}
		return {
			tallies: Object.fromEntries(keys.map((key, index) => [key, tallies[index]!])) as Record<K, ScopeTally>,
			allowance: allowanceOf(settings, today)
		};
	});
}

/**
 * Tallies every scope from index ranges: every card's primary key (a studied card unless its row is new-phase),
 * the new-phase rows (few: a question suspended or buried before it was studied), the keys of the cards not yet
 * mastered (mastered = studied less those: in a long history the mastered ones are most cards, and reading an
 * index range costs the browser a lookup per entry) and the rows due now. No other row is read. Every stored card
 * has a phase and a finite stability (data/schemas.ts), so every card is in the [phase+stability] index.
 */
async function tallyByIndex(
	database: StudyDatabase,
	nowMs: number,
	assigned: ReadonlySet<QuestionId>,
	each: (id: QuestionId, count: (tally: ScopeTally) => void) => void
): Promise<void> {
	const byPhase = () => database.cards.where('[phase+stability]');
	for (const id of await database.cards.toCollection().primaryKeys()) each(id, (tally) => tally.studied++);
	const newRows = await byPhase().between(['new', Dexie.minKey], ['new', Dexie.maxKey], true, true).toArray();
	for (const card of newRows) each(card.questionId, (tally) => untallyAsNew(tally, card, nowMs, assigned));
	// Learning, then relearning and review below the mastered stability: the phases sort so, 'new' aside.
	const notMastered = [
		...(await byPhase()
			.between(['learning', Dexie.minKey], ['learning', Dexie.maxKey], true, true)
			.primaryKeys()),
		...(await byPhase()
			.between(['relearning', Dexie.minKey], ['review', masteredStabilityDays], true, false)
			.primaryKeys())
	];
	for (const id of notMastered) each(id, (tally) => tally.mastered--);
	const dueRows = await database.cards.where('dueAtMs').belowOrEqual(nowMs).toArray();
	for (const card of dueRows) {
		const due = dueQueueOf(card, nowMs);
		if (due) each(card.questionId, (tally) => tally[due === 'learning' ? 'learningDue' : 'reviewDue']++);
	}
	// An assigned question with no card is new and offered (one with a new-phase card was counted above).
	const assignedIds = [...assigned];
	const assignedRows = await database.cards.bulkGet(assignedIds);
	assignedRows.forEach((card, position) => {
		if (!card) each(assignedIds[position]!, (tally) => tally.assignedFresh++);
	});
}

/** A new-phase card was counted as studied with every key: it is new, offered unless suspended or buried. */
function untallyAsNew(tally: ScopeTally, card: CardState, nowMs: number, assigned: ReadonlySet<QuestionId>) {
	tally.studied--;
	if (!isActive(card, nowMs)) tally.inactiveNew++;
	else if (assigned.has(card.questionId)) tally.assignedFresh++;
}
