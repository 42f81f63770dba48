import type { ArticlePack } from '../pack/format';
import { packFormat, packVersion } from '../pack/format';
import { fillOtherLanguage, readPack } from '../pack/parse';
import { numberParagraphs } from '../article';
import { readQuestion } from '../validation/deck';
import { ProblemList } from '../validation/problems';
import { rawQuestion as writeQuestion } from '../validation/write';
import type { Question } from '../question';
import type { Problem } from '../validation/problems';
import {
	draftFormat,
	draftVersion,
	newQuestion,
	primaryLanguage,
	type Draft,
	type DraftQuestion,
	type DraftText
} from './draft';

// A draft and an article pack, both ways. A draft becomes a pack only through readPack, the validator the build
// and every import use, so the editor can never make a pack that another device would refuse.

type Raw = Record<string, unknown>;
const filled = (text: string) => text.trim().length > 0;

/** A draft text in the pack's shape: the article's language always, the other only when written. */
function rawText(text: DraftText, primary: 'zh' | 'en'): Raw {
	const raw: Raw = {};
	for (const language of ['zh', 'en'] as const) {
		if (language === primary || filled(text[language])) raw[language] = text[language];
	}
	return raw;
}

/** A cloze's accepted forms: its answer itself always, then the other forms the teacher listed, if any. */
function acceptedForms(question: DraftQuestion): string[] {
	const forms = question.accepted.map((form) => form.trim()).filter(filled);
	const answers = [question.answer.zh, question.answer.en].map((answer) => answer.trim()).filter(filled);
	const missing = [...new Set(answers)].filter((answer) => !forms.includes(answer));
	return [...missing, ...forms];
}

/**
 * A draft question in the pack's shape, written by the deck files' own writer. A draft question carries every
 * kind's fields and the writer reads only its kind's, so the draft is handed over as a question: its quotes as
 * sources (their place is found when the pack is read), the true/false answer from `truth`.
 */
function rawQuestion(question: DraftQuestion, primary: 'zh' | 'en'): Raw {
	const asQuestion = {
		...question,
		claimId: question.claim,
		answer: question.kind === 'true-false' ? question.truth : question.answer,
		accepted: acceptedForms(question),
		sources: question.sources.map((quote) => ({ quote }))
	} as unknown as Question;
	return writeQuestion(asQuestion, (text) => rawText(text, primary));
}

/** The draft as a pack's JSON value (not yet validated): what readPack reads and a pack file holds. */
export function draftToRawPack(draft: Draft): Raw {
	const { article } = draft;
	const primary = primaryLanguage(article.language);
	return {
		format: packFormat,
		version: packVersion,
		article: {
			// Every pack of a draft carries its id, so publishing or importing it again replaces the earlier copy.
			id: draft.id,
			title: article.title,
			date: article.date,
			...(filled(article.source) ? { source: article.source } : {}),
			language: article.language,
			paragraphs: article.paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text }))
		},
		decks: draft.decks.map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: rawText(deck.title, primary),
			description: rawText(deck.description, primary),
			questions: deck.questions.map((question) => rawQuestion(question, primary))
		}))
	};
}

/** What checking a draft gives: the pack when it has no problem, and every problem under the draft's own paths. */
export type DraftCheck = { pack?: ArticlePack; problems: Problem[] };

/**
 * Checks a draft with the build's validator. Problems are named by the draft's field paths
 * (`decks[0].questions[2].sources[0]`, `article.title`), one per field: a text the teacher left to the article's
 * language is reported on that language's field.
 */
