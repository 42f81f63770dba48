import { paragraphKinds } from '../article';
import { articleLanguages } from '../pack/format';
import { questionKinds } from '../question';
import { idPattern } from '../validation/fields';
import {
	draftFormat,
	draftVersion,
	type Draft,
	type DraftDeck,
	type DraftOption,
	type DraftPair,
	type DraftParagraph,
	type DraftQuestion,
	type DraftText
} from './draft';

// A stored draft read back: the row is checked field by field, so a damaged row (an older app's, a broken write)
// is reported as damaged rather than trusted. Drafts may be incomplete; only their shape is checked here.

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reason a stored row is not a draft, for a test or a log. */
export class DamagedDraftError extends Error {
	constructor(readonly field: string) {
		super(`The stored draft is damaged at "${field}"`);
		this.name = 'DamagedDraftError';
	}
}

function text(value: unknown, field: string): string {
	if (typeof value !== 'string') throw new DamagedDraftError(field);
	return value;
}
function list<T>(value: unknown, field: string, read: (entry: unknown, field: string) => T): T[] {
	if (!Array.isArray(value)) throw new DamagedDraftError(field);
	return value.map((entry, index) => read(entry, `${field}[${index}]`));
}
function record(value: unknown, field: string): Raw {
	if (!isRecord(value)) throw new DamagedDraftError(field);
	return value;
}
function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
	if (!allowed.includes(value as T)) throw new DamagedDraftError(field);
	return value as T;
}
function bilingual(value: unknown, field: string): DraftText {
	const raw = record(value, field);
	return { zh: text(raw.zh, `${field}.zh`), en: text(raw.en, `${field}.en`) };
}
function option(value: unknown, field: string): DraftOption {
	const raw = record(value, field);
	if (typeof raw.correct !== 'boolean') throw new DamagedDraftError(`${field}.correct`);
	return { ...bilingual(raw, field), correct: raw.correct };
}
function pair(value: unknown, field: string): DraftPair {
	const raw = record(value, field);
	return { left: bilingual(raw.left, `${field}.left`), right: bilingual(raw.right, `${field}.right`) };
}
function paragraph(value: unknown, field: string): DraftParagraph {
	const raw = record(value, field);
	return { kind: oneOf(raw.kind, `${field}.kind`, paragraphKinds), text: text(raw.text, `${field}.text`) };
}
function question(value: unknown, field: string): DraftQuestion {
	const raw = record(value, field);
	if (typeof raw.truth !== 'boolean') throw new DamagedDraftError(`${field}.truth`);
	return {
		id: text(raw.id, `${field}.id`),
		kind: oneOf(raw.kind, `${field}.kind`, questionKinds),
		prompt: bilingual(raw.prompt, `${field}.prompt`),
		explanation: bilingual(raw.explanation, `${field}.explanation`),
		sources: list(raw.sources, `${field}.sources`, text),
		answer: bilingual(raw.answer, `${field}.answer`),
		truth: raw.truth,
		options: list(raw.options, `${field}.options`, option),
		accepted: list(raw.accepted, `${field}.accepted`, text),
		items: list(raw.items, `${field}.items`, bilingual),
		pairs: list(raw.pairs, `${field}.pairs`, pair),
		...(raw.claim !== undefined ? { claim: text(raw.claim, `${field}.claim`) } : {}),
		...(raw.angle !== undefined ? { angle: text(raw.angle, `${field}.angle`) } : {})
	};
}
function deck(value: unknown, field: string): DraftDeck {
	const raw = record(value, field);
	if (typeof raw.order !== 'number' || !Number.isFinite(raw.order))
		throw new DamagedDraftError(`${field}.order`);
	return {
		id: text(raw.id, `${field}.id`),
		order: raw.order,
		title: bilingual(raw.title, `${field}.title`),
		description: bilingual(raw.description, `${field}.description`),
		questions: list(raw.questions, `${field}.questions`, question)
	};
}

/** A stored draft, checked; throws DamagedDraftError naming the first damaged field. */
export function readDraft(value: unknown): Draft {
	const raw = record(value, '');
	if (raw.format !== draftFormat) throw new DamagedDraftError('format');
	if (raw.version !== draftVersion) throw new DamagedDraftError('version');
	const id = text(raw.id, 'id');
	if (!idPattern.test(id) || id.length > 40) throw new DamagedDraftError('id');
	if (typeof raw.createdAtMs !== 'number') throw new DamagedDraftError('createdAtMs');
	const article = record(raw.article, 'article');
	return {
		format: draftFormat,
		version: draftVersion,
		id,
		createdAtMs: raw.createdAtMs,
		article: {
			title: text(article.title, 'article.title'),
			date: text(article.date, 'article.date'),
			source: text(article.source, 'article.source'),
			language: oneOf(article.language, 'article.language', articleLanguages),
			paragraphs: list(article.paragraphs, 'article.paragraphs', paragraph)
		},
		decks: list(raw.decks, 'decks', deck)
	};
}
