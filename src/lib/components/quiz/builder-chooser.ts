import type { Snippet } from 'svelte';
import type { QuestionId } from '$lib/domain/ids';

/** A builder's "choose them yourself" (see QuizBuilderForm's chooser): the list, its field and its texts. */
export type ChooserField = {
	/** The questions chosen, in quiz order. */
	ids: readonly QuestionId[];
	field: Snippet;
	label: string;
	hint: string;
	/** Said under the form instead of the random mix's summary. */
	summary: string;
	/** The error when the teacher builds with none chosen. */
	noneChosen: string;
};
