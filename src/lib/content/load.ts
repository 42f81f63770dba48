import type { ArgumentMap } from '$lib/domain/argument';
import { parseArticle } from '$lib/domain/article';
import type { Glossary } from '$lib/domain/glossary';
import type { Place } from '$lib/domain/places';
import type { TimelineEvent } from '$lib/domain/timeline';
import { contentVersion, type Catalog } from './catalog';
import { ContentError, type ContentProblem } from './problems';
import { validateDecks, type DeckFile } from './validate';
import { validateArgumentMap, type TextFile } from './validate-argument';
import { validateGlossary } from './validate-glossary';
import { validatePlaces } from './validate-places';
import { validateTimeline } from './validate-timeline';
import { validateQuestionIds } from './validate-question-ids';
import { validateTranslation, type Translation } from './validate-translation';

/** Builds the catalog from the article and deck files, or throws a ContentError listing every problem. */
export function loadCatalog(articleText: string, deckFiles: DeckFile[]): Catalog {
	return loadContent({ article: articleText, decks: deckFiles }).catalog;
}

/** Every content file of one article: the text, its decks, and where it has them, its argument map and glossary. */
export type ContentFiles = {
	article: string;
	decks: DeckFile[];
	argumentMap?: TextFile;
	glossary?: TextFile;
	/** The ledger of question ids ever used (questions/<folder>/question-ids.yaml). */
	questionIds?: TextFile;
	/** The article in English, one entry per paragraph (questions/<folder>/translation.yaml). */
	translation?: TextFile;
	/** The article's dated events (questions/<folder>/timeline.yaml). */
	timeline?: TextFile;
	/** The article's countries and cities on a map (questions/<folder>/places.yaml); needs the glossary. */
	places?: TextFile;
};

/** An article's validated content. The catalog travels to the browser; the map and glossary feed their pages. */
export type SiteContent = {
	catalog: Catalog;
	argumentMap?: ArgumentMap;
	glossary?: Glossary;
	translation?: Translation;
	timeline?: TimelineEvent[];
	places?: Place[];
};

/** Validates every content file together, or throws a ContentError listing every problem in every file. */
export function loadContent(files: ContentFiles): SiteContent {
	const article = parseArticle(files.article);
	const problems: ContentProblem[] = [];
	const argument = files.argumentMap ? validateArgumentMap(files.argumentMap, article) : undefined;
	problems.push(...(argument?.problems ?? []));
	const claimIds = argument?.map ? new Set<string>(argument.map.claims.map((claim) => claim.id)) : undefined;
	const { decks, problems: deckProblems } = validateDecks(files.decks, article, {
		...(claimIds ? { claimIds } : {}),
		requireClaims: files.argumentMap !== undefined
	});
	problems.push(...deckProblems);
	const glossary = files.glossary ? validateGlossary(files.glossary, article) : undefined;
	problems.push(...(glossary?.problems ?? []));
	const translation = files.translation ? validateTranslation(files.translation, article) : undefined;
	problems.push(...(translation?.problems ?? []));
	const timeline = files.timeline ? validateTimeline(files.timeline, article) : undefined;
	problems.push(...(timeline?.problems ?? []));
	const places =
		files.places && glossary?.glossary ? validatePlaces(files.places, glossary.glossary) : undefined;
	problems.push(...(places?.problems ?? []));
	if (files.questionIds && deckProblems.length === 0) {
		const fileOfDeck = (id: string) =>
			files.decks.find((file) => file.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id)?.file ?? id;
		const questionFiles = new Map(
			decks.flatMap((deck) => deck.questions.map((question) => [question.id as string, fileOfDeck(deck.id)]))
		);
		problems.push(...validateQuestionIds(files.questionIds, questionFiles).problems);
	}
	if (problems.length > 0) throw new ContentError(problems);
	return {
		catalog: { version: contentVersion(article, decks), article, decks },
		...(argument?.map ? { argumentMap: argument.map } : {}),
		...(glossary?.glossary ? { glossary: glossary.glossary } : {}),
		...(translation?.translation ? { translation: translation.translation } : {}),
		...(timeline?.events ? { timeline: timeline.events } : {}),
		...(places?.places ? { places: places.places } : {})
	};
}
