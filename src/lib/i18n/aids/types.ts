import type { GlossaryKind } from '$lib/domain/glossary';
import type { PlaceKind } from '$lib/domain/places';

/** Interface texts of the reading aids' pages (names and terms; dates and places): the `aids` section of Messages. */
export type AidsMessages = {
	listSeparator: string;
	names: {
		heading: string;
		lead: string;
		summary: (entries: number) => string;
		kindHeading: Record<GlossaryKind, string>;
		searchLabel: string;
		searchHint: string;
		shown: (shown: number, total: number) => string;
		noMatch: string;
		traditional: string;
		simplified: string;
		english: string;
		reading: string;
		sentences: (count: number) => string;
		/** A link to one sentence: visible text, and its full name for screen readers. */
		sentenceLink: (paragraph: number, sentence: number) => string;
		sentenceLinkLabel: (paragraph: number, sentence: number) => string;
		onlyWithin: string;
		questions: (count: number) => string;
		noQuestions: string;
		onTheMap: string;
		noGlossary: string;
	};
	places: {
		heading: string;
		lead: string;
		timelineHeading: string;
		timelineLead: string;
		/** Link from an event to its quote in the reader. */
		inTheArticle: (paragraph: number) => string;
		questions: (count: number) => string;
		noQuestions: string;
		mapHeading: string;
		mapLead: string;
		/** The map image's accessible name and description. */
		mapTitle: string;
		mapDescription: string;
		listHeading: string;
		kind: Record<PlaceKind, string>;
		columnPlace: string;
		columnSentences: string;
		columnQuestions: string;
		namesLink: string;
		memoryLegend: string;
		memoryOf: (studied: number, questions: number, percent: string | null) => string;
		credit: string;
	};
};
