import { BitReader, BitWriter, bitsToNumber } from '../encoding/bits';
import { bitsToCrockford, crockfordToBits, groupCharacters } from '../encoding/crockford-base32';
import { crc16CcittBits } from '../encoding/crc';
import { AppError, InvalidInputError } from '../errors';
import { createGrader, type Grade, type Grader } from '../grading';
import type { Question } from '../question';
import { quizItems, type QuizItem, type QuizSpec } from '../quiz/spec';
import { hashSeed } from '../random';
import type { Response } from '../response';

/*
 * A student's result travels to the teacher as a short code in Crockford base32 (digits and capitals without
 * I, L, O, U), grouped by four with dashes: typed from a phone screen or scanned from a QR code. Upper-case
 * base32 with dashes is also QR "alphanumeric" text, which packs 5.5 bits a character instead of 8.
 *
 * Format 1 (format 0 is the same without the device tag), bits most significant first:
 *   format      2 bits (1)
 *   quiz tag    8 bits: the low bits of the quiz fingerprint, so a code from another quiz is named as such
 *   checksum    16 bits: CRC-16/CCITT over the full 32-bit quiz fingerprint, the format, the tag and every bit
 *               after the checksum (padding included); any change of one or two adjacent characters is caught
 *   device tag  20 bits: a hash of the device's random id and the quiz fingerprint, so the teacher's table can
 *               flag two codes from one device without the codes of two quizzes being linkable (deviceTagFor)
 *   elapsed     16 bits of whole seconds, capped at 65,535 (18 hours)
 *   name        6-bit length in characters (≤ 40), then each character: '0' + 6 bits for space, a–z, A–Z, 0–9
 *               and '-'; '10' + 15 bits for a CJK ideograph U+4E00–U+9FFF; '11' + 21 bits for any other
 *   answers     one mixed-radix number over all quiz items (see answerStates), in the fewest bits that hold it
 *   zero bits up to a whole character.
 * Format and tag fill exactly two characters, so a typo there cannot also hit the checksum. A format-0 code (made
 * before device tags) still reads, with deviceTag null.
 *
 * Cloze answers cannot be sent as text in so few characters: the student's device grades them with the app's
 * grader (grading.ts) and only the grade is sent (correct, wrong, or near-miss with the accepted form it was near).
 */

/** Names longer than this are cut when encoded. */
export const maxStudentNameLength = 40;
/** Bits of the device tag: with 30 students, two devices share a tag about once in 2,400 classes. */
export const deviceTagBits = 20;

const groupSize = 4;
/** Format 0: no device tag; format 1: with it. */
const tagFormat = 1;
const tagBits = 8;
const checksumBits = 16;
const elapsedBits = 16;
const nameLengthBits = 6;
const headerBits = 2 + tagBits;
const maxElapsedSeconds = 2 ** elapsedBits - 1;
// The 64 characters most names are written in; everything else takes the longer forms.
const nameAlphabet = ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
const cjkStart = 0x4e00;
const cjkEnd = 0x9fff;

/** A question the student did not answer (or answered with nothing chosen or typed). */
export type Unanswered = { kind: 'unanswered' };
/** What the student's device holds for a quiz item: its response, or nothing. */
export type ResultResponse = Response | Unanswered;
/** The grade of a cloze answer, worked out on the student's device. */
export type ClozeGrade = { kind: 'correct' } | { kind: 'near-miss'; expected: string } | { kind: 'wrong' };
/** One answer as a result code carries it: a response, or for a cloze only its grade. */
export type ResultAnswer =
	Unanswered | Exclude<Response, { kind: 'cloze' }> | { kind: 'cloze'; grade: ClozeGrade };
/** A grade in the class table: a Grade, or unanswered. */
export type ResultGrade = Grade | Unanswered;

