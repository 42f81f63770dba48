import { quizLinkLoad } from '../quiz-link-shell';

export { entries } from '../quiz-link-shell';

// The projector quotes the article's paragraphs, so it fetches them too.
export const load = quizLinkLoad({ article: true });
