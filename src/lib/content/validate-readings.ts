import type { Article } from '$lib/domain/article';
import type { ReadingOverride } from '$lib/domain/reading';
import type { ContentProblem } from './problems';
import { isRecord, isText } from '$lib/domain/validation/fields';
import { Reader } from './reader';
import { readYaml, type TextFile } from './validate-argument';

/** The hand-checked readings and the word cuts of an article folder’s readings.yaml. */
export type ReadingCorrections = { overrides: ReadingOverride[]; notWords: Set<string> };

// A syllable of pinyin with tone marks: letters only (ü and the marked vowels included).
const syllable = /^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;

/**
 * Reads an article folder’s readings.yaml: each override names a piece of the article and one syllable per character; each
 * not-word is a piece of the article. Returns them only when there is no problem.
 */
export function validateReadings(
	file: TextFile,
	article: Article
): { corrections?: ReadingCorrections; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const raw = readYaml(problems, file);
	if (raw === undefined) return { problems };
	const top = new Reader(problems, file.file, undefined);
	if (!isRecord(raw)) return (top.report('readings', 'must be a list of { text, pinyin }'), { problems });
	const inArticle = (text: string) => article.paragraphs.some((paragraph) => paragraph.text.includes(text));
	const overrides: ReadingOverride[] = [];
	const entries = Array.isArray(raw.readings) ? raw.readings : [];
	if (!Array.isArray(raw.readings)) top.report('readings', 'must be a list of { text, pinyin }');
	entries.forEach((entry: unknown, index) => {
		const field = `readings[${index}]`;
		if (!isRecord(entry) || !isText(entry.text) || !isText(entry.pinyin))
			return top.report(field, 'must have a text and its pinyin');
		const syllables = entry.pinyin.trim().split(/\s+/);
		if ([...entry.text].length !== syllables.length)
			return top.report(
				`${field}.pinyin`,
				`"${entry.pinyin}" has ${syllables.length} syllables for the ${[...entry.text].length} characters of "${entry.text}"`
			);
		const bad = syllables.find((one) => !syllable.test(one));
		if (bad) return top.report(`${field}.pinyin`, `"${bad}" is not a syllable of pinyin`);
		if (!inArticle(entry.text)) return top.report(`${field}.text`, `"${entry.text}" is not in the article`);
		overrides.push({ text: entry.text, pinyin: syllables });
	});
	const notWords = new Set<string>();
	const cuts = raw.notWords === undefined ? [] : raw.notWords;
	if (!Array.isArray(cuts)) top.report('notWords', 'must be a list of texts');
	else
		cuts.forEach((text: unknown, index) => {
			if (!isText(text)) top.report(`notWords[${index}]`, 'must be a text');
			else if (!inArticle(text)) top.report(`notWords[${index}]`, `"${text}" is not in the article`);
			else notWords.add(text);
		});
	for (const key of Object.keys(raw))
		if (key !== 'readings' && key !== 'notWords') top.report(key, 'is not a field of the readings file');
	return problems.length > 0 ? { problems } : { corrections: { overrides, notWords }, problems };
}
