/** Writes unsigned integers of any width into a bit list, most significant bit first. */
export class BitWriter {
	readonly bits: number[] = [];

	/** Appends value in exactly width bits (value < 2^width). */
	write(value: number, width: number): void {
		this.writeBig(BigInt(value), width);
	}

	/** Appends a bigint in exactly width bits. */
	writeBig(value: bigint, width: number): void {
		if (value < 0n || value >> BigInt(width) !== 0n)
			throw new RangeError(`${value} does not fit in ${width} bits`);
		for (let bit = width - 1; bit >= 0; bit--) this.bits.push(Number((value >> BigInt(bit)) & 1n));
	}

	/** Appends bits as they are. */
	writeBits(bits: readonly number[]): void {
		this.bits.push(...bits);
	}

	/** Appends a non-negative integer in 7-bit groups, each preceded by a continuation bit. */
	writeVarUint(value: number): void {
		const groups: number[] = [];
		let rest = value;
		do {
			groups.unshift(rest % 128);
			rest = Math.floor(rest / 128);
		} while (rest > 0);
		groups.forEach((group, index) => {
			this.write(index < groups.length - 1 ? 1 : 0, 1);
			this.write(group, 7);
		});
	}

	/** Appends zero bits until the length is a multiple of size. */
	padTo(size: number): void {
		while (this.bits.length % size !== 0) this.bits.push(0);
	}
}

/** Reads what a BitWriter wrote; running past the end throws the error the decoder supplies. */
export class BitReader {
	private position = 0;

	constructor(
		private readonly bits: readonly number[],
		private readonly fail: (message: string) => Error
	) {}

	/** How many bits are left. */
	get remaining(): number {
		return this.bits.length - this.position;
	}

	/** The next width bits as a number (width ≤ 48). */
	read(width: number): number {
		return Number(this.readBig(width));
	}

	/** The next width bits as a bigint. */
	readBig(width: number): bigint {
		if (width > this.remaining) throw this.fail(`needs ${width} more bits, has ${this.remaining}`);
		let value = 0n;
		for (let index = 0; index < width; index++) value = (value << 1n) | BigInt(this.bits[this.position++]!);
		return value;
	}

	/** A varint written by BitWriter.writeVarUint; more than 5 groups is refused as damage. */
	readVarUint(): number {
		let value = 0;
		for (let group = 0; group < 5; group++) {
			const more = this.read(1);
			value = value * 128 + this.read(7);
			if (more === 0) return value;
		}
		throw this.fail('a number runs on too long');
	}

	/** Checks that only zero padding (fewer than size bits) is left. */
	expectPadding(size: number): void {
		if (this.remaining >= size) throw this.fail(`${this.remaining} bits left over`);
		while (this.remaining > 0) if (this.read(1) !== 0) throw this.fail('padding bits are not zero');
	}
}

/** The number a run of bits spells, most significant first (at most 32 bits). */
export function bitsToNumber(bits: readonly number[]): number {
	return bits.reduce((value, bit) => value * 2 + bit, 0);
}

/** Bits to bytes, 8 at a time; a last short group is read as if padded with zeros on the right. */
export function bitsToBytes(bits: readonly number[]): number[] {
	const bytes: number[] = [];
	for (let start = 0; start < bits.length; start += 8) {
		const group = bits.slice(start, start + 8);
		bytes.push(bitsToNumber(group) << (8 - group.length));
	}
	return bytes;
}

/** Each byte's 8 bits, most significant first. */
export function bytesToBits(bytes: readonly number[]): number[] {
	return bytes.flatMap((byte) => Array.from({ length: 8 }, (_, bit) => (byte >> (7 - bit)) & 1));
}

/** Splits bits into groups of width and maps each group's value to a character of the alphabet. */
export function bitsToText(bits: readonly number[], alphabet: string, width: number): string {
	let text = '';
	for (let start = 0; start < bits.length; start += width) {
		text += alphabet[bitsToNumber(bits.slice(start, start + width))];
	}
	return text;
}
