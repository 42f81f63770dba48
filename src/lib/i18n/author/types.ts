import type { ProblemCode, ProblemValues } from '$lib/domain/validation/problems';

/**
 * The article editor and the pack import (issue 17): the `author` section of Messages. Every problem the shared
 * deck rules and the pack reader report has its words here, in each language; the field path is shown beside them.
 */
export type AuthorMessages = {
	problems: { [Code in ProblemCode]: (values: ProblemValues) => string };
};
