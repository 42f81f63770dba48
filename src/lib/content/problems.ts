import { AppError } from '$lib/domain/errors';

/** One thing wrong with a deck file, named precisely enough to fix without searching. */
export type ContentProblem = {
	file: string;
	questionId?: string;
	/** Another file's entry the problem is in, named for a reader: `claim "legacy-assets"`, `entry "putin"`. */
	subject?: string;
	field: string;
	message: string;
};

export function formatProblem(problem: ContentProblem): string {
	const where = [
		problem.file,
		problem.questionId ? `question "${problem.questionId}"` : problem.subject,
		problem.field
	]
		.filter(Boolean)
		.join(' › ');
	return `${where}: ${problem.message}`;
}

/** Thrown when any content file is invalid; lists every problem at once. */
export class ContentError extends AppError<'invalid-content'> {
	constructor(readonly problems: ContentProblem[]) {
		super(
			'invalid-content',
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content files:\n` +
				problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')
		);
	}
}
