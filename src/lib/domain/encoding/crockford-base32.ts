import { BitWriter, bitsToText } from './bits';

/** Crockford's base32: digits and capitals without I, L, O and U, easy to read aloud and to type. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bits (a multiple of 5) as Crockford base32 characters. */
export const bitsToCrockford = (bits: readonly number[]): string => bitsToText(bits, crockfordAlphabet, 5);

/** Reads typed or pasted text: case, spaces and dashes do not matter, and O, I and L read as 0, 1 and 1. */
export function crockfordToBits(text: string, fail: (message: string) => Error): number[] {
	const writer = new BitWriter();
	const compact = text.toUpperCase().replace(/[\s\-‐‑‒–—_.]/gu, '');
	if (compact === '') throw fail('it is empty');
	Array.from(compact).forEach((character, position) => {
		const value = crockfordAlphabet.indexOf(
			character === 'O' ? '0' : character === 'I' || character === 'L' ? '1' : character
		);
		if (value < 0) throw fail(`character "${character}" at position ${position + 1} is not allowed`);
		writer.write(value, 5);
	});
	return writer.bits;
}

/** The letters and digits of a code in groups of size joined by dashes, whatever separators or case it had. */
export function groupCharacters(code: string, size: number): string {
	const compact = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
	return (compact.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}
