import type { Grade } from '$lib/domain/grading';
import type { Question, QuestionKind } from '$lib/domain/question';
import type { ResponseFor } from '$lib/domain/response';

/** What AnswerInput hands each per-kind control; a control never changes its response, it proposes a new one. */
export type AnswerControlProps<K extends QuestionKind> = {
	question: Extract<Question, { kind: K }>;
	response: ResponseFor<K>;
	onchange: (response: ResponseFor<K>) => void;
	seed: string;
	/** No changes allowed: disabled by the caller or already graded. */
	locked: boolean;
	showOther: boolean;
	grade: Grade | undefined;
	onsubmit: () => void;
	/** The prompt is shown above the control already (see AnswerInput). */
	promptShown: boolean;
};