export function checkDraft(draft: Draft): DraftCheck {
	const raw = draftToRawPack(draft);
	const read = readPack(raw);
	if (read.ok) return { pack: read.pack, problems: [] };
	const primary = primaryLanguage(draft.article.language);
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const problem of read.problems) {
		const path = draftPath(raw, problem.path, primary, draft);
		const { language: _language, ...values } = problem.values ?? {};
		const key = `${path}|${problem.code}|${JSON.stringify(values)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push({ ...problem, path });
	}
	return { problems };
}

const pathPart = /([^.[\]]+)|\[(\d+)\]/g;

/** The value at a problem's path in a raw pack, and whether its last key is present. */
function hasPath(raw: unknown, path: string): boolean {
	let value: unknown = raw;
	for (const match of path.matchAll(pathPart)) {
		const key = match[1] ?? Number(match[2]);
		if (typeof value !== 'object' || value === null || !(key in value)) return false;
		value = (value as Record<string | number, unknown>)[key];
	}
	return true;
}

/** A pack's problem path as the draft's: the other language filled by the reader points to the written one. */
function draftPath(raw: Raw, path: string, primary: 'zh' | 'en', draft: Draft): string {
	const other = primary === 'zh' ? 'en' : 'zh';
	let result = path;
	if (result.endsWith(`.${other}`) && !hasPath(raw, result)) {
		result = `${result.slice(0, -other.length)}${primary}`;
	}
	// A question's quotes are the draft's `sources` list; a single quote is written as a text in the pack.
	const single = /^(decks\[(\d+)\]\.questions\[(\d+)\])\.source$/.exec(result);
	if (single) {
		const question = draft.decks[Number(single[2])]?.questions[Number(single[3])];
		return `${single[1]}.sources${question && question.sources.length === 1 ? '[0]' : ''}`;
	}
	result = result.replace(/\.source\[/, '.sources[');
	// A true-false question's answer is the draft's `truth`.
	const answer = /^(decks\[(\d+)\]\.questions\[(\d+)\])\.answer$/.exec(result);
	if (answer && draft.decks[Number(answer[2])]?.questions[Number(answer[3])]?.kind === 'true-false') {
		return `${answer[1]}.truth`;
	}
	return result;
}

const copyText = (text: { zh: string; en: string }): DraftText => ({ zh: text.zh, en: text.en });

function draftQuestion(question: Question): DraftQuestion {
	const draft = newQuestion(
		question.id,
		question.kind,
		question.sources.map((source) => source.quote)
	);
	draft.prompt = copyText(question.prompt);
	draft.explanation = copyText(question.explanation);
	if (question.claimId !== undefined) draft.claim = question.claimId;
	if (question.angle !== undefined) draft.angle = question.angle;
	switch (question.kind) {
		case 'flashcard':
			draft.answer = copyText(question.answer);
			break;
		case 'single-choice':
		case 'multiple-select':
			draft.options = question.options.map((option) => ({ ...copyText(option), correct: option.correct }));
			break;
		case 'true-false':
			draft.truth = question.answer;
			break;
		case 'cloze':
			draft.answer = copyText(question.answer);
			draft.accepted = [...question.accepted];
			break;
		case 'ordering':
			draft.items = question.items.map(copyText);
			break;
		case 'matching':
			draft.pairs = question.pairs.map((pair) => ({
				left: copyText(pair.left),
				right: copyText(pair.right)
			}));
			break;
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
	return draft;
}

/**
 * A validated pack as a draft to edit (the editor's import): it keeps the pack's article id, or takes `id` when the
 * pack has none.
 */
export function draftFromPack(pack: ArticlePack, options: { id: string; nowMs: number }): Draft {
	const { article } = pack;
	return {
		format: draftFormat,
		version: draftVersion,
		id: article.id ?? options.id,
		createdAtMs: options.nowMs,
		article: {
			title: article.title,
			date: article.date,
			source: article.source ?? '',
			language: article.language,
			paragraphs: article.paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text }))
		},
		decks: pack.decks.map((deck) => ({
			id: deck.id,
			order: deck.order,
			title: copyText(deck.title),
			description: copyText(deck.description),
			questions: deck.questions.map(draftQuestion)
		}))
	};
}

/**
 * One question of a draft as a learner would get it, or undefined while it has a problem: what the preview shows.
 * Read by the same rules as the whole pack (the deck's id and the article's paragraphs as context).
 */
export function checkQuestion(draft: Draft, deckIndex: number, questionIndex: number): Question | undefined {
	const deck = draft.decks[deckIndex];
	const question = deck?.questions[questionIndex];
	if (!deck || !question) return undefined;
	const primary = primaryLanguage(draft.article.language);
	const raw = fillOtherLanguage(rawQuestion(question, primary), primary);
	const article = { date: draft.article.date, paragraphs: numberParagraphs(draft.article.paragraphs) };
	const problems = ProblemList.collecting();
	const read = readQuestion(problems, raw, deck.id, { article, claimIds: 'unchecked' });
	return problems.count === 0 ? read : undefined;
}
