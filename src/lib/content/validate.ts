import { parse as parseYaml, parseDocument, YAMLParseError } from 'yaml';
import { findQuote, type Article } from '$lib/domain/article';
import { claimId, deckId, questionId } from '$lib/domain/ids';
import type { Bilingual } from '$lib/domain/language';
import {
	clozeBlank,
	questionAngles,
	questionKinds,
	type ChoiceOption,
	type Deck,
	type MatchingPair,
	type Question,
	type QuestionKind,
	type Source
} from '$lib/domain/question';
import type { ContentProblem } from './problems';
import { isRecord, isText, Reader } from './reader';

/** A deck file as read from disk. */
export type DeckFile = { file: string; text: string };

/** What the decks may refer to outside themselves. */
export type DeckContext = {
	/** The claims of the article's argument map; absent when the article has none. */
	claimIds?: ReadonlySet<string>;
	/** Every question must name its claim and angle (once the decks are written against a map). */
	requireClaims?: boolean;
};

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// "all" means every deck in addresses (/review/all/); "my-cards" is the learner's own word cards.
const reservedDeckIds = new Set(['all', 'my-cards']);
const deckFields = new Set(['id', 'order', 'title', 'description', 'questions']);
const commonFields = ['id', 'kind', 'claim', 'angle', 'prompt', 'explanation', 'source'];
const fieldsByKind: Record<QuestionKind, string[]> = {
	flashcard: ['answer'],
	'single-choice': ['options'],
	'multiple-select': ['options'],
	'true-false': ['answer'],
	cloze: ['answer', 'accepted'],
	ordering: ['items'],
	matching: ['pairs']
};

function readSources(reader: Reader, value: unknown, article: Article): Source[] | undefined {
	const quotes = typeof value === 'string' ? [value] : value;
	if (quotes === undefined) return (reader.report('source', 'is missing'), undefined);
	if (!Array.isArray(quotes) || quotes.length === 0) {
		return (reader.report('source', 'must be a quote or a list of quotes'), undefined);
	}
	const sources: Source[] = [];
	quotes.forEach((quote, index) => {
		const field = Array.isArray(value) ? `source[${index}]` : 'source';
		if (!isText(quote)) return reader.report(field, 'must be a non-empty quote');
		const found = findQuote(article, quote);
		if (found.length === 0) {
			reader.report(field, `is not a verbatim quote of the article: "${quote}"`);
		} else if (found.length > 1) {
			reader.report(field, `occurs ${found.length} times in the article; quote a longer span: "${quote}"`);
		} else {
			sources.push({ quote, location: found[0]! });
		}
	});
	return sources.length === quotes.length ? sources : undefined;
}

/** The claim a question serves and its angle: checked against the argument map, required once there is one. */
function readArgumentFields(reader: Reader, raw: Record<string, unknown>, context: DeckContext) {
	let claim: string | undefined;
	if (raw.claim === undefined) {
		if (context.requireClaims) reader.report('claim', 'is missing: every question names the claim it serves');
	} else {
		claim = reader.text(raw.claim, 'claim');
		if (claim !== undefined && !context.claimIds) {
			reader.report('claim', `names "${claim}", but there is no argument map to find it in`);
			claim = undefined;
		} else if (claim !== undefined && !context.claimIds!.has(claim)) {
			reader.report('claim', `"${claim}" is not a claim of the argument map`);
			claim = undefined;
		}
	}
	let angle: (typeof questionAngles)[number] | undefined;
	if (raw.angle === undefined) {
		if (context.requireClaims) reader.report('angle', 'is missing: every question names its angle');
	} else angle = reader.oneOf(raw.angle, 'angle', questionAngles);
	return { claim, angle };
}

function readOptions(reader: Reader, value: unknown, kind: 'single-choice' | 'multiple-select') {
	const max = kind === 'single-choice' ? 6 : 8;
	const raw = reader.list(value, 'options', 3, max);
	if (!raw) return undefined;
	const options: ChoiceOption[] = [];
	raw.forEach((entry, index) => {
		const text = reader.bilingual(entry, `options[${index}]`);
		const correct = isRecord(entry) ? entry.correct : undefined;
		if (correct !== undefined && typeof correct !== 'boolean') {
			reader.report(`options[${index}].correct`, 'must be true or false');
		}
		if (text) options.push({ ...text, correct: correct === true });
	});
	if (options.length !== raw.length) return undefined;
	reader.distinct(options, 'options');
	const correctCount = options.filter((option) => option.correct).length;
	if (kind === 'single-choice' && correctCount !== 1) {
		reader.report(
			'options',
			`a single-choice question needs exactly one correct option, has ${correctCount}`
		);
	}
	if (kind === 'multiple-select' && (correctCount < 2 || correctCount === options.length)) {
		reader.report(
			'options',
			`a multiple-select question needs at least two correct and one wrong option, has ${correctCount} of ${options.length} correct`
		);
	}
	return options;
}

