// The order of a prerendered page's <head>, which decides what a phone on a slow link fetches first.
//
// SvelteKit writes its script preloads, then its stylesheets; the app adds its texts' scripts and the content
// files a page will fetch, and a small script that must run before the first paint (src/prepaint.js: the theme,
// text size and language choice). Left at the end of the head, that script waited for every stylesheet, and the
// preloads after it were found only once it had run, one round trip after the others (issue 12). Here the script
// runs first, inline (its hash is in the Content Security Policy: svelte.config.js), then the stylesheets (which the
// first paint waits for), then what the page's script will ask for once it runs (the content files, the texts and
// the database library: src/build/module-preloads.js puts it first among the script preloads), then the rest.

/** A stylesheet link as SvelteKit writes it. */
const stylesheet = /<link href="[^"]*" rel="stylesheet">\s*/g;
/** The first of SvelteKit's own resource links (a script preload or a stylesheet). */
const firstResource = /<link href="[^"]*" rel="(?:modulepreload|stylesheet)">/;
/** The policy's <meta>: what comes after it is under the policy. */
const policyMeta = /<meta http-equiv="content-security-policy"[^>]*>/;

export type HeadParts = {
	/** The pre-paint script's source, run inline before anything else loads. */
	prepaint: string;
	/** Further preload tags (texts, content), fetched with SvelteKit's own. */
	preloads: string;
};

/**
 * The page with, at the start of its resources (after the policy's <meta>, so the policy covers it): the pre-paint
 * script, the stylesheets, the further preloads, then SvelteKit's script preloads. A page without resource links
 * (none in development) gets the script after the policy, or at the end of its head, and the preloads there too.
 */
export function arrangeHead(html: string, { prepaint, preloads }: HeadParts): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd === -1) return html;
	const head = html.slice(0, headEnd);
	const script = `<script>${prepaint}</script>`;
	const at = head.search(firstResource);
	if (at === -1) {
		const policy = head.match(policyMeta);
		const after = policy?.index === undefined ? headEnd : policy.index + policy[0].length;
		return `${head.slice(0, after)}${script}${head.slice(after)}${preloads}${html.slice(headEnd)}`;
	}
	const resources = head.slice(at);
	const sheets = resources.match(stylesheet) ?? [];
	const first = [script, ...sheets.map((sheet) => sheet.trim()), preloads].filter(Boolean);
	return `${head.slice(0, at)}${first.join('\n\t\t')}\n\t\t${resources.replace(stylesheet, '')}${html.slice(headEnd)}`;
}
