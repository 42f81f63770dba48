// A forged quiz link with a valid checksum claiming 2^32 questions used to blank every class page with
// "RangeError: Invalid array length" (issue 10, item 5).
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { openClassQuiz } from '$lib/domain/classroom/open-link';
import { BitWriter, bitsToBytes } from '$lib/domain/encoding/bits';
import { toBase64url } from '$lib/domain/encoding/base64url';
import { crc32 } from '$lib/domain/encoding/crc';
import { base64urlAlphabet } from '$lib/domain/encoding/base64url';
import { quizLinkFormat } from '$lib/domain/quiz/quiz-link';
import { realCatalog } from '../unit/classroom/fixtures';

const { catalog } = realCatalog();

/** A format-1 token with this question count and nothing after it, its CRC-32 made to match. */
function forgedToken(questionCount: number): string {
	const writer = new BitWriter();
	writer.write(quizLinkFormat, 8);
	writer.write(catalog.version.length, 4);
	for (const character of catalog.version) writer.write(base64urlAlphabet.indexOf(character), 6);
	writer.writeVarUint(questionCount);
	writer.write(0, 1);
	writer.write(0, 1);
	writer.writeVarUint(0);
	writer.write(0, 5);
	writer.padTo(8);
	const bytes = bitsToBytes(writer.bits);
	const checksum = crc32(bytes);
	for (let shift = 24; shift >= 0; shift -= 8) bytes.push((checksum >>> shift) & 0xff);
	return toBase64url(bytes);
}

describe('regression: a forged link claiming 2^32 questions', () => {
	it('is refused as a damaged link instead of throwing RangeError', () => {
		for (const count of [2 ** 32, 2 ** 31, allQuestions(catalog).length + 1]) {
			const opened = openClassQuiz(forgedToken(count), {
				version: catalog.version,
				questions: allQuestions(catalog)
			});
			expect(opened).toMatchObject({ kind: 'refused', reason: 'malformed' });
		}
	});
});
