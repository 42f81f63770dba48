// Reading aids for the article: its words, each character's reading (pinyin and zhuyin) and each word's English
// glosses. Built at build time (src/lib/content/readings.server.ts) and fetched by the reader only when a learner
// turns readings or word look-up on. Pure: no dictionary here, the caller passes what it knows.

/** A run of the text: a Chinese word (with one reading per character) or anything else (punctuation, digits, Latin). */
export type ReadingToken = [text: string] | [text: string, pinyin: string, zhuyin: string];

/** One sense of a word: a reading and its English glosses (CC-CEDICT, or the app's glossary for names). */
export type WordSense = { pinyin: string; english: string[] };

/** What the reader knows of a word: its senses (from the app's glossary for names CC-CEDICT does not have). */
export type WordInfo = { senses: WordSense[]; fromGlossary?: true };

/**
 * content/readings.json: every paragraph's tokens, only the words the article uses, and each question's Chinese
 * (prompt, answers and quoted sources) to find the questions that use a word.
 */
export type ReadingsFile = {
	paragraphs: Record<string, ReadingToken[]>;
	words: Record<string, WordInfo>;
	questionChinese: Record<string, string>;
};

/** The questions whose prompt, answer or quoted source contains the word, in catalog order. */
export const questionsUsing = (word: string, questionChinese: Record<string, string>): string[] =>
	Object.keys(questionChinese).filter((id) => questionChinese[id]!.includes(word));

/** A word as the reader shows it: where it is, its readings one per character. */
export type Word = { text: string; start: number; end: number; pinyin: string[]; zhuyin: string[] };

/**
 * A word a learner looked up, as the popover's actions receive it (for "add to my cards"): the word, its readings
 * (syllables separated by spaces), its English glosses, and the paragraph and sentence it was met in.
 */
export type WordEntry = {
	word: string;
	pinyin: string;
	zhuyin: string;
	glosses: string[];
	paragraphId: string;
	sentence: string;
};

/** Ruby above the characters: none, zhuyin (注音) or pinyin. */
export const rubyModes = ['off', 'zhuyin', 'pinyin'] as const;
export type RubyMode = (typeof rubyModes)[number];

const han = /\p{Script=Han}/u;
/** Whether a character is a Chinese character (one that gets a reading). */
export const isHan = (character: string) => han.test(character);

/**
 * Splits a text into words: each run of Chinese characters into the fewest words `isWord` knows (any character
 * alone counts as a word), then the fewest single characters, then the longer word last (8年內戰 → 年/內戰, where
 * greedy longest match from the left gives 年內/戰 and 從2001年上海合作組織 gives 年上/海/合作/組織); runs of other
 * characters (digits, punctuation, Latin) stay whole.
 */
export function segmentWords(
	text: string,
	isWord: (candidate: string) => boolean,
	maxLength = 8
): { text: string; start: number; han: boolean }[] {
	const tokens: { text: string; start: number; han: boolean }[] = [];
	let index = 0;
	while (index < text.length) {
		const chinese = isHan(text[index]!);
		let end = index + 1;
		while (end < text.length && isHan(text[end]!) === chinese) end++;
		if (chinese) tokens.push(...segmentRun(text.slice(index, end), index, isWord, maxLength));
		else tokens.push({ text: text.slice(index, end), start: index, han: false });
		index = end;
	}
	return tokens;
}

