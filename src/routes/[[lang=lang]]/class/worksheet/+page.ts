export { entries, load, ssr } from '../quiz-link-shell';
