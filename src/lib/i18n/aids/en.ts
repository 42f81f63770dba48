import type { AidsMessages } from './types';

const en: AidsMessages = {
	listSeparator: ', ',
	names: {
		heading: 'Names and terms',
		lead: 'Every person, place, organisation and key term of the article: its Traditional, Simplified and English forms, its pinyin, the sentences it appears in and the questions that ask about it.',
		summary: (entries) => `${entries} entries`,
		kindHeading: {
			person: 'People',
			place: 'Places',
			organisation: 'Organisations and meetings',
			term: 'Terms'
		},
		searchLabel: 'Search the names',
		searchHint: 'Any form works: Traditional, Simplified, English or pinyin.',
		shown: (shown, total) => `Showing ${shown} of ${total}`,
		noMatch: 'No name matches.',
		traditional: 'Traditional',
		simplified: 'Simplified',
		english: 'English',
		reading: 'Pinyin',
		sentences: (count) => (count === 1 ? 'In 1 sentence' : `In ${count} sentences`),
		sentenceLink: (paragraph, sentence) => `${paragraph}.${sentence}`,
		sentenceLinkLabel: (paragraph, sentence) => `Paragraph ${paragraph}, sentence ${sentence}`,
		onlyWithin: 'The article uses it only within a longer name.',
		questions: (count) => (count === 1 ? '1 question asks about it' : `${count} questions ask about it`),
		noQuestions: 'No question asks about it.',
		onTheMap: 'On the map',
		noGlossary: 'This article has no list of names yet.'
	},
	places: {
		heading: 'Dates and places',
		lead: "The article's events in order of time and its countries and cities on a map; each links to the sentences that name it and to its questions.",
		timelineHeading: 'Timeline',
		timelineLead: 'Dates as the article gives them; each event links to the sentence it comes from.',
		inTheArticle: (paragraph) => `Paragraph ${paragraph}`,
		questions: (count) => (count === 1 ? '1 question' : `${count} questions`),
		noQuestions: 'No questions',
		mapHeading: 'Map',
		mapLead: 'Choose a country or city to see the sentences that name it.',
		mapTitle: 'Map of Central Asia and its neighbours',
		mapDescription:
			'The countries and cities the article names: the five Central Asian states, Russia, China and other neighbours, and cities such as Tianjin, Moscow and Astana. The table below lists the same places.',
		listHeading: 'All places',
		kind: { country: 'Country', city: 'City', site: 'Site' },
		columnPlace: 'Place',
		columnSentences: 'Sentences',
		columnQuestions: 'Questions',
		namesLink: 'All names and terms',
		memoryLegend: 'Shaded by the average chance, now, of recalling the questions of each place and event',
		memoryOf: (studied, questions, percent) =>
			percent === null
				? `${questions} questions, none studied yet`
				: `${studied} of ${questions} studied, ${percent} recall`,
		credit:
			'Map data: Natural Earth (public domain), via the world-atlas package; drawn at build time with d3-geo.'
	}
};

export default en;
