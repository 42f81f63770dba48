import { describe, expect, it } from 'vitest';
import { readingOf, readingOverrides } from '$lib/content/name-readings.server';

// Readings checked by hand against a dictionary (the Ministry of Education's, and CC-CEDICT for the names). The
// first group are those pinyin-pro gets wrong when given the Traditional form: the names page reads them right.
const checked: Record<string, string> = {
	中亞: 'zhōng yà',
	克里米亞: 'kè lǐ mǐ yà',
	歐亞開發銀行: 'ōu yà kāi fā yín háng',
	依附性增長: 'yī fù xìng zēng zhǎng',
	外長會議: 'wài zhǎng huì yì',
	拜科努爾航太發射場: 'bài kē nǔ ěr háng tài fā shè chǎng',
	// Citation tones, not tone sandhi: a learner looks these up in a dictionary.
	一面倒: 'yī miàn dǎo',
	神來一筆: 'shén lái yī bǐ',
	三不: 'sān bù',
	// Transliterated names.
	習近平: 'xí jìn píng',
	普京: 'pǔ jīng',
	普丁: 'pǔ dīng',
	盧卡申科: 'lú kǎ shēn kē',
	'夏巴茲・謝里夫': 'xià bā zī · xiè lǐ fū',
	米爾濟約耶夫: 'mǐ ěr jì yuē yē fū',
	拉赫蒙: 'lā hè méng',
	托卡耶夫: 'tuō kǎ yē fū',
	扎帕羅夫: 'zhā pà luó fū',
	札帕羅夫: 'zhá pà luó fū',
	佩澤希齊揚: 'pèi zé xī qí yáng',
	哈薩克: 'hā sà kè',
	吉爾吉斯: 'jí ěr jí sī',
	烏茲別克: 'wū zī bié kè',
	塔吉克: 'tǎ jí kè',
	阿斯塔納: 'ā sī tǎ nà',
	阿斯坦納: 'ā sī tǎn nà',
	頓涅茨克: 'dùn niè cí kè',
	盧甘斯克: 'lú gān sī kè',
	// Digits stay whole.
	第201軍事基地: 'dì 201 jūn shì jī dì'
};

describe('readings of names and terms', () => {
	it('match the hand-checked readings', () => {
		const read = Object.fromEntries(Object.keys(checked).map((form) => [form, readingOf(form)]));
		expect(read).toEqual(checked);
	});

	it('take an override before the library', () => {
		for (const [form, reading] of Object.entries(readingOverrides)) expect(readingOf(form)).toBe(reading);
	});
});
