// The content files, read at build time only: pages receive the validated content as prerendered JSON. This is
// the one place that reads questions/, so that several articles can later each have their own set of files.
import articleText from '$questions/article.txt?raw';
import argumentMapText from '$questions/argument.yaml?raw';
import glossaryText from '$questions/glossary.yaml?raw';
import placesText from '$questions/places.yaml?raw';
import questionIdsText from '$questions/question-ids.yaml?raw';
import timelineText from '$questions/timeline.yaml?raw';
import translationText from '$questions/translation.yaml?raw';
import { loadContent, type SiteContent } from './load';
import type { Catalog } from './catalog';

const deckTexts = import.meta.glob<string>('/questions/decks/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

let cached: SiteContent | undefined;

/** The site's content; a broken file stops the build here with every problem listed. */
export function siteContent(): SiteContent {
	cached ??= loadContent({
		article: articleText,
		decks: Object.entries(deckTexts).map(([path, text]) => ({ file: path.replace(/^\//, ''), text })),
		argumentMap: { file: 'questions/argument.yaml', text: argumentMapText },
		glossary: { file: 'questions/glossary.yaml', text: glossaryText },
		questionIds: { file: 'questions/question-ids.yaml', text: questionIdsText },
		translation: { file: 'questions/translation.yaml', text: translationText },
		timeline: { file: 'questions/timeline.yaml', text: timelineText },
		places: { file: 'questions/places.yaml', text: placesText }
	});
	return cached;
}

/** The site's catalog of decks and questions. */
export function siteCatalog(): Catalog {
	return siteContent().catalog;
}
