import type { Article } from '$lib/domain/article';
import type { ParagraphId } from '$lib/domain/ids';
import type { ContentProblem } from './problems';
import { isRecord, isText } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

/** The article in English: one text per paragraph (headings and photo captions included), by paragraph id. */
export type Translation = Record<ParagraphId, string>;

/**
 * Reads an article folder’s translation.yaml: every paragraph of the article has exactly one non-empty English text, and
 * no entry names a paragraph the article does not have. Returns it only when it has no problems.
 */
export function validateTranslation(
	file: TextFile,
	article: Article
): { translation?: Translation; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw) || !isRecord(raw.paragraphs)) {
		return (top.report('paragraphs', 'must map each paragraph id (p1, p2, …) to its English'), { problems });
	}
	for (const key of Object.keys(raw))
		if (key !== 'paragraphs') top.report(key, 'is not a field of the translation');
	const entries = raw.paragraphs;
	const translation: Record<string, string> = {};
	for (const paragraph of article.paragraphs) {
		const english = entries[paragraph.id];
		const field = `paragraphs.${paragraph.id}`;
		const opening = paragraph.text.slice(0, 12);
		if (english === undefined)
			top.report(field, `is missing: paragraph ${paragraph.number} ("${opening}…") has no English`);
		else if (!isText(english)) top.report(field, 'must be a non-empty text');
		else translation[paragraph.id] = english.trim().replace(/\s+/g, ' ');
	}
	const known = new Set<string>(article.paragraphs.map((paragraph) => paragraph.id));
	for (const id of Object.keys(entries))
		if (!known.has(id))
			top.report(`paragraphs.${id}`, `is not a paragraph of the article (it has p1 to p${known.size})`);
	return problems.length > 0 ? { problems } : { translation: translation as Translation, problems };
}
