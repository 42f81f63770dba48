import { createGrader, type ChineseConverter, type Grade, type Grader } from '$lib/domain/grading';
import type { Question } from '$lib/domain/question';
import type { Response } from '$lib/domain/response';
import { reportError } from './report';

let converterLoading: Promise<ChineseConverter> | undefined;

/**
 * OpenCC's Traditional (Taiwan)→Simplified converter, imported on first call and cached. This direction is ten
 * times smaller than the reverse (about 110 kB against 1.1 MB) and more tolerant: several Traditional characters
 * fold into one Simplified one. It lives in its own chunk that no page loads until a typed answer is graded.
 */
export function loadChineseConverter(): Promise<ChineseConverter> {
	converterLoading ??= import('opencc-js/t2cn')
		.then(({ default: OpenCC }) => OpenCC.Converter({ from: 'tw', to: 'cn' }))
		.catch((error: unknown) => {
			// A failed download (offline, stale deploy) must be retryable on the next answer.
			converterLoading = undefined;
			throw error;
		});
	return converterLoading;
}

/** Starts the converter's download while the learner types, so checking a typed answer is instant. */
export function preloadChineseConverter(question: Question): void {
	// A failure here is met again, and handled, when the answer is graded (gradeAnswer's fallback).
	if (question.kind === 'cloze') loadChineseConverter().catch(() => undefined);
}

/** The grader with OpenCC's converter, loaded once (see loadChineseConverter). */
export async function loadGrader(): Promise<Grader> {
	return createGrader(await loadChineseConverter());
}

/** Compares typed answers as written: Simplified and Traditional no longer match, the rest is as tolerant. */
const graderWithoutConverter = createGrader((text) => text);

/**
 * Grades a response, loading OpenCC only when the question is a cloze. Offline before the converter was cached,
 * a typed answer is still graded, without it (the one fallback of the reviewer and the quiz).
 */
export async function gradeAnswer(question: Question, response: Response): Promise<Grade> {
	if (question.kind !== 'cloze') return graderWithoutConverter.grade(question, response);
	let grader: Grader;
	try {
		grader = await loadGrader();
	} catch (error) {
		reportError('Loading the Chinese converter (grading without it)', error);
		grader = graderWithoutConverter;
	}
	return grader.grade(question, response);
}
