import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { crc16CcittBits } from '$lib/domain/encoding/crc';
import { InvalidInputError } from '$lib/domain/errors';
import { newQuizSeed } from '$lib/domain/quiz/quiz-link';
import {
	classroomQuiz,
	decodeResultCode,
	deviceTagBits,
	deviceTagFor,
	encodeResultCode,
	gradeResult,
	maxStudentNameLength,
	longestResultCodeLength,
	normalizeStudentName,
	ResultCodeError,
	resultAnswers,
	shortestResultCodeLength,
	type ClassroomQuiz,
	type ClassroomResult,
	type ResultAnswer,
	type ResultCodeErrorReason,
	type ResultResponse
} from '$lib/domain/classroom/result-code';
import { createGrader } from '$lib/domain/grading';
import { questionKinds } from '$lib/domain/question';
import { seededRandom } from '$lib/domain/random';
import {
	answersArbitrary,
	correctAnswer,
	questions,
	questionsById,
	quiz,
	realCatalog,
	specOf
} from './fixtures';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/**
 * The documented limit, dashes included: 20 questions and a name of up to 15 Latin letters or 6 Chinese
 * characters. The device tag added one group of four (60 before it).
 */
const maxCodeLengthFor20Questions = 65;

const result = (
	answers: ResultAnswer[],
	studentName = '王小明',
	elapsedSeconds = 845,
	deviceTag: number | null = 0xabcde
): ClassroomResult => ({
	studentName,
	deviceTag,
	answers,
	elapsedSeconds
});
const allCorrect = (target: ClassroomQuiz) => target.items.map(({ question }) => correctAnswer(question));

function refusal(code: string, target = quiz): ResultCodeErrorReason | 'accepted' {
	try {
		decodeResultCode(code, target);
		return 'accepted';
	} catch (error) {
		if (error instanceof ResultCodeError) return error.reason;
		throw error;
	}
}

/** 20 questions of the real catalog, every kind about equally. */
function realQuiz20(): ClassroomQuiz {
	const { catalog, questions: all } = realCatalog();
	const picked = Array.from({ length: 20 }, (_, index) => questionKinds[index % questionKinds.length]!).map(
		(kind, index) => all.filter((question) => question.kind === kind)[Math.floor(index / 7)]!
	);
	const spec = {
		contentVersion: catalog.version,
		questionIds: picked.map((question) => question.id),
		order: 'shuffled' as const,
		seed: newQuizSeed(seededRandom('result-code test')),
		mode: 'test' as const,
		timeLimitSeconds: 1200
	};
	return classroomQuiz(spec, new Map(all.map((question) => [question.id, question])));
}

const nameArbitrary = fc
	.string({
		unit: fc.constantFrom('a', 'Z', '0', '-', ' ', '王', '小', '明', 'é', '·', "'", '😀', '𠀋'),
		maxLength: 45
	})
	.map(normalizeStudentName);

