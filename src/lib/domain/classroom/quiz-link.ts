import { AppError } from '../errors';
import { questionId } from '../ids';
import { hashSeed } from '../random';
import { quizModes, type QuizSpec } from '../quiz/spec';

/*
 * A classroom quiz link carries the whole QuizSpec in a base64url token (`#q=<token>`), so no server is needed.
 *
 * Envelope, kept by every format: byte 0 is the format number; the last 4 bytes are the CRC-32 (IEEE) of all the
 * bytes before them. Because the envelope never changes, an older app can tell "made by a newer app" from "damaged".
 *
 * Format 1, bit-packed most significant bit first after the format byte:
 *   content version   4-bit length, then 6 bits per character (base64url alphabet)
 *   question count    varint (7-bit groups, each behind a continuation bit)
 *   order             1 bit (0 as-picked, 1 shuffled)
 *   mode              1 bit (index into quizModes)
 *   time limit        varint seconds, 0 for none
 *   seed              5-bit length, then 6 bits per character (base64url alphabet)
 *   questions         one index per question into the catalog's sorted ids, ceil(log2(catalog size)) bits each;
 *                     the content version pins the catalog, so the index means the same question on every device
 *   zero bits up to a whole byte, then the 4-byte CRC-32.
 * A 20-question quiz with a 10-character seed is 43 bytes, a 58-character token.
 */

/** The format this app writes; tokens in other formats are refused with reason 'unsupported-format'. */
export const quizLinkFormat = 1;
/** The longest seed a link can carry. */
export const maxQuizSeedLength = 16;
/** The fragment parameter the token travels in: `#q=<token>`. */
export const quizLinkParameter = 'q';

// RFC 4648 §5: URL- and fragment-safe, so the token needs no percent-encoding.
const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const urlSafeText = /^[A-Za-z0-9_-]*$/;
const maxContentVersionLength = 15;
const checksumBytes = 4;

/** Why a link was refused, for the UI to explain in the learner's language. */
export type QuizLinkErrorReason = 'malformed' | 'checksum' | 'unsupported-format' | 'content-version';

/** A quiz link that cannot be opened: damaged, made by another app version, or for other decks. */
export class QuizLinkError extends AppError {
	constructor(
		readonly reason: QuizLinkErrorReason,
		message: string,
		/** The content version the link was made for, when it could be read. */
		readonly linkContentVersion: string | null = null
	) {
		super(message);
	}
}

/** Input the classroom encoders cannot represent: a programming error, never a learner's. */
export class ClassroomInputError extends AppError {}

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