function readQuestion(
	problems: ContentProblem[],
	file: string,
	deck: string,
	raw: unknown,
	index: number,
	article: Article,
	context: DeckContext
): Question | undefined {
	const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
	const reader = new Reader(problems, file, rawId ?? `#${index + 1}`);
	if (!isRecord(raw)) return (reader.report('question', 'must be a mapping of fields'), undefined);
	const before = problems.length;

	if (!rawId) reader.report('id', 'is missing');
	else if (!idPattern.test(rawId)) reader.report('id', 'must be lowercase letters, digits and hyphens');

	const kind = raw.kind as QuestionKind;
	if (!questionKinds.includes(kind)) {
		reader.report('kind', `must be one of ${questionKinds.join(', ')}; got "${String(raw.kind)}"`);
		return undefined;
	}
	const allowed = new Set([...commonFields, ...fieldsByKind[kind]]);
	for (const key of Object.keys(raw)) {
		if (!allowed.has(key)) reader.report(key, `is not a field of a ${kind} question`);
	}

	const prompt = reader.bilingual(raw.prompt, 'prompt');
	const explanation = reader.bilingual(raw.explanation, 'explanation');
	const sources = readSources(reader, raw.source, article);
	const { claim, angle } = readArgumentFields(reader, raw, context);

	let question: Question | undefined;
	const base = () => ({
		id: questionId(rawId ?? ''),
		deckId: deckId(deck),
		prompt: prompt!,
		explanation: explanation!,
		sources: sources as [Source, ...Source[]],
		...(claim !== undefined ? { claimId: claimId(claim) } : {}),
		...(angle !== undefined ? { angle } : {})
	});
	switch (kind) {
		case 'flashcard': {
			const answer = reader.bilingual(raw.answer, 'answer');
			if (answer) question = { ...base(), kind, answer };
			break;
		}
		case 'single-choice':
		case 'multiple-select': {
			const options = readOptions(reader, raw.options, kind);
			if (options) question = { ...base(), kind, options };
			break;
		}
		case 'true-false': {
			if (typeof raw.answer !== 'boolean') reader.report('answer', 'must be true or false');
			else question = { ...base(), kind, answer: raw.answer };
			break;
		}
		case 'cloze': {
			const answer = reader.bilingual(raw.answer, 'answer');
			const accepted = reader.list(raw.accepted, 'accepted', 2, 30);
			for (const language of ['zh', 'en'] as const) {
				if (prompt && prompt[language].split(clozeBlank).length !== 2) {
					reader.report(`prompt.${language}`, `must contain the blank ${clozeBlank} exactly once`);
				}
			}
			if (accepted && !accepted.every((entry) => isText(entry) || typeof entry === 'number')) {
				reader.report('accepted', 'must list texts');
			} else if (answer && accepted) {
				const forms = accepted.map((entry) => String(entry).trim());
				for (const language of ['zh', 'en'] as const) {
					if (!forms.includes(answer[language])) {
						reader.report('accepted', `must include answer.${language} "${answer[language]}"`);
					}
				}
				if (new Set(forms).size !== forms.length) reader.report('accepted', 'repeats a form');
				question = { ...base(), kind, answer, accepted: forms };
			}
			break;
		}
		case 'ordering': {
			const raws = reader.list(raw.items, 'items', 3, 7);
			const items = raws?.map((item, i) => reader.bilingual(item, `items[${i}]`));
			if (items?.every(Boolean)) {
				reader.distinct(items as Bilingual[], 'items');
				question = { ...base(), kind, items: items as Bilingual[] };
			}
			break;
		}
		case 'matching': {
			const raws = reader.list(raw.pairs, 'pairs', 3, 6);
			const pairs = raws?.map((pair, i): MatchingPair | undefined => {
				if (!isRecord(pair)) return (reader.report(`pairs[${i}]`, 'must be { left, right }'), undefined);
				const left = reader.bilingual(pair.left, `pairs[${i}].left`);
				const right = reader.bilingual(pair.right, `pairs[${i}].right`);
				return left && right ? { left, right } : undefined;
			});
			if (pairs?.every(Boolean)) {
				const complete = pairs as MatchingPair[];
				reader.distinct(
					complete.map((p) => p.left),
					'pairs.left'
				);
				reader.distinct(
					complete.map((p) => p.right),
					'pairs.right'
				);
				question = { ...base(), kind, pairs: complete };
			}
			break;
		}
		default: {
			const unreachable: never = kind;
			return unreachable;
		}
	}
	return problems.length === before ? question : undefined;
}

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
	if (!isRecord(raw)) return (report('deck', 'must be a mapping with id, title and questions'), undefined);
	const before = problems.length;
	const expectedId = file.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (raw.id !== expectedId)
		report('id', `must equal the file name "${expectedId}", got "${String(raw.id)}"`);
	// The deck id is part of addresses (/review/<id>/), where "all" already means every deck.
	if (!idPattern.test(expectedId) || reservedDeckIds.has(expectedId)) {
		report(
			'id',
			`"${expectedId}" cannot be a deck id: use lowercase letters, digits and hyphens, not "all" or "my-cards"`
		);
	}
	if (typeof raw.order !== 'number') report('order', 'must be a number');
	for (const key of Object.keys(raw)) if (!deckFields.has(key)) report(key, 'is not a field of a deck');
	const deckReader = new Reader(problems, file.file, undefined);
	const title = deckReader.bilingual(raw.title, 'title');
	const description = deckReader.bilingual(raw.description, 'description');
	const rawQuestions = deckReader.list(raw.questions, 'questions', 1, 1000) ?? [];
	const questions = rawQuestions
		.map((entry, index) => readQuestion(problems, file.file, expectedId, entry, index, article, context))
		.filter((question): question is Question => question !== undefined);
	if (problems.length !== before || !title || !description) return undefined;
	return { id: deckId(expectedId), order: raw.order as number, title, description, questions };
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
