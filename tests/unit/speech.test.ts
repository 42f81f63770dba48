import { describe, expect, it } from 'vitest';
import { chooseVoice, parseSpeechRate, splitSentences } from '$lib/domain/speech';

describe('splitting a paragraph into sentences', () => {
	it('cuts after 。！？； and keeps closing quotes with their sentence, offsets pointing into the text', () => {
		const text = '他說：「我們走吧。」大家都同意！真的嗎？ 好；走';
		const sentences = splitSentences(text);
		expect(sentences.map((sentence) => sentence.text)).toEqual([
			'他說：「我們走吧。」',
			'大家都同意！',
			'真的嗎？',
			'好；',
			'走'
		]);
		for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
	});

	it('gives one sentence for a text without an end mark, and none for blank text', () => {
		expect(splitSentences('上海合作組織')).toEqual([{ start: 0, end: 6, text: '上海合作組織' }]);
		expect(splitSentences('  ')).toEqual([]);
	});
});

describe('choosing a voice', () => {
	const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

	it('prefers zh-TW over Hong Kong and mainland voices, whatever the order', () => {
		const voices = [voice('en-US'), voice('zh-CN'), voice('zh-HK'), voice('zh_TW', 'Mei-Jia')];
		expect(chooseVoice(voices)?.name).toBe('Mei-Jia');
	});

	it('falls back to zh-HK, then to zh-CN', () => {
		expect(chooseVoice([voice('zh-CN'), voice('zh-HK'), voice('fr-FR')])?.lang).toBe('zh-HK');
		expect(chooseVoice([voice('en-GB'), voice('zh-CN')])?.lang).toBe('zh-CN');
	});

	it('takes a voice on the device before a server voice of the same kind', () => {
		const chosen = chooseVoice([voice('zh-TW', 'online', false), voice('zh-TW', 'local', true)]);
		expect(chosen?.name).toBe('local');
	});

	it('finds none on a device without Chinese voices, or without voices at all', () => {
		expect(chooseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
		expect(chooseVoice([])).toBeUndefined();
	});
});

describe('the stored speaking rate', () => {
	it('is read back when it is one of those offered, else the normal pace', () => {
		expect(parseSpeechRate('0.8')).toBe(0.8);
		expect(parseSpeechRate('7')).toBe(1);
		expect(parseSpeechRate(null)).toBe(1);
	});
});
