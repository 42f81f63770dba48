import { AppError } from './errors';
import { paragraphId, type ParagraphId } from './ids';

export const paragraphKinds = ['body', 'heading', 'caption'] as const;
export type ParagraphKind = (typeof paragraphKinds)[number];

export type Paragraph = {
	id: ParagraphId;
	/** 1-based position in the article. */
	number: number;
	kind: ParagraphKind;
	text: string;
};

export type Article = {
	/** ISO date from the article's first line (`date YYYY-MM-DD`). */
	date: string;
	paragraphs: Paragraph[];
};

/** Where a quote lies: a paragraph and the character range [start, end) within its text. */
export type SourceLocation = {
	paragraphId: ParagraphId;
	start: number;
	end: number;
};

export class ArticleFormatError extends AppError<'article-format'> {
	constructor(message: string) {
		super('article-format', message);
	}
}

const datelinePattern = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;
// A caption starts with a date and ends with a photo credit in full-width brackets, e.g. （新華社）.
const captionPattern = /^\d{4}年\d{1,2}月\d{1,2}日，[\s\S]*（[^（）]+）$/;
const sentenceEnd = /[。！？」）]$/;
const headingMaxLength = 30;

function classify(text: string): ParagraphKind {
	if (captionPattern.test(text)) return 'caption';
	if (text.length <= headingMaxLength && !sentenceEnd.test(text)) return 'heading';
	return 'body';
}

/** Splits the article file into its date and numbered paragraphs with stable anchors (`p1`, `p2`, ...). */
export function parseArticle(raw: string): Article {
	const normalized = raw.replace(/\r\n?/g, '\n');
	const dateline = datelinePattern.exec(normalized);
	if (!dateline?.[1]) {
		throw new ArticleFormatError('The article must start with a line "date YYYY-MM-DD".');
	}
	return { date: dateline[1], paragraphs: splitParagraphs(normalized.slice(dateline[0].length)) };
}

/**
 * Splits text into numbered paragraphs at blank lines, each classified as heading, caption or body: the build's
 * rule for article.txt, and the editor's for a pasted article.
 */
export function splitParagraphs(text: string): Paragraph[] {
	return numberParagraphs(
		text
			.replace(/\r\n?/g, '\n')
			.split(/\n\s*\n/)
			.map((paragraph) => paragraph.trim())
			.filter((paragraph) => paragraph.length > 0)
			.map((paragraph) => ({ kind: classify(paragraph), text: paragraph }))
	);
}

/** Paragraphs in reading order with their stable anchors (`p1`, `p2`, ...) and numbers. */
export function numberParagraphs(paragraphs: { kind: ParagraphKind; text: string }[]): Paragraph[] {
	return paragraphs.map(({ kind, text }, index) => ({
		id: paragraphId(`p${index + 1}`),
		number: index + 1,
		kind,
		text
	}));
}

/** Every place the quote occurs in the article, in reading order. */
export function findQuote(article: Article, quote: string): SourceLocation[] {
	const found: SourceLocation[] = [];
	if (quote.length === 0) return found;
	for (const paragraph of article.paragraphs) {
		let from = paragraph.text.indexOf(quote);
		while (from !== -1) {
			found.push({ paragraphId: paragraph.id, start: from, end: from + quote.length });
			from = paragraph.text.indexOf(quote, from + 1);
		}
	}
	return found;
}
