// A class link with a pack is the quiz link with the pack after it: `#q=<token>&pack=<payload>`. A link without
// `pack=` opens as before; the pack comes last, so a link cut short loses (part of) the pack, which decoding names,
// never the quiz token. Kept apart from the decoder so that every class page can look for a pack cheaply.

/** The fragment parameter a class link carries a pack in: `#pack=<payload>`. */
export const packLinkParameter = 'pack';

/** A link with a pack's payload added to its fragment (after the quiz token when it has one). */
export function withPackPayload(href: string, payload: string): string {
	const separator = href.includes('#') ? (href.endsWith('#') ? '' : '&') : '#';
	return `${href}${separator}${packLinkParameter}=${payload}`;
}

/** The pack payload in an address fragment ("#q=…&pack=…"), or null when the link carries none. */
export function packPayloadOf(hash: string): string | null {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	// Read by hand, not with URLSearchParams: base64url needs no decoding, and a "+" must stay a damage to name.
	for (const part of fragment.split('&')) {
		if (part.startsWith(`${packLinkParameter}=`)) return part.slice(packLinkParameter.length + 1);
	}
	return null;
}
