import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import {
	decodeQuizLink,
	encodeQuizLink,
	maxQuizSeedLength,
	newQuizSeed,
	QuizLinkError,
	quizLinkFormat,
	type QuizLinkErrorReason
} from '$lib/domain/quiz/quiz-link';
import { quizFingerprint } from '$lib/domain/classroom/result-code';
import { crc32 } from '$lib/domain/encoding/crc';
import { InvalidInputError } from '$lib/domain/errors';
import { questionId } from '$lib/domain/ids';
import { questionKinds } from '$lib/domain/question';
import { handInPolicy, type QuizSpec } from '$lib/domain/quiz/spec';
import { BitWriter, bitsToBytes } from '$lib/domain/encoding/bits';
import { seededRandom } from '$lib/domain/random';
import { realCatalog } from '../classroom/fixtures';

const { catalog, questions } = realCatalog();
const catalogIds = questions.map((question) => question.id);
const app = { version: catalog.version, questionIds: catalogIds };
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The documented limit: a 20-question quiz's token, whatever its seed and time limit. */
const maxTokenLengthFor20Questions = 80;

/** 20 questions, every kind about equally (the first three of each kind: every kind has at least three), in an order that is not the catalog's. */
const mixed20 = Array.from({ length: 20 }, (_, index) => questionKinds[index % questionKinds.length]!)
	.map((kind, index) => questions.filter((question) => question.kind === kind)[Math.floor(index / 7)]!)
	.reverse();

const spec = (overrides: Partial<QuizSpec> = {}): QuizSpec => ({
	contentVersion: catalog.version,
	questionIds: mixed20.map((question) => question.id),
	order: 'shuffled',
	seed: newQuizSeed(seededRandom('quiz-link test')),
	mode: 'test',
	timeLimitSeconds: 1200,
	...overrides
});

function refusal(token: string, against = app): QuizLinkErrorReason | 'accepted' {
	try {
		decodeQuizLink(token, against);
		return 'accepted';
	} catch (error) {
		if (error instanceof QuizLinkError) return error.reason;
		throw error;
	}
}

const tokenArbitrary = fc
	.record({
		questionIds: fc
			.uniqueArray(fc.constantFrom(...catalogIds), { minLength: 1, maxLength: 40 })
			.map((ids) => ids.map(questionId)),
		order: fc.constantFrom('as-picked' as const, 'shuffled' as const),
		seed: fc.string({ unit: fc.constantFrom(...base64url), maxLength: maxQuizSeedLength }),
		mode: fc.constantFrom('practice' as const, 'test' as const),
		timeLimitSeconds: fc.option(fc.integer({ min: 1, max: 2 ** 32 }), { nil: null }),
		handIn: fc.option(
			fc.record({ afterHandIn: fc.constantFrom('score' as const, 'review' as const), retake: fc.boolean() }),
			{
				nil: undefined
			}
		)
	})
	.map(({ handIn, ...fields }): QuizSpec => ({
		contentVersion: catalog.version,
		...fields,
		...(handIn && { handIn })
	}));

