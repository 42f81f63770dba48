/**
 * The reader's own texts (its language switch, readings above the characters and the word look-up): the `reader`
 * section of Messages, apart from the argument's texts, which the paragraph and question pages show too.
 */
export type ReaderMessages = {
	/** The reader's switch: Chinese, English or both. */
	articleView: {
		legend: string;
		zh: string;
		en: string;
		both: string;
		loading: string;
		failed: string;
		retry: string;
	};
	/** Readings above the characters and word look-up in the reader. */
	readingAids: {
		ruby: string;
		loading: string;
		failed: string;
		retry: string;
		lookUp: string;
		lookUpHint: string;
		close: string;
		pinyin: string;
		zhuyin: string;
		glosses: string;
		glossaryGloss: string;
		credit: string;
		questionsUsing: (count: number) => string;
		noQuestions: string;
		showAll: (count: number) => string;
		wordOf: (word: string) => string;
	};
};
