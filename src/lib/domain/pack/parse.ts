import { numberParagraphs, paragraphKinds, type Paragraph, type ParagraphKind } from '../article';
import type { Deck } from '../question';
import { checkDeckId, readDeckFields } from '../validation/deck';
import { idPattern, isRecord, readList, readOneOf, readText, type Raw } from '../validation/fields';
import { joinPath, ProblemList, type Problem } from '../validation/problems';
import { rawDeck } from '../validation/write';
import {
	articleLanguages,
	packFormat,
	packLimits,
	packVersion,
	type ArticlePack,
	type PackArticle
} from './format';

/** What reading a pack gives: the pack, or every problem found in it (never an exception). */
export type PackResult = { ok: true; pack: ArticlePack } | { ok: false; problems: Problem[] };

const packFields = new Set(['format', 'version', 'article', 'decks']);
const articleFields = new Set(['id', 'title', 'date', 'source', 'language', 'paragraphs']);
const paragraphFields = new Set(['kind', 'text']);
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;
const failed = (problems: Problem[]): PackResult => ({ ok: false, problems });

/** Reads a pack from its JSON text, validating it completely; never throws. */
export function parsePack(json: string): PackResult {
	// Each character is at least one byte: a text this long is too large without encoding it.
	const size = json.length > packLimits.maxBytes ? json.length : utf8Length(json);
	if (size > packLimits.maxBytes) {
		return failed([{ path: '', code: 'pack-too-large', values: { size, max: packLimits.maxBytes } }]);
	}
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return failed([{ path: '', code: 'pack-not-json', values: { detail } }]);
	}
	return readPack(value);
}

/** Reads a pack already parsed from JSON (a stored draft, a decoded link); validates it completely; never throws. */
export function readPack(value: unknown): PackResult {
	const problems = ProblemList.collecting();
	if (!isRecord(value) || value.format !== packFormat) {
		return failed([{ path: 'format', code: 'pack-not-a-pack' }]);
	}
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return failed([{ path: 'version', code: 'pack-version-invalid', values: { got: String(version) } }]);
	}
	if (version > packVersion) {
		return failed([
			{ path: 'version', code: 'pack-version-newer', values: { version, supported: packVersion } }
		]);
	}
	for (const key of Object.keys(value)) {
		if (!packFields.has(key)) problems.report(key, 'unknown-field', { of: 'pack' });
	}
	const article = readArticle(problems.at('article'), value.article);
	// The decks are checked whenever their quotes can be looked up, even when another field of the article is wrong.
	const language = isRecord(value.article) ? value.article.language : undefined;
	const written =
		language === 'en' ? 'en' : language === 'zh-Hant' || language === 'zh-Hans' ? 'zh' : undefined;
	const rawDecks = written ? fillOtherLanguage(value.decks, written) : value.decks;
	const decks = article.paragraphs ? readDecks(problems, rawDecks, article.paragraphs) : undefined;
	if (problems.count > 0 || !article.article || !decks) return failed(problems.problems);
	return { ok: true, pack: { article: article.article, decks } };
}

/**
 * A copy of the decks where each text written only in the article's language (zh for Chinese articles, en for
 * English ones) also has it as its other language: a teacher need not translate, and every pack read has both.
 * A `{ zh, en }` text is the only mapping in a deck with a `zh` or `en` key.
 */
export function fillOtherLanguage(value: unknown, written: 'zh' | 'en'): unknown {
	if (Array.isArray(value)) return value.map((entry) => fillOtherLanguage(entry, written));
	if (!isRecord(value)) return value;
	const other = written === 'zh' ? 'en' : 'zh';
	const copy: Raw = {};
	for (const [key, entry] of Object.entries(value)) copy[key] = fillOtherLanguage(entry, written);
	if (typeof copy[written] === 'string' && copy[other] === undefined) {
		// Keys in the usual order (zh, en), as a written pack has them.
		return written === 'zh' ? { zh: copy.zh, en: copy.zh, ...copy } : { zh: copy.en, ...copy };
	}
	return copy;
}

/** The article, or where only its paragraphs could be read, the paragraphs (to check the decks' quotes in). */
function readArticle(
	problems: ProblemList,
	value: unknown
): { article?: PackArticle; paragraphs?: Paragraph[] } {
	if (value === undefined) return (problems.report('', 'missing'), {});
	if (!isRecord(value)) return (problems.report('', 'not-mapping', { of: 'article' }), {});
	const before = problems.count;
	for (const key of Object.keys(value)) {
		if (!articleFields.has(key)) problems.report(key, 'unknown-field', { of: 'article' });
	}
	const id = value.id === undefined ? undefined : readArticleId(problems, value.id);
	const title = readLimitedText(problems, value.title, 'title', packLimits.maxTitleChars);
	const date = readDate(problems, value.date);
	const source =
		value.source === undefined
			? undefined
			: readLimitedText(problems, value.source, 'source', packLimits.maxSourceChars);
	const language = readOneOf(problems, value.language, 'language', articleLanguages);
	const raws = readList(problems, value.paragraphs, 'paragraphs', 1, packLimits.maxParagraphs);
	const read = raws?.map((raw, index) => readParagraph(problems.at(`paragraphs[${index}]`), raw));
	const paragraphs =
		read && read.every(Boolean)
			? numberParagraphs(read as { kind: ParagraphKind; text: string }[])
			: undefined;
	if (problems.count !== before || !title || !date || !language || !paragraphs) return { paragraphs };
	return {
		article: {
			...(id !== undefined ? { id } : {}),
			title,
			date,
			...(source !== undefined ? { source } : {}),
			language,
			paragraphs
		},
		paragraphs
	};
}

