import { describe, expect, it, vi } from 'vitest';
import { gradeAnswer } from '$lib/platform/chinese-converter';
import { cloze } from '../answer-fixtures';

// Offline before OpenCC's chunk was cached: the import fails as a failed download does.
vi.mock('opencc-js/t2cn', () => {
	throw new TypeError('Failed to fetch dynamically imported module');
});

describe('gradeAnswer offline (the one fallback of the reviewer and the quiz)', () => {
	it('still grades a typed answer, only without folding Simplified and Traditional together', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const putin = cloze(['普丁', 'Putin']);
		expect(await gradeAnswer(putin, { kind: 'cloze', text: ' putin ' })).toEqual({ kind: 'correct' });
		expect(await gradeAnswer(putin, { kind: 'cloze', text: '普丁' })).toEqual({ kind: 'correct' });
		// 普京 is the Simplified-area name; with the converter it would match, without it it is another word.
		expect((await gradeAnswer(putin, { kind: 'cloze', text: '普京' })).kind).not.toBe('correct');
		// The cause is logged, not swallowed.
		expect(error).toHaveBeenCalledWith(expect.stringContaining('converter'), expect.anything());
		error.mockRestore();
	});
});
