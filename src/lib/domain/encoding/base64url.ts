import { BitReader, BitWriter, bitsToText } from './bits';

/** RFC 4648 §5: URL- and fragment-safe, so text in it needs no percent-encoding. */
export const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Whether every character of the text is in the base64url alphabet. */
export const isBase64urlText = (text: string): boolean => /^[A-Za-z0-9_-]*$/.test(text);

/** Bytes as base64url without padding characters. */
export function toBase64url(bytes: readonly number[]): string {
	const writer = new BitWriter();
	for (const byte of bytes) writer.write(byte, 8);
	writer.padTo(6);
	return bitsToText(writer.bits, base64urlAlphabet, 6);
}

/** Strict base64url without padding: a character outside the alphabet, an impossible length or set pad bits fail. */
export function fromBase64url(text: string, fail: (message: string) => Error): number[] {
	const writer = new BitWriter();
	Array.from(text).forEach((character, position) => {
		const value = base64urlAlphabet.indexOf(character);
		if (value < 0) throw fail(`character "${character}" at position ${position + 1} is not allowed`);
		writer.write(value, 6);
	});
	const reader = new BitReader(writer.bits, fail);
	const bytes = Array.from({ length: Math.floor(writer.bits.length / 8) }, () => reader.read(8));
	reader.expectPadding(6);
	return bytes;
}

// Large payloads (an article pack in a link): the bit-by-bit codec above is exact but slow for hundreds of
// kilobytes, so these go through the platform's base64 (atob and btoa exist in browsers and Node alike).
const chunkBytes = 0x8000;

/** Bytes as base64url without padding, for payloads of any size. */
export function bytesToBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (let start = 0; start < bytes.length; start += chunkBytes) {
		binary += String.fromCharCode(...bytes.subarray(start, start + chunkBytes));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url without padding back to bytes, or undefined for a character outside the alphabet or an impossible length. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
	if (!isBase64urlText(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
	return bytes;
}
