import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlAlphabet, fromBase64url, toBase64url } from '$lib/domain/encoding/base64url';
import { BitReader, BitWriter, bitsToBytes, bytesToBits } from '$lib/domain/encoding/bits';
import { bitsToCrockford, crockfordToBits, groupCharacters } from '$lib/domain/encoding/crockford-base32';
import { fnv1a32 } from '$lib/domain/encoding/hash';

const fail = (message: string) => new Error(message);
const bytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 });

describe('base64url', () => {
	it('matches the platform encoder (RFC 4648 §5, no padding) and reads back what it wrote', () => {
		fc.assert(
			fc.property(bytes, (input) => {
				const text = toBase64url(input);
				expect(text).toBe(Buffer.from(input).toString('base64url'));
				expect(fromBase64url(text, fail)).toEqual(input);
			})
		);
	});

	it('refuses characters outside the alphabet and impossible lengths', () => {
		expect(base64urlAlphabet).toHaveLength(64);
		expect(() => fromBase64url('ab+c', fail)).toThrow(/"\+" at position 3/);
		expect(() => fromBase64url('A', fail)).toThrow();
		expect(fromBase64url('AA', fail)).toEqual([0]);
		expect(() => fromBase64url('AB', fail)).toThrow(/padding/);
	});
});

describe('bits', () => {
	it('reads back integers, bigints and varints in the widths written', () => {
		const writer = new BitWriter();
		writer.write(5, 3);
		writer.writeBig(2n ** 40n + 1n, 41);
		writer.writeVarUint(300);
		writer.padTo(8);
		const reader = new BitReader(bytesToBits(bitsToBytes(writer.bits)), fail);
		expect(reader.read(3)).toBe(5);
		expect(reader.readBig(41)).toBe(2n ** 40n + 1n);
		expect(reader.readVarUint()).toBe(300);
		expect(() => reader.expectPadding(8)).not.toThrow();
	});

	it('refuses a value wider than its field and reading past the end', () => {
		expect(() => new BitWriter().write(8, 3)).toThrow(RangeError);
		expect(() => new BitReader([1, 0], fail).read(3)).toThrow(/needs 3 more bits, has 2/);
	});
});

describe('Crockford base32', () => {
	it('reads what it wrote, and reads typing slips (case, O, I, L, dashes) the same', () => {
		const bits = bytesToBits([0x00, 0x11, 0x22, 0x33, 0x44]);
		const text = bitsToCrockford(bits);
		expect(text).toBe('008J4CT4');
		expect(crockfordToBits(text, fail)).toEqual(bits);
		expect(crockfordToBits('oo8j-4ct4', fail)).toEqual(bits);
		expect(crockfordToBits('IL', fail)).toEqual(crockfordToBits('11', fail));
	});

	it('refuses U and empty text, and groups a code by a given size', () => {
		expect(() => crockfordToBits('U', fail)).toThrow(/"U" at position 1/);
		expect(() => crockfordToBits(' - ', fail)).toThrow(/empty/);
		expect(groupCharacters('abcd efgh-ij', 4)).toBe('ABCD-EFGH-IJ');
	});
});

describe('fnv1a32', () => {
	it('gives the published FNV-1a test vectors', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});
});
