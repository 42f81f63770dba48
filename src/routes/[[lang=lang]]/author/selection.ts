import type { Draft } from '$lib/domain/author/draft';

/** A sentence selected in the article: its paragraph (0-based) and its range in the paragraph's text. */
export type SelectedSentence = { paragraph: number; start: number; end: number };

/**
 * The quotes of a selection, in reading order: sentences next to each other in one paragraph make one quote, so
 * a question on two consecutive sentences quotes the passage once.
 */
export function quotesOf(draft: Draft, selected: readonly SelectedSentence[]): string[] {
	const sorted = [...selected].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	const runs: SelectedSentence[] = [];
	for (const sentence of sorted) {
		const last = runs.at(-1);
		const text = draft.article.paragraphs[sentence.paragraph]?.text ?? '';
		// Only whitespace between them: the same passage.
		if (last && last.paragraph === sentence.paragraph && text.slice(last.end, sentence.start).trim() === '') {
			last.end = sentence.end;
		} else runs.push({ ...sentence });
	}
	return runs
		.map((run) => (draft.article.paragraphs[run.paragraph]?.text ?? '').slice(run.start, run.end).trim())
		.filter((quote) => quote.length > 0);
}
