// The content the reading aids' pages are built from, read from the content files as the build reads them, so the
// e2e tests derive what the pages must show (and where their links must land) from the data, never from literals.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseArticle } from '../../src/lib/domain/article';
import { mentionsIn, type GlossaryEntry } from '../../src/lib/domain/glossary';
import { sentenceAt } from '../../src/lib/domain/sentences';

const read = (name: string) =>
	readFileSync(new URL(`../../questions/sco-central-asia/${name}`, import.meta.url), 'utf8');

export const article = parseArticle(read('article.txt'));

type RawEntry = Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'kind' | 'zh' | 'hans' | 'en'>;
export const glossary: GlossaryEntry[] = (
	parse(read('glossary.yaml')) as { entries: RawEntry[] }
).entries.map((entry) => ({ zhVariants: [], enVariants: [], avoid: [], ...entry }));

/** The first sentence of the article that mentions an entry: its paragraph and text. */
export function firstSentenceNaming(entryId: string) {
	for (const paragraph of article.paragraphs) {
		const mention = mentionsIn(paragraph.text, glossary).find((found) => found.entry.id === entryId);
		if (!mention) continue;
		const sentence = sentenceAt(paragraph.text, mention.at);
		return { paragraphId: paragraph.id as string, text: paragraph.text.slice(sentence.start, sentence.end) };
	}
	throw new Error(`No sentence names ${entryId}`);
}

/** The text of a paragraph. */
export const paragraphText = (paragraphId: string) =>
	article.paragraphs.find((paragraph) => paragraph.id === paragraphId)!.text;

type RawEvent = { id: string; paragraph: string; quote: string; date: { zh: string; en: string } };
/** The timeline's events, as the file lists them. */
export const timeline = (parse(read('timeline.yaml')) as { events: RawEvent[] }).events;

type RawPlace = { id: string; kind: string };
/** The map's places, as the file lists them. */
export const places = (parse(read('places.yaml')) as { places: RawPlace[] }).places;
