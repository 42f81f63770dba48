// One address per route of the app, built from the content the build serves: the suites that must visit every
// screen (the Content Security Policy, accessibility) share this list, so a new route is added once, here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Question } from '../../src/lib/domain/question';
import { quizToken as tokenFor } from './quiz-link';

export const buildDir = fileURLToPath(new URL('../../build', import.meta.url));
type Catalog = {
	version: string;
	article: { paragraphs: { id: string }[] };
	decks: { id: string; questions: Question[] }[];
};
const catalog = JSON.parse(readFileSync(`${buildDir}/content.json`, 'utf8')) as Catalog;
const questions = catalog.decks.flatMap((deck) => deck.questions);
/** A quiz link's fragment token for three questions of the real catalog. */
export const quizToken = tokenFor(
	questions.slice(0, 3).map((question) => question.id),
	{ seed: 'csp12345', mode: 'practice' }
);

/** One address per route (and the fallback page), without the language prefix. */
export const routes = [
	'/',
	'/article/',
	`/article/${catalog.article.paragraphs[0]!.id}/`,
	'/argument/',
	'/names/',
	'/places-and-dates/',
	`/decks/${catalog.decks[0]!.id}/`,
	`/questions/${questions[0]!.id}/`,
	'/review/all/',
	`/review/${catalog.decks[0]!.id}/`,
	'/review/my-cards/',
	'/quiz/',
	`/quiz/take/#q=${quizToken}`,
	'/quiz/history/',
	'/class/',
	`/class/join/#q=${quizToken}`,
	`/class/projector/#q=${quizToken}`,
	`/class/results/#q=${quizToken}`,
	`/class/worksheet/#q=${quizToken}`,
	`/class/assign/#q=${quizToken}`,
	'/cards/',
	'/stats/',
	'/settings/',
	'/author/',
	'/library/',
	'/library/import/',
	'/no-such-page/'
];
