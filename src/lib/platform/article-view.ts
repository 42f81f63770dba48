import { readLocal, writeLocal } from './local-storage';

// Which text the reader shows: the Chinese, the English translation, or both side by side. Kept in localStorage
// (like the theme in display.ts) so src/prepaint.js can mark <html data-article-view> before the first paint
// and the prerendered English reader does not flash both texts before hiding one.

export const articleViews = ['zh', 'en', 'both'] as const;
export type ArticleView = (typeof articleViews)[number];

const storageName = 'article-view';
const attribute = 'data-article-view';

/** The stored choice, or undefined when the learner has not chosen (each site then has its own default). */
export function readArticleView(): ArticleView | undefined {
	const stored = readLocal(storageName);
	return (articleViews as readonly string[]).includes(stored ?? '') ? (stored as ArticleView) : undefined;
}

/** Shows the chosen text at once (through the attribute on <html> that the reader's styles follow) and remembers it. */
export function applyArticleView(view: ArticleView): void {
	document.documentElement.setAttribute(attribute, view);
	writeLocal(storageName, view);
}
