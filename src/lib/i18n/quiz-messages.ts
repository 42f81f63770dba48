import type { Language } from '$lib/domain/language';

/** Interface texts of quizzes: the `quiz` section of Messages. Both languages fill every key. */
export type QuizMessages = {
	navQuiz: string;
};

export const quizMessages: Record<Language, QuizMessages> = {
	zh: { navQuiz: '測驗' },
	en: { navQuiz: 'Quiz' }
};
