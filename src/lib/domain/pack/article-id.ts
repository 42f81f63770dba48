// Apart from namespace.ts (and with no imports), so that pages which only tell a device id from a built-in one
// carry a few bytes, not the namespacing code.

/** The separator between an article id and a deck's or question's own id. */
export const articleIdSeparator = '--';

/** The article id a device deck or question id starts with; undefined for a built-in id. */
export function articleIdOf(id: string): string | undefined {
	const at = id.indexOf(articleIdSeparator);
	return at > 0 ? id.slice(0, at) : undefined;
}
