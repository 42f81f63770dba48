// The reading aids as the build writes them (content/readings.json): every Chinese character of the article has a
// reading in pinyin and zhuyin, the hand-checked readings of questions/sco-central-asia/readings.yaml win, and this article's
// polyphones read as checked by hand.
import { describe, expect, it } from 'vitest';
import { allQuestions } from '$lib/content/catalog';
import { loadContent } from '$lib/content/load';
import { formatProblem } from '$lib/content/problems';
import { buildReadings, siteReadings } from '$lib/content/readings.server';
import { validateReadings } from '$lib/content/validate-readings';
import { isHan, wordsOf, type ReadingsFile } from '$lib/domain/reading';
import { readContentFile, readContentFiles } from './read-files';

const content = loadContent(readContentFiles());
const article = content.catalog.article;
const readings = siteReadings();
const { corrections, problems } = validateReadings(readContentFile('readings.yaml'), article);

const pinyinSyllable = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;
const zhuyinSyllable = /^˙?[\u3105-\u312f]+[ˊˇˋ]?$/;

/** Every reading of `text` in the article: the syllables of its characters where it starts a word or inside one. */
function readingsOf(file: ReadingsFile, text: string): string[] {
	const found: string[] = [];
	for (const paragraph of article.paragraphs) {
		const perCharacter = wordsOf(file.paragraphs[paragraph.id]!).flatMap((word) =>
			[...word.text].map((_, index) => word.pinyin[index]!)
		);
		const offsets = [...paragraph.text].flatMap((character, index) => (isHan(character) ? [index] : []));
		let at = paragraph.text.indexOf(text);
		while (at >= 0) {
			found.push([...text].map((_, index) => perCharacter[offsets.indexOf(at + index)]).join(' '));
			at = paragraph.text.indexOf(text, at + 1);
		}
	}
	return found;
}

describe('the readings of the article', () => {
	it('cover every paragraph, in tokens that spell its text exactly', () => {
		for (const paragraph of article.paragraphs)
			expect(readings.paragraphs[paragraph.id]!.map(([text]) => text).join(''), paragraph.id).toBe(
				paragraph.text
			);
	});

	it('give every Chinese character one syllable of pinyin and one of zhuyin, and nothing else a reading', () => {
		const wrong: string[] = [];
		let characters = 0;
		for (const paragraph of article.paragraphs)
			for (const [text, pinyin, zhuyin] of readings.paragraphs[paragraph.id]!) {
				const chinese = [...text].every(isHan);
				if (!chinese && ([...text].some(isHan) || pinyin !== undefined)) wrong.push(`${text}: mixed`);
				if (!chinese) continue;
				characters += text.length;
				const syllables = pinyin?.split(' ') ?? [];
				const sounds = zhuyin?.split(' ') ?? [];
				if (syllables.length !== text.length || sounds.length !== text.length)
					wrong.push(`${text}: ${pinyin}`);
				if (!syllables.every((syllable) => pinyinSyllable.test(syllable))) wrong.push(`${text}: ${pinyin}`);
				if (!sounds.every((sound) => zhuyinSyllable.test(sound))) wrong.push(`${text}: ${zhuyin}`);
				if (!readings.words[text]) wrong.push(`${text}: not in words`);
			}
		expect(wrong).toEqual([]);
		expect(characters).toBe([...article.paragraphs.map((p) => p.text).join('')].filter(isHan).length);
	});

	it('ship only the words the article uses, each with an English gloss', () => {
		const used = new Set(
			article.paragraphs.flatMap((paragraph) =>
				wordsOf(readings.paragraphs[paragraph.id]!).map((word) => word.text)
			)
		);
		expect(new Set(Object.keys(readings.words))).toEqual(used);
		for (const [word, info] of Object.entries(readings.words))
			expect(info.senses.flatMap((sense) => sense.english).length, word).toBeGreaterThan(0);
	});

	it('read this article’s polyphones as checked by hand', () => {
		const checked: Record<string, string> = {
			增長: 'zēng zhǎng',
			漫長: 'màn cháng',
			外長: 'wài zhǎng',
			重要: 'zhòng yào',
			重拾: 'chóng shí',
			重新: 'chóng xīn',
			舉行: 'jǔ xíng',
			進行: 'jìn xíng',
			還是: 'hái shì',
			影響了: 'yǐng xiǎng le',
			外交和: 'wài jiāo hé',
			作為: 'zuò wéi',
			圖為: 'tú wéi',
			這也為: 'zhè yě wèi',
			中亞: 'zhōng yà',
			國家中: 'guó jiā zhōng',
			經營與: 'jīng yíng yǔ',
			得到: 'dé dào',
			地區: 'dì qū',
			地位: 'dì wèi',
			顯然: 'xiǎn rán',
			將領: 'jiàng lǐng',
			更迭: 'gēng dié',
			不只: 'bù zhǐ',
			三分之一: 'sān fēn zhī yī',
			扎帕羅夫: 'zhā pà luó fū',
			哈薩克: 'hā sà kè',
			將於: 'jiāng yú'
		};
		for (const [text, pinyin] of Object.entries(checked)) {
			const found = readingsOf(readings, text);
			expect(found.length, text).toBeGreaterThan(0);
			expect(new Set(found), text).toEqual(new Set([pinyin]));
		}
	});
});

describe('the first article’s readings.yaml', () => {
	it('is valid, with every problem listed if not', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('wins over the libraries wherever its texts occur', () => {
		const questions = allQuestions(content.catalog);
		const without = buildReadings(article, questions, content.glossary, [], corrections!.notWords);
		// Each override corrects something (or it would not be needed), and the build carries the correction.
		for (const override of corrections!.overrides) {
			const wanted = override.pinyin.join(' ');
			expect(new Set(readingsOf(readings, override.text)), override.text).toEqual(new Set([wanted]));
			expect(new Set(readingsOf(without, override.text)), override.text).not.toEqual(new Set([wanted]));
		}
	});

	it('refuses a reading whose syllables do not match its text, or a text not in the article', () => {
		const file = {
			file: 'fixture.yaml',
			text: 'readings:\n  - { text: 增長, pinyin: zēng }\n  - { text: 不存在, pinyin: bù cún zài }\n  - { text: 中亞, pinyin: zhong1 ya4 }\nnotWords: [沒有這個]\n'
		};
		expect(validateReadings(file, article).problems.map(formatProblem)).toEqual([
			'fixture.yaml › readings[0].pinyin: "zēng" has 1 syllables for the 2 characters of "增長"',
			'fixture.yaml › readings[1].text: "不存在" is not in the article',
			'fixture.yaml › readings[2].pinyin: "zhong1" is not a syllable of pinyin',
			'fixture.yaml › notWords[0]: "沒有這個" is not in the article'
		]);
	});
});
