import { resolve } from '$app/paths';
import type { Language } from '$lib/domain/language';
import { exportFileName, type ExportFormat } from '$lib/domain/exports/file-names';
import { quizFragment } from '$lib/domain/quiz/fragment';
import { passageFragment, type TextRange } from '$lib/domain/sentences';

// Every internal link goes through here, so the language prefix and the base path are never forgotten.
// Paths end in "/" because the static build writes each page as folder/index.html, which any host serves.
const lang = (language: Language) => (language === 'en' ? 'en' : undefined);

/** Exactly one trailing slash, whatever the route resolved to. */
export const withSlash = (path: string) => path.replace(/\/+$/, '') + '/';

export const hrefHome = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]', { lang: lang(language) }));

// A deck or question of an article on this device has no prerendered page (the build does not know it): its page
// is prerendered once and reads the id from the query, like the device article's page.
const onDevicePage = (path: string, id: string) => `${withSlash(path)}?id=${encodeURIComponent(id)}`;
/** Whether an id is a device article's (`<article id>--<id>`, domain/pack/article-id.ts; inlined: every page has it). */
const isDeviceId = (id: string) => id.indexOf('--') > 0;

export const hrefDeck = (language: Language, deckId: string) =>
	!isDeviceId(deckId)
		? withSlash(resolve('/[[lang=lang]]/decks/[deckId]', { lang: lang(language), deckId }))
		: onDevicePage(resolve('/[[lang=lang]]/decks', { lang: lang(language) }), deckId);

export const hrefQuestion = (language: Language, questionId: string) =>
	!isDeviceId(questionId)
		? withSlash(resolve('/[[lang=lang]]/questions/[questionId]', { lang: lang(language), questionId }))
		: onDevicePage(resolve('/[[lang=lang]]/questions', { lang: lang(language) }), questionId);

/** The reader, optionally scrolled to a paragraph or to a question's highlighted sentence. */
export const hrefArticle = (
	language: Language,
	target?: { paragraphId: string } | { questionId: string }
) => {
	const path = withSlash(resolve('/[[lang=lang]]/article', { lang: lang(language) }));
	if (!target) return path;
	return 'paragraphId' in target ? `${path}#${target.paragraphId}` : `${path}#q-${target.questionId}`;
};

/** The argument page, optionally at one claim (its id is the anchor). */
export const hrefArgument = (language: Language, claimId?: string) => {
	const path = withSlash(resolve('/[[lang=lang]]/argument', { lang: lang(language) }));
	return claimId ? `${path}#${claimId}` : path;
};

/** The names and terms page, optionally at one entry (its glossary id is the anchor). */
export const hrefNames = (language: Language, entryId?: string) => {
	const path = withSlash(resolve('/[[lang=lang]]/names', { lang: lang(language) }));
	return entryId ? `${path}#${entryId}` : path;
};

/** The dates and places page (timeline and map), optionally at one of its anchors. */
export const hrefPlaces = (language: Language, anchor?: string) => {
	const path = withSlash(resolve('/[[lang=lang]]/places-and-dates', { lang: lang(language) }));
	return anchor ? `${path}#${anchor}` : path;
};

/** The reader with one range of a paragraph highlighted (a sentence naming someone, an event's quote). */
export const hrefPassage = (language: Language, paragraphId: string, range: TextRange) =>
	`${withSlash(resolve('/[[lang=lang]]/article', { lang: lang(language) }))}#${passageFragment(paragraphId, range)}`;

/** The reader with the evidence of one claim highlighted. */
export const hrefClaimEvidence = (language: Language, claimId: string) =>
	`${withSlash(resolve('/[[lang=lang]]/article', { lang: lang(language) }))}#claim-${claimId}`;

export const hrefParagraphQuestions = (language: Language, paragraphId: string) =>
	withSlash(resolve('/[[lang=lang]]/article/[paragraphId]', { lang: lang(language), paragraphId }));

/** A review session: "all" decks or one deck's id. */
export const hrefReview = (language: Language, scope: string) =>
	withSlash(resolve('/[[lang=lang]]/review/[scope]', { lang: lang(language), scope }));

