import { browser } from '$app/environment';
import { indexOrNull } from '$lib/content/client';
import type { PageLoad } from './$types';

// The teacher's hub builds quizzes in the browser from the content index. The prerendered page is its heading, lead
// and a loading status, painted before any script runs (shell first, as the quiz builder); the index is fetched in
// the browser and not awaited here, and the promise never rejects (null when the download fails: a message).
// The built-in article's questions only: a class link counts positions in them, and a student's device has them
// (an article on this device travels to students with its pack).
export const load: PageLoad = ({ fetch }) => ({
	catalog: browser ? indexOrNull(fetch, { builtInOnly: true }) : undefined
});