describe('result codes', () => {
	it('round-trips any answers to every question kind, with any name and time', () => {
		expect(new Set(questions.map((question) => question.kind)).size).toBe(questionKinds.length);
		fc.assert(
			fc.property(
				answersArbitrary(quiz),
				nameArbitrary,
				fc.integer({ min: 0, max: 65_535 }),
				(answers, name, seconds) => {
					const original = result(answers, name, seconds);
					const decoded = decodeResultCode(encodeResultCode(original, quiz), quiz);
					expect({ ...decoded, code: undefined }).toEqual({ ...original, code: undefined });
				}
			),
			{ numRuns: 500 }
		);
	});

	it('writes a code of Crockford base32 in dashed groups of four', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz);
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
		expect(decodeResultCode(code, quiz).code).toBe(code);
	});

	it('reads a code typed in lower case, with spaces or no dashes, and O, I, L for 0, 1, 1', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz);
		const compact = code.replaceAll('-', '');
		const lookAlikes = compact.replaceAll('0', 'O').replaceAll('1', 'l');
		for (const typed of [
			code.toLowerCase(),
			compact,
			` ${code.replaceAll('-', ' ')} `,
			lookAlikes,
			lookAlikes.toLowerCase()
		]) {
			expect(decodeResultCode(typed, quiz).code).toBe(code);
		}
	});

	it('folds answers that choose nothing into unanswered', () => {
		const byKind = new Map<string, ResultAnswer>([
			['flashcard', { kind: 'flashcard', revealed: false }],
			['single-choice', { kind: 'single-choice', selected: null }],
			['multiple-select', { kind: 'multiple-select', selected: [] }],
			['true-false', { kind: 'true-false', answer: null }]
		]);
		const answers = quiz.items.map(({ question }): ResultAnswer => {
			if (question.kind === 'matching') return { kind: 'matching', rightFor: question.pairs.map(() => null) };
			return byKind.get(question.kind) ?? { kind: 'unanswered' };
		});
		const decoded = decodeResultCode(encodeResultCode(result(answers), quiz), quiz);
		expect(decoded.answers.every((answer) => answer.kind === 'unanswered')).toBe(true);
	});

	it('sends multiple-select choices in option order, each once', () => {
		const target = classroomQuiz(specOf('m', [questions[3]!.id]), questionsById);
		const code = encodeResultCode(result([{ kind: 'multiple-select', selected: [3, 0, 3] }]), target);
		expect(decodeResultCode(code, target).answers).toEqual([{ kind: 'multiple-select', selected: [0, 3] }]);
	});

	it('grades cloze answers on the student device and sends only the grade', () => {
		const grader = createGrader((text) => text);
		const cloze = questions.find((question) => question.kind === 'cloze')!;
		const target = classroomQuiz(specOf('c', [cloze.id]), questionsById);
		const typed = (text: string): ResultResponse[] => [{ kind: 'cloze', text }];
		expect(resultAnswers(target.items, typed('Astana'), grader)).toEqual([
			{ kind: 'cloze', grade: { kind: 'correct' } }
		]);
		expect(resultAnswers(target.items, typed('Astena'), grader)).toEqual([
			{ kind: 'cloze', grade: { kind: 'near-miss', expected: 'Astana' } }
		]);
		expect(resultAnswers(target.items, typed('Bishkek'), grader)).toEqual([
			{ kind: 'cloze', grade: { kind: 'wrong' } }
		]);
		expect(resultAnswers(target.items, typed('  '), grader)).toEqual([{ kind: 'unanswered' }]);
		const nearMiss = resultAnswers(target.items, typed('Astena'), grader);
		const decoded = decodeResultCode(encodeResultCode(result(nearMiss), target), target);
		expect(gradeResult(decoded, target)).toEqual([{ kind: 'near-miss', expected: 'Astana' }]);
	});

	it('passes the other responses through, and refuses a response count that does not match the quiz', () => {
		const grader = createGrader((text) => text);
		const responses = quiz.items.map(({ question }): ResultResponse => {
			const answer = correctAnswer(question);
			return answer.kind === 'cloze' ? { kind: 'cloze', text: 'Astana' } : answer;
		});
		expect(resultAnswers(quiz.items, responses, grader)).toEqual(allCorrect(quiz));
		expect(() => resultAnswers(quiz.items, responses.slice(1), grader)).toThrow(InvalidInputError);
	});

	it('grades a decoded result: correct, partial, unanswered and self-graded', () => {
		const decoded = decodeResultCode(encodeResultCode(result(allCorrect(quiz)), quiz), quiz);
		const grades = gradeResult(decoded, quiz);
		quiz.items.forEach(({ question }, index) => {
			expect(grades[index]).toEqual({ kind: question.kind === 'flashcard' ? 'self-graded' : 'correct' });
		});
		const matching = questions.find((question) => question.kind === 'matching')!;
		const target = classroomQuiz(specOf('g', [matching.id, questions[1]!.id]), questionsById);
		const answers: ResultAnswer[] = target.items.map(({ question }) =>
			question.kind === 'matching' ? { kind: 'matching', rightFor: [0, 1, 3, 2] } : { kind: 'unanswered' }
		);
		expect(gradeResult(decodeResultCode(encodeResultCode(result(answers), target), target), target)).toEqual(
			target.items.map(({ question }) =>
				question.kind === 'matching' ? { kind: 'wrong', partial: 0.5 } : { kind: 'unanswered' }
			)
		);
	});

	it('normalizes the name: trimmed, single spaces, no control characters, at most 40 characters', () => {
		expect(normalizeStudentName('  Chen \t Wei\u0000 ')).toBe('Chen Wei');
		expect(Array.from(normalizeStudentName('王'.repeat(50)))).toHaveLength(maxStudentNameLength);
		const decoded = decodeResultCode(
			encodeResultCode(result(allCorrect(quiz), ` ${'陳'.repeat(45)} `), quiz),
			quiz
		);
		expect(decoded.studentName).toBe('陳'.repeat(40));
	});

	it('refuses a pasted text longer than any code of the quiz as not a code, before decoding it', () => {
		const longest = longestResultCodeLength(quiz);
		const widest = encodeResultCode(result(allCorrect(quiz), '😀'.repeat(maxStudentNameLength)), quiz);
		expect(widest.replaceAll('-', '').length).toBeLessThanOrEqual(longest);
		expect(refusal(widest)).toBe('accepted');
		expect(refusal('0'.repeat(2 * longest + 1))).toBe('not-a-code');
	});

	it('caps the elapsed time at 18 hours and rounds it to whole seconds', () => {
		const decode = (seconds: number) =>
			decodeResultCode(encodeResultCode(result(allCorrect(quiz), '', seconds), quiz), quiz).elapsedSeconds;
		expect(decode(61.6)).toBe(62);
		expect(decode(10 ** 9)).toBe(65_535);
		expect(() => decode(-1)).toThrow(InvalidInputError);
		expect(() => decode(Number.NaN)).toThrow(InvalidInputError);
	});

	it('refuses answers that do not fit their question, naming it', () => {
		const index = quiz.items.findIndex(({ question }) => question.kind === 'single-choice');
		const answers = allCorrect(quiz);
		answers[index] = { kind: 'single-choice', selected: 9 };
		expect(() => encodeResultCode(result(answers), quiz)).toThrow(quiz.items[index]!.question.id);
		answers[index] = { kind: 'true-false', answer: true };
		expect(() => encodeResultCode(result(answers), quiz)).toThrow(InvalidInputError);
		expect(() => encodeResultCode(result(answers.slice(1)), quiz)).toThrow(InvalidInputError);
	});

	it('refuses every single-character change', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz).replaceAll('-', '');
		fc.assert(
			fc.property(
				fc.nat({ max: code.length - 1 }),
				fc.constantFrom(...crockford, 'U', '*'),
				(position, character) => {
					fc.pre(code[position] !== character);
					expect(refusal(code.slice(0, position) + character + code.slice(position + 1))).not.toBe(
						'accepted'
					);
				}
			),
			{ numRuns: 2000 }
		);
	}, 30_000); // 2,000 refused codes, each searched for a one-character mend: seconds on a loaded machine.

	it('calls every cut-short code incomplete and every typo a checksum failure', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz).replaceAll('-', '');
		expect(refusal(code.slice(0, 1))).toBe('not-a-code');
		// From two characters on, the format and tag say it is this quiz's code.
		for (let length = 2; length < code.length; length++)
			expect(refusal(code.slice(0, length))).toBe('incomplete');
		fc.assert(
			fc.property(
				answersArbitrary(quiz),
				nameArbitrary,
				fc.nat(),
				fc.constantFrom(...crockford),
				(answers, name, at, character) => {
					const full = encodeResultCode(result(answers, name), quiz).replaceAll('-', '');
					const position = at % full.length;
					if (position >= 2) expect(refusal(full.slice(0, position))).toBe('incomplete');
					fc.pre(full[position] !== character);
					expect(refusal(full.slice(0, position) + character + full.slice(position + 1))).toBe('checksum');
				}
			),
			{ numRuns: 300 }
		);
	});

	it('refuses a code made for another quiz', () => {
		const other = classroomQuiz(specOf('another seed'), questionsById);
		expect(other.fingerprint & 255).not.toBe(quiz.fingerprint & 255);
		expect(refusal(encodeResultCode(result(allCorrect(other)), other))).toBe('other-quiz');
	});

	it('reports text that is not a code as such, not as another quiz or a typo', () => {
		for (const text of [
			'',
			' - ',
			'hello!',
			'UUUU-UUUU',
			'1234',
			'NOTACODE123',
			'notacode123',
			'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ'
		])
			expect(refusal(text), text).toBe('not-a-code');
	});

	it('tells a code from another quiz, cut short, from text that is not a code', () => {
		const other = classroomQuiz(specOf('another seed'), questionsById);
		const fromOther = encodeResultCode(result(allCorrect(other)), other).replaceAll('-', '');
		expect(refusal(fromOther.slice(0, 6))).toBe('not-a-code');
		expect(refusal(fromOther)).toBe('other-quiz');
	});

	it('calls a typo in the format or tag characters a checksum failure, not another quiz', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz).replaceAll('-', '');
		for (const position of [0, 1])
			for (const character of crockford) {
				if (character === code[position]) continue;
				const changed = code.slice(0, position) + character + code.slice(position + 1);
				expect(refusal(changed), changed).toBe('checksum');
			}
	});

	it('names a code made by a newer app (valid checksum, unknown format) as such', () => {
		const code = encodeResultCode(result(allCorrect(quiz)), quiz).replaceAll('-', '');
		const bits = Array.from(code, (character) => crockford.indexOf(character).toString(2).padStart(5, '0'))
			.join('')
			.split('')
			.map(Number);
		bits[0] = 1; // format 3
		const header = bits.slice(0, 10);
		const payload = bits.slice(26);
		const fingerprintBits = (quiz.fingerprint >>> 0).toString(2).padStart(32, '0').split('').map(Number);
		const crc = crc16CcittBits([...fingerprintBits, ...header, ...payload]);
		const withCrc = [...header, ...crc.toString(2).padStart(16, '0').split('').map(Number), ...payload];
		const newer = Array.from(
			{ length: withCrc.length / 5 },
			(_, index) => crockford[parseInt(withCrc.slice(index * 5, index * 5 + 5).join(''), 2)]
		).join('');
		expect(refusal(newer)).toBe('newer-format');
	});

	it('carries the device tag, and still reads a code made before device tags (format 0)', () => {
		const tagged = encodeResultCode(result(allCorrect(quiz), 'Ana', 60, 0xfffff), quiz);
		expect(decodeResultCode(tagged, quiz).deviceTag).toBe(0xfffff);
		const untagged = encodeResultCode(result(allCorrect(quiz), 'Ana', 60, null), quiz);
		expect(untagged.replaceAll('-', '').length).toBe(tagged.replaceAll('-', '').length - deviceTagBits / 5);
		expect(decodeResultCode(untagged, quiz)).toMatchObject({
			studentName: 'Ana',
			deviceTag: null,
			elapsedSeconds: 60
		});
		expect(() => encodeResultCode(result(allCorrect(quiz), 'Ana', 60, 2 ** deviceTagBits), quiz)).toThrow(
			InvalidInputError
		);
	});

	it('gives each device one tag per quiz, and other tags for other quizzes', () => {
		const other = classroomQuiz(specOf('another seed'), questionsById);
		expect(deviceTagFor('device-a', quiz)).toBe(deviceTagFor('device-a', quiz));
		expect(deviceTagFor('device-a', quiz)).not.toBe(deviceTagFor('device-b', quiz));
		expect(deviceTagFor('device-a', quiz)).not.toBe(deviceTagFor('device-a', other));
		const tags = new Set(Array.from({ length: 1000 }, (_, index) => deviceTagFor(`device-${index}`, quiz)));
		expect(Math.max(...tags)).toBeLessThan(2 ** deviceTagBits);
		expect(tags.size).toBeGreaterThan(990);
	});

	it('keeps a 20-question code of mixed kinds short enough to type and to scan from a projector', () => {
		const target = realQuiz20();
		expect(new Set(target.items.map(({ question }) => question.kind)).size).toBe(questionKinds.length);
		const lengths = ['', 'Alex Chen', 'Anne-Marie Chen', '王小明', '司馬小明大同'].map((name) => {
			const code = encodeResultCode(result(allCorrect(target), name, 1199), target);
			expect(decodeResultCode(code, target).studentName).toBe(name);
			// Level M; upper-case base32 with dashes is QR alphanumeric text.
			expect(encode(code, { ecc: 'M' }).version).toBeLessThanOrEqual(3);
			return code.length;
		});
		expect(Math.max(...lengths)).toBeLessThanOrEqual(maxCodeLengthFor20Questions);
		const longest = encodeResultCode(result(allCorrect(target), '王'.repeat(maxStudentNameLength)), target);
		expect(encode(longest, { ecc: 'M' }).version).toBeLessThanOrEqual(8);
		expect(shortestResultCodeLength(target)).toBe(lengths[0]! - Math.floor(lengths[0]! / 5));
	}, 20_000); // The real catalog and 6 QR encodings: seconds on a machine shared by parallel test runs.

	it('fits any 20-question code within QR version 6 at level M while the name is short', () => {
		const target = realQuiz20();
		fc.assert(
			fc.property(
				answersArbitrary(target),
				fc.constantFrom('', '王小明', 'Anne-Marie Dupont'),
				(answers, name) => {
					const code = encodeResultCode(result(answers, name), target);
					expect(encode(code, { ecc: 'M' }).version).toBeLessThanOrEqual(6);
				}
			),
			{ numRuns: 50 }
		);
	});
});