function readArticleId(problems: ProblemList, value: unknown): string | undefined {
	const id = readLimitedText(problems, value, 'id', packLimits.maxArticleIdChars);
	if (id !== undefined && !idPattern.test(id)) return (problems.report('id', 'id-pattern'), undefined);
	return id;
}

function readParagraph(problems: ProblemList, raw: unknown) {
	if (!isRecord(raw)) return (problems.report('', 'not-mapping', { of: 'paragraph' }), undefined);
	for (const key of Object.keys(raw)) {
		if (!paragraphFields.has(key)) problems.report(key, 'unknown-field', { of: 'paragraph' });
	}
	const kind = readOneOf(problems, raw.kind, 'kind', paragraphKinds);
	const text = readLimitedText(problems, raw.text, 'text', packLimits.maxParagraphChars);
	// A blank line inside would make two paragraphs of one when the article is written out as article.txt.
	if (text !== undefined && /\n\s*\n/.test(text)) problems.report('text', 'paragraph-blank-line');
	return kind && text ? { kind, text } : undefined;
}

function readLimitedText(problems: ProblemList, value: unknown, field: string, max: number) {
	const text = readText(problems, value, field);
	if (text !== undefined && text.length > max) {
		problems.report(field, 'text-too-long', { length: text.length, max });
		return undefined;
	}
	return text;
}

function readDate(problems: ProblemList, value: unknown): string | undefined {
	const match = typeof value === 'string' ? datePattern.exec(value) : null;
	if (match) {
		const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const date = new Date(Date.UTC(year, month - 1, day));
		if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
			return value as string;
		}
	}
	problems.report('date', 'date-invalid', { got: String(value) });
	return undefined;
}

/** Every string of a value longer than the limit, named by its path. */
function checkTextLengths(problems: ProblemList, value: unknown, path: string): void {
	if (typeof value === 'string') {
		if (value.length > packLimits.maxTextChars) {
			problems.report(path, 'text-too-long', { length: value.length, max: packLimits.maxTextChars });
		}
	} else if (Array.isArray(value)) {
		value.forEach((entry, index) => checkTextLengths(problems, entry, joinPath(path, `[${index}]`)));
	} else if (isRecord(value)) {
		for (const [key, entry] of Object.entries(value)) checkTextLengths(problems, entry, joinPath(path, key));
	}
}

function readDecks(problems: ProblemList, value: unknown, paragraphs: Paragraph[]): Deck[] | undefined {
	const article = { date: '', paragraphs };
	const raws = readList(problems, value, 'decks', 1, packLimits.maxDecks);
	if (!raws) return undefined;
	const questionCount = raws.reduce<number>(
		(sum, raw) => sum + (isRecord(raw) && Array.isArray(raw.questions) ? raw.questions.length : 0),
		0
	);
	if (questionCount > packLimits.maxQuestions) {
		problems.report('decks', 'pack-too-many', {
			count: questionCount,
			what: 'questions',
			max: packLimits.maxQuestions
		});
		return undefined;
	}
	const before = problems.count;
	const firstDeck = new Map<string, string>();
	const firstQuestion = new Map<string, string>();
	const decks = raws.map((raw, index) => {
		const deckProblems = problems.at(`decks[${index}]`);
		if (!isRecord(raw)) return (deckProblems.report('', 'not-mapping', { of: 'deck' }), undefined);
		checkTextLengths(deckProblems, raw, '');
		const id = readText(deckProblems, raw.id, 'id');
		if (id === undefined) return undefined;
		checkDeckId(deckProblems, id);
		noteDuplicate(deckProblems, firstDeck, id, `decks[${index}]`);
		return readDeckFields(deckProblems, raw as Raw, id, { article, claimIds: 'unchecked' }, (i, entry) => {
			const questionProblems = deckProblems.at(`questions[${i}]`);
			const questionId = isRecord(entry) ? entry.id : undefined;
			if (typeof questionId === 'string') {
				noteDuplicate(questionProblems, firstQuestion, questionId, `decks[${index}].questions[${i}]`);
			}
			return questionProblems;
		});
	});
	if (problems.count !== before || !decks.every(Boolean)) return undefined;
	return (decks as Deck[]).sort((a, b) => a.order - b.order);
}

/** Ids are unique across the pack: progress is stored under a question's id. */
function noteDuplicate(problems: ProblemList, first: Map<string, string>, id: string, path: string) {
	const earlier = first.get(id);
	if (earlier !== undefined) problems.report('id', 'duplicate-id', { first: earlier });
	else first.set(id, path);
}

/** A pack as its JSON text (in the current version); `indent` spaces make it readable in a file. */
export function serializePack(pack: ArticlePack, indent?: number): string {
	const { article } = pack;
	return JSON.stringify(
		{
			format: packFormat,
			version: packVersion,
			article: {
				...(article.id !== undefined ? { id: article.id } : {}),
				title: article.title,
				date: article.date,
				...(article.source !== undefined ? { source: article.source } : {}),
				language: article.language,
				paragraphs: article.paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text }))
			},
			decks: pack.decks.map(rawDeck)
		},
		null,
		indent
	);
}
