import { error } from '@sveltejs/kit';
import { allQuestions, findDeck, findQuestion } from '$lib/content/catalog';
import { claimOfQuestion } from '$lib/content/argument-page';
import { siteCatalog, siteContent } from '$lib/content/files.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	allQuestions(siteCatalog()).flatMap((question) => [
		{ questionId: question.id },
		{ questionId: question.id, lang: 'en' }
	]);

export const load: PageServerLoad = ({ params }) => {
	const catalog = siteCatalog();
	const question = findQuestion(catalog, params.questionId);
	if (!question) error(404, `No question "${params.questionId}"`);
	const deck = findDeck(catalog, question.deckId)!;
	const paragraphNumbers = Object.fromEntries(catalog.article.paragraphs.map((p) => [p.id, p.number]));
	const { argumentMap } = siteContent();
	const claim = argumentMap
		? claimOfQuestion(argumentMap, question.claimId, params.lang === 'en' ? 'en' : 'zh')
		: undefined;
	return { question, deck: { id: deck.id, title: deck.title }, paragraphNumbers, claim };
};
