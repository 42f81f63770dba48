import { bytesToBits } from './bits';

/** The CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes; its check value ("123456789") is 0xCBF43926. */
export function crc32(bytes: readonly number[]): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF, not reflected, no final xor) over a run of bits, which
 * need not fill whole bytes; over whole bytes its check value ("123456789") is 0x29B1.
 */
export function crc16CcittBits(bits: readonly number[]): number {
	let crc = 0xffff;
	for (const bit of bits) {
		const top = (crc >> 15) & 1;
		crc = (crc << 1) & 0xffff;
		if (top !== bit) crc ^= 0x1021;
	}
	return crc;
}

/** CRC-16/CCITT-FALSE of some bytes. */
export const crc16Ccitt = (bytes: readonly number[]): number => crc16CcittBits(bytesToBits(bytes));
