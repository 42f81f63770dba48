import { parse as parseYaml, parseDocument, YAMLParseError } from 'yaml';
import type { Article } from '$lib/domain/article';
import type { Deck } from '$lib/domain/question';
import { checkDeckId, readDeckFields, type QuestionContext } from '$lib/domain/validation/deck';
import { isRecord } from '$lib/domain/validation/fields';
import { ProblemList } from '$lib/domain/validation/problems';
import { problemMessage } from './problem-messages';
import type { ContentProblem } from './problems';

// The decks of questions/<folder>/decks/*.yaml: YAML read here, every rule of a deck and its questions checked by the
// shared pure module (src/lib/domain/validation/deck.ts) that also reads article packs in the browser.

/** A deck file as read from disk. */
export type DeckFile = { file: string; text: string };

/** What the decks may refer to outside themselves. */
export type DeckContext = Omit<QuestionContext, 'article' | 'claimIds'> & {
	/** The claims of the article's argument map; absent when the article has none. */
	claimIds?: ReadonlySet<string>;
};

function readDeck(
	problems: ContentProblem[],
	file: DeckFile,
	article: Article,
	context: DeckContext
): Deck | undefined {
	const report = (field: string, message: string) => problems.push({ file: file.file, field, message });
	let raw: unknown;
	try {
		raw = parseYaml(file.text, { prettyErrors: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message : String(error);
		report('YAML', `cannot be read: ${message.split('\n')[0]}`);
		return undefined;
	}
	// Every problem the shared rules find, worded in English and filed under this file (and its question).
	const listFor = (questionId?: string) =>
		new ProblemList((problem) =>
			problems.push({
				file: file.file,
				...(questionId !== undefined ? { questionId } : {}),
				field: problem.path,
				message: problemMessage(problem)
			})
		);
	const deckProblems = listFor();
	if (!isRecord(raw)) return (deckProblems.report('deck', 'not-mapping', { of: 'deck' }), undefined);
	const before = deckProblems.count;
	const expectedId = file.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (raw.id !== expectedId)
		deckProblems.report('id', 'deck-id-file', { expected: expectedId, got: String(raw.id) });
	checkDeckId(deckProblems, expectedId);
	const deck = readDeckFields(deckProblems, raw, expectedId, { article, ...context }, (index, entry) =>
		listFor(isRecord(entry) && typeof entry.id === 'string' ? entry.id : `#${index + 1}`)
	);
	return deckProblems.count === before ? deck : undefined;
}

/** Reads every deck file; returns the valid decks and every problem found, across all files at once. */
export function validateDecks(
	files: DeckFile[],
	article: Article,
	context: DeckContext = {}
): { decks: Deck[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const decks = files
		.map((file) => readDeck(problems, file, article, context))
		.filter((deck): deck is Deck => deck !== undefined);

	// Ids are unique across all decks, so progress stored under an id is never confused.
	const seen = new Map<string, string>();
	for (const file of files) {
		// A file that does not parse was already reported by readDeck above.
		const document = parseDocument(file.text);
		if (document.errors.length > 0) continue;
		const raw: unknown = document.toJS();
		const questions = isRecord(raw) && Array.isArray(raw.questions) ? raw.questions : [];
		for (const question of questions) {
			const id = isRecord(question) ? question.id : undefined;
			if (typeof id !== 'string') continue;
			const first = seen.get(id);
			if (first !== undefined) {
				problems.push({
					file: file.file,
					questionId: id,
					field: 'id',
					message: `duplicate id: also used in ${first}`
				});
			} else seen.set(id, file.file);
		}
	}
	return { decks: problems.length === 0 ? decks.sort((a, b) => a.order - b.order) : [], problems };
}
