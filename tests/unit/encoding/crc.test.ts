import { describe, expect, it } from 'vitest';
import { bytesToBits } from '$lib/domain/encoding/bits';
import { crc16Ccitt, crc16CcittBits, crc32 } from '$lib/domain/encoding/crc';

// The catalogue check values (Greg Cook's CRC catalogue, reveng): the CRC of the ASCII text "123456789".
const checkInput = [...new TextEncoder().encode('123456789')];

describe('crc32 (IEEE 802.3)', () => {
	it('gives the standard check value', () => {
		expect(crc32(checkInput)).toBe(0xcbf43926);
	});

	it('is 0 for no bytes and always an unsigned 32-bit number', () => {
		expect(crc32([])).toBe(0);
		expect(crc32([0xff, 0xff, 0xff, 0xff])).toBe(0xffffffff);
	});
});

describe('crc16Ccitt (CRC-16/CCITT-FALSE)', () => {
	it('gives the standard check value', () => {
		expect(crc16Ccitt(checkInput)).toBe(0x29b1);
		expect(crc16CcittBits(bytesToBits(checkInput))).toBe(0x29b1);
	});

	it('starts from 0xFFFF and runs over bits that do not fill a byte', () => {
		expect(crc16CcittBits([])).toBe(0xffff);
		expect(crc16CcittBits([1, 0, 1])).not.toBe(crc16CcittBits([1, 0, 1, 0]));
	});
});
