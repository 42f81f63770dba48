// The article a page shows when it is not the built-in one (an article on this device, read in the browser): the
// site's footer gives its date instead of the built-in article's.
export const pageArticle = $state<{ date: string | undefined }>({ date: undefined });

/** Names the date of the article this page shows, until the returned function is called (the page leaves). */
export function showArticleDate(date: string): () => void {
	pageArticle.date = date;
	return () => {
		if (pageArticle.date === date) pageArticle.date = undefined;
	};
}
