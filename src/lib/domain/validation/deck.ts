import { findQuote, type Article } from '../article';
import { claimId, deckId, questionId } from '../ids';
import type { Bilingual } from '../language';
import {
	clozeBlank,
	questionAngles,
	questionKinds,
	type ChoiceOption,
	type Deck,
	type MatchingPair,
	type Question,
	type QuestionAngle,
	type QuestionKind,
	type Source
} from '../question';
import {
	checkDistinct,
	idPattern,
	isRecord,
	isText,
	readBilingual,
	readList,
	readOneOf,
	readText,
	type Raw
} from './fields';
import type { ProblemList } from './problems';

// The rules of a deck and its questions, in one pure module: the build reads questions/<folder>/decks/*.yaml with it, and
// an article pack (an editor's autosave, an imported file, a class link) is read with it in the browser.

/** What a question may refer to outside its deck. */
export type QuestionContext = {
	/** The article its sources quote. */
	article: Article;
	/**
	 * How the `claim` field is checked: against an argument map's claim ids, or, where the content carries no map
	 * (an article pack), only as a text. Absent: there is no map, so a question may not name a claim.
	 */
	claimIds?: ReadonlySet<string> | 'unchecked';
	/** Every question must name its claim and angle (once the decks are written against a map). */
	requireClaims?: boolean;
};

/** Deck ids that mean something else in addresses: "all" is every deck (/review/all/), "my-cards" the word cards. */
export const reservedDeckIds: ReadonlySet<string> = new Set(['all', 'my-cards']);
/** The most questions a deck holds. */
export const maxQuestionsPerDeck = 1000;

const deckFields = new Set(['id', 'order', 'title', 'description', 'questions']);
const commonFields = ['id', 'kind', 'claim', 'angle', 'prompt', 'explanation', 'source'];
export const fieldsByKind: Record<QuestionKind, readonly string[]> = {
	flashcard: ['answer'],
	'single-choice': ['options'],
	'multiple-select': ['options'],
	'true-false': ['answer'],
	cloze: ['answer', 'accepted'],
	ordering: ['items'],
	matching: ['pairs']
};

/** The problem with a deck id, if any: ids appear in addresses (/review/<id>/). */
export function checkDeckId(problems: ProblemList, id: string, field = 'id'): void {
	if (!idPattern.test(id) || reservedDeckIds.has(id)) problems.report(field, 'deck-id-reserved', { id });
}

function readSources(problems: ProblemList, value: unknown, article: Article): Source[] | undefined {
	const quotes = typeof value === 'string' ? [value] : value;
	if (quotes === undefined) return (problems.report('source', 'missing'), undefined);
	if (!Array.isArray(quotes) || quotes.length === 0) {
		return (problems.report('source', 'source-shape'), undefined);
	}
	const sources: Source[] = [];
	quotes.forEach((quote: unknown, index) => {
		const field = Array.isArray(value) ? `source[${index}]` : 'source';
		if (!isText(quote)) return problems.report(field, 'not-quote');
		const found = findQuote(article, quote);
		if (found.length === 0) {
			problems.report(field, 'quote-not-found', { quote });
		} else if (found.length > 1) {
			problems.report(field, 'quote-ambiguous', { quote, count: found.length });
		} else {
			sources.push({ quote, location: found[0]! });
		}
	});
	return sources.length === quotes.length ? sources : undefined;
}

/** The claim a question serves and its angle: checked against the argument map, required once there is one. */
function readArgumentFields(problems: ProblemList, raw: Raw, context: QuestionContext) {
	let claim: string | undefined;
	if (raw.claim === undefined) {
		if (context.requireClaims) problems.report('claim', 'claim-missing');
	} else {
		claim = readText(problems, raw.claim, 'claim');
		if (claim !== undefined && !context.claimIds) {
			problems.report('claim', 'claim-without-map', { claim });
			claim = undefined;
		} else if (claim !== undefined && context.claimIds !== 'unchecked' && !context.claimIds!.has(claim)) {
			problems.report('claim', 'claim-unknown', { claim });
			claim = undefined;
		}
	}
	let angle: QuestionAngle | undefined;
	if (raw.angle === undefined) {
		if (context.requireClaims) problems.report('angle', 'angle-missing');
	} else angle = readOneOf(problems, raw.angle, 'angle', questionAngles);
	return { claim, angle };
}

function readOptions(problems: ProblemList, value: unknown, kind: 'single-choice' | 'multiple-select') {
	const max = kind === 'single-choice' ? 6 : 8;
	const raw = readList(problems, value, 'options', 3, max);
	if (!raw) return undefined;
	const options: ChoiceOption[] = [];
	raw.forEach((entry, index) => {
		const text = readBilingual(problems, entry, `options[${index}]`, ['correct']);
		const correct = isRecord(entry) ? entry.correct : undefined;
		if (correct !== undefined && typeof correct !== 'boolean') {
			problems.report(`options[${index}].correct`, 'not-boolean');
		}
		if (text) options.push({ ...text, correct: correct === true });
	});
	if (options.length !== raw.length) return undefined;
	checkDistinct(problems, options, 'options');
	const correctCount = options.filter((option) => option.correct).length;
	if (kind === 'single-choice' && correctCount !== 1) {
		problems.report('options', 'single-choice-correct', { correct: correctCount });
	}
	if (kind === 'multiple-select' && (correctCount < 2 || correctCount === options.length)) {
		problems.report('options', 'multiple-select-correct', { correct: correctCount, total: options.length });
	}
	return options;
}