/** The fewest-words segmentation of a run of Chinese characters (dynamic programming over its prefixes). */
function segmentRun(run: string, offset: number, isWord: (candidate: string) => boolean, maxLength: number) {
	// best[end]: the best split of run[0, end) as [words, single characters, the last word's start].
	const best: [number, number, number][] = [[0, 0, 0]];
	for (let end = 1; end <= run.length; end++) {
		let chosen: [number, number, number] | undefined;
		for (let start = Math.max(0, end - maxLength); start < end; start++) {
			const length = end - start;
			if (length > 1 && !isWord(run.slice(start, end))) continue;
			const [words, singles] = best[start]!;
			const candidate: [number, number, number] = [words + 1, singles + (length === 1 ? 1 : 0), start];
			if (!chosen || candidate[0] < chosen[0] || (candidate[0] === chosen[0] && candidate[1] < chosen[1]))
				chosen = candidate;
		}
		best.push(chosen!);
	}
	const words: { text: string; start: number; han: boolean }[] = [];
	for (let end = run.length; end > 0; end = best[end]![2])
		words.unshift({ text: run.slice(best[end]![2], end), start: offset + best[end]![2], han: true });
	return words;
}

/** A hand-checked reading: wherever `text` occurs, its characters read `pinyin` (one syllable each). */
export type ReadingOverride = { text: string; pinyin: string[] };

/** The readings of a text (one per character) with every override applied where its text occurs; overrides win. */
export function applyOverrides(
	text: string,
	readings: readonly string[],
	overrides: readonly ReadingOverride[]
): string[] {
	const result = [...readings];
	for (const override of overrides) {
		let at = text.indexOf(override.text);
		while (at >= 0) {
			override.pinyin.forEach((syllable, offset) => (result[at + offset] = syllable));
			at = text.indexOf(override.text, at + 1);
		}
	}
	return result;
}

/** Zhuyin as Taiwan's textbooks write it: the neutral tone's dot before the syllable (˙ㄉㄜ), not after. */
export const neutralDotFirst = (zhuyin: string) =>
	zhuyin.endsWith('˙') ? `˙${zhuyin.slice(0, -1)}` : zhuyin;

/** A paragraph's words with their places in its text (the tokens that are not Chinese are left out). */
export function wordsOf(tokens: readonly ReadingToken[]): Word[] {
	const words: Word[] = [];
	let start = 0;
	for (const [text, pinyin, zhuyin] of tokens) {
		if (pinyin !== undefined && zhuyin !== undefined)
			words.push({
				text,
				start,
				end: start + text.length,
				pinyin: pinyin.split(' '),
				zhuyin: zhuyin.split(' ')
			});
		start += text.length;
	}
	return words;
}

const sentenceEnd = /[。！？；!?]/;

/** The sentence of `text` around the range [start, end): from after the previous 。！？； to the next one included. */
export function sentenceAround(text: string, start: number, end = start): string {
	let from = start;
	while (from > 0 && !sentenceEnd.test(text[from - 1]!)) from--;
	let to = Math.max(end, start);
	while (to < text.length && !sentenceEnd.test(text[to]!)) to++;
	return text.slice(from, Math.min(to + 1, text.length)).trim();
}

/** The entry a popover shows and hands to its actions. */
export function wordEntryOf(
	word: Word,
	info: WordInfo | undefined,
	paragraphId: string,
	paragraphText: string
): WordEntry {
	const pinyin = word.pinyin.join(' ');
	// The senses read as in this sentence come first (了 le before liǎo).
	const senses = [...(info?.senses ?? [])].sort(
		(a, b) => Number(sameReading(b.pinyin, pinyin)) - Number(sameReading(a.pinyin, pinyin))
	);
	return {
		word: word.text,
		pinyin,
		zhuyin: word.zhuyin.join(' '),
		glosses: senses.flatMap((sense) => sense.english),
		paragraphId,
		sentence: sentenceAround(paragraphText, word.start, word.end)
	};
}

const sameReading = (a: string, b: string) =>
	a.toLowerCase().replace(/\s+/g, '') === b.toLowerCase().replace(/\s+/g, '');

/** The pieces of a paragraph between every cut (a highlight's or a word's edge), so words and highlights can nest. */
export function cutsOf(length: number, ...edges: number[][]): number[] {
	return [...new Set([0, length, ...edges.flat().filter((edge) => edge >= 0 && edge <= length)])].sort(
		(a, b) => a - b
	);
}
