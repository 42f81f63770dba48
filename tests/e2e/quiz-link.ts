// Quiz links over the content the build serves, written as the quiz builder and the class page write them: every
// suite that opens a quiz or a class link builds its token here, against the index the app decodes it with.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeQuizLink } from '../../src/lib/domain/quiz/quiz-link';
import type { QuizSpec } from '../../src/lib/domain/quiz/spec';

type Index = { version: string; decks: { id: string; questions: { id: string; kind: string }[] }[] };

/** The built content's index: its version, and each deck's question ids and kinds. */
export const builtIndex = JSON.parse(
	readFileSync(fileURLToPath(new URL('../../build/content/index.json', import.meta.url)), 'utf8')
) as Index;

/** What a test chooses of a quiz; untimed, in the picked order and in test mode unless it says otherwise. */
export type QuizChoices = Partial<Omit<QuizSpec, 'contentVersion' | 'questionIds'>> & { seed: string };

/** The quiz over these questions of the built content, in this order. */
export function quizSpec(questionIds: readonly string[], choices: QuizChoices): QuizSpec {
	return {
		contentVersion: builtIndex.version,
		questionIds: [...questionIds] as QuizSpec['questionIds'],
		order: 'as-picked',
		mode: 'test',
		timeLimitSeconds: null,
		...choices
	};
}

/** A quiz's link token (the address fragment after `#q=`). */
export const tokenOf = (spec: QuizSpec): string =>
	encodeQuizLink(
		spec,
		builtIndex.decks.flatMap((deck) => deck.questions.map((question) => question.id))
	);

/** The link token of the quiz over these questions. */
export const quizToken = (questionIds: readonly string[], choices: QuizChoices): string =>
	tokenOf(quizSpec(questionIds, choices));
