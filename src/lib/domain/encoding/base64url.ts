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
