import { describe, expect, it } from 'vitest';
import { applyClozeSuggestion, clozeSuggestions } from '$lib/domain/author/cloze';
import { newQuestion } from '$lib/domain/author/draft';
import { clozeBlank } from '$lib/domain/question';

const texts = (sentence: string) => clozeSuggestions(sentence).map((s) => [s.kind, s.text]);

describe('cloze suggestions', () => {
	it('finds dates, numbers, quoted terms and names in a Chinese sentence, in reading order', () => {
		expect(texts('2025年9月1日，俄羅斯總統普丁表示，上合有10個成員國，並提出「上海精神」。')).toEqual([
			['date', '2025年9月1日'],
			['name', '普丁'],
			['number', '10'],
			['quoted', '上海精神']
		]);
	});

	it('finds transliterated names and English names and dates', () => {
		expect(texts('哈薩克總統托卡耶夫與阿里·汗會面。')).toEqual([
			['name', '托卡耶夫'],
			['name', '阿里·汗']
		]);
		expect(texts('On September 5, 2025, Xi Jinping spoke for 45 minutes.')).toEqual([
			['date', 'September 5, 2025'],
			['name', 'Xi Jinping'],
			['number', '45']
		]);
	});

	it('offers nothing in a sentence without any', () => {
		expect(clozeSuggestions('中亞國家是組織核心。')).toEqual([]);
	});

	it('writes the chosen suggestion only into the language being written', () => {
		const sentence = '上合成立於2001年，中亞國家是組織核心。';
		const question = newQuestion('q-1', 'cloze', [sentence]);
		const [date] = clozeSuggestions(sentence);
		const written = applyClozeSuggestion(question, sentence, date!, 'zh');
		expect(written.prompt).toEqual({ zh: `上合成立於${clozeBlank}，中亞國家是組織核心。`, en: '' });
		expect(written.answer).toEqual({ zh: '2001年', en: '' });
		// The question given is not changed: nothing is written until the teacher chooses.
		expect(question.prompt.zh).toBe('');
	});
});
