import { questionTexts, type Question } from '../question';

/*
 * Choosing a class quiz's questions by hand: a search over every text of a question, and moving a chosen question
 * up or down the list (buttons, so keyboards and screen readers can reorder without dragging).
 */

/** Text folded for search: the same letters whatever the width, case or spacing. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');

/** The words of a search: every one must appear (in either language, or in the question's id). Empty: none. */
export const searchWords = (query: string): string[] => fold(query).trim().split(' ').filter(Boolean);

/** Whether a question holds every word of the search in any of its texts or its id; an empty search matches all. */
export function matchesSearch(question: Question, words: readonly string[]): boolean {
	if (words.length === 0) return true;
	const haystack = fold([question.id, ...questionTexts(question)].join('\n'));
	return words.every((word) => haystack.includes(word));
}

/** The list with the item at `index` moved by `offset` places (clamped to the ends); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, offset: number): T[] {
	const target = Math.min(list.length - 1, Math.max(0, index + offset));
	if (index < 0 || index >= list.length || target === index) return [...list];
	const moved = [...list];
	const [item] = moved.splice(index, 1);
	moved.splice(target, 0, item!);
	return moved;
}

/** The list with the id added at the end, or taken out when already in it. */
export const toggleChosen = <T>(list: readonly T[], id: T): T[] =>
	list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
