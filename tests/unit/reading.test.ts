// The pure half of the reading aids: cutting a text into words, applying hand-checked readings, the sentence a
// word is met in, and the entry a popover hands to its actions.
import { describe, expect, it } from 'vitest';
import {
	applyOverrides,
	neutralDotFirst,
	questionsUsing,
	segmentWords,
	sentenceAround,
	wordEntryOf,
	wordsOf
} from '$lib/domain/reading';

const dictionary = new Set([
	'上海',
	'上海合作組織',
	'合作',
	'組織',
	'年上',
	'年內',
	'內戰',
	'中亞',
	'國家',
	'家的',
	'親美',
	'美的'
]);
const isWord = (word: string) => dictionary.has(word);
const cut = (text: string, known = isWord) => segmentWords(text, known).map((token) => token.text);

describe('segmentWords', () => {
	it('cuts a run into the fewest words, where greedy longest match from the left goes wrong', () => {
		expect(cut('從2001年上海合作組織成立起')).toEqual(['從', '2001', '年', '上海合作組織', '成', '立', '起']);
		expect(cut('頓巴斯8年內戰')).toEqual(['頓', '巴', '斯', '8', '年', '內戰']);
	});

	it('keeps digits, Latin and punctuation whole, and places every token where it is', () => {
		const text = '中亞國家（SCO）、2022年';
		const tokens = segmentWords(text, isWord);
		expect(tokens.map((token) => [token.text, token.han])).toEqual([
			['中亞', true],
			['國家', true],
			['（SCO）、2022', false],
			['年', true]
		]);
		for (const token of tokens)
			expect(text.slice(token.start, token.start + token.text.length)).toBe(token.text);
	});

	it('does not make a word of what the caller says is not one', () => {
		expect(cut('中亞國家的', (word) => isWord(word) && word !== '家的')).toEqual(['中亞', '國家', '的']);
		expect(cut('相對親美的', (word) => isWord(word) && word !== '美的')).toEqual(['相', '對', '親美', '的']);
	});
});

describe('applyOverrides', () => {
	it('replaces the readings of every occurrence of an override, and of nothing else', () => {
		const text = '增長與增長期';
		const readings = ['zēng', 'cháng', 'yǔ', 'zēng', 'cháng', 'qī'];
		expect(applyOverrides(text, readings, [{ text: '增長', pinyin: ['zēng', 'zhǎng'] }])).toEqual([
			'zēng',
			'zhǎng',
			'yǔ',
			'zēng',
			'zhǎng',
			'qī'
		]);
		expect(readings[1]).toBe('cháng');
	});
});

describe('the entry of a looked-up word', () => {
	const paragraph = '俄羅斯的不安同步增長。中亞國家也是。';
	const words = wordsOf([
		['俄羅斯', 'é luó sī', 'ㄜˊ ㄌㄨㄛˊ ㄙ'],
		['的', 'de', '˙ㄉㄜ'],
		['不安', 'bù ān', 'ㄅㄨˋ ㄢ'],
		['同步', 'tóng bù', 'ㄊㄨㄥˊ ㄅㄨˋ'],
		['增長', 'zēng zhǎng', 'ㄗㄥ ㄓㄤˇ'],
		['。'],
		['中亞', 'zhōng yà', 'ㄓㄨㄥ ㄧㄚˋ']
	]);

	it('places each word in its paragraph and leaves punctuation out', () => {
		expect(words.map((word) => [word.text, word.start])).toEqual([
			['俄羅斯', 0],
			['的', 3],
			['不安', 4],
			['同步', 6],
			['增長', 8],
			['中亞', 11]
		]);
	});

	it('carries the word, its readings, the glosses of its reading first, and its sentence', () => {
		const entry = wordEntryOf(
			words[4]!,
			{
				senses: [
					{ pinyin: 'zēng cháng', english: ['(wrong reading)'] },
					{ pinyin: 'zēng zhǎng', english: ['to grow', 'to increase'] }
				]
			},
			'p1',
			paragraph
		);
		expect(entry).toEqual({
			word: '增長',
			pinyin: 'zēng zhǎng',
			zhuyin: 'ㄗㄥ ㄓㄤˇ',
			glosses: ['to grow', 'to increase', '(wrong reading)'],
			paragraphId: 'p1',
			sentence: '俄羅斯的不安同步增長。'
		});
		expect(sentenceAround(paragraph, 11, 13)).toBe('中亞國家也是。');
	});

	it('finds the questions whose Chinese contains the word', () => {
		expect(questionsUsing('中亞', { a: '中亞五國', b: '俄羅斯', c: '中亞' })).toEqual(['a', 'c']);
	});

	it('writes the neutral tone dot first, as Taiwan does', () => {
		expect(neutralDotFirst('ㄉㄜ˙')).toBe('˙ㄉㄜ');
		expect(neutralDotFirst('ㄓㄤˇ')).toBe('ㄓㄤˇ');
	});
});
