import type { ContentIndex } from '$lib/content/content-index';
import { linkCatalogFor } from '$lib/content/device-articles';
import type { Language } from '$lib/domain/language';
import { newQuizSeed, quizLinkToken } from '$lib/domain/quiz/quiz-link';
import type { QuizSpec } from '$lib/domain/quiz/spec';
import { hrefQuizTake } from '$lib/i18n/paths';

/** The article id an address names: `?id=<id>`, or `#id=<id>`; null when it names none. */
export function articleIdFromAddress(search: string, hash: string): string | null {
	const fromQuery = new URLSearchParams(search).get('id');
	const fromFragment = new URLSearchParams(hash.replace(/^#/, '')).get('id');
	const id = (fromQuery ?? fromFragment ?? '').trim();
	return id === '' ? null : id;
}

/** The address of a practice quiz of every question of these decks, shuffled; null when they hold none. */
export function quizOfDeck(
	index: ContentIndex,
	deckIds: readonly string[],
	language: Language,
	random: () => number = Math.random
): string | null {
	const questionIds = index.decks
		.filter((deck) => deckIds.includes(deck.id))
		.flatMap((deck) => deck.questions.map((question) => question.id));
	if (questionIds.length === 0) return null;
	const catalog = linkCatalogFor(index, questionIds);
	const spec: QuizSpec = {
		contentVersion: catalog.version,
		questionIds,
		order: 'shuffled',
		seed: newQuizSeed(random),
		mode: 'practice',
		timeLimitSeconds: null
	};
	return hrefQuizTake(language, quizLinkToken(spec, catalog.stubs));
}
