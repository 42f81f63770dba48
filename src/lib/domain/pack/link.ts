import { base64urlToBytes, bytesToBase64url } from '../encoding/base64url';
import { packLimits, type ArticlePack } from './format';
import type { Problem } from '../validation/problems';
import { parsePack, serializePack, type PackResult } from './parse';

// An article pack inside a link's fragment (never sent to a server): JSON, deflated (CompressionStream with
// 'deflate-raw', in every current browser and in Node 18+), as base64url. Decoding bounds the work at each step,
// so a damaged, tampered or huge fragment gives a named problem, never a crash or a hang.

export { packLinkParameter } from './fragment';

/**
 * The longest payload read: the base64url of a pack at its size limit, compressed, with room for data that does
 * not compress (1,398,102 characters for 1 MiB), and under the 2 MB that Chromium allows for an address.
 */
export const maxPackLinkChars = 1_500_000;

/** The payload of a link carrying the pack: base64url of its deflated JSON. */
export async function encodePackLink(pack: ArticlePack): Promise<string> {
	const stream = new Blob([serializePack(pack)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const refuse = (problem: Problem): PackResult => ({ ok: false, problems: [problem] });

/** The pack a link's payload carries, validated completely, or the problems that stop it; never throws. */
export async function decodePackLink(payload: string | null | undefined): Promise<PackResult> {
	if (!payload) return refuse({ path: '', code: 'link-empty' });
	if (payload.length > maxPackLinkChars) {
		return refuse({
			path: '',
			code: 'link-too-large',
			values: { size: payload.length, max: maxPackLinkChars }
		});
	}
	const bytes = base64urlToBytes(payload);
	if (!bytes) {
		// Cut short (a length no whole bytes make) or changed (a character base64url does not have).
		const reason = payload.length % 4 === 1 ? 'length' : 'character';
		return refuse({ path: '', code: 'link-not-base64', values: { reason } });
	}
	const inflated = await inflate(bytes, packLimits.maxBytes);
	if (inflated === 'too-large') {
		return refuse({ path: '', code: 'link-inflated-too-large', values: { max: packLimits.maxBytes } });
	}
	if ('damaged' in inflated) {
		return refuse({ path: '', code: 'link-not-deflate', values: { detail: inflated.damaged } });
	}
	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch (error) {
		return refuse({ path: '', code: 'link-not-utf8', values: { detail: describe(error) } });
	}
	return parsePack(json);
}

/** Inflates deflate-raw bytes, stopping as soon as the output passes `maxBytes` (a small payload can inflate hugely). */
async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	maxBytes: number
): Promise<Uint8Array | { damaged: string } | 'too-large'> {
	const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > maxBytes) {
				await reader.cancel().catch(() => undefined);
				return 'too-large';
			}
			chunks.push(value);
		}
	} catch (error) {
		// The stream's own words (e.g. "unexpected end of file") say whether it was cut short or is not deflate.
		return { damaged: describe(error) };
	}
	const joined = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	return joined;
}

/**
 * The most bytes a QR code holds (byte mode, version 40) at each error-correction level the app draws: the QR
 * standard's table, as uqr (the app's QR library) applies it (tests/unit/pack/link.test.ts checks both).
 */
export const qrCodeByteCapacity = { M: 2331, Q: 1663 } as const;

/** Whether a whole link fits in one QR code at the given error correction (the class page draws at M). */
export function linkFitsQrCode(
	link: string,
	errorCorrection: keyof typeof qrCodeByteCapacity = 'M'
): boolean {
	return new TextEncoder().encode(link).length <= qrCodeByteCapacity[errorCorrection];
}
