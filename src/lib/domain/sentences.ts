// Sentences of the article's Chinese text, for links that open the reader at one sentence.

/** A range [start, end) of a paragraph's text. */
export type TextRange = { start: number; end: number };

// A sentence ends after its full stop, question or exclamation mark, or semicolon, with any closing quote or
// bracket that follows it.
const sentenceEnd = /[。！？；]+[」』）]*/g;

/** The sentences of a text, in order, each with its range; the last runs to the end of the text. */
export function sentencesOf(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let start = 0;
	for (const match of text.matchAll(sentenceEnd)) {
		const end = match.index + match[0].length;
		ranges.push({ start, end });
		start = end;
	}
	if (start < text.length) ranges.push({ start, end: text.length });
	return ranges;
}

/** The sentence of a text that holds the character at `at`, with its 1-based number in the text. */
export function sentenceAt(text: string, at: number): TextRange & { number: number } {
	const sentences = sentencesOf(text);
	const index = sentences.findIndex((sentence) => at >= sentence.start && at < sentence.end);
	const found = index === -1 ? sentences.length - 1 : index;
	return { ...sentences[found]!, number: found + 1 };
}

/** The reader's fragment for a range of a paragraph (#at-p12-30-58), and back; undefined if it is not one. */
export const passageFragment = (paragraphId: string, range: TextRange) =>
	`at-${paragraphId}-${range.start}-${range.end}`;

const passagePattern = /^at-(p\d+)-(\d+)-(\d+)$/;

export function parsePassageFragment(fragment: string): ({ paragraphId: string } & TextRange) | undefined {
	const match = passagePattern.exec(fragment);
	if (!match) return undefined;
	const [start, end] = [Number(match[2]), Number(match[3])];
	return end > start ? { paragraphId: match[1]!, start, end } : undefined;
}
