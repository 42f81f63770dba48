import type { Glossary } from '$lib/domain/glossary';
import type { Language } from '$lib/domain/language';
import type { Place, PlaceKind } from '$lib/domain/places';
import type { TimelineEvent } from '$lib/domain/timeline';
import { yearOf } from '$lib/domain/timeline';
import { allQuestions, type Catalog } from './catalog';
import { questionsNaming, sentencesMentioning, type QuestionLink, type SentenceMention } from './names-page';

// What the dates and places page needs, in the page's language: the timeline's events and the map's places, each
// with the article's sentences and the questions that go with it. Prompts travel once, named by place in `questions`.

export type EventView = {
	id: string;
	when: string;
	year: number;
	date: string;
	text: string;
	quote: string;
	paragraphId: string;
	paragraphNumber: number;
	start: number;
	end: number;
	/** The questions whose quoted sentences overlap the event's quote. */
	questions: number[];
};

export type PlaceView = {
	id: string;
	kind: PlaceKind;
	/** The name in the page's language, and the article's Chinese form. */
	name: string;
	zh: string;
	sentences: SentenceMention[];
	questions: number[];
};

export type PlacesView = { events: EventView[]; places: PlaceView[]; questions: QuestionLink[] };

/** The glossary ids of the places the map shows (for links from the names page). */
export const placeIds = (places: readonly Place[]) => places.map((place) => place.id);

/** The timeline and the map's places laid out for their page. */
export function placesView(
	events: readonly TimelineEvent[],
	places: readonly Place[],
	glossary: Glossary,
	catalog: Catalog,
	language: Language
): PlacesView {
	const questions = allQuestions(catalog);
	const links: QuestionLink[] = [];
	const placeOf = new Map<string, number>();
	const place = (id: string, prompt: string) => {
		let index = placeOf.get(id);
		if (index === undefined) {
			index = links.push({ id, prompt }) - 1;
			placeOf.set(id, index);
		}
		return index;
	};
	const paragraphNumber = new Map(catalog.article.paragraphs.map((p) => [p.id as string, p.number]));
	const eventViews = events.map((event): EventView => {
		const { paragraphId, start, end } = event.location;
		return {
			id: event.id,
			when: event.when,
			year: yearOf(event.when),
			date: event.date[language],
			text: event.text[language],
			quote: event.quote,
			paragraphId,
			paragraphNumber: paragraphNumber.get(paragraphId)!,
			start,
			end,
			questions: questions
				.filter((question) =>
					question.sources.some(
						({ location }) =>
							location.paragraphId === paragraphId && location.start < end && location.end > start
					)
				)
				.map((question) => place(question.id, question.prompt[language]))
		};
	});
	const placeViews = places.map((entryPlace): PlaceView => {
		const entry = glossary.entries.find((candidate) => candidate.id === entryPlace.id)!;
		return {
			id: entry.id,
			kind: entryPlace.kind,
			name: language === 'en' ? entry.en : entry.zh,
			zh: entry.zh,
			sentences: sentencesMentioning(catalog.article, entry, glossary.entries),
			questions: questionsNaming(questions, entry, glossary.entries).map((question) =>
				place(question.id, question.prompt[language])
			)
		};
	});
	return { events: eventViews, places: placeViews, questions: links };
}
