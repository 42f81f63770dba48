// The pages a learner or a student most often opens first, from a link or a bookmark, with nothing cached: review,
// a quiz, joining a class (issue 12). One list for the three places that treat them apart: vite.config.ts groups
// their small modules into few files, inline-styles.js puts their stylesheets inline, and the size check holds
// each to a number of scripts (tests/size/budgets.mjs `maxScripts`).

/** @typedef {{ name: string, route: string, built: string }} FirstPage */

/**
 * `name` names the page's own file of small modules (`study-<name>`); `route` is its folder under
 * src/routes/[[lang=lang]]/; `built` matches its folder in the build (either language).
 * @type {readonly FirstPage[]}
 */
export const firstPages = [
	{ name: 'review', route: 'review/[scope]', built: 'review/[^/]+' },
	{ name: 'quiz', route: 'quiz/take', built: 'quiz/take' },
	{ name: 'class', route: 'class/join', built: 'class/join' }
];

/**
 * The first page a module of the source belongs to (a file under its route's folder), if any.
 * @param {string} id a module id (a file's path)
 * @returns {FirstPage | undefined}
 */
export function firstPageOfSource(id) {
	return firstPages.find((page) => id.includes(`/src/routes/[[lang=lang]]/${page.route}/`));
}

/** The first pages' HTML files in the build, by path relative to it. */
export const firstPagesBuilt = new RegExp(
	`^(en\\/)?(${firstPages.map((page) => page.built).join('|')})\\/index\\.html$`
);