/** A review of one device deck or of every deck of one device article (they have no page of their own). */
export const hrefReviewOnDevice = (language: Language, target: { deck: string } | { article: string }) =>
	`${hrefReview(language, 'all')}?${'deck' in target ? `deck=${encodeURIComponent(target.deck)}` : `article=${encodeURIComponent(target.article)}`}`;

/** An article on this device (prerendered once: the id travels in the query). */
export const hrefLibraryArticle = (language: Language, articleId: string) =>
	`${withSlash(resolve('/[[lang=lang]]/library', { lang: lang(language) }))}?id=${encodeURIComponent(articleId)}`;

/** Importing an article pack file. */
export const hrefLibraryImport = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/library/import', { lang: lang(language) }));

/** The article editor: the list of drafts. */
export const hrefAuthor = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/author', { lang: lang(language) }));

export const hrefSettings = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/settings', { lang: lang(language) }));

// Quizzes and classroom pages are prerendered once; the quiz they show travels in the address's fragment
// (#q=<token>, see domain/quiz/quiz-link.ts), which never reaches a server.
const withToken = (path: string, token: string, extra?: Parameters<typeof quizFragment>[1]) =>
	`${path}#${quizFragment(token, extra)}`;

/** The quiz builder. */
export const hrefQuiz = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/quiz', { lang: lang(language) }));

/** Taking a quiz defined by a link token, or showing one stored attempt of it. */
export const hrefQuizTake = (language: Language, token: string, attemptId?: number) =>
	withToken(withSlash(resolve('/[[lang=lang]]/quiz/take', { lang: lang(language) })), token, { attemptId });

/** Past quiz attempts and the trend per deck. */
export const hrefQuizHistory = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/quiz/history', { lang: lang(language) }));

/** The teacher's classroom hub: build a class quiz, get its link and QR code. */
export const hrefClass = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/class', { lang: lang(language) }));

/** The hub showing one saved class quiz: its link, QR code and pages. */
export const hrefClassQuiz = (language: Language, token: string) => withToken(hrefClass(language), token);

/** A student joining a class quiz. */
export const hrefClassJoin = (language: Language, token: string) =>
	withToken(withSlash(resolve('/[[lang=lang]]/class/join', { lang: lang(language) })), token);

/** The projector view of a class quiz. */
export const hrefClassProjector = (language: Language, token: string) =>
	withToken(withSlash(resolve('/[[lang=lang]]/class/projector', { lang: lang(language) })), token);

/** The teacher's results page for a class quiz (paste or scan result codes). */
export const hrefClassResults = (language: Language, token: string) =>
	withToken(withSlash(resolve('/[[lang=lang]]/class/results', { lang: lang(language) })), token);

/** The printable worksheet, or its answer key, of a quiz. */
export const hrefWorksheet = (language: Language, token: string, answerKey = false) =>
	withToken(withSlash(resolve('/[[lang=lang]]/class/worksheet', { lang: lang(language) })), token, {
		answerKey
	});

/** A link that adds a quiz's questions to the student's own review queue. */
export const hrefAssign = (language: Language, token: string) =>
	withToken(withSlash(resolve('/[[lang=lang]]/class/assign', { lang: lang(language) })), token);

/** The card browser, optionally with a search filled in (read in the browser: the page is prerendered). */
export const hrefCards = (language: Language, query?: string) => {
	const path = withSlash(resolve('/[[lang=lang]]/cards', { lang: lang(language) }));
	return query ? `${path}?q=${encodeURIComponent(query)}` : path;
};

/** The statistics page (all decks, or one deck chosen on the page). */
export const hrefStats = (language: Language) =>
	withSlash(resolve('/[[lang=lang]]/stats', { lang: lang(language) }));

/** A deck's export for another tool (Anki, Quizlet), a plain file written at build time. */
export const hrefExport = (language: Language, deckId: string, format: ExportFormat) =>
	resolve('/exports/[file]', { file: exportFileName(deckId, format, language) });
