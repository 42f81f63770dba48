import { base64urlAlphabet, fromBase64url, isBase64urlText, toBase64url } from '../encoding/base64url';
import { BitReader, BitWriter, bitsToBytes, bytesToBits } from '../encoding/bits';
import { crc32 } from '../encoding/crc';
import { AppError, InvalidInputError } from '../errors';
import { questionId } from '../ids';
import type { Question } from '../question';
import { quizItems, quizModes, type HandInPolicy, type QuizItem, type QuizSpec } from './spec';

/*
 * A quiz link (a quiz's own and a class quiz's) carries the whole QuizSpec in a base64url token (`#q=<token>`),
 * so no server is needed.
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
 *
 * Format 2 is format 1 with the class link's hand-in rules (HandInPolicy) as two bits right after the mode:
 *   review            1 bit (0 score only, 1 the full review after handing in)
 *   retake            1 bit (1 a device that handed in may start again)
 * A quiz without rules (every personal quiz) is still written in format 1, which reads as openHandIn: older
 * links keep today's behaviour, and an older app still opens them.
 */

/** The newest format this app writes; tokens in other formats are refused with reason 'unsupported-format'. */
export const quizLinkFormat = 2;
/** The format of a quiz without hand-in rules. */
export const quizLinkFormatWithoutRules = 1;
/** The longest seed a link can carry. */
export const maxQuizSeedLength = 16;
const maxContentVersionLength = 15;
const checksumBytes = 4;

/** Why a link was refused, for the UI to explain in the learner's language. */
export type QuizLinkErrorReason = 'malformed' | 'checksum' | 'unsupported-format' | 'content-version';

/** A quiz link that cannot be opened: damaged, made by another app version, or for other decks. */
export class QuizLinkError extends AppError<QuizLinkErrorReason> {
	constructor(
		reason: QuizLinkErrorReason,
		message: string,
		/** The content version the link was made for, when it could be read. */
		readonly linkContentVersion: string | null = null
	) {
		super(reason, message);
	}
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
		!isBase64urlText(contentVersion)
	)
		throw new InvalidInputError(`Content version "${contentVersion}" cannot be put in a quiz link`);
	if (seed.length > maxQuizSeedLength || !isBase64urlText(seed))
		throw new InvalidInputError(
			`Seed "${seed}" must be at most ${maxQuizSeedLength} characters of A–Z, a–z, 0–9, "-" and "_"`
		);
	if (timeLimitSeconds !== null && !(Number.isSafeInteger(timeLimitSeconds) && timeLimitSeconds > 0))
		throw new InvalidInputError(`Time limit ${timeLimitSeconds} is not a whole positive number of seconds`);
	if (spec.questionIds.length === 0) throw new InvalidInputError('A quiz link needs at least one question');
	const duplicate = spec.questionIds.find((id, index) => spec.questionIds.indexOf(id) !== index);
	if (duplicate !== undefined) throw new InvalidInputError(`Question "${duplicate}" is in the quiz twice`);

	const writer = new BitWriter();
	writer.write(spec.handIn ? quizLinkFormat : quizLinkFormatWithoutRules, 8);
	writeShortText(writer, contentVersion, 4);
	writer.writeVarUint(spec.questionIds.length);
	writer.write(spec.order === 'shuffled' ? 1 : 0, 1);
	// One bit while there are two modes: a third one needs a new format.
	writer.write(quizModes.indexOf(spec.mode), 1);
	if (spec.handIn) {
		writer.write(spec.handIn.afterHandIn === 'review' ? 1 : 0, 1);
		writer.write(spec.handIn.retake ? 1 : 0, 1);
	}
	writer.writeVarUint(timeLimitSeconds ?? 0);
	writeShortText(writer, seed, 5);
	const width = indexWidth(ids.length);
	for (const id of spec.questionIds) {
		const index = indexOf.get(id);
		if (index === undefined)
			throw new InvalidInputError(`Question "${id}" is not in the catalog of version ${contentVersion}`);
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
	const format = body[0];
	if (format !== quizLinkFormat && format !== quizLinkFormatWithoutRules)
		throw new QuizLinkError(
			'unsupported-format',
			`Quiz link format ${format} is not supported (this app reads formats ${quizLinkFormatWithoutRules}–${quizLinkFormat})`
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
	const ids = sortedIds(catalog.questionIds);
	// Checked before anything is allocated: each question appears once, so there are never more than the catalog.
	if (count > ids.length) throw malformed(`it claims ${count} questions; the catalog has ${ids.length}`);
	const order = reader.read(1) === 1 ? 'shuffled' : 'as-picked';
	const mode = quizModes[reader.read(1)]!;
	const handIn: HandInPolicy | undefined =
		format === quizLinkFormat
			? { afterHandIn: reader.read(1) === 1 ? 'review' : 'score', retake: reader.read(1) === 1 }
			: undefined;
	const timeLimit = reader.readVarUint();
	const seed = readShortText(reader, 5);
	if (seed.length > maxQuizSeedLength) throw malformed(`seed of ${seed.length} characters`);
	const width = indexWidth(ids.length);
	if (count * width > reader.remaining)
		throw malformed(`${count} questions need ${count * width} bits; ${reader.remaining} are left`);
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
		timeLimitSeconds: timeLimit === 0 ? null : timeLimit,
		...(handIn && { handIn })
	};
}

const hex = (value: number) => `0x${value.toString(16).padStart(8, '0')}`;

/** The link token of a quiz over these questions (all of the catalog's): the inverse of openQuizLink. */
export function quizLinkToken(spec: QuizSpec, questions: readonly Pick<Question, 'id'>[]): string {
	return encodeQuizLink(
		spec,
		questions.map((question) => question.id)
	);
}

/** Why a page cannot show its quiz: the link's own reasons, or no quiz in the address at all. */
export type QuizLinkProblem = QuizLinkErrorReason | 'missing';

/** A quiz read from a link token: opened with its items in quiz order, or refused with the reason to explain. */
export type OpenedQuizLink =
	| { kind: 'opened'; token: string; spec: QuizSpec; items: QuizItem[] }
	| { kind: 'refused'; reason: QuizLinkProblem; linkContentVersion: string | null };

/**
 * The catalog a link is read against. questionIds is every id of the catalog, in catalog order (a link counts
 * positions in it); when absent, the questions are the whole catalog. questions may then be only those the page
 * fetched: at least every question of the quiz.
 */
export type QuizLinkCatalog = {
	version: string;
	questions: readonly Question[];
	questionIds?: readonly string[];
};

/**
 * The quiz a token defines in this catalog, or the reason it cannot be opened. Never throws for a bad link:
 * a tampered, truncated or out-of-date link must become a message, not a broken page.
 */
export function openQuizLink(token: string | null, catalog: QuizLinkCatalog): OpenedQuizLink {
	if (token === null) return { kind: 'refused', reason: 'missing', linkContentVersion: null };
	const questionsById = new Map(catalog.questions.map((question) => [question.id as string, question]));
	try {
		const spec = decodeQuizLink(token, {
			version: catalog.version,
			questionIds: catalog.questionIds ?? [...questionsById.keys()]
		});
		return { kind: 'opened', token, spec, items: quizItems(spec, questionsById) };
	} catch (error) {
		if (error instanceof QuizLinkError)
			return { kind: 'refused', reason: error.reason, linkContentVersion: error.linkContentVersion };
		// Whatever else a forged token provokes in decoding is still a damaged link, never a broken page.
		return { kind: 'refused', reason: 'malformed', linkContentVersion: null };
	}
}