describe('quiz links', () => {
	it('round-trips a quiz of every question kind, shuffled with a time limit or as picked without', () => {
		expect(new Set(mixed20.map((question) => question.kind)).size).toBe(questionKinds.length);
		for (const original of [
			spec(),
			spec({ order: 'as-picked', mode: 'practice', timeLimitSeconds: null, seed: '' })
		]) {
			expect(decodeQuizLink(encodeQuizLink(original, catalogIds), app)).toEqual(original);
		}
	});

	it('round-trips any quiz over the catalog', () => {
		fc.assert(
			fc.property(tokenArbitrary, (original) => {
				expect(decodeQuizLink(encodeQuizLink(original, catalogIds), app)).toEqual(original);
			})
		);
	});

	it('keeps a 20-question token short, URL-safe and easy to scan from a projector', () => {
		const longest = encodeQuizLink(
			spec({ seed: 'x'.repeat(maxQuizSeedLength), timeLimitSeconds: 86_400 }),
			catalogIds
		);
		expect(longest.length).toBeLessThanOrEqual(maxTokenLengthFor20Questions);
		expect(longest).toMatch(/^[A-Za-z0-9_-]+$/);
		// A site address of up to 40 characters keeps the whole link within QR version 7 (45 × 45) at level M, which
		// a phone reads easily from a projected, full-height code.
		const site = 'https://school.example.edu.tw/sco/quiz2/';
		expect(site.length).toBe(40);
		expect(encode(`${site}#q=${longest}`, { ecc: 'M' }).version).toBeLessThanOrEqual(7);
	});

	it('gives the same token whatever order the catalog ids come in', () => {
		const reversed = [...catalogIds].reverse();
		expect(encodeQuizLink(spec(), reversed)).toBe(encodeQuizLink(spec(), catalogIds));
	});

	it('refuses every single-character change', () => {
		const token = encodeQuizLink(spec(), catalogIds);
		fc.assert(
			fc.property(
				fc.nat({ max: token.length - 1 }),
				fc.constantFrom(...base64url, '=', '+', '/', '.', ' ', '字'),
				(position, replacement) => {
					fc.pre(token[position] !== replacement);
					const changed = token.slice(0, position) + replacement + token.slice(position + 1);
					expect(refusal(changed)).not.toBe('accepted');
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('refuses every truncation, and any token cut short or changed in any quiz', () => {
		const token = encodeQuizLink(spec(), catalogIds);
		for (let length = 0; length < token.length; length++) {
			expect(refusal(token.slice(0, length))).not.toBe('accepted');
		}
		fc.assert(
			fc.property(tokenArbitrary, fc.nat(), fc.constantFrom(...base64url), (original, at, character) => {
				const full = encodeQuizLink(original, catalogIds);
				const position = at % full.length;
				expect(refusal(full.slice(0, position))).not.toBe('accepted');
				fc.pre(full[position] !== character);
				expect(refusal(full.slice(0, position) + character + full.slice(position + 1))).not.toBe('accepted');
			})
		);
	});

	it('names both content versions when the link was made for other decks', () => {
		const token = encodeQuizLink(spec({ contentVersion: 'old1abc' }), catalogIds);
		const error = (() => {
			try {
				decodeQuizLink(token, app);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(QuizLinkError);
		expect(error).toMatchObject({ reason: 'content-version', linkContentVersion: 'old1abc' });
		expect((error as Error).message).toContain('old1abc');
		expect((error as Error).message).toContain(catalog.version);
	});

	it("carries a class link's hand-in rules in format 2, and writes a quiz without rules in format 1", () => {
		for (const handIn of [
			{ afterHandIn: 'score' as const, retake: false },
			{ afterHandIn: 'score' as const, retake: true },
			{ afterHandIn: 'review' as const, retake: false },
			{ afterHandIn: 'review' as const, retake: true }
		]) {
			const token = encodeQuizLink(spec({ handIn }), catalogIds);
			expect(Buffer.from(token, 'base64url')[0]).toBe(quizLinkFormat);
			expect(decodeQuizLink(token, app)).toEqual(spec({ handIn }));
		}
		const withoutRules = encodeQuizLink(spec(), catalogIds);
		expect(Buffer.from(withoutRules, 'base64url')[0]).toBe(1);
		expect(decodeQuizLink(withoutRules, app)).not.toHaveProperty('handIn');
	});

	it("opens a format-1 link written before hand-in rules with today's behaviour: the full review and a retake", () => {
		// Written bit by bit as the format-1 layout says, independently of the encoder.
		const ids = [...catalogIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		const picked = [ids[3]!, ids[0]!];
		const writer = new BitWriter();
		writer.write(1, 8);
		writer.write(catalog.version.length, 4);
		for (const character of catalog.version) writer.write(base64url.indexOf(character), 6);
		writer.writeVarUint(picked.length);
		writer.write(0, 1); // as picked
		writer.write(1, 1); // test
		writer.writeVarUint(600);
		writer.write(2, 5);
		for (const character of 'ab') writer.write(base64url.indexOf(character), 6);
		const width = Math.ceil(Math.log2(ids.length));
		for (const id of picked) writer.write(ids.indexOf(id), width);
		writer.padTo(8);
		const bytes = bitsToBytes(writer.bits);
		const checksum = crc32(bytes);
		for (let shift = 24; shift >= 0; shift -= 8) bytes.push((checksum >>> shift) & 0xff);
		const decoded = decodeQuizLink(Buffer.from(bytes).toString('base64url'), app);
		expect(decoded).toEqual({
			contentVersion: catalog.version,
			questionIds: picked,
			order: 'as-picked',
			seed: 'ab',
			mode: 'test',
			timeLimitSeconds: 600
		});
		expect(handInPolicy(decoded)).toEqual({ afterHandIn: 'review', retake: true });
	});

	it('tells a link from a newer app (valid checksum, other format) from a damaged one', () => {
		const bytes = [...Buffer.from(encodeQuizLink(spec(), catalogIds), 'base64url')];
		const body = [quizLinkFormat + 1, ...bytes.slice(1, -4)];
		const checksum = crc32(body);
		const newer = Buffer.from([
			...body,
			checksum >>> 24,
			(checksum >>> 16) & 255,
			(checksum >>> 8) & 255,
			checksum & 255
		]);
		expect(refusal(newer.toString('base64url'))).toBe('unsupported-format');
		expect(refusal(Buffer.from([quizLinkFormat + 1, ...bytes.slice(1)]).toString('base64url'))).toBe(
			'checksum'
		);
	});

	it('reports garbage as malformed, never as a quiz', () => {
		for (const text of ['', '   ', 'hello world', '#q=abc', 'AAAA', 'A'.repeat(30)]) {
			expect(refusal(text)).toMatch(/malformed|checksum/);
		}
		expect(refusal('hello world')).toBe('malformed');
	});

	it('accepts a token with surrounding whitespace, as pasted', () => {
		const token = encodeQuizLink(spec(), catalogIds);
		expect(decodeQuizLink(`  ${token}\n`, app)).toEqual(spec());
	});

	it('refuses to encode what a link cannot carry, naming the value', () => {
		expect(() => encodeQuizLink(spec({ questionIds: [questionId('no-such-question')] }), catalogIds)).toThrow(
			/no-such-question/
		);
		expect(() => encodeQuizLink(spec({ seed: 'has space' }), catalogIds)).toThrow(InvalidInputError);
		expect(() => encodeQuizLink(spec({ seed: 'x'.repeat(17) }), catalogIds)).toThrow(InvalidInputError);
		expect(() => encodeQuizLink(spec({ timeLimitSeconds: 0 }), catalogIds)).toThrow(InvalidInputError);
		expect(() => encodeQuizLink(spec({ questionIds: [] }), catalogIds)).toThrow(InvalidInputError);
		const twice = [mixed20[0]!.id, mixed20[0]!.id];
		expect(() => encodeQuizLink(spec({ questionIds: twice }), catalogIds)).toThrow(/twice/);
	});

	it('makes seeds a link can carry, the same for the same random source', () => {
		const seed = newQuizSeed(seededRandom('s'));
		expect(seed).toMatch(/^[A-Za-z0-9_-]{8}$/);
		expect(newQuizSeed(seededRandom('s'))).toBe(seed);
		expect(newQuizSeed(() => 0.999_999_999)).toMatch(/^[A-Za-z0-9_-]{8}$/);
	});

	it('fingerprints quizzes so that any change to the spec changes it', () => {
		const fingerprint = quizFingerprint(spec());
		expect(quizFingerprint(spec())).toBe(fingerprint);
		for (const change of [
			{ seed: 'other' },
			{ mode: 'practice' as const },
			{ order: 'as-picked' as const },
			{ timeLimitSeconds: null },
			{ questionIds: spec().questionIds.slice(1) }
		]) {
			expect(quizFingerprint(spec(change))).not.toBe(fingerprint);
		}
	});
});
