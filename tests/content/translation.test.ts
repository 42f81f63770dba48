// The English translation of the article: one entry for every paragraph, heading and caption, none for a paragraph
// that does not exist, and names and terms as the glossary renders them.
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { englishOffGlossary } from '$lib/content/glossary-audit';
import { loadContent } from '$lib/content/load';
import { ContentError, formatProblem } from '$lib/content/problems';
import { validateTranslation } from '$lib/content/validate-translation';
import { parseArticle } from '$lib/domain/article';
import { readArticleText, readContentFile, readContentFiles } from './read-files';

const article = parseArticle(readArticleText());
const translationFile = readContentFile('translation.yaml');

/** The real translation with some entries removed and others added: a broken fixture that follows the article. */
function alteredTranslation(remove: string[], add: Record<string, string> = {}) {
	const raw = parse(translationFile.text) as { paragraphs: Record<string, string> };
	for (const id of remove) delete raw.paragraphs[id];
	Object.assign(raw.paragraphs, add);
	return { file: 'tests/content/fixtures/translation.yaml', text: stringify(raw) };
}

describe('the translation', () => {
	it('has English for every paragraph, heading and caption of the article, and nothing else', () => {
		const { translation, problems } = validateTranslation(translationFile, article);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(Object.keys(translation!).sort()).toEqual(
			article.paragraphs.map((paragraph) => paragraph.id).sort()
		);
		for (const kind of ['heading', 'caption', 'body'] as const)
			expect(article.paragraphs.some((paragraph) => paragraph.kind === kind)).toBe(true);
	});

	it('renders names and terms as the glossary does', () => {
		const { glossary, translation } = loadContent(readContentFiles());
		const texts = article.paragraphs.map((paragraph) => ({
			where: `translation ${paragraph.id}`,
			text: { zh: paragraph.text, en: translation![paragraph.id] ?? '' }
		}));
		expect(englishOffGlossary(texts, glossary!)).toEqual([]);
	});

	it('stops the build naming a paragraph that has no English', () => {
		const last = article.paragraphs.at(-1)!;
		const broken = alteredTranslation([last.id]);
		const { translation, problems } = validateTranslation(broken, article);
		expect(translation).toBeUndefined();
		expect(problems.map(formatProblem)).toEqual([
			`${broken.file} › paragraphs.${last.id}: is missing: paragraph ${last.number} ("${last.text.slice(0, 12)}…") has no English`
		]);
		expect(() => loadContent({ ...readContentFiles(), translation: broken })).toThrow(ContentError);
	});

	it('stops the build naming an entry for a paragraph the article does not have', () => {
		const extraId = `p${article.paragraphs.length + 1}`;
		const broken = alteredTranslation([], { [extraId]: 'A paragraph that is not there.' });
		expect(validateTranslation(broken, article).problems.map(formatProblem)).toEqual([
			`${broken.file} › paragraphs.${extraId}: is not a paragraph of the article (it has p1 to p${article.paragraphs.length})`
		]);
	});

	it('refuses an empty English text', () => {
		const first = article.paragraphs[0]!;
		const broken = alteredTranslation([], { [first.id]: ' ' });
		expect(validateTranslation(broken, article).problems.map(formatProblem)).toEqual([
			`${broken.file} › paragraphs.${first.id}: must be a non-empty text`
		]);
	});
});