/** The CRC-32 (IEEE 802.3, as in zip and PNG) of some bytes. */
export function crc32(bytes: readonly number[]): number {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** A 32-bit fingerprint of a quiz: result codes carry it (in their checksum) so codes from another quiz are refused. */
export function quizFingerprint(spec: QuizSpec): number {
	return hashSeed(
		JSON.stringify([
			spec.contentVersion,
			spec.questionIds,
			spec.order,
			spec.seed,
			spec.mode,
			spec.timeLimitSeconds
		])
	);
}

/** A fresh seed for a new quiz: 8 base64url characters (48 bits) drawn from the given random source. */
export function newQuizSeed(random: () => number): string {
	return Array.from({ length: 8 }, () => base64urlAlphabet[Math.floor(random() * 64) % 64]!).join('');
}

// Code-unit order: the same on every engine and locale, unlike localeCompare.
const sortedIds = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Bits to write any index below count. */
const indexWidth = (count: number) => Math.max(1, Math.ceil(Math.log2(Math.max(2, count))));

function writeShortText(writer: BitWriter, text: string, lengthWidth: number): void {
	writer.write(text.length, lengthWidth);
	for (const character of text) writer.write(base64urlAlphabet.indexOf(character), 6);
}

function readShortText(reader: BitReader, lengthWidth: number): string {
	const length = reader.read(lengthWidth);
	return Array.from({ length }, () => base64urlAlphabet[reader.read(6)]!).join('');
}

/** The compact URL-safe token of a quiz; catalogIds are all question ids of the spec's content version. */
export function encodeQuizLink(spec: QuizSpec, catalogIds: readonly string[]): string {
	const ids = sortedIds(catalogIds);
	const indexOf = new Map(ids.map((id, index) => [id, index]));
	const { contentVersion, seed, timeLimitSeconds } = spec;
	if (
		contentVersion.length === 0 ||
		contentVersion.length > maxContentVersionLength ||
		!urlSafeText.test(contentVersion)
	)
		throw new ClassroomInputError(`Content version "${contentVersion}" cannot be put in a quiz link`);
	if (seed.length > maxQuizSeedLength || !urlSafeText.test(seed))
		throw new ClassroomInputError(
			`Seed "${seed}" must be at most ${maxQuizSeedLength} characters of A–Z, a–z, 0–9, "-" and "_"`
		);
	if (timeLimitSeconds !== null && !(Number.isSafeInteger(timeLimitSeconds) && timeLimitSeconds > 0))
		throw new ClassroomInputError(`Time limit ${timeLimitSeconds} is not a whole positive number of seconds`);
	if (spec.questionIds.length === 0) throw new ClassroomInputError('A quiz link needs at least one question');
	const duplicate = spec.questionIds.find((id, index) => spec.questionIds.indexOf(id) !== index);
	if (duplicate !== undefined) throw new ClassroomInputError(`Question "${duplicate}" is in the quiz twice`);

	const writer = new BitWriter();
	writer.write(quizLinkFormat, 8);
	writeShortText(writer, contentVersion, 4);
	writer.writeVarUint(spec.questionIds.length);
	writer.write(spec.order === 'shuffled' ? 1 : 0, 1);
	// One bit while there are two modes: a third one needs a new format.
	writer.write(quizModes.indexOf(spec.mode), 1);
	writer.writeVarUint(timeLimitSeconds ?? 0);
	writeShortText(writer, seed, 5);
	const width = indexWidth(ids.length);
	for (const id of spec.questionIds) {
		const index = indexOf.get(id);
		if (index === undefined)
			throw new ClassroomInputError(`Question "${id}" is not in the catalog of version ${contentVersion}`);
		writer.write(index, width);
	}
	writer.padTo(8);
	const bytes = bitsToBytes(writer.bits);
	const checksum = crc32(bytes);
	for (let shift = 24; shift >= 0; shift -= 8) bytes.push((checksum >>> shift) & 0xff);
	return toBase64url(bytes);
}

/** The quiz a token defines, checked against this app's catalog; throws QuizLinkError saying why it cannot be. */
export function decodeQuizLink(
	token: string,
	catalog: { version: string; questionIds: readonly string[] }
): QuizSpec {
	const malformed = (message: string) => new QuizLinkError('malformed', `Quiz link is damaged: ${message}`);
	const bytes = fromBase64url(token.trim(), malformed);
	if (bytes.length <= checksumBytes + 1) throw malformed(`only ${bytes.length} bytes`);
	const body = bytes.slice(0, -checksumBytes);
	const stored = bytes.slice(-checksumBytes).reduce((sum, byte) => sum * 256 + byte, 0);
	const computed = crc32(body);
	if (stored !== computed)
		throw new QuizLinkError(
			'checksum',
			`Quiz link checksum ${hex(stored)} does not match its content (${hex(computed)}): it was changed or cut short`
		);
	if (body[0] !== quizLinkFormat)
		throw new QuizLinkError(
			'unsupported-format',
			`Quiz link format ${body[0]} is not supported (this app reads format ${quizLinkFormat})`
		);

	const reader = new BitReader(bytesToBits(body.slice(1)), malformed);
	const contentVersion = readShortText(reader, 4);
	if (contentVersion !== catalog.version)
		throw new QuizLinkError(
			'content-version',
			`Quiz link was made for content version ${contentVersion}, but this app has version ${catalog.version}`,
			contentVersion
		);
	const count = reader.readVarUint();
	if (count === 0) throw malformed('it has no questions');
	const order = reader.read(1) === 1 ? 'shuffled' : 'as-picked';
	const mode = quizModes[reader.read(1)]!;
	const timeLimit = reader.readVarUint();
	const seed = readShortText(reader, 5);
	if (seed.length > maxQuizSeedLength) throw malformed(`seed of ${seed.length} characters`);
	const ids = sortedIds(catalog.questionIds);
	const width = indexWidth(ids.length);
	const questionIds = Array.from({ length: count }, () => {
		const index = reader.read(width);
		const id = ids[index];
		if (id === undefined) throw malformed(`question index ${index} is past the catalog's ${ids.length}`);
		return questionId(id);
	});
	if (new Set(questionIds).size !== count) throw malformed('a question appears twice');
	reader.expectPadding(8);
	return {
		contentVersion,
		questionIds,
		order,
		seed,
		mode,
		timeLimitSeconds: timeLimit === 0 ? null : timeLimit
	};
}

const hex = (value: number) => `0x${value.toString(16).padStart(8, '0')}`;

function bitsToBytes(bits: readonly number[]): number[] {
	const bytes: number[] = [];
	for (let start = 0; start < bits.length; start += 8) {
		bytes.push(bits.slice(start, start + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
	}
	return bytes;
}

function bytesToBits(bytes: readonly number[]): number[] {
	return bytes.flatMap((byte) => Array.from({ length: 8 }, (_, bit) => (byte >> (7 - bit)) & 1));
}

function toBase64url(bytes: readonly number[]): string {
	const writer = new BitWriter();
	for (const byte of bytes) writer.write(byte, 8);
	writer.padTo(6);
	let text = '';
	for (let start = 0; start < writer.bits.length; start += 6) {
		text +=
			base64urlAlphabet[writer.bits.slice(start, start + 6).reduce((value, bit) => (value << 1) | bit, 0)];
	}
	return text;
}

/** Strict base64url without padding: a character outside the alphabet, an impossible length or set pad bits fail. */
function fromBase64url(text: string, fail: (message: string) => Error): number[] {
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