/** A student's result: what the code encodes. */
export type ClassroomResult = {
	/** '' for none; normalized by normalizeStudentName. */
	studentName: string;
	/** The device's tag for this quiz (deviceTagFor); null in a code made before device tags (format 0). */
	deviceTag: number | null;
	/** One per quiz item, in quiz order. */
	answers: ResultAnswer[];
	elapsedSeconds: number;
};
/** A result read from a code, with the code in its canonical grouped form. */
export type DecodedResult = ClassroomResult & { code: string };

/** A quiz as result codes see it: its spec, its items in quiz order and its fingerprint. */
export type ClassroomQuiz = { spec: QuizSpec; items: QuizItem[]; fingerprint: number };

/**
 * Why a result code was refused: not a result code at all, a code cut short, one with a character changed (its
 * checksum fails), one from another quiz, or one from a newer app.
 */
export const resultCodeErrorReasons = [
	'not-a-code',
	'incomplete',
	'checksum',
	'other-quiz',
	'newer-format'
] as const;
export type ResultCodeErrorReason = (typeof resultCodeErrorReasons)[number];

/** A result code that cannot be read: mistyped, cut short, altered or from another quiz. */
export class ResultCodeError extends AppError<ResultCodeErrorReason> {
	constructor(reason: ResultCodeErrorReason, message: string) {
		super(reason, message);
	}
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

/** The classroom quiz of a spec; throws if a question id is missing (the catalog is not the spec's version). */
export function classroomQuiz(spec: QuizSpec, questionsById: ReadonlyMap<string, Question>): ClassroomQuiz {
	const missing = spec.questionIds.find((id) => !questionsById.has(id));
	if (missing !== undefined)
		throw new InvalidInputError(`Question "${missing}" of the quiz is not in the catalog given`);
	return { spec, items: quizItems(spec, questionsById), fingerprint: quizFingerprint(spec) };
}

/**
 * A name as it is encoded and as it is shown once decoded: NFC, no control or format characters (bidi overrides,
 * zero-width characters) and no lone surrogates, single spaces, trimmed, at most 40 characters.
 */
export function normalizeStudentName(name: string): string {
	const cleaned = name
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
		.replace(/[\p{Cf}\p{Cs}]/gu, '')
		.replace(/\s+/gu, ' ')
		.trim();
	return Array.from(cleaned).slice(0, maxStudentNameLength).join('').trim();
}

/** The answers a result code carries, from the student's responses; the grader grades the cloze items. */
export function resultAnswers(
	items: readonly QuizItem[],
	responses: readonly ResultResponse[],
	grader: Grader
): ResultAnswer[] {
	if (responses.length !== items.length)
		throw new InvalidInputError(`${responses.length} responses for a quiz of ${items.length} questions`);
	return items.map(({ question }, index) => {
		const response = responses[index]!;
		if (response.kind !== 'cloze') return response;
		if (response.text.trim() === '') return { kind: 'unanswered' };
		const grade = grader.grade(question, response);
		if (grade.kind === 'correct' || grade.kind === 'wrong')
			return { kind: 'cloze', grade: { kind: grade.kind } };
		if (grade.kind === 'near-miss') return { kind: 'cloze', grade };
		throw new InvalidInputError(`Question "${question.id}" graded ${grade.kind}, not as a cloze`);
	});
}

/** The result code of a student's result, grouped by four ("7K2M-9QXA-…"). */
export function encodeResultCode(result: ClassroomResult, quiz: ClassroomQuiz): string {
	if (result.answers.length !== quiz.items.length)
		throw new InvalidInputError(
			`${result.answers.length} answers for a quiz of ${quiz.items.length} questions`
		);
	if (!(result.elapsedSeconds >= 0))
		throw new InvalidInputError(`Elapsed time ${result.elapsedSeconds} is not a number of seconds`);

	const { deviceTag } = result;
	if (
		deviceTag !== null &&
		!(Number.isInteger(deviceTag) && deviceTag >= 0 && deviceTag < 2 ** deviceTagBits)
	)
		throw new InvalidInputError(`Device tag ${deviceTag} does not fit in ${deviceTagBits} bits`);

	const payload = new BitWriter();
	if (deviceTag !== null) payload.write(deviceTag, deviceTagBits);
	payload.write(Math.min(maxElapsedSeconds, Math.round(result.elapsedSeconds)), elapsedBits);
	writeName(payload, normalizeStudentName(result.studentName));
	const { value, width } = answersNumber(result.answers, quiz.items);
	payload.writeBig(value, width);
	// Pad so that header, checksum and payload end on a whole character; the padding is under the checksum too.
	while ((headerBits + checksumBits + payload.bits.length) % 5 !== 0) payload.bits.push(0);

	const header = headerOf(deviceTag === null ? 0 : tagFormat, quiz.fingerprint);
	const code = new BitWriter();
	code.writeBits(header);
	code.write(checksum(quiz.fingerprint, header, payload.bits), checksumBits);
	code.writeBits(payload.bits);
	return group(bitsToCrockford(code.bits));
}

/**
 * The result a code holds for this quiz; throws ResultCodeError saying why it cannot be read:
 * - 'checksum' when changing one character makes it a valid code (a typo; anywhere for a code tagged for this quiz,
 *   only in the format and tag characters otherwise), or when it is tagged for this quiz, whole and still fails;
 * - 'incomplete' when it is tagged for this quiz and its own lengths ask for more characters than it has;
 * - 'other-quiz' when it is as long as a code but tagged for another quiz;
 * - 'newer-format' when a newer app made it (a valid checksum, a format this app does not know);
 * - 'not-a-code' for anything else: characters no code has, too short or too long, an unknown first character.
 */
export function decodeResultCode(code: string, quiz: ClassroomQuiz): DecodedResult {
	const refuse = (reason: ResultCodeErrorReason, message: string) =>
		new ResultCodeError(reason, `Result code is refused (${reason}): ${message}`);
	const notACode = (message: string) => refuse('not-a-code', message);
	// Longer than any code for this quiz (a 40-character name of the widest characters, dashes and spaces
	// doubling it): refused before it is decoded.
	if (code.length > 2 * longestResultCodeLength(quiz))
		throw notACode(
			`${code.length} characters; a code for this quiz has at most ${longestResultCodeLength(quiz)}`
		);
	const bits = crockfordToBits(code, notACode);
	const canonical = group(bitsToCrockford(bits));
	if (bits.length < headerBits) throw notACode(`only ${bits.length / 5} characters`);

	const read = readCode(bits, quiz);
	switch (read.kind) {
		case 'read':
			return { code: canonical, ...read.result };
		case 'newer-format':
			throw refuse('newer-format', `${canonical} is in a format made by a newer version of the app`);
		case 'unreadable':
			throw notACode(`${canonical}: ${read.message}`);
		case 'fails-checksum':
		case 'ends-early':
			break;
		default: {
			const unreachable: never = read;
			return unreachable;
		}
	}
	const format = bits[0]! * 2 + bits[1]!;
	const header = bits.slice(0, headerBits);
	const tagMatches = header.every((bit, index) => bit === headerOf(format, quiz.fingerprint)[index]);
	const typo = () =>
		refuse('checksum', `${canonical} fails its checksum: a character was mistyped or changed`);
	if (readsWithOneCharacterChanged(bits, quiz, tagMatches ? bits.length / 5 : headerBits / 5)) throw typo();
	// Text that only looks like a code (such as "NOTACODE123") starts with a character no format uses yet.
	if (format > tagFormat) throw notACode(`${canonical} starts with a format this app does not know`);
	const shortest = shortestResultCodeLength(quiz, format) * 5;
	if (!tagMatches) {
		// Shorter than any code of this quiz and not tagged for it: nothing says it was ever a result code.
		if (bits.length < shortest) throw notACode(`${canonical} is too short to be a result code`);
		throw refuse('other-quiz', `${canonical} is for another quiz`);
	}
	if (bits.length < shortest || readPayload(bits, quiz).kind === 'ends-early')
		throw refuse('incomplete', `${canonical} has only ${bits.length / 5} characters; characters are missing`);
	throw typo();
}

type CodeReading =
	| { kind: 'read'; result: ClassroomResult }
	| { kind: 'fails-checksum' }
	// A checksum can hold by chance (1 in 65,536) on a code cut short.
	| { kind: 'ends-early' }
	| { kind: 'newer-format' }
	| { kind: 'unreadable'; message: string };

/** A code's bits read for this quiz: its result, or what stops it. */
function readCode(bits: readonly number[], quiz: ClassroomQuiz): CodeReading {
	if (bits.length < headerBits + checksumBits) return { kind: 'fails-checksum' };
	const stored = bitsToNumber(bits.slice(headerBits, headerBits + checksumBits));
	if (stored !== checksum(quiz.fingerprint, bits.slice(0, headerBits), bits.slice(headerBits + checksumBits)))
		return { kind: 'fails-checksum' };
	if (bits[0]! * 2 + bits[1]! > tagFormat) return { kind: 'newer-format' };
	const payload = readPayload(bits, quiz);
	if (payload.kind === 'read') return payload;
	if (payload.kind === 'ends-early') return { kind: 'ends-early' };
	return { kind: 'unreadable', message: payload.message };
}

/** The payload read without its checksum; 'ends-early' when its lengths ask for more bits than it has. */
function readPayload(
	bits: readonly number[],
	quiz: ClassroomQuiz
): { kind: 'read'; result: ClassroomResult } | { kind: 'ends-early' | 'unreadable'; message: string } {
	// BitReader says "needs N more bits" when it runs out: the mark of a code cut short.
	const fail = (message: string) =>
		new AppError(message.startsWith('needs') ? 'ends-early' : 'unreadable', message);
	try {
		const reader = new BitReader(bits.slice(headerBits + checksumBits), fail);
		const format = bits[0]! * 2 + bits[1]!;
		const deviceTag = format === tagFormat ? reader.read(deviceTagBits) : null;
		const elapsedSeconds = reader.read(elapsedBits);
		// A code can carry any characters: the name is cleaned exactly as a typed one is.
		const studentName = normalizeStudentName(readName(reader, fail));
		const answers = readAnswers(reader, quiz.items, fail);
		reader.expectPadding(5);
		return { kind: 'read', result: { studentName, deviceTag, answers, elapsedSeconds } };
	} catch (error) {
		// Whatever else a forged code provokes is still unreadable, listed as not a code.
		const message = error instanceof Error ? error.message : String(error);
		return {
			kind: error instanceof AppError && error.reason === 'ends-early' ? 'ends-early' : 'unreadable',
			message
		};
	}
}

/**
 * Whether changing one of the first `positions` characters makes the code read: the mark of a typo. The CRC is
 * linear, so each flipped bit moves the checksum's mismatch by a fixed amount: candidates are found without
 * recomputing it, and only those are read.
 */
function readsWithOneCharacterChanged(
	bits: readonly number[],
	quiz: ClassroomQuiz,
	positions: number
): boolean {
	if (bits.length < headerBits + checksumBits) return false;
	const stored = bitsToNumber(bits.slice(headerBits, headerBits + checksumBits));
	const mismatch =
		stored ^ checksum(quiz.fingerprint, bits.slice(0, headerBits), bits.slice(headerBits + checksumBits));
	// How flipping each bit of the code moves the mismatch: a checksum bit moves itself; a bit under the checksum
	// moves it by the CRC (from zero) of a message holding only that bit, which is x^k mod the polynomial.
	const messageBits = 32 + bits.length - checksumBits;
	const effect: number[] = new Array<number>(messageBits);
	let remainder = 0x1021;
	for (let index = messageBits - 1; index >= 0; index--) {
		effect[index] = remainder;
		remainder = ((remainder << 1) & 0xffff) ^ (remainder & 0x8000 ? 0x1021 : 0);
	}
	const moves = (bit: number) =>
		bit < headerBits
			? effect[32 + bit]!
			: bit < headerBits + checksumBits
				? 1 << (headerBits + checksumBits - 1 - bit)
				: effect[bit + checksumBits]!;
	const changed = [...bits];
	for (let position = 0; position < positions; position++) {
		const at = position * 5;
		for (let value = 0; value < 32; value++) {
			let moved = 0;
			for (let bit = 0; bit < 5; bit++) {
				const next = (value >> (4 - bit)) & 1;
				changed[at + bit] = next;
				if (next !== bits[at + bit]) moved ^= moves(at + bit);
			}
			if (moved !== 0 && moved === mismatch && readCode(changed, quiz).kind === 'read') return true;
		}
		for (let bit = 0; bit < 5; bit++) changed[at + bit] = bits[at + bit]!;
	}
	return false;
}

/** The tag a device puts in its codes for this quiz: from its random id, different for every quiz. */
export function deviceTagFor(deviceId: string, quiz: Pick<ClassroomQuiz, 'fingerprint'>): number {
	return hashSeed(`${deviceId}:${quiz.fingerprint}`) % 2 ** deviceTagBits;
}

/** The fewest characters (dashes not counted) a code for this quiz has: the one with an empty name. */
export function shortestResultCodeLength(quiz: ClassroomQuiz, format = tagFormat): number {
	const device = format === tagFormat ? deviceTagBits : 0;
	const bits = headerBits + checksumBits + device + elapsedBits + nameLengthBits + answersWidth(quiz.items);
	return Math.ceil(bits / 5);
}

/** The most characters (dashes not counted) a code for this quiz can have: a 40-character name of the widest characters. */
export function longestResultCodeLength(quiz: ClassroomQuiz): number {
	const widestCharacterBits = 2 + 21;
	return shortestResultCodeLength(quiz) + Math.ceil((maxStudentNameLength * widestCharacterBits) / 5);
}

/** Each item's grade: cloze grades come from the code, the others are graded here (no script map needed). */
export function gradeResult(result: ClassroomResult, quiz: ClassroomQuiz): ResultGrade[] {
	return quiz.items.map(({ question }, index) => {
		const answer = result.answers[index];
		if (answer === undefined || answer.kind === 'unanswered') return { kind: 'unanswered' };
		if (answer.kind === 'cloze') return answer.grade;
		return choiceGrader.grade(question, answer);
	});
}

// Cloze grades arrive already made, so the grader never needs the Chinese converter.
const choiceGrader = createGrader((text) => text);

function headerOf(format: number, fingerprint: number): number[] {
	const writer = new BitWriter();
	writer.write(format, 2);
	writer.write(fingerprint & (2 ** tagBits - 1), tagBits);
	return writer.bits;
}

/** CRC-16/CCITT-FALSE over the fingerprint's 32 bits, the header and the payload. */
function checksum(fingerprint: number, header: readonly number[], payload: readonly number[]): number {
	const fingerprintBits = new BitWriter();
	fingerprintBits.write(fingerprint >>> 0, 32);
	return crc16CcittBits([...fingerprintBits.bits, ...header, ...payload]);
}

function writeName(writer: BitWriter, name: string): void {
	const characters = Array.from(name);
	writer.write(characters.length, nameLengthBits);
	for (const character of characters) {
		const common = nameAlphabet.indexOf(character);
		const codePoint = character.codePointAt(0)!;
		if (common >= 0) {
			writer.write(0, 1);
			writer.write(common, 6);
		} else if (codePoint >= cjkStart && codePoint <= cjkEnd) {
			writer.write(0b10, 2);
			writer.write(codePoint - cjkStart, 15);
		} else {
			writer.write(0b11, 2);
			writer.write(codePoint, 21);
		}
	}
}

function readName(reader: BitReader, fail: (message: string) => Error): string {
	const length = reader.read(nameLengthBits);
	let name = '';
	for (let index = 0; index < length; index++) {
		const isCommon = reader.read(1) === 0;
		if (isCommon) {
			name += nameAlphabet[reader.read(6)]!;
			continue;
		}
		const isIdeograph = reader.read(1) === 0;
		const codePoint = isIdeograph ? cjkStart + reader.read(15) : reader.read(21);
		if (codePoint > 0x10ffff) throw fail(`U+${codePoint.toString(16)} is not a character`);
		name += String.fromCodePoint(codePoint);
	}
	return name;
}

/** How many states an item's answer has; state 0 is always unanswered. */
function answerStates(question: Question): bigint {
	switch (question.kind) {
		case 'flashcard':
			return 2n; // revealed or not
		case 'single-choice':
			return BigInt(question.options.length + 1);
		case 'multiple-select':
			return 1n << BigInt(question.options.length); // a bitmask; none chosen is unanswered
		case 'true-false':
			return 3n;
		case 'cloze':
			return BigInt(3 + question.accepted.length); // correct, wrong, near-miss of each accepted form
		case 'ordering':
			return factorial(question.items.length) + 1n; // the Lehmer rank of the order, plus unanswered
		case 'matching':
			// Each left side holds nothing or any right side: the answer controls allow two lefts on one right.
			return BigInt(question.pairs.length + 1) ** BigInt(question.pairs.length);
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** The state of one answer; answers that choose nothing fold into unanswered so they decode as such. */
function answerState(question: Question, answer: ResultAnswer): bigint {
	if (answer.kind === 'unanswered') return 0n;
	const mismatch = () =>
		new InvalidInputError(`Question "${question.id}" is ${question.kind} but its answer is ${answer.kind}`);
	const outOfRange = (value: unknown) =>
		new InvalidInputError(`Answer ${JSON.stringify(value)} does not fit question "${question.id}"`);
	const isIndex = (value: number | null, count: number): value is number =>
		value !== null && Number.isInteger(value) && value >= 0 && value < count;
	switch (question.kind) {
		case 'flashcard':
			if (answer.kind !== 'flashcard') throw mismatch();
			return answer.revealed ? 1n : 0n;
		case 'single-choice':
			if (answer.kind !== 'single-choice') throw mismatch();
			if (answer.selected === null) return 0n;
			if (!isIndex(answer.selected, question.options.length)) throw outOfRange(answer.selected);
			return BigInt(answer.selected + 1);
		case 'multiple-select': {
			if (answer.kind !== 'multiple-select') throw mismatch();
			if (!answer.selected.every((index) => isIndex(index, question.options.length)))
				throw outOfRange(answer.selected);
			return answer.selected.reduce((mask, index) => mask | (1n << BigInt(index)), 0n);
		}
		case 'true-false':
			if (answer.kind !== 'true-false') throw mismatch();
			return answer.answer === null ? 0n : answer.answer ? 2n : 1n;
		case 'cloze': {
			if (answer.kind !== 'cloze') throw mismatch();
			const { grade } = answer;
			if (grade.kind === 'correct') return 1n;
			if (grade.kind === 'wrong') return 2n;
			const form = question.accepted.indexOf(grade.expected);
			if (form < 0) throw outOfRange(grade.expected);
			return BigInt(3 + form);
		}
		case 'ordering': {
			if (answer.kind !== 'ordering') throw mismatch();
			const count = question.items.length;
			const isPermutation =
				answer.order.length === count &&
				new Set(answer.order).size === count &&
				answer.order.every((index) => isIndex(index, count));
			if (!isPermutation) throw outOfRange(answer.order);
			return lehmerRank(answer.order) + 1n;
		}
		case 'matching': {
			if (answer.kind !== 'matching') throw mismatch();
			const count = question.pairs.length;
			if (answer.rightFor.length !== count || !answer.rightFor.every((r) => r === null || isIndex(r, count)))
				throw outOfRange(answer.rightFor);
			return answer.rightFor.reduce<bigint>(
				(state, right) => state * BigInt(count + 1) + (right === null ? 0n : BigInt(right + 1)),
				0n
			);
		}
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** The answer a state stands for (the inverse of answerState). */
function answerOf(question: Question, state: bigint): ResultAnswer {
	if (state === 0n) return { kind: 'unanswered' };
	const value = Number(state);
	switch (question.kind) {
		case 'flashcard':
			return { kind: 'flashcard', revealed: true };
		case 'single-choice':
			return { kind: 'single-choice', selected: value - 1 };
		case 'multiple-select':
			return {
				kind: 'multiple-select',
				selected: question.options.map((_, index) => index).filter((index) => (state >> BigInt(index)) & 1n)
			};
		case 'true-false':
			return { kind: 'true-false', answer: value === 2 };
		case 'cloze':
			if (value === 1) return { kind: 'cloze', grade: { kind: 'correct' } };
			if (value === 2) return { kind: 'cloze', grade: { kind: 'wrong' } };
			return { kind: 'cloze', grade: { kind: 'near-miss', expected: question.accepted[value - 3]! } };
		case 'ordering':
			return { kind: 'ordering', order: lehmerUnrank(state - 1n, question.items.length) };
		case 'matching': {
			const count = question.pairs.length;
			const rightFor: (number | null)[] = [];
			let rest = state;
			for (let index = 0; index < count; index++) {
				const digit = Number(rest % BigInt(count + 1));
				rightFor.unshift(digit === 0 ? null : digit - 1);
				rest /= BigInt(count + 1);
			}
			return { kind: 'matching', rightFor };
		}
		default: {
			const unreachable: never = question;
			return unreachable;
		}
	}
}

/** All answers as one mixed-radix number (first item most significant) and the bits it needs. */
function answersNumber(
	answers: readonly ResultAnswer[],
	items: readonly QuizItem[]
): { value: bigint; width: number } {
	let value = 0n;
	items.forEach(({ question }, index) => {
		value = value * answerStates(question) + answerState(question, answers[index]!);
	});
	return { value, width: answersWidth(items) };
}

function answersWidth(items: readonly QuizItem[]): number {
	const combinations = items.reduce((product, { question }) => product * answerStates(question), 1n);
	return combinations > 1n ? (combinations - 1n).toString(2).length : 0;
}

function readAnswers(
	reader: BitReader,
	items: readonly QuizItem[],
	fail: (message: string) => Error
): ResultAnswer[] {
	let value = reader.readBig(answersWidth(items));
	const answers: ResultAnswer[] = [];
	for (let index = items.length - 1; index >= 0; index--) {
		const { question } = items[index]!;
		const states = answerStates(question);
		answers.unshift(answerOf(question, value % states));
		value /= states;
	}
	if (value !== 0n) throw fail('the answers hold more than the quiz has room for');
	return answers;
}

function factorial(count: number): bigint {
	let product = 1n;
	for (let factor = 2; factor <= count; factor++) product *= BigInt(factor);
	return product;
}

/** The rank of a permutation among all permutations of its size, in lexicographic order (its Lehmer code). */
function lehmerRank(order: readonly number[]): bigint {
	let rank = 0n;
	order.forEach((item, position) => {
		const smallerLater = order.slice(position + 1).filter((later) => later < item).length;
		rank += BigInt(smallerLater) * factorial(order.length - 1 - position);
	});
	return rank;
}

function lehmerUnrank(rank: bigint, count: number): number[] {
	const left = Array.from({ length: count }, (_, index) => index);
	let rest = rank;
	return Array.from({ length: count }, (_, position) => {
		const weight = factorial(count - 1 - position);
		const digit = Number(rest / weight);
		rest %= weight;
		return left.splice(digit, 1)[0]!;
	});
}

/** The code in groups of four, whatever separators or case it was typed with. */
const group = (code: string) => groupCharacters(code, groupSize);
