import { resolve } from '$app/paths';
import type { Language } from '$lib/domain/language';

// Every internal link goes through here, so the language prefix and the base path are never forgotten.
// Paths end in "/" because the static build writes each page as folder/index.html, which any host serves.
const lang = (language: Language) => (language === 'en' ? 'en' : undefined);

/** Exactly one trailing slash, whatever the route resolved to. */
export const withSlash = (path: string) => path.replace(/\/+$/, '') + '/';

export const hrefHome = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]', { lang: lang(language) }));

export const hrefDeck = (language: Language, deckId: string) =>
	withSlash(resolve('/[[lang=lang]]/decks/[deckId]', { lang: lang(language), deckId }));

export const hrefQuestion = (language: Language, questionId: string) =>
	withSlash(resolve('/[[lang=lang]]/questions/[questionId]', { lang: lang(language), questionId }));

/** The reader, optionally scrolled to a paragraph or to a question's highlighted sentence. */
export const hrefArticle = (
	language: Language,
	target?: { paragraphId: string } | { questionId: string }
) => {
	const path = withSlash(resolve('/[[lang=lang]]/article', { lang: lang(language) }));
	if (!target) return path;
	return 'paragraphId' in target ? `${path}#${target.paragraphId}` : `${path}#q-${target.questionId}`;
};

export const hrefParagraphQuestions = (language: Language, paragraphId: string) =>
	withSlash(resolve('/[[lang=lang]]/article/[paragraphId]', { lang: lang(language), paragraphId }));

/** A review session: "all" decks or one deck's id. */
export const hrefReview = (language: Language, scope: string) =>
	withSlash(resolve('/[[lang=lang]]/review/[scope]', { lang: lang(language), scope }));

export const hrefSettings = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/settings', { lang: lang(language) }));
