export { entries, load } from '../quiz-link-shell';
