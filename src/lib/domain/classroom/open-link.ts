import { openQuizLink, type QuizLinkCatalog, type QuizLinkProblem } from '../quiz/quiz-link';
import { quizFingerprint, type ClassroomQuiz } from './result-code';

/** A classroom page's quiz, read from its address: opened, or refused with the reason to explain. */
export type OpenedClassQuiz =
	| { kind: 'opened'; token: string; quiz: ClassroomQuiz }
	| { kind: 'refused'; reason: QuizLinkProblem; linkContentVersion: string | null };

/** The classroom quiz a token defines in this catalog, or the reason it cannot be opened; never throws for a bad link. */
export function openClassQuiz(token: string | null, catalog: QuizLinkCatalog): OpenedClassQuiz {
	const opened = openQuizLink(token, catalog);
	if (opened.kind === 'refused') return opened;
	const { spec, items } = opened;
	return { kind: 'opened', token: opened.token, quiz: { spec, items, fingerprint: quizFingerprint(spec) } };
}
