import { indexOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// The teacher's hub builds quizzes in the browser from the content index; a failed download becomes a message.
export const ssr = false;

// The built-in article's questions only: a class link counts positions in them, and a student's device has them
// (an article on this device travels to students with its pack). Not awaited (shell first): the heading paints at
// once, the builder when the index arrives; the promise never rejects (null when the download fails).
export const load: PageLoad = ({ fetch }) => ({
	catalog: indexOrNull(fetch, { builtInOnly: true })
});