/**
 * Reads one question of a deck; reports every problem under the question's own fields (`prompt.zh`,
 * `options[2]`) and returns the question only when it has none.
 */
export function readQuestion(
	problems: ProblemList,
	raw: unknown,
	deck: string,
	context: QuestionContext
): Question | undefined {
	if (!isRecord(raw)) return (problems.report('question', 'not-mapping', { of: 'question' }), undefined);
	const before = problems.count;
	const rawId = typeof raw.id === 'string' ? raw.id : undefined;

	if (!rawId) problems.report('id', 'missing');
	else if (!idPattern.test(rawId)) problems.report('id', 'id-pattern');

	const kind = raw.kind as QuestionKind;
	if (!questionKinds.includes(kind)) {
		problems.report('kind', 'not-one-of', { allowed: questionKinds.join(', '), got: String(raw.kind) });
		return undefined;
	}
	const allowed = new Set([...commonFields, ...fieldsByKind[kind]]);
	for (const key of Object.keys(raw)) {
		if (!allowed.has(key)) problems.report(key, 'unknown-field', { of: 'question', kind });
	}

	const prompt = readBilingual(problems, raw.prompt, 'prompt');
	const explanation = readBilingual(problems, raw.explanation, 'explanation');
	const sources = readSources(problems, raw.source, context.article);
	const { claim, angle } = readArgumentFields(problems, raw, context);

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
			const answer = readBilingual(problems, raw.answer, 'answer');
			if (answer) question = { ...base(), kind, answer };
			break;
		}
		case 'single-choice':
		case 'multiple-select': {
			const options = readOptions(problems, raw.options, kind);
			if (options) question = { ...base(), kind, options };
			break;
		}
		case 'true-false': {
			if (typeof raw.answer !== 'boolean') problems.report('answer', 'not-boolean');
			else question = { ...base(), kind, answer: raw.answer };
			break;
		}
		case 'cloze': {
			const answer = readBilingual(problems, raw.answer, 'answer');
			const accepted = readList(problems, raw.accepted, 'accepted', 2, 30);
			for (const language of ['zh', 'en'] as const) {
				if (prompt && prompt[language].split(clozeBlank).length !== 2) {
					problems.report(`prompt.${language}`, 'cloze-blank', { blank: clozeBlank });
				}
			}
			if (accepted && !accepted.every((entry) => isText(entry) || typeof entry === 'number')) {
				problems.report('accepted', 'accepted-not-texts');
			} else if (answer && accepted) {
				const forms = accepted.map((entry) => String(entry).trim());
				for (const language of ['zh', 'en'] as const) {
					if (!forms.includes(answer[language])) {
						problems.report('accepted', 'accepted-lacks-answer', { language, answer: answer[language] });
					}
				}
				if (new Set(forms).size !== forms.length) problems.report('accepted', 'accepted-repeats');
				question = { ...base(), kind, answer, accepted: forms };
			}
			break;
		}
		case 'ordering': {
			const raws = readList(problems, raw.items, 'items', 3, 7);
			const items = raws?.map((item, i) => readBilingual(problems, item, `items[${i}]`));
			if (items?.every(Boolean)) {
				checkDistinct(problems, items as Bilingual[], 'items');
				question = { ...base(), kind, items: items as Bilingual[] };
			}
			break;
		}
		case 'matching': {
			const raws = readList(problems, raw.pairs, 'pairs', 3, 6);
			const pairs = raws?.map((pair, i): MatchingPair | undefined => {
				if (!isRecord(pair))
					return (problems.report(`pairs[${i}]`, 'not-mapping', { of: 'pair' }), undefined);
				const left = readBilingual(problems, pair.left, `pairs[${i}].left`);
				const right = readBilingual(problems, pair.right, `pairs[${i}].right`);
				return left && right ? { left, right } : undefined;
			});
			if (pairs?.every(Boolean)) {
				const complete = pairs as MatchingPair[];
				checkDistinct(
					problems,
					complete.map((p) => p.left),
					'pairs.left'
				);
				checkDistinct(
					problems,
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
	return problems.count === before ? question : undefined;
}

/**
 * Reads a deck's own fields and its questions (its id is checked by the caller: a file name or a field). Each
 * question's problems are reported through `questionProblems(index, raw)`, the list to report them in.
 */
export function readDeckFields(
	problems: ProblemList,
	raw: Raw,
	id: string,
	context: QuestionContext,
	questionProblems: (index: number, raw: unknown) => ProblemList,
	maxQuestions = maxQuestionsPerDeck
): Deck | undefined {
	const before = problems.count;
	if (typeof raw.order !== 'number') problems.report('order', 'not-number');
	for (const key of Object.keys(raw))
		if (!deckFields.has(key)) problems.report(key, 'unknown-field', { of: 'deck' });
	const title = readBilingual(problems, raw.title, 'title');
	const description = readBilingual(problems, raw.description, 'description');
	const rawQuestions = readList(problems, raw.questions, 'questions', 1, maxQuestions) ?? [];
	let questionsOk = true;
	const questions = rawQuestions
		.map((entry, index) => {
			const list = questionProblems(index, entry);
			const before = list.count;
			const question = readQuestion(list, entry, id, context);
			if (list.count !== before) questionsOk = false;
			return question;
		})
		.filter((question): question is Question => question !== undefined);
	if (problems.count !== before || !questionsOk || !title || !description) return undefined;
	return { id: deckId(id), order: raw.order as number, title, description, questions };
}
